"""The screens of an open dossier: its overview, the plans, people, cards, versions, the
triad (members, comparison, sending and taking in cards), undo and redo. A part of
`MainWindow` (ui/main.py).

Every change goes to the one `DossierDocument` of the dossier, which records it for undo
and saves it. A screen that asked a question checks afterwards that the dossier is still
open: the profile may have been locked while the question was on screen.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from samenplan.ui.strings import t
from samenplan.ui.window_parts import WindowParts

if TYPE_CHECKING:
    from samenplan.domain.dossier import Document
    from samenplan.services.documents import DossierDocument
    from samenplan.ui.card_preview import CardPage


def _quiet(_result: object) -> None:
    """The card's mark in the dossier table is a help; when it cannot be kept, it is not."""


class DossierScreens(WindowParts):
    def open_dossier(self, dossier_id: str, show: bool = True) -> bool:
        from samenplan.workspace.errors import ExportFormatError, VaultError, describe

        assert self.session_service is not None
        try:
            document = self.session_service.document(dossier_id)
        except (VaultError, ExportFormatError) as exc:
            self._status(describe(exc, self.lang))
            return False
        self._set_document(document)
        if show:
            self.show_home()
        return True

    def open_demo(self) -> None:
        from samenplan.services.documents import DossierDocument

        self._set_document(DossierDocument(self.demo_dossier(), None, self.lang))
        self.show_home()

    def _set_document(self, document: DossierDocument) -> None:
        if not document.wired:  # a dossier opened again is wired once
            document.wired = True
            document.saved.connect(lambda _g: self._status(t("saved", self.lang)))
            document.save_failed.connect(
                lambda m: self._status(t("save_failed", self.lang, message=m), urgent=True)
            )
            document.restored.connect(self._restored)
            document.reloaded.connect(lambda: self._status(t("reloaded_elsewhere", self.lang)))
        self.document = document

    def undo(self) -> None:
        if self.document is not None:
            done = self.document.undo()
            self._status(t("undone" if done else "nothing_to_undo", self.lang))

    def redo(self) -> None:
        if self.document is not None:
            done = self.document.redo()
            self._status(t("redone" if done else "nothing_to_redo", self.lang))

    def _restored(self, merge: str) -> None:
        """Undo or redo changed the dossier: a form shows its answers again, at the question
        that changed; any other page is built again from the dossier."""
        from samenplan.ui.formview.form import FormView

        page = self.stack.currentWidget()
        form = page.findChild(FormView) if page is not None else None
        if form is not None and form.answers_source is not None:
            form.show_answers(form.answers_source(), merge.rpartition(":")[2])
        else:
            self.rebuild()

    def show_home(self) -> None:
        from samenplan.ui.home import DossierHome

        document = self.document
        if document is None:
            return

        def build() -> QWidget:
            from samenplan.domain.triad import changed_since_compared

            changed = changed_since_compared(document.dossier)
            home = DossierHome(
                self.forms, document.dossier, self.lang, demo=document.demo, changed=changed
            )
            home.open_plan.connect(self.open_plan)
            home.open_people.connect(self.show_people)
            home.make_card.connect(self.show_card)
            home.plan_pdf.connect(self.save_plan_pdf)
            home.compare.connect(self.show_comparison)
            home.fill_in_as.connect(self.open_member_card)
            home.toggle_done.connect(self.toggle_member_done)
            home.remove_member.connect(self.remove_member)
            home.add_member.connect(self.add_member)
            home.send_card.connect(self.send_card)
            home.receive_card.connect(self.receive_card)
            home.show_address.connect(self.show_address)
            home.still_good.connect(self.plan_still_good)
            home.review_every.connect(self.plan_review_every)
            home.versions.connect(self.show_versions)
            home.fill_from.connect(self.fill_from)
            home.post_crisis.connect(self.show_post_crisis)
            return self._with_back(home, to_dossiers=not document.demo, back=not document.demo)

        self.show_page(build)

    def _with_back(self, page: QWidget, to_dossiers: bool = False, back: bool = True) -> QWidget:
        """`page` in a frame with the way back (see `_frame`)."""
        from samenplan.ui.home import DossierHome
        from samenplan.ui.people import PeoplePage

        wrapper, layout = self._frame(to_dossiers, back)
        if isinstance(page, (DossierHome, PeoplePage)):
            scroll = QScrollArea(wrapper)
            scroll.setWidgetResizable(True)
            scroll.setWidget(page)
            layout.addWidget(scroll, 1)
        else:
            layout.addWidget(page, 1)
        return wrapper

    def _frame(self, to_dossiers: bool = False, back: bool = True) -> tuple[QWidget, QVBoxLayout]:
        """A page's frame with the way back (to the dossiers or the overview), the demo note
        and what happened to this copy; what goes in it is added to the returned layout.
        Made in the window's stack: with the app's style sheet, every move of a built widget
        into a new parent restyles all that is inside it (a plan's page has thousands)."""
        wrapper = QWidget(self.stack)
        layout = QVBoxLayout(wrapper)
        bar = QHBoxLayout()
        if not back:
            pass
        elif to_dossiers:
            button = QPushButton(t("to_dossiers", self.lang), wrapper)
            button.setObjectName("to_dossiers")
            button.clicked.connect(self.show_dossiers)
        else:
            button = QPushButton(t("to_overview", self.lang), wrapper)
            button.setObjectName("to_overview")
            button.clicked.connect(self.show_home)
        if back:
            bar.addWidget(button)
        bar.addStretch(1)
        if self.document is not None and self.document.demo:
            demo = QLabel(t("demo_not_saved", self.lang), wrapper)
            demo.setObjectName("demo_note")
            bar.addWidget(demo)
        layout.addLayout(bar)
        notice = self.document.notice if self.document is not None else None
        if notice is not None and notice(self.lang):
            layout.addLayout(self._version_notice(notice(self.lang), wrapper))
        return wrapper, layout

    def _version_notice(self, text: str, parent: QWidget) -> QHBoxLayout:
        """What happened to this copy, and 'Verder met deze versie'."""
        row = QHBoxLayout()
        label = QLabel(f"⚠ {text}", parent)
        label.setObjectName("version_notice")
        label.setWordWrap(True)
        button = QPushButton(t("version_accept", self.lang), parent)
        button.setObjectName("version_accept")
        button.clicked.connect(self.accept_version)
        row.addWidget(label, 1)
        row.addWidget(button)
        return row

    def accept_version(self) -> None:
        from samenplan.workspace.errors import describe

        document, service = self.document, self.session_service
        if document is None or service is None:
            return

        def done(_none: None) -> None:
            self.rebuild()
            self._status(t("version_accepted", self.lang))

        service.accept_version(document, done, lambda exc: self._status(describe(exc, self.lang)))

    def open_plan(self, form_id: str, section: int = 0) -> None:
        from samenplan.domain.dossier import PLAN_FORMS
        from samenplan.domain.where_used import medicine_uses
        from samenplan.ui import people as people_ui
        from samenplan.ui.formview.binders import FormContext
        from samenplan.ui.formview.form import FormView

        document = self.document
        if document is None:
            return
        assert form_id in PLAN_FORMS
        form = self.forms[form_id]

        def build() -> QWidget:
            document.seal()  # typing after coming back is a step of its own
            current = document.dossier.document_or_new(form_id, form.version)
            context = FormContext(
                self.lang,
                lambda: document.dossier.people,
                lambda parent: people_ui.add_person(document.dossier, parent, self.lang),
                medicines=lambda: document.dossier.medicines,
                medicines_edited=lambda: document.changed("medicine", merge="medicines"),
                medicine_elsewhere=lambda item_id, medicine_id: medicine_uses(
                    document.dossier, self.forms, medicine_id, self.lang, (form_id, item_id)
                ),
                offer=lambda item_id: self._offer(form_id, item_id),
                # looked up each time: undo and redo put another copy of the dossier in place
                client=lambda: document.dossier.client(),  # noqa: PLW0108
                seal=document.seal,
            )
            wrapper, layout = self._frame()
            view = FormView(form, current.answers, context, wrapper)
            layout.addWidget(view, 1)
            view.answers_source = lambda: (
                document.dossier.document_or_new(form_id, form.version).answers
            )

            def edited() -> None:
                plan = document.dossier.document_or_new(form_id, form.version)
                plan.edit(view.answers())
                document.changed("answer", merge=f"{form_id}:{view.last_field}")
                view.set_status(t("demo_not_saved" if document.demo else "saving", self.lang))

            view.edited.connect(edited)
            view.save_requested.connect(self._save_and_leave)
            view.go_to(self._resume_section)
            return wrapper

        self._resume_section = section
        self.show_page(build)

    def _offer(self, form_id: str, item_id: str) -> tuple[str, object] | None:
        """The other plan's answer to a linked question, with the words for where it is."""
        from samenplan.domain import plan_links
        from samenplan.formkit.text import tr

        if self.document is None:
            return None
        found = plan_links.offer(self.forms, self.document.dossier, form_id, item_id)
        if found is None:
            return None
        return tr(self.forms[plan_links.other(form_id)].title, self.lang), found[1]

    def _save_and_leave(self) -> None:
        if self.document is not None:
            self.document.flush()
        self.show_home()

    def show_card(self, kind: str) -> None:
        from samenplan.ui.card_preview import CardPage

        document = self.document
        if document is None:
            return

        def build() -> QWidget:
            page = CardPage(self.forms, document.dossier, kind, self.lang)
            page.go_to_item.connect(self.open_plan_at)
            # after the page's own save: the dossier table says the card was made
            page.save_button.clicked.connect(lambda: self._card_made(document, page, kind))
            return self._with_back(page)

        self.show_page(build)

    def save_plan_pdf(self, form_id: str) -> None:
        from samenplan.ui.plan_print import save_plan_pdf

        page = self.stack.currentWidget()  # hidden when the profile locks meanwhile
        if self.document is not None and page is not None:
            save_plan_pdf(page, self.forms, self.document.dossier, form_id, self.lang)

    def _card_made(self, document: DossierDocument, page: CardPage, kind: str) -> None:
        """Remember in the index that this card was written (best effort, in the background)."""
        from samenplan.services import tasks
        from samenplan.workspace.overview import card_made

        session = self.session_service.session if self.session_service is not None else None
        if page.saved_to is None or session is None or document.demo:
            return
        dossier_id, today = document.dossier.id, dt.date.today()
        tasks.submit(lambda: card_made(session, dossier_id, kind, today), _quiet, _quiet)

    def _plan(self, form_id: str) -> tuple[DossierDocument, Document] | None:
        """The open dossier and its plan `form_id`, when both are there."""
        document = self.document
        plan = document.dossier.document(form_id) if document is not None else None
        return (document, plan) if document is not None and plan is not None else None

    def plan_still_good(self, form_id: str) -> None:
        """Looked at and still right: the review dates move on, nothing else changes."""
        from samenplan.domain.review import still_good

        found = self._plan(form_id)
        if found is None:
            return
        document, plan = found
        still_good(plan, dt.date.today())
        document.changed("still_good")
        self.show_home()
        self._status(t("reviewed_now", self.lang, date=f"{plan.review_by:%d-%m-%Y}"))

    def fill_from(self, source: str) -> None:
        """Fill the empty parts of the other plan from `source`, after showing what goes
        where and what stays as it is."""
        from samenplan.domain import plan_links
        from samenplan.formkit.text import tr
        from samenplan.ui import dialogs

        document = self.document
        if document is None:
            return
        lang = self.lang
        target = plan_links.other(source)
        source_title = tr(self.forms[source].title, lang)
        target_title = tr(self.forms[target].title, lang)
        planned = plan_links.preview(self.forms, document.dossier, source)
        title = t("fill_title", lang, plan=source_title)
        copies = [c for c in planned if c.state is plan_links.State.COPY]
        if not copies:
            dialogs.inform(self, title, t("fill_nothing", lang, plan=source_title))
            return

        def line(found: plan_links.Copy) -> str:
            return t(
                "fill_line", lang, target=tr(found.target.text, lang),
                source=tr(found.source.text, lang),
            )  # fmt: skip

        text = "\n".join([t("fill_will", lang, plan=target_title), *map(line, copies)])
        kept = [c for c in planned if c.state is plan_links.State.KEPT]
        if kept:
            text += "\n\n" + "\n".join([t("fill_kept", lang), *map(line, kept)])
        if not dialogs.confirm(self, lang, title, text, t("fill_yes", lang)):
            return
        if self.document is not document:  # locked while the question was open
            return
        done = plan_links.apply(self.forms, document.dossier, source)
        document.changed("fill_from")
        self.show_home()
        self._status(t("fill_done", lang, n=len(done), plan=source_title))

    def show_post_crisis(self) -> None:
        from samenplan.ui.post_crisis import PostCrisisPage

        document = self.document
        if document is None:
            return

        def build() -> QWidget:
            page = PostCrisisPage(self.forms, document.dossier, self.lang)
            page.changed.connect(lambda: document.changed("page"))
            page.open_section.connect(lambda form_id, n: self.open_plan(form_id, section=n))
            return self._with_back(page)

        self.show_page(build)

    def show_versions(self, form_id: str) -> None:
        from samenplan.ui.versions import VersionsPage

        found = self._plan(form_id)
        if found is None:
            return
        document, plan = found

        def build() -> QWidget:
            page = VersionsPage(self.forms[form_id], plan, document.dossier, self.lang)
            page.changed.connect(lambda: document.changed("page"))
            return self._with_back(page)

        self.show_page(build)

    def plan_review_every(self, form_id: str, months: int) -> None:
        from samenplan.domain.review import review_every

        found = self._plan(form_id)
        if found is None:
            return
        document, plan = found
        review_every(plan, months)
        document.changed("review_every")
        self.show_home()

    def show_comparison(self) -> None:
        from samenplan.domain.triad import changed_since_compared, mark_compared, undecided
        from samenplan.ui.triad_view import ComparisonPage

        document = self.document
        if document is None:
            return

        dossier = document.dossier
        changed = changed_since_compared(dossier)

        def seen() -> None:
            """The cards count as compared once they are shown: after the consent step."""
            before = dict(dossier.compared)
            mark_compared(dossier)
            if dossier.compared != before:
                document.changed("compared")

        if not undecided(dossier):
            seen()

        def build() -> QWidget:
            page = ComparisonPage(self.forms, dossier, self.lang, changed=changed)
            page.changed.connect(lambda: document.changed("page"))
            page.consent.decided.connect(seen)
            return self._with_back(page)

        self.show_page(build)

    def open_member_card(self, person_id: str) -> None:
        """One member's own card, in their perspective's wording; nothing of the others."""
        from samenplan.domain import triad_text
        from samenplan.ui.formview.binders import FormContext
        from samenplan.ui.formview.form import FormView
        from samenplan.ui.widgets import heading

        document = self.document
        if document is None:
            return
        dossier = document.dossier
        member = next(m for m in dossier.members if m.person == person_id)
        form = self.forms["triadekaart"].for_perspective(member.role)

        role = t(f"role_{member.role}", self.lang).lower()
        title = t("card_of", self.lang, name=triad_text.member_name(dossier, person_id), role=role)

        def build() -> QWidget:
            document.seal()  # typing after coming back is a step of its own
            current = dossier.document_or_new("triadekaart", form.version, member=person_id)
            members = lambda: [  # noqa: E731 - the "who" drop-down's people
                (m.person, triad_text.member_label(dossier, m, self.lang)) for m in dossier.members
            ]
            context = FormContext(self.lang, lambda: dossier.people, members=members, me=person_id)
            page, layout = self._frame()
            layout.addWidget(heading(title, 1.3, "member_title"))
            view = FormView(form, current.answers, context, page)
            layout.addWidget(view, 1)
            view.answers_source = lambda: (
                dossier.document_or_new("triadekaart", form.version, member=person_id).answers
            )

            def edited() -> None:
                card = dossier.document_or_new("triadekaart", form.version, member=person_id)
                card.edit(view.answers())
                document.changed("answer", merge=f"triadekaart:{person_id}:{view.last_field}")

            view.edited.connect(edited)
            view.save_requested.connect(self._save_and_leave)
            return page

        self.show_page(build)

    def toggle_member_done(self, person_id: str) -> None:
        document = self.document
        assert document is not None
        member = next(m for m in document.dossier.members if m.person == person_id)
        member.status = "open" if member.status == "klaar" else "klaar"
        document.changed("member_done")
        self.show_home()

    def remove_member(self, person_id: str) -> None:
        from samenplan.domain import triad_text
        from samenplan.ui import dialogs

        document = self.document
        assert document is not None
        dossier = document.dossier
        name = triad_text.member_name(dossier, person_id)
        title = t("member_remove", self.lang, name=name)
        question = t("member_remove_confirm", self.lang, name=name)
        if not dialogs.confirm(self, self.lang, title, question, title):
            return
        if self.document is not document:  # locked while the question was open
            return
        dossier.remove_member(person_id)
        document.changed("remove_member")
        self.show_home()

    def add_member(self) -> None:
        from samenplan.domain.dossier import Member
        from samenplan.ui.members import MemberDialog

        document = self.document
        assert document is not None
        people = len(document.dossier.people)
        chosen = MemberDialog.ask(self, document.dossier, self.lang)
        if self.document is not document:  # locked meanwhile
            return
        if chosen is None:  # cancelled; a person added in the dialog stays in the registry
            if len(document.dossier.people) != people:
                document.changed("add_member")
            return
        document.dossier.members.append(Member(chosen[0], chosen[1], "open"))
        document.changed("add_member")
        self.show_home()

    def send_card(self, person_id: str) -> None:
        from samenplan.ui import exchange

        session = self.session_service.session if self.session_service else None
        if session is not None and self.document is not None:
            exchange.send_card(self, session, self.document, person_id)

    def receive_card(self) -> None:
        from samenplan.ui import exchange

        session = self.session_service.session if self.session_service else None
        document = self.document
        if session is not None and document is not None:
            exchange.receive(self, session, document, self._refresh_home)

    def _refresh_home(self) -> None:
        from samenplan.ui.home import DossierHome

        page = self.stack.currentWidget()
        if self.document is not None and page is not None and page.findChild(DossierHome):
            self.show_home()

    def show_address(self) -> None:
        from samenplan.ui import exchange

        session = self.session_service.session if self.session_service else None
        if session is not None:
            exchange.show_address(self, session, self.lang)

    def open_plan_at(self, form_id: str, item_id: str) -> None:
        """Open a plan at the section that holds `item_id`."""
        form = self.forms[form_id]
        index = next(
            (n for n, s in enumerate(form.sections()) if any(i.id == item_id for i in s.walk())), 0
        )
        self.open_plan(form_id, section=index)

    def show_people(self) -> None:
        from samenplan.ui.people import PeoplePage

        document = self.document
        if document is None:
            return

        def build() -> QWidget:
            page = PeoplePage(document.dossier, self.forms, self.lang)
            page.changed.connect(lambda: document.changed("people"))
            return self._with_back(page)

        self.show_page(build)
