"""A dossier's overview: the three plans with progress, last change and review status, and
the triad members with the state of their cards."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from samenplan.domain import plan_links, triad_text
from samenplan.domain.dossier import PLAN_FORMS, TRIAD_FORM, Document, Dossier
from samenplan.domain.review import INTERVALS, ReviewStatus, interval, review_status
from samenplan.formkit.model import FormDef
from samenplan.formkit.progress import section_progress
from samenplan.formkit.text import tr
from samenplan.ui.flow import FlowLayout
from samenplan.ui.strings import t
from samenplan.ui.widgets import heading
from samenplan.words import say

REVIEW_KEYS = {
    ReviewStatus.SOON: "review_soon",
    ReviewStatus.DUE: "review_due",
    ReviewStatus.STALE: "review_stale",
}


class DossierHome(QWidget):
    open_plan = Signal(str)
    open_people = Signal()
    make_card = Signal(str)  # "crisis" or "wrap"
    plan_pdf = Signal(str)  # form id
    compare = Signal()
    fill_in_as = Signal(str)  # person id
    toggle_done = Signal(str)
    remove_member = Signal(str)
    add_member = Signal()
    send_card = Signal(str)  # person id
    still_good = Signal(str)  # form id
    review_every = Signal(str, int)  # form id, months
    versions = Signal(str)  # form id
    fill_from = Signal(str)  # form id of the plan to fill the other one from
    post_crisis = Signal()
    receive_card = Signal()
    show_address = Signal()

    def __init__(
        self,
        forms: Mapping[str, FormDef],
        dossier: Dossier,
        lang: str,
        *,
        demo: bool,
        today: dt.date | None = None,
        changed: Sequence[str] = (),
    ) -> None:
        super().__init__()
        self.setObjectName("home")
        today = today or dt.date.today()
        layout = QVBoxLayout(self)
        if demo:
            banner = QLabel(t("demo_banner", lang))
            banner.setObjectName("demo_banner")
            banner.setWordWrap(True)
            banner.setStyleSheet(
                "background:#fff4ce; color:#3b2f00; padding:8px; border:1px solid #8a6d00;"
            )
            layout.addWidget(banner)
        layout.addWidget(heading(dossier.title, 1.8, "dossier_title"))

        for form_id in PLAN_FORMS:
            layout.addWidget(self._plan_box(forms, dossier, form_id, lang, today))

        triad = QGroupBox(t("home_triad", lang))  # the instrument named, as care staff say it
        triad.setObjectName(f"plan_{TRIAD_FORM}")
        inner = QVBoxLayout(triad)
        about = QLabel(t("home_triad_intro", lang))
        about.setObjectName("triad_intro")
        about.setWordWrap(True)
        inner.addWidget(about)
        inner.addWidget(QLabel(f"<b>{t('members', lang)}</b>"))
        for member in dossier.members:
            name = triad_text.member_name(dossier, member.person)
            line = QLabel(
                f"{name} ({say(f'role.{member.role}', lang)}): "
                f"{say(f'member_status.{member.status}', lang)}"
            )
            line.setTextFormat(Qt.TextFormat.PlainText)
            row = FlowLayout()
            row.addWidget(line)
            fill = QPushButton(t("fill_in_as", lang, name=name))
            fill.setObjectName(f"fill_{member.person}")
            fill.clicked.connect(lambda _=False, p=member.person: self.fill_in_as.emit(p))
            done = QPushButton(t("mark_open" if member.status == "klaar" else "mark_done", lang))
            done.setObjectName(f"done_{member.person}")
            done.setAccessibleName(f"{done.text()}: {name}")
            done.clicked.connect(lambda _=False, p=member.person: self.toggle_done.emit(p))
            remove = QPushButton("✕")
            remove.setObjectName(f"remove_{member.person}")
            remove.setAccessibleName(t("member_remove", lang, name=name))
            remove.setToolTip(remove.accessibleName())
            remove.clicked.connect(lambda _=False, p=member.person: self.remove_member.emit(p))
            buttons = [fill, done]
            if not demo:
                send = QPushButton(t("send_card", lang))
                send.setObjectName(f"send_{member.person}")
                send.setAccessibleName(t("send_card_for", lang, name=name))
                send.setToolTip(send.accessibleName())
                send.clicked.connect(lambda _=False, p=member.person: self.send_card.emit(p))
                buttons.append(send)
            for button in (*buttons, remove):
                row.addWidget(button)
            inner.addLayout(row)
        due = [
            a for a in dossier.agreements if a.status == "active" and a.review and a.review <= today
        ]
        if due:
            warning = QLabel(f"⚠ {t('agreements_due', lang, count=len(due))}")
            warning.setObjectName("agreements_due")
            inner.addWidget(warning)
        row = FlowLayout()
        add = QPushButton(t("member_add", lang))
        add.setObjectName("member_add")
        add.clicked.connect(self.add_member)
        row.addWidget(add)
        if changed:
            names = ", ".join(triad_text.member_name(dossier, person) for person in changed)
            note = QLabel(f"⚠ {t('triad_changed', lang, names=names)}")
            note.setObjectName("triad_changed")
            note.setWordWrap(True)
            inner.addWidget(note)
        if dossier.members:
            compare = QPushButton(t("triad_compare", lang))
            compare.setObjectName("triad_compare")
            compare.clicked.connect(self.compare)
            row.addWidget(compare)
        if not demo:
            receive = QPushButton(t("receive", lang))
            receive.setObjectName("receive_card")
            receive.clicked.connect(self.receive_card)
            row.addWidget(receive)
            address = QPushButton(t("my_address", lang))
            address.setObjectName("show_address")
            address.clicked.connect(self.show_address)
            row.addWidget(address)
        inner.addLayout(row)
        layout.addWidget(triad)

        after = QPushButton(t("post_crisis", lang))
        after.setObjectName("post_crisis")
        after.clicked.connect(self.post_crisis)
        people = QPushButton(t("people", lang))
        people.setObjectName("open_people")
        people.clicked.connect(self.open_people)
        row = FlowLayout()
        row.addWidget(people)
        row.addWidget(after)
        layout.addLayout(row)
        layout.addStretch(1)

    def _review_row(self, form_id: str, title: str, document: Document, lang: str) -> QHBoxLayout:
        """ "Looked at, still good" and how often to review."""
        row = QHBoxLayout()
        good = QPushButton(t("still_good", lang))
        good.setObjectName(f"still_good_{form_id}")
        good.setAccessibleName(f"{t('still_good', lang)}: {title}")
        good.clicked.connect(lambda _=False: self.still_good.emit(form_id))
        row.addWidget(good)
        label = QLabel(t("review_every", lang))
        every = QComboBox()
        every.setObjectName(f"review_every_{form_id}")
        every.setAccessibleName(f"{t('review_every', lang)} {title}")
        for months in INTERVALS:
            every.addItem(t("every_months", lang, n=months), months)
        every.setCurrentIndex(INTERVALS.index(interval(document)))
        every.activated.connect(
            lambda index: self.review_every.emit(form_id, int(every.itemData(index)))
        )
        label.setBuddy(every)
        row.addWidget(label)
        row.addWidget(every)
        row.addStretch(1)
        return row

    def _plan_box(
        self, forms: Mapping[str, FormDef], dossier: Dossier, form_id: str, lang: str,
        today: dt.date,
    ) -> QGroupBox:  # fmt: skip
        """One plan: progress, last change, review status and what can be done with it."""
        form = forms[form_id]
        box = QGroupBox(tr(form.title, lang))
        box.setObjectName(f"plan_{form_id}")
        inner = QVBoxLayout(box)
        document = dossier.document(form_id)
        if document is None:
            inner.addWidget(QLabel(t("not_started_yet", lang)))
        else:
            sections = section_progress(form, document.answers)
            started = sum(1 for s in sections if s.started)
            bar = QProgressBar()
            bar.setRange(0, len(sections))
            bar.setValue(started)
            text = t("sections_done", lang, done=started, total=len(sections))
            bar.setFormat(text)
            bar.setAccessibleName(f"{tr(form.title, lang)}: {text}")
            inner.addWidget(bar)
            assert document.review_by is not None and document.changed is not None
            last = QLabel(t("last_change", lang, date=f"{document.changed:%d-%m-%Y}"))
            last.setObjectName(f"changed_{form_id}")
            inner.addWidget(last)
            review = QLabel(t("review_by", lang, date=f"{document.review_by:%d-%m-%Y}"))
            inner.addWidget(review)
            status = review_status(document.reviewed, document.review_by, today)
            if status in REVIEW_KEYS:
                warning = QLabel(f"⚠ {t(REVIEW_KEYS[status], lang)}")
                warning.setObjectName(f"review_{status.value}")
                inner.addWidget(warning)
        button = QPushButton(t("open_plan", lang, plan=tr(form.title, lang)))
        button.setObjectName(f"open_{form_id}")
        button.clicked.connect(lambda _=False, f=form_id: self.open_plan.emit(f))
        row = FlowLayout()
        row.addWidget(button)
        if document is not None:
            kind = "crisis" if form_id == "crisiskaart" else "wrap"
            card = QPushButton(t("make_card", lang))
            card.setObjectName(f"card_{form_id}")
            card.setAccessibleName(f"{t('make_card', lang)}: {tr(form.title, lang)}")
            card.clicked.connect(lambda _=False, k=kind: self.make_card.emit(k))
            row.addWidget(card)
            whole = QPushButton(t("plan_pdf", lang))
            whole.setObjectName(f"plan_pdf_{form_id}")
            whole.setAccessibleName(f"{t('plan_pdf', lang)}: {tr(form.title, lang)}")
            whole.clicked.connect(lambda _=False, f=form_id: self.plan_pdf.emit(f))
            row.addWidget(whole)
            history = QPushButton(t("versions", lang))
            history.setObjectName(f"versions_{form_id}")
            history.setAccessibleName(f"{t('versions', lang)}: {tr(form.title, lang)}")
            history.clicked.connect(lambda _=False, f=form_id: self.versions.emit(f))
            row.addWidget(history)
        source = plan_links.other(form_id)
        if dossier.document(source) is not None:  # fill the empty parts from the other
            other = tr(forms[source].title, lang)
            fill = QPushButton(t("fill_from", lang, plan=other))
            fill.setObjectName(f"fill_{form_id}")
            fill.clicked.connect(lambda _=False, s=source: self.fill_from.emit(s))
            row.addWidget(fill)
        inner.addLayout(row)
        if document is not None:
            inner.addLayout(self._review_row(form_id, tr(form.title, lang), document, lang))
        return box
