"""The dossier table of a profile: per client the name, date of birth, last change, review due
and the state of each plan; search by name as you type, quick filters, sort by any column;
new, open, rename, delete (after a question), and export, import and hand-over.

The rows come from the index summaries (`workspace.overview`), never from opening the
dossiers. The page asks its questions and emits what the person chose; the window does it.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    Qt,
    QTimer,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpacerItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from samenplan.ui import dialogs
from samenplan.ui.dossier_table import ID_ROLE, NAME, DossierTableModel
from samenplan.ui.strings import t
from samenplan.workspace.overview import Row

NEEDS_SELECTION = ("dossier_open", "dossier_rename", "dossier_delete", "dossier_export",
                   "dossier_handover")  # fmt: skip
Direction = QBoxLayout.Direction
GROUPS_APART = 24  # pixels between the two groups of buttons on one line
ROW_PADDING = 16  # pixels above and below a row's text together (30 px rows at 9 pt)


class DossierListPage(QWidget):
    open_requested = Signal(str)
    new_requested = Signal(str)
    rename_requested = Signal(str, str)
    delete_requested = Signal(str)
    export_requested = Signal(str)
    handover_requested = Signal(str)
    import_requested = Signal()

    def __init__(self, lang: str, rows: list[Row]) -> None:
        super().__init__()
        self.lang = lang
        self.setObjectName("dossiers")
        self.model = DossierTableModel(rows, lang)
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(t("search", lang))
        search_label = QLabel(t("search", lang))
        search_label.setBuddy(self.search)
        self.overdue = QCheckBox(t("filter_overdue", lang))
        self.overdue.setObjectName("filter_overdue")
        self.no_card = QCheckBox(t("filter_no_card", lang))
        self.no_card.setObjectName("filter_no_card")
        self.filters = filters = QWidget()
        filters.setAccessibleName(t("quick_filters", lang))
        filter_row = QHBoxLayout(filters)
        filter_row.setContentsMargins(0, 0, 0, 0)
        filter_row.addWidget(self.overdue)
        filter_row.addWidget(self.no_card)
        self.table = QTableView()
        self.table.setObjectName("dossier_table")
        self.table.setAccessibleName(t("dossiers", lang))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move in it
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setResizeContentsPrecision(25)  # widths from 25 rows, not all 2,000
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
        self.empty = QLabel(t("dossiers_empty", lang))
        self.empty.setObjectName("dossiers_empty")
        self.empty.setWordWrap(True)
        # nothing passes the filter: said inside the table, so nothing moves as you type
        self.none_shown = QLabel(t("dossiers_none_shown", lang))
        self.none_shown.setObjectName("dossiers_none_shown")
        self.none_shown.setWordWrap(True)
        self.none_shown.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.none_shown.setMargin(12)
        inside = QVBoxLayout(self.table.viewport())
        inside.addWidget(self.none_shown)
        self.count = QLabel()
        self.count.setObjectName("dossiers_count")
        # search and quick filters, and below the table the dossier's own buttons and those
        # that move it in or out: each on one line, or on two when the text is so large that
        # one line would not fit on the screen (`_fit_to_text`)
        search_row = QHBoxLayout()
        search_row.addWidget(search_label)
        search_row.addWidget(self.search, 1)
        self.top_rows = QBoxLayout(Direction.LeftToRight)
        self.top_rows.addLayout(search_row, 1)
        self.top_rows.addWidget(filters)
        self.button_rows = QBoxLayout(Direction.LeftToRight)
        self.apart = QSpacerItem(GROUPS_APART, 0)  # between the groups on one line
        self.buttons: dict[str, QPushButton] = {}
        for keys in (("dossier_open", "dossier_new", "dossier_rename", "dossier_delete"),
                     ("dossier_export", "dossier_handover", "dossier_import")):  # fmt: skip
            group = QHBoxLayout()
            for key in keys:
                button = QPushButton(t(key, lang))
                button.setObjectName(key)
                button.setAutoDefault(False)  # Enter in the table opens, never a button
                self.buttons[key] = button
                group.addWidget(button)
            group.addStretch(1)
            self.button_rows.addLayout(group)
            if key == "dossier_delete":
                self.button_rows.addItem(self.apart)
        self.button_rows.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"<h1>{t('dossiers', lang)}</h1>"))
        layout.addLayout(self.top_rows)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        layout.addLayout(self.button_rows)

        self.search.textChanged.connect(self.refilter)
        self.overdue.toggled.connect(self.refilter)
        self.no_card.toggled.connect(self.refilter)
        self.table.activated.connect(self._activated)
        self.table.selectionModel().selectionChanged.connect(self._follow_selection)
        self.model.layoutChanged.connect(self._after_filter)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self._delete)
        self.buttons["dossier_open"].clicked.connect(self._open)
        self.buttons["dossier_new"].clicked.connect(self._new)
        self.buttons["dossier_rename"].clicked.connect(self._rename)
        self.buttons["dossier_delete"].clicked.connect(self._delete)
        self.buttons["dossier_export"].clicked.connect(lambda: self._emit(self.export_requested))
        self.buttons["dossier_handover"].clicked.connect(
            lambda: self._emit(self.handover_requested)
        )
        self.buttons["dossier_import"].clicked.connect(self.import_requested.emit)
        self._fit_to_text()
        self.empty.setVisible(not self.model.rows)  # no dossiers at all: no table either
        self.table.setVisible(bool(self.model.rows))
        self._after_filter()
        self.first_focus = self.table if self.model.rows else self.buttons["dossier_new"]

    # ------------------------------------------------------------ what is shown

    def changeEvent(self, event: QEvent) -> None:
        """Ctrl + / Ctrl −: the rows, columns and lines follow once every widget has the new
        font; meanwhile two lines each, so that no half-changed line widens the window."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._wrap(True)
            QTimer.singleShot(0, self, self._fit_to_text)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._wrap()

    def _fit_to_text(self) -> None:
        """Rows high enough for the text, columns as wide as their words (from 25 rows)."""
        self.table.verticalHeader().setDefaultSectionSize(
            self.table.fontMetrics().height() + ROW_PADDING
        )
        self.table.resizeColumnsToContents()
        self._wrap()

    def _wrap(self, always: bool = False) -> None:
        """Search and filters, and the buttons, each on one line when it fits the page,
        else on two (large text, a narrow window)."""
        room = self.width() - 2 * GROUPS_APART  # less the page margins
        buttons = sum(b.sizeHint().width() + 8 for b in self.buttons.values()) + GROUPS_APART
        # the search row: its label and room for about 20 characters typed
        top = self.filters.sizeHint().width() + 35 * self.fontMetrics().averageCharWidth()
        for rows, needed in ((self.top_rows, top), (self.button_rows, buttons)):
            one_line = not always and needed <= room
            rows.setDirection(Direction.LeftToRight if one_line else Direction.TopToBottom)
        self.apart.changeSize(GROUPS_APART if one_line else 0, 0)
        self.button_rows.invalidate()

    def refilter(self) -> None:
        self.model.set_filter(
            self.search.text(), self.overdue.isChecked(), self.no_card.isChecked()
        )

    def _after_filter(self) -> None:
        """After the rows shown changed: the chosen dossier stays chosen while it is shown,
        else the first row is chosen; the 'none shown' text and the count follow."""
        shown, total = self.model.rowCount(), len(self.model.rows)
        # the view's layout now, not on a timer after a paint: one paint per keystroke
        self.table.doItemsLayout()
        if shown and not self.table.selectionModel().hasSelection():
            self.table.selectionModel().setCurrentIndex(
                self.model.index(0, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        self.none_shown.setVisible(bool(total) and not shown)
        self.count.setText(t("dossiers_count", self.lang, shown=shown, total=total))
        self.count.setVisible(bool(total))
        self._follow_selection()

    def _follow_selection(self) -> None:
        chosen = self.current() is not None
        for key in NEEDS_SELECTION:
            self.buttons[key].setEnabled(chosen)

    def current(self) -> Row | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.dossier_at(rows[0].row()) if rows else None

    # ------------------------------------------------------------ actions

    def _activated(self, index: QModelIndex) -> None:
        self.open_requested.emit(str(index.data(ID_ROLE)))

    def _emit(self, signal: SignalInstance) -> None:
        current = self.current()
        if current is not None:
            signal.emit(current.id)

    def _open(self) -> None:
        self._emit(self.open_requested)

    def _new(self) -> None:
        name = dialogs.ask_text(self, t("dossier_new", self.lang), t("dossier_for_whom", self.lang))
        if name:
            self.new_requested.emit(name)

    def _rename(self) -> None:
        current = self.current()
        if current is None:
            return
        name = dialogs.ask_text(
            self, t("dossier_rename", self.lang), t("dossier_for_whom", self.lang), current.title
        )
        if name:
            self.rename_requested.emit(current.id, name)

    def _delete(self) -> None:
        current = self.current()
        if current is None:
            return
        question = t("dossier_delete_confirm", self.lang, name=current.title)
        title = t("dossier_delete", self.lang)
        if dialogs.confirm(self, self.lang, title, question, title):
            self.delete_requested.emit(current.id)
