"""After a crisis: write down what you learned, then open the part of a plan where it
belongs (the offer comes from domain.post_crisis)."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from samenplan.domain import post_crisis
from samenplan.domain.dossier import Dossier
from samenplan.formkit.model import FormDef
from samenplan.formkit.text import tr
from samenplan.ui.strings import t
from samenplan.ui.widgets import heading


class PostCrisisPage(QWidget):
    changed = Signal()
    open_section = Signal(str, int)  # form id, section number

    def __init__(self, forms: Mapping[str, FormDef], dossier: Dossier, lang: str) -> None:
        super().__init__()
        self.setObjectName("post_crisis")
        self.forms, self.dossier, self.lang = forms, dossier, lang
        layout = QVBoxLayout(self)
        layout.addWidget(heading(t("post_crisis_title", lang), 1.4, "post_crisis_title"))
        intro = QLabel(t("post_crisis_intro", lang))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        question = tr(forms["wrap"].item(post_crisis.LEARNED[2]).text, lang)
        label = QLabel(f"<b>{question}</b>")
        self.text = QPlainTextEdit(post_crisis.learned(dossier))
        self.text.setObjectName("learned")
        self.text.setTabChangesFocus(True)
        self.text.setAccessibleName(question)
        label.setBuddy(self.text)
        layout.addWidget(label)
        layout.addWidget(self.text, 1)
        self.save = QPushButton(t("post_crisis_save", lang))
        self.save.setObjectName("post_crisis_save")
        self.save.clicked.connect(self.keep)
        layout.addWidget(self.save)
        layout.addWidget(QLabel(t("post_crisis_where", lang)))
        self.places: list[QPushButton] = []
        for form_id, section_id in post_crisis.PLACES:
            form = forms[form_id]
            number = next(n for n, s in enumerate(form.sections()) if s.id == section_id)
            text = f"{tr(form.title, lang)}: {tr(form.sections()[number].text, lang)}"
            button = QPushButton(text)
            button.setObjectName(f"post_crisis_{form_id}_{section_id}")
            button.clicked.connect(lambda _=False, f=form_id, n=number: self._open(f, n))
            layout.addWidget(button)
            self.places.append(button)

    def keep(self) -> None:
        if self.text.toPlainText().strip() != post_crisis.learned(self.dossier):
            post_crisis.note_learned(self.dossier, self.forms, self.text.toPlainText())
            self.changed.emit()

    def _open(self, form_id: str, number: int) -> None:
        self.keep()  # what was written is not lost on the way
        self.open_section.emit(form_id, number)
