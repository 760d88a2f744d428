"""A consultant's dossiers: search, sort, new, rename, delete (with confirmation)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from samenplan.ui import dialogs
from samenplan.ui.strings import t

if TYPE_CHECKING:
    from samenplan.workspace.unlocked import DossierInfo


def _day(iso: str) -> str:
    """A stored ISO date as people write it here: 23-11-2026."""
    parts = iso.split("-")
    return "-".join(reversed(parts)) if len(parts) == 3 else iso


class DossierListPage(QWidget):
    open_requested = Signal(str)
    new_requested = Signal(str)
    rename_requested = Signal(str, str)
    delete_requested = Signal(str)

    def __init__(self, lang: str, dossiers: list[DossierInfo]) -> None:
        super().__init__()
        self.lang = lang
        self.dossiers = dossiers
        self.setObjectName("dossiers")
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.sort = QComboBox()
        self.sort.setObjectName("sort")
        self.sort.addItem(t("sort_name", lang), "name")
        self.sort.addItem(t("sort_changed", lang), "changed")
        self.list = QListWidget()
        self.list.setObjectName("dossier_list")
        self.list.setAccessibleName(t("dossiers", lang))
        search_label = QLabel(t("search", lang))
        search_label.setBuddy(self.search)
        sort_label = QLabel(t("sort", lang))
        sort_label.setBuddy(self.sort)
        top = QHBoxLayout()
        top.addWidget(search_label)
        top.addWidget(self.search, 1)
        top.addWidget(sort_label)
        top.addWidget(self.sort)
        buttons = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key in ("dossier_open", "dossier_new", "dossier_rename", "dossier_delete"):
            button = QPushButton(t(key, lang))
            button.setObjectName(key)
            self.buttons[key] = button
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"<h1>{t('dossiers', lang)}</h1>"))
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)

        self.search.textChanged.connect(self.fill)
        self.sort.currentIndexChanged.connect(self.fill)
        self.list.itemActivated.connect(
            lambda item: self.open_requested.emit(item.data(Qt.ItemDataRole.UserRole))
        )
        self.buttons["dossier_open"].clicked.connect(self._open)
        self.buttons["dossier_new"].clicked.connect(self._new)
        self.buttons["dossier_rename"].clicked.connect(self._rename)
        self.buttons["dossier_delete"].clicked.connect(self._delete)
        self.fill()
        self.first_focus = self.list if self.list.count() else self.buttons["dossier_new"]

    def fill(self) -> None:
        needle = self.search.text().casefold().strip()
        shown = [d for d in self.dossiers if needle in d.title.casefold()]
        if self.sort.currentData() == "changed":
            shown.sort(key=lambda d: d.updated, reverse=True)
        else:
            shown.sort(key=lambda d: d.title.casefold())
        self.list.clear()
        for info in shown:
            text = f"{info.title}  —  {t('changed_on', self.lang, date=_day(info.updated))}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, info.id)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)

    def _current(self) -> DossierInfo | None:
        item = self.list.currentItem()
        if item is None:
            return None
        dossier_id = item.data(Qt.ItemDataRole.UserRole)
        return next((d for d in self.dossiers if d.id == dossier_id), None)

    def _open(self) -> None:
        current = self._current()
        if current is not None:
            self.open_requested.emit(current.id)

    def _new(self) -> None:
        name = dialogs.ask_text(
            self, t("dossier_new", self.lang), t("dossier_client_name", self.lang)
        )
        if name:
            self.new_requested.emit(name)

    def _rename(self) -> None:
        current = self._current()
        if current is None:
            return
        name = dialogs.ask_text(
            self, t("dossier_rename", self.lang), t("dossier_client_name", self.lang), current.title
        )
        if name:
            self.rename_requested.emit(current.id, name)

    def _delete(self) -> None:
        current = self._current()
        if current is None:
            return
        question = t("dossier_delete_confirm", self.lang, name=current.title)
        title = t("dossier_delete", self.lang)
        if dialogs.confirm(self, self.lang, title, question, title):
            self.delete_requested.emit(current.id)
