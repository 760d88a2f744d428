"""Home window: the dossier's plans with their progress, and the triad members."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QLabel,
    QMainWindow,
    QProgressBar,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from samenplan.domain.dossier import PLAN_FORMS, TRIAD_FORM, Dossier
from samenplan.formkit.model import FormDef
from samenplan.formkit.progress import section_progress
from samenplan.formkit.text import tr

ROLE_NAMES = {
    "client": ("cliënt", "client"),
    "naaste": ("naaste", "relative or friend"),
    "hulpverlener": ("hulpverlener", "professional"),
}
STATUS_NAMES = {"open": ("nog bezig", "in progress"), "klaar": ("klaar", "done")}


def _pick(pair: tuple[str, str], lang: str) -> str:
    return pair[1] if lang == "en" else pair[0]


class HomeWindow(QMainWindow):
    def __init__(
        self, forms: Mapping[str, FormDef], dossier: Dossier, lang: str, *, demo: bool
    ) -> None:
        super().__init__()
        self.setObjectName("home")
        title = f"samenplan — {dossier.title}"
        if demo:
            title += " — DEMO"
        self.setWindowTitle(title)
        self.resize(720, 640)

        body = QWidget()
        layout = QVBoxLayout(body)
        if demo:
            banner = QLabel(
                _pick(
                    (
                        "DEMO — een verzonnen persoon. Er wordt niets opgeslagen.",
                        "DEMO — a fictional person. Nothing is saved.",
                    ),
                    lang,
                )
            )
            banner.setObjectName("demo_banner")
            banner.setWordWrap(True)
            banner.setStyleSheet(
                "background:#fff4ce; color:#3b2f00; padding:8px; border:1px solid #8a6d00;"
            )
            layout.addWidget(banner)

        heading = QLabel(f"<h1>{dossier.title}</h1>")
        heading.setTextFormat(Qt.TextFormat.RichText)
        heading.setAccessibleName(dossier.title)
        layout.addWidget(heading)

        for form_id in (*PLAN_FORMS, TRIAD_FORM):
            form = forms[form_id]
            documents = [d for d in dossier.documents if d.form == form_id]
            box = QGroupBox(tr(form.title, lang))
            box.setObjectName(f"plan_{form_id}")
            inner = QVBoxLayout(box)
            if form_id == TRIAD_FORM:
                for member in dossier.members:
                    person = dossier.person(member.person)
                    name = person.name if person else member.person
                    line = QLabel(
                        f"{name} ({_pick(ROLE_NAMES[member.role], lang)}): "
                        f"{_pick(STATUS_NAMES[member.status], lang)}"
                    )
                    inner.addWidget(line)
            for document in documents if form_id != TRIAD_FORM else []:
                sections = section_progress(form, document.answers)
                started = sum(1 for s in sections if s.started)
                bar = QProgressBar()
                bar.setRange(0, len(sections))
                bar.setValue(started)
                label = _pick(("Onderdelen ingevuld", "Sections filled in"), lang)
                bar.setFormat(f"{label}: {started} / {len(sections)}")
                bar.setAccessibleName(
                    f"{tr(form.title, lang)}: {label} {started} / {len(sections)}"
                )
                inner.addWidget(bar)
                review = _pick(("Nakijken vóór", "Review by"), lang)
                inner.addWidget(QLabel(f"{review}: {document.review_by:%d-%m-%Y}"))
            layout.addWidget(box)
        layout.addStretch(1)

        scroll = QScrollArea()
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.setCentralWidget(scroll)
