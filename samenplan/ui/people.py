"""The people registry of a dossier: one place to add and correct contacts.

Every plan refers to these people by id, so a phone number is typed once.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from samenplan.domain.dossier import Dossier, Person, new_id
from samenplan.domain.where_used import person_uses
from samenplan.formkit.model import FormDef
from samenplan.ui import dialogs
from samenplan.ui.strings import t
from samenplan.ui.widgets import form_row, ok_cancel

FIELDS = ("name", "relation", "phone", "email", "organisation", "availability")


class PersonDialog(QDialog):
    def __init__(
        self, parent: QWidget | None, lang: str, person: Person | None = None, note: str = ""
    ) -> None:
        super().__init__(parent)
        self.lang = lang
        self.setWindowTitle(t("person_title", lang))
        self.setObjectName("person_dialog")
        form = QFormLayout()
        self.edits: dict[str, QLineEdit] = {}
        for name in FIELDS:
            edit = QLineEdit(getattr(person, name) if person else "")
            edit.setObjectName(f"person_{name}")
            form_row(form, t(f"person_{name}", lang), edit)
            self.edits[name] = edit
        self.error = QLabel()
        self.error.setObjectName("error")
        layout = QVBoxLayout(self)
        if note:  # where this person is used: a change here changes it there too
            used = QLabel(note)
            used.setObjectName("person_used")
            used.setWordWrap(True)
            layout.addWidget(used)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(ok_cancel(self, lang))

    def accept(self) -> None:
        if not self.edits["name"].text().strip():
            self.error.setText(t("person_name_needed", self.lang))
            self.edits["name"].setFocus()
            return
        super().accept()

    def values(self) -> dict[str, str]:
        return {name: edit.text().strip() for name, edit in self.edits.items()}

    @classmethod
    def ask(
        cls, parent: QWidget | None, lang: str, person: Person | None = None, note: str = ""
    ) -> dict[str, str] | None:
        if dialogs.answer_hook is not None:
            answer = dialogs.answer_hook("person", note or (person.id if person else ""))
            return answer if isinstance(answer, dict) else None
        dialog = cls(parent, lang, person, note)
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None


def add_person(dossier: Dossier, parent: QWidget | None, lang: str) -> str | None:
    """Ask for a new person and add them to the registry; their id, or None."""
    values = PersonDialog.ask(parent, lang)
    if values is None:
        return None
    person = Person(new_id(), **values)
    dossier.people.append(person)
    return person.id


class PeoplePage(QWidget):
    changed = Signal()

    def __init__(self, dossier: Dossier, forms: Mapping[str, FormDef], lang: str) -> None:
        super().__init__()
        self.dossier = dossier
        self.forms = forms
        self.lang = lang
        self.setObjectName("people_page")
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("people_table")
        self.table.setAccessibleName(t("people", lang))
        self.table.setHorizontalHeaderLabels(
            [t("person_name", lang), t("person_relation", lang), t("person_phone", lang)]
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.table.doubleClicked.connect(self.edit)
        buttons = QHBoxLayout()
        for key, slot in (("add", self.add), ("edit", self.edit), ("remove", self.remove)):
            button = QPushButton(t(f"people_{key}", lang))
            button.setObjectName(f"people_{key}")
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        title = QLabel(f"<h2>{t('people', lang)}</h2>")
        layout.addWidget(title)
        intro = QLabel(t("people_intro", lang))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.reload()

    def reload(self) -> None:
        self.table.setRowCount(0)
        for person in self.dossier.people:
            row = self.table.rowCount()
            self.table.insertRow(row)
            for column, value in enumerate((person.name, person.relation, person.phone)):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()  # headings and names whole, in every language

    def _selected(self) -> Person | None:
        # a screen reader can select a row (AT-SPI) without making it the current one
        rows = self.table.selectionModel().selectedRows()
        row = rows[0].row() if rows else self.table.currentRow()
        return self.dossier.people[row] if 0 <= row < len(self.dossier.people) else None

    def add(self) -> None:
        if add_person(self.dossier, self, self.lang) is not None:
            self.reload()
            self.changed.emit()

    def edit(self) -> None:
        person = self._selected()
        if person is None:
            return
        places = person_uses(self.dossier, self.forms, person.id, self.lang)
        note = t("person_used_in", self.lang, places=_bullets(places)) if places else ""
        values = PersonDialog.ask(self, self.lang, person, note)
        if values is not None:
            for name, value in values.items():
                setattr(person, name, value)
            self.reload()
            self.changed.emit()

    def remove(self) -> None:
        person = self._selected()
        if person is None:
            return
        places = person_uses(self.dossier, self.forms, person.id, self.lang)
        if places:  # the plans would point at nobody: first change those places
            text = t("person_still_used", self.lang, name=person.name, places=_bullets(places))
            dialogs.inform(self, t("people", self.lang), text)
            return
        if dialogs.confirm(
            self, self.lang, t("people", self.lang),
            t("people_remove_confirm", self.lang, name=person.name), t("people_remove", self.lang),
        ):  # fmt: skip
            self.dossier.people.remove(person)
            self.reload()
            self.changed.emit()


def _bullets(lines: list[str]) -> str:
    return "\n".join(f"• {line}" for line in lines)
