"""A dossier and its conflict copy side by side: per section of each plan what the current
version says and what the copy says (in the words of the version comparison), and the
choice: the whole current version, the whole copy, or per section the one or the other.
Nothing is saved or removed before the person confirms (`workspace.health.resolve`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from samenplan.formkit import picks
from samenplan.formkit.model import FormDef
from samenplan.formkit.text import tr
from samenplan.ui import dialogs
from samenplan.ui.flow import FlowLayout
from samenplan.ui.on_screen import fit_to_text
from samenplan.ui.strings import t
from samenplan.ui.versions import ChangeWords
from samenplan.ui.widgets import heading
from samenplan.workspace.health import Conflict, Section, SectionKey, both


class ConflictDialog(QDialog):
    """Emits `decided` with the sections to take from the copy, after the person confirmed."""

    decided = Signal(object)  # set[SectionKey]

    def __init__(
        self,
        parent: QWidget | None,
        conflict: Conflict,
        forms: Mapping[str, FormDef],
        lang: str,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("conflict")
        self.conflict, self.forms, self.lang = conflict, forms, lang
        self.setWindowTitle(t("conflict_title", lang, title=conflict.current.title))
        layout = QVBoxLayout(self)
        layout.addWidget(heading(t("conflict_title", lang, title=conflict.current.title), 1.3, "h"))
        intro = QLabel(t("conflict_intro", lang, saved=_saved(conflict.copy_saved_on, lang)))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.choices: dict[SectionKey, QRadioButton] = {}  # the "copy" button per section
        body = QWidget()
        rows = QVBoxLayout(body)
        words = ChangeWords(both(conflict), lang)
        for section in conflict.sections:
            rows.addWidget(self._section(section, words))
        if not conflict.sections:
            rows.addWidget(QLabel(t("conflict_same", lang)))
        rows.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        layout.addWidget(scroll, 1)
        buttons = FlowLayout()  # the row wraps where the screen is narrow (200 % text)
        self.buttons: dict[str, QPushButton] = {}
        for key, slot in (
            ("conflict_all_current", lambda: self.choose(set())),
            ("conflict_all_copy", lambda: self.choose({s.key for s in conflict.sections})),
            ("conflict_merge", lambda: self.choose(self.picked())),
            ("cancel", self.reject),
        ):
            button = QPushButton(t(key, lang))
            button.setObjectName(key)
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            buttons.addWidget(button)
            self.buttons[key] = button
        self.buttons["cancel"].setDefault(True)  # Enter changes nothing
        self.buttons["conflict_all_copy"].setEnabled(bool(conflict.sections))
        self.buttons["conflict_merge"].setEnabled(len(conflict.sections) > 1)
        layout.addLayout(buttons)
        fit_to_text(self, 150, 46)

    def _section(self, section: Section, words: ChangeWords) -> QGroupBox:
        form_id, member, _item = section.key
        form = self.forms[form_id]
        place = [tr(form.title, self.lang), tr(section.item.text, self.lang)]
        person = self.conflict.current.person(member) if member else None
        if person is not None:
            place.insert(1, person.name)
        box = QGroupBox(" › ".join(place))
        grid = QGridLayout(box)
        for column, key in enumerate(("conflict_current", "conflict_copy")):
            grid.addWidget(heading(t(key, self.lang), 1.0, f"{key}_heading"), 0, column)
        current = self.conflict.current.document(form_id, member)
        copy = self.conflict.copy.document(form_id, member)
        names_current = picks.labels(form, current.answers) if current is not None else {}
        names_copy = picks.labels(form, copy.answers) if copy is not None else {}
        for row, change in enumerate(section.found, start=1):
            where = " › ".join(tr(i.text, self.lang) for i in (*change.trail, change.item))
            for column, (side, names) in enumerate((("old", names_current), ("new", names_copy))):
                text = words.shown(change, side, names) or t("conflict_empty", self.lang)
                label = QLabel(f"{where}\n{text}")
                label.setWordWrap(True)
                grid.addWidget(label, row, column, Qt.AlignmentFlag.AlignTop)
        keep = QButtonGroup(box)
        for column, key in enumerate(("conflict_keep_current", "conflict_keep_copy")):
            radio = QRadioButton(t(key, self.lang))  # under the version it keeps
            keep.addButton(radio)
            grid.addWidget(radio, len(section.found) + 1, column)
        keep.buttons()[0].setChecked(True)
        self.choices[section.key] = keep.buttons()[1]  # type: ignore[assignment]
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        return box

    def picked(self) -> set[SectionKey]:
        return {key for key, radio in self.choices.items() if radio.isChecked()}

    def choose(self, from_copy: set[SectionKey]) -> None:
        """After the person confirms: `decided`, and the dialog closes."""
        if not dialogs.confirm(
            self, self.lang, self.windowTitle(), t("conflict_confirm", self.lang),
            t("conflict_confirm_yes", self.lang),
        ):  # fmt: skip
            return
        self.decided.emit(from_copy)
        self.accept()


def _saved(iso: str, lang: str) -> str:
    try:
        day = dt.date.fromisoformat(iso[:10])
    except ValueError:
        return ""
    return t("conflict_saved_on", lang, date=f"{day:%d-%m-%Y}")
