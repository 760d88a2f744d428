"""The triad comparison on screen: one row per task, one column per member, and a column that
says in words what needs talking about — so it reads the same in grey print, with a screen
reader and for someone who has never seen the comparison before. Filters: only points to
discuss, only differences, only tasks without an owner.

Before the cards are compared the client decides, per member, whether that member may see
the others' cards ("wat mag ieder zien"): while anyone is undecided the page shows that step
first; afterwards the comparison names whom not to show it to, and the step can be reopened.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from samenplan.domain import triad_text
from samenplan.domain.dossier import Dossier
from samenplan.domain.triad import Comparison, Row, compare, may_not_see, undecided
from samenplan.formkit.model import FormDef
from samenplan.ui.flow import FlowLayout
from samenplan.ui.look import SPACE
from samenplan.ui.strings import t

Index = QModelIndex | QPersistentModelIndex
FLAG_ROLE = Qt.ItemDataRole.UserRole + 1


TEXT_ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.AccessibleTextRole,
    Qt.ItemDataRole.ToolTipRole,
)


class ComparisonModel(QAbstractTableModel):
    """Rows: tasks; columns: task, each member, the points to discuss."""

    def __init__(self, comparison: Comparison, dossier: Dossier, form: FormDef, lang: str) -> None:
        super().__init__()
        self.comparison, self.dossier, self.form, self.lang = comparison, dossier, form, lang
        self.members = comparison.members

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's API
        return 0 if parent.isValid() else len(self.comparison.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.members) + 2

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return None
        if section == 0:
            return t("triad_task", self.lang)
        if section == len(self.members) + 1:
            return t("triad_points", self.lang)
        member = self.members[section - 1]
        name = triad_text.member_name(self.dossier, member.person)
        return f"{name}\n({triad_text.role(member.role, self.lang)})"

    def row(self, index: Index) -> Row:
        return self.comparison.rows[index.row()]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.comparison.rows):
            return None
        row = self.comparison.rows[index.row()]
        column = index.column()
        if role == FLAG_ROLE:
            return sorted(row.flags)
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            if column == 0:
                return row.task.item.text.get(self.lang)
            points = column == len(self.members) + 1
            if points:
                text = triad_text.flags(row.flags, self.lang)
            else:
                answer = row.answers.get(self.members[column - 1].person)
                text = "\n".join(triad_text.answer_lines(answer, self.lang))
            if not text and role == Qt.ItemDataRole.AccessibleTextRole:  # said, not silence
                return t("cell_nothing_to_discuss" if points else "cell_not_filled", self.lang)
            return text
        if role == Qt.ItemDataRole.BackgroundRole and column == len(self.members) + 1 and row.flags:
            return QBrush(QColor("#fff4ce"))
        return None


class WrappedCells(QStyledItemDelegate):
    """Row heights from the text wrapped at the column's real width (Qt's own guess wraps at
    an unknown width and makes rows three times as tall as their text)."""

    PADDING = 8

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self.table = table

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        width = max(20, self.table.columnWidth(index.column()) - self.PADDING)
        flags = int(Qt.TextFlag.TextWordWrap)
        bounds = option.fontMetrics.boundingRect(QRect(0, 0, width, 100_000), flags, text)
        return QSize(width + self.PADDING, bounds.height() + self.PADDING)


class FlagFilter(QSortFilterProxyModel):
    """Shows the rows with a given flag (or any difference)."""

    def __init__(self) -> None:
        super().__init__()
        self.wanted: set[str] = set()

    def set_wanted(self, wanted: set[str]) -> None:
        self.beginFilterChange()
        self.wanted = wanted
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self.wanted:
            return True
        model = self.sourceModel()
        flags = model.data(model.index(source_row, 0, source_parent), FLAG_ROLE) or []
        return bool(self.wanted & set(flags))


FILTERS = {
    "all": set(),
    "discuss": {"discuss"},
    "differences": {"disagree", "double_claim"},
    "no_owner": {"no_owner"},
}


class ConsentStep(QWidget):
    """Per member (not the client): may they see the others' cards? Yes or not yet, each a
    pair of radio buttons named for a screen reader; nothing is chosen for the client."""

    decided = Signal()

    def __init__(self, dossier: Dossier, lang: str) -> None:
        super().__init__()
        self.setObjectName("consent_step")
        self.dossier, self.lang = dossier, lang
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"<h2>{t('consent_title', lang)}</h2>"))
        intro = QLabel(t("consent_intro", lang))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.choices: dict[str, QButtonGroup] = {}
        for member in dossier.members:
            if member.role == "client":
                continue
            label = triad_text.member_label(dossier, member, lang)
            question = t("consent_question", lang, name=label)
            box = QGroupBox(question)
            box.setObjectName(f"consent_{member.person}")
            row = QHBoxLayout(box)
            group = QButtonGroup(box)
            for allowed, key in ((True, "consent_yes"), (False, "consent_no")):
                button = QRadioButton(t(key, lang))
                button.setObjectName(f"consent_{member.person}_{'yes' if allowed else 'no'}")
                button.setAccessibleName(f"{question} {t(key, lang)}")
                button.setChecked(dossier.consent.get(member.person) is allowed)
                group.addButton(button, int(allowed))
                row.addWidget(button)
            row.addStretch(1)
            self.choices[member.person] = group
            layout.addWidget(box)
        self.missing = QLabel()
        self.missing.setObjectName("consent_missing")
        layout.addWidget(self.missing)
        self.save = QPushButton(t("consent_save", lang))
        self.save.setObjectName("consent_save")
        self.save.clicked.connect(self._save)
        layout.addWidget(self.save)
        layout.addStretch(1)

    def _save(self) -> None:
        chosen = {person: group.checkedId() for person, group in self.choices.items()}
        if any(answer == -1 for answer in chosen.values()):
            self.missing.setText(t("consent_missing", self.lang))
            return
        self.missing.setText("")
        self.dossier.consent = {person: answer == 1 for person, answer in chosen.items()}
        self.decided.emit()


class ComparisonPage(QWidget):
    changed = Signal()  # an agreement was recorded, or who may see what was decided

    def __init__(
        self, forms: Mapping[str, FormDef], dossier: Dossier, lang: str, changed: Sequence[str] = ()
    ) -> None:
        super().__init__()
        self.setObjectName("comparison")
        self.dossier, self.lang = dossier, lang
        form = forms["triadekaart"]
        comparison = compare(dossier, form)
        self.model = ComparisonModel(comparison, dossier, form, lang)
        self.proxy = FlagFilter()
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("comparison_table")
        self.table.setAccessibleName(t("triad_title", lang))
        self.table.setModel(self.proxy)
        self.table.setWordWrap(True)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()  # rows have no names of their own: an empty strip
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self._fit_headings()
        # rows as tall as their text at the columns' real width, again whenever that changes
        # (once the columns have settled: widths are still moving during sectionResized)
        self.table.setItemDelegate(WrappedCells(self.table))
        self._fit = QTimer(self)
        self._fit.setSingleShot(True)
        self._fit.setInterval(0)
        self._fit.timeout.connect(self.table.resizeRowsToContents)
        for moved in (
            self.table.horizontalHeader().sectionResized,
            self.proxy.layoutChanged,
            self.proxy.modelReset,
            self.proxy.rowsInserted,
        ):
            moved.connect(self._fit.start)
        self.filter = QComboBox()
        self.filter.setObjectName("comparison_filter")
        for key in FILTERS:
            self.filter.addItem(t(f"triad_filter_{key}", lang), key)
        label = QLabel(t("triad_filter", lang))
        label.setBuddy(self.filter)
        self.filter.currentIndexChanged.connect(
            lambda: self.proxy.set_wanted(FILTERS[self.filter.currentData()])
        )
        self.may_not = QLabel()
        self.may_not.setObjectName("consent_may_not")
        self.may_not.setWordWrap(True)
        self.consent = ConsentStep(dossier, lang)
        self.consent.decided.connect(self._consent_given)
        change_consent = QPushButton(t("consent_change", lang))
        change_consent.setObjectName("consent_change")
        change_consent.clicked.connect(self.show_consent)
        note = QLabel()
        note.setObjectName("open_cards")
        note.setWordWrap(True)
        if comparison.open_members:
            names = ", ".join(
                triad_text.member_name(dossier, m.person) for m in comparison.open_members
            )
            note.setText(t("triad_open_cards", lang, names=names))
        if changed:
            names = ", ".join(triad_text.member_name(dossier, person) for person in changed)
            text = t("triad_changed", lang, names=names)
            note.setText(f"{note.text()}\n⚠ {text}" if note.text() else f"⚠ {text}")
        summary = QLabel("\n".join(triad_text.summary_lines(comparison, form, lang)))
        summary.setObjectName("comparison_summary")
        summary.setWordWrap(True)
        self.agree = QPushButton(t("agreement_make", lang))
        self.agree.setObjectName("agreement_make")
        self.agree.clicked.connect(self.make_agreement)
        self.agreements = QLabel()
        self.agreements.setObjectName("agreements")
        self.agreements.setWordWrap(True)
        self.agreements.setTextFormat(Qt.TextFormat.PlainText)
        self._show_agreements()
        self.form = form
        # rows of buttons wrap at a large text size instead of making the page scroll sideways
        pdfs = FlowLayout()
        for kind in ("triad", "agreements"):
            button = QPushButton(t(f"pdf_{kind}", lang))
            button.setObjectName(f"pdf_{kind}")
            button.clicked.connect(lambda _=False, k=kind: self.save_pdf(k))
            pdfs.addWidget(button)
        top = FlowLayout()
        for widget in (label, self.filter, change_consent, self.agree):
            top.addWidget(widget)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(f"<h2>{t('triad_title', lang)}</h2>"))
        layout.addWidget(self.may_not)
        layout.addWidget(note)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(summary)
        layout.addWidget(self.agreements)
        layout.addLayout(pdfs)
        # at a large text size the summary and agreements need more room than the window has:
        # the comparison scrolls, and the table keeps room for a few rows
        self.table.setMinimumHeight(self.table.fontMetrics().height() * 12)
        self.compared = QScrollArea()
        self.compared.setWidgetResizable(True)
        self.compared.setFrameShape(QScrollArea.Shape.NoFrame)
        self.compared.setWidget(content)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.consent)
        self.pages.addWidget(self.compared)
        QVBoxLayout(self).addWidget(self.pages)
        self._show_may_not()
        self.pages.setCurrentWidget(self.consent if undecided(dossier) else self.compared)

    def _fit_headings(self) -> None:
        """Every column at least as wide as the longest line of any heading (bold in the
        look's sheet): at a large text size the table scrolls sideways, no name is cut."""
        header = self.table.horizontalHeader()
        bold = QFont(header.font())
        bold.setBold(True)
        lines = [
            line
            for column in range(self.model.columnCount())
            for line in str(self.model.headerData(column, Qt.Orientation.Horizontal)).splitlines()
        ]
        widest = max(QFontMetrics(bold).horizontalAdvance(line) for line in lines)
        header.setMinimumSectionSize(widest + 2 * SPACE[2])

    def show_consent(self) -> None:
        self.pages.setCurrentWidget(self.consent)
        self.consent.save.setFocus()

    def _consent_given(self) -> None:
        self._show_may_not()
        self.pages.setCurrentWidget(self.compared)
        self.table.setFocus()
        self.changed.emit()

    def _show_may_not(self) -> None:
        names = [triad_text.member_name(self.dossier, m.person) for m in may_not_see(self.dossier)]
        self.may_not.setText(f"⚠ {t('consent_may_not', self.lang, names=', '.join(names))}"
                             if names else "")  # fmt: skip
        self.may_not.setVisible(bool(names))

    def save_pdf(self, kind: str) -> None:
        """The comparison or the half-page agreements, where the person chooses, after a warning."""
        import datetime as dt

        from samenplan.export.triad_pdf import agreements_summary_pdf, triad_pdf
        from samenplan.ui.saving import save_private

        make = triad_pdf if kind == "triad" else agreements_summary_pdf
        save_private(
            self, self.lang, t(f"pdf_{kind}", self.lang), t(f"pdf_{kind}_file", self.lang),
            self.dossier.title,
            lambda: make(self.form, self.dossier, dt.date.today(), "a4", self.lang),
        )  # fmt: skip

    def make_agreement(self) -> None:
        from samenplan.ui.members import AgreementDialog

        index = self.table.currentIndex()
        if not index.isValid():
            index = self.proxy.index(0, 0)
        if not index.isValid():
            return
        row = self.model.row(self.proxy.mapToSource(index))
        agreement = AgreementDialog.ask(
            self, self.dossier, row.task.id, row.task.item.text.get(self.lang), self.lang
        )
        if agreement is not None:
            self.dossier.agreements.append(agreement)
            self._show_agreements()
            self.changed.emit()

    def _show_agreements(self) -> None:
        titles = {
            row.task.id: row.task.item.text.get(self.lang) for row in self.model.comparison.rows
        }
        lines = [f"{t('agreements', self.lang)}:"] if self.dossier.agreements else []
        lines += [
            f"• {triad_text.agreement_line(a, self.dossier, titles, self.lang)}"
            for a in self.dossier.agreements
        ]
        self.agreements.setText("\n".join(lines))

    def _filter_changed(self) -> None:
        self.proxy.set_wanted(FILTERS[str(self.filter.currentData())])
