"""The main window: first run → unlock → dossiers → a dossier's overview → a plan or its people.

One page at a time in a stack. Locking (Ctrl+L, or after idle) saves what is pending,
drops every page that shows plan content and goes back to the unlock page. The language
switches live: the current page is built again in the other language, keeping its place.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QFont, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from samenplan.services.idle import IdleLock
from samenplan.ui.strings import t

if TYPE_CHECKING:  # imported where used, after the window first showed (start-up time)
    from PySide6.QtGui import QPaintEvent

    from samenplan.config import Config
    from samenplan.domain.dossier import Document, Dossier
    from samenplan.formkit.model import FormDef
    from samenplan.services.documents import DossierDocument
    from samenplan.services.session import SessionService
    from samenplan.vault.profiles import ProfileStore

TEXT_SCALES = (0.8, 0.9, 1.0, 1.15, 1.3, 1.5, 1.75, 2.0)


class MainWindow(QMainWindow):
    def __init__(
        self,
        forms: Mapping[str, FormDef],
        store: ProfileStore | None,
        config: Config | None,
        lang: str,
        demo_dossier: Callable[[], Dossier],
    ) -> None:

        super().__init__()
        self.setObjectName("main")
        self.forms = forms
        self.store = store
        self.config = config
        self.lang = lang
        self.demo_dossier = demo_dossier
        self.document: DossierDocument | None = None
        self.page_builder: Callable[[], QWidget] | None = None
        self.session_service: SessionService | None = None
        if store is not None:
            from samenplan.services.session import SessionService

            self.session_service = SessionService(store, lang)
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.resize(980, 760)
        self._base_font = QApplication.font()
        self.scale = float(config.get("ui/text_scale")) if config else 1.0
        self._apply_scale()
        self._keys_ready = False
        self._build_menus()
        if self.session_service is not None:
            self.session_service.unlocked.connect(self._unlocked)
            self.session_service.unlock_failed.connect(self._unlock_failed)
        minutes = float(config.get("lock/idle_minutes")) if config else 10.0
        self.idle = IdleLock(minutes)
        self.idle.idle.connect(self.lock)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.idle)
        self._update_title()

    # ------------------------------------------------------------------ pages

    def show_page(self, builder: Callable[[], QWidget]) -> QWidget:
        """Build a page (again, e.g. after a language switch) and show it."""
        self.page_builder = builder
        page = builder()
        old = self.stack.currentWidget()
        self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)
        if old is not None:
            self.stack.removeWidget(old)
            old.deleteLater()
        _focus_first(page)
        if not self._keys_ready:
            self._set_shortcuts()
        self.statusBar().clearMessage()
        self._update_title()
        return page

    def start_after_first_paint(self, demo: bool = False) -> None:
        """Show "samenplan wordt geopend…" at once and start once that has been painted: the
        window is there before the forms are read and the first page is built."""
        opening = _Opening(t("opening", self.lang))
        opening.painted.connect(lambda: QTimer.singleShot(0, lambda: self.start(demo)))
        self.stack.addWidget(opening)

    def start(self, demo: bool = False) -> None:
        if demo or self.store is None:
            self.open_demo()
        elif self.store.all():
            self.show_unlock()
        else:
            self.show_welcome()

    def show_welcome(self) -> None:
        from samenplan.ui.welcome import WelcomePage
        from samenplan.vault import keyring_slot

        usable = keyring_slot.usable(timeout=2.0)

        def build() -> QWidget:
            page = WelcomePage(self.lang, usable)
            page.create_requested.connect(self._create_profile)
            page.demo_requested.connect(self.open_demo)
            return page

        self.show_page(build)

    def _create_profile(self, name: str, passphrase: str, remember: bool) -> None:
        from samenplan.services import tasks
        from samenplan.ui.welcome import WelcomePage
        from samenplan.vault.errors import message_of

        page = self.stack.currentWidget()
        assert isinstance(page, WelcomePage) and self.store is not None
        store = self.store

        def work() -> tuple[str, str]:
            profile, code = store.create(name, passphrase)
            if remember:
                with store.open(profile.id) as opened, opened.unlock(passphrase) as session:
                    session.remember_on_this_computer()
            return profile.id, code

        def done(result: tuple[str, str]) -> None:
            profile_id, code = result
            if self.config:
                self.config.set("profiles/last", profile_id)
            self._pending_unlock = (profile_id, passphrase)
            self.show_page(lambda: self._recovery_page(code))

        tasks.submit(work, done, lambda exc: page.show_error(message_of(exc, self.lang)))

    def _recovery_page(self, code: str) -> QWidget:
        from samenplan.ui.welcome import RecoveryCodePage

        page = RecoveryCodePage(self.lang, code)
        page.done.connect(self._after_recovery_code)
        return page

    def _after_recovery_code(self) -> None:
        from samenplan.ui.unlock import UnlockPage

        profile_id, passphrase = self._pending_unlock
        del self._pending_unlock
        self.show_unlock()
        page = self.stack.currentWidget()
        assert isinstance(page, UnlockPage)
        page.set_busy(True)
        assert self.session_service is not None
        self.session_service.unlock(profile_id, passphrase)

    def show_unlock(self) -> None:
        from samenplan.ui.unlock import UnlockPage

        assert self.store is not None
        profiles = self.store.all()
        last = str(self.config.get("profiles/last")) if self.config else ""

        def build() -> QWidget:
            page = UnlockPage(self.lang, profiles, last)
            page.unlock_requested.connect(self._unlock_requested)
            page.new_profile_requested.connect(self.show_welcome)
            page.demo_requested.connect(self.open_demo)
            page.passphrase.setFocus()
            return page

        self.show_page(build)

    def _unlock_requested(self, profile_id: str, secret: str, recovery: bool) -> None:
        assert self.session_service is not None
        self.session_service.unlock(profile_id, secret, recovery=recovery)

    def _unlock_failed(self, message: str) -> None:
        from samenplan.ui.unlock import UnlockPage

        page = self.stack.currentWidget()
        if isinstance(page, UnlockPage):
            page.show_error(message)

    def _unlocked(self) -> None:
        session = self.session_service.session if self.session_service else None
        assert session is not None
        if self.config:
            self.config.set("profiles/last", session.profile.info.id)
        dossiers = session.dossiers.all()
        if len(dossiers) == 1 and self.open_dossier(dossiers[0].id):
            return
        self.show_dossiers()

    def show_dossiers(self) -> None:
        from samenplan.ui.dossiers import DossierListPage

        session = self.session_service.session if self.session_service else None
        if session is None:
            return
        self.document = None

        def build() -> QWidget:
            page = DossierListPage(self.lang, session.dossiers.all())
            page.open_requested.connect(self.open_dossier)
            page.new_requested.connect(self.new_dossier)
            page.rename_requested.connect(self.rename_dossier)
            page.delete_requested.connect(self.delete_dossier)
            return page

        self.show_page(build)

    def new_dossier(self, client_name: str) -> None:
        from samenplan.domain.dossier import Dossier, Person, default_review_by, new_id

        session = self.session_service.session if self.session_service else None
        assert session is not None
        today = dt.date.today()
        client = Person(new_id(), client_name, "cliënt")
        dossier = Dossier(new_id(), client_name, today, today, default_review_by(today), [client])
        from samenplan.domain.export_format import dumps
        from samenplan.vault.errors import VaultError

        try:
            session.dossiers.create(dossier.id, dossier.title, dumps(dossier).encode("utf-8"))
        except VaultError as exc:
            self._status(exc.message(self.lang))
            return
        self.open_dossier(dossier.id)

    def rename_dossier(self, dossier_id: str, title: str) -> None:
        self.open_dossier(dossier_id, show=False)
        if self.document is not None:
            self.document.dossier.title = title
            self.document.changed()
            self.document.flush()
        self.show_dossiers()

    def delete_dossier(self, dossier_id: str) -> None:
        session = self.session_service.session if self.session_service else None
        assert session is not None
        from samenplan.vault.errors import VaultError

        try:
            session.dossiers.delete(dossier_id)
        except VaultError as exc:
            self._status(exc.message(self.lang))
        self.show_dossiers()

    def open_dossier(self, dossier_id: str, show: bool = True) -> bool:
        from samenplan.domain.export_format import ExportFormatError, loads
        from samenplan.services.documents import DossierDocument
        from samenplan.vault.errors import VaultError

        session = self.session_service.session if self.session_service else None
        assert session is not None
        try:
            opened = session.dossiers.open(dossier_id)
            dossier, _ = loads(opened.data, self.forms)
        except VaultError as exc:
            self._status(exc.message(self.lang))
            return False
        except ExportFormatError as exc:
            self._status(exc.describe(self.lang))
            return False
        self._set_document(DossierDocument(dossier, session, self.lang))
        if show:
            self.show_home()
        return True

    def open_demo(self) -> None:
        from samenplan.services.documents import DossierDocument

        self._set_document(DossierDocument(self.demo_dossier(), None, self.lang))
        self.show_home()

    def _set_document(self, document: DossierDocument) -> None:

        self.document = document
        document.saved.connect(lambda _g: self._status(t("saved", self.lang)))
        document.save_failed.connect(lambda m: self._status(t("save_failed", self.lang, message=m)))

    def _status(self, text: str) -> None:
        from samenplan.ui.formview.form import FormView

        self.statusBar().showMessage(text, 10_000)
        page = self.stack.currentWidget()
        form = page.findChild(FormView) if page is not None else None
        if form is not None:
            form.set_status(text)

    def show_home(self) -> None:
        from samenplan.ui.home import DossierHome

        document = self.document
        assert document is not None

        def build() -> QWidget:
            from samenplan.domain.triad import changed_since_compared

            changed = changed_since_compared(document.dossier)
            home = DossierHome(
                self.forms, document.dossier, self.lang, demo=document.demo, changed=changed
            )
            home.open_plan.connect(self.open_plan)
            home.open_people.connect(self.show_people)
            home.make_card.connect(self.show_card)
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
        from samenplan.ui.home import DossierHome
        from samenplan.ui.people import PeoplePage

        wrapper = QWidget()
        layout = QVBoxLayout(wrapper)
        bar = QHBoxLayout()
        if not back:
            pass
        elif to_dossiers:
            button = QPushButton(t("to_dossiers", self.lang))
            button.setObjectName("to_dossiers")
            button.clicked.connect(self.show_dossiers)
        else:
            button = QPushButton(t("to_overview", self.lang))
            button.setObjectName("to_overview")
            button.clicked.connect(self.show_home)
        if back:
            bar.addWidget(button)
        bar.addStretch(1)
        if self.document is not None and self.document.demo:
            demo = QLabel(t("demo_not_saved", self.lang))
            demo.setObjectName("demo_note")
            bar.addWidget(demo)
        layout.addLayout(bar)
        if isinstance(page, (DossierHome, PeoplePage)):
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setWidget(page)
            layout.addWidget(scroll, 1)
        else:
            layout.addWidget(page, 1)
        return wrapper

    def open_plan(self, form_id: str, section: int = 0) -> None:
        from samenplan.domain.dossier import PLAN_FORMS
        from samenplan.domain.where_used import medicine_uses
        from samenplan.ui import people as people_ui
        from samenplan.ui.formview.binders import FormContext
        from samenplan.ui.formview.form import FormView

        document = self.document
        assert document is not None and form_id in PLAN_FORMS
        form = self.forms[form_id]
        current = document.dossier.document_or_new(form_id, form.version)

        def build() -> QWidget:
            context = FormContext(
                self.lang,
                lambda: document.dossier.people,
                lambda parent: people_ui.add_person(document.dossier, parent, self.lang),
                medicine_elsewhere=lambda name: medicine_uses(
                    document.dossier, self.forms, name, self.lang, besides=form_id
                ),
                offer=lambda item_id: self._offer(form_id, item_id),
            )
            view = FormView(form, current.answers, context)

            def edited() -> None:
                current.edit(view.answers())
                document.changed()
                view.set_status(t("demo_not_saved" if document.demo else "saving", self.lang))

            view.edited.connect(edited)
            view.save_requested.connect(self._save_and_leave)
            view.go_to(self._resume_section)
            return self._with_back(view)

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
        assert document is not None

        def build() -> QWidget:
            page = CardPage(self.forms, document.dossier, kind, self.lang)
            page.go_to_item.connect(self.open_plan_at)
            return self._with_back(page)

        self.show_page(build)

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
        document.changed()
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
        done = plan_links.apply(self.forms, document.dossier, source)
        document.changed()
        self.show_home()
        self._status(t("fill_done", lang, n=len(done), plan=source_title))

    def show_post_crisis(self) -> None:
        from samenplan.ui.post_crisis import PostCrisisPage

        document = self.document
        if document is None:
            return

        def build() -> QWidget:
            page = PostCrisisPage(self.forms, document.dossier, self.lang)
            page.changed.connect(document.changed)
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
            page.changed.connect(document.changed)
            return self._with_back(page)

        self.show_page(build)

    def plan_review_every(self, form_id: str, months: int) -> None:
        from samenplan.domain.review import review_every

        found = self._plan(form_id)
        if found is None:
            return
        document, plan = found
        review_every(plan, months)
        document.changed()
        self.show_home()

    def show_comparison(self) -> None:
        from samenplan.ui.triad_view import ComparisonPage

        document = self.document
        assert document is not None

        from samenplan.domain.triad import changed_since_compared, mark_compared

        dossier = document.dossier
        changed = changed_since_compared(dossier)
        before = dict(dossier.compared)
        mark_compared(dossier)
        if dossier.compared != before:
            document.changed()

        def build() -> QWidget:
            page = ComparisonPage(self.forms, dossier, self.lang, changed=changed)
            page.changed.connect(document.changed)
            return self._with_back(page)

        self.show_page(build)

    def open_member_card(self, person_id: str) -> None:
        """One member's own card, in their perspective's wording; nothing of the others."""
        from samenplan.domain import triad_text
        from samenplan.ui.formview.binders import FormContext
        from samenplan.ui.formview.form import FormView
        from samenplan.ui.widgets import heading

        document = self.document
        assert document is not None
        dossier = document.dossier
        member = next(m for m in dossier.members if m.person == person_id)
        form = self.forms["triadekaart"].for_perspective(member.role)
        current = dossier.document_or_new("triadekaart", form.version, member=person_id)

        role = t(f"role_{member.role}", self.lang).lower()
        title = t("card_of", self.lang, name=triad_text.member_name(dossier, person_id), role=role)

        def build() -> QWidget:
            view = FormView(form, current.answers, FormContext(self.lang, lambda: dossier.people))

            def edited() -> None:
                current.edit(view.answers())
                document.changed()

            view.edited.connect(edited)
            view.save_requested.connect(self._save_and_leave)
            page = QWidget()
            layout = QVBoxLayout(page)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.addWidget(heading(title, 1.3, "member_title"))
            layout.addWidget(view, 1)
            return self._with_back(page)

        self.show_page(build)

    def toggle_member_done(self, person_id: str) -> None:
        document = self.document
        assert document is not None
        member = next(m for m in document.dossier.members if m.person == person_id)
        member.status = "open" if member.status == "klaar" else "klaar"
        document.changed()
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
        dossier.remove_member(person_id)
        document.changed()
        self.show_home()

    def add_member(self) -> None:
        from samenplan.domain.dossier import Member
        from samenplan.ui.members import MemberDialog

        document = self.document
        assert document is not None
        chosen = MemberDialog.ask(self, document.dossier, self.lang)
        if chosen is None:
            return
        document.dossier.members.append(Member(chosen[0], chosen[1], "open"))
        document.changed()
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
        assert document is not None

        def build() -> QWidget:
            page = PeoplePage(document.dossier, self.forms, self.lang)
            page.changed.connect(document.changed)
            return self._with_back(page)

        self.show_page(build)

    # ------------------------------------------------------------------ lock, language, size

    def lock(self) -> None:
        if self.session_service is None or self.session_service.session is None:
            return
        if self.document is not None:
            self.document.flush()
        self.document = None
        self.session_service.lock()
        self.show_unlock()
        self.statusBar().showMessage(t("locked_message", self.lang), 10_000)

    def delete_profile(self) -> None:
        """Remove the open profile with all its dossiers, after its name is typed to confirm."""
        from samenplan.services import tasks
        from samenplan.ui import dialogs
        from samenplan.vault.errors import message_of

        session = self.session_service.session if self.session_service else None
        if session is None:
            return
        info = session.profile.info
        typed = dialogs.ask_text(
            self,
            t("profile_delete", self.lang),
            t("profile_delete_text", self.lang, name=info.name),
        )
        if typed is None:
            return
        if typed != info.name:
            dialogs.inform(
                self, t("profile_delete", self.lang), t("profile_delete_wrong", self.lang)
            )
            return
        if self.document is not None:
            self.document.flush()
        self.document = None
        assert self.session_service is not None
        tasks.wait_all()
        from samenplan.vault.errors import VaultError

        try:
            session.delete_profile()
        except (OSError, VaultError) as exc:
            self._status(message_of(exc, self.lang))
            return
        finally:
            self.session_service.session = None
        if self.config:
            self.config.forget_profile(info.id)
        self.start()
        self.statusBar().showMessage(t("profile_deleted", self.lang, name=info.name), 10_000)

    def set_language(self, lang: str) -> None:
        from samenplan.ui.formview.form import FormView

        if lang == self.lang:
            return
        self.lang = lang
        if self.session_service is not None:
            self.session_service.lang = lang
        if self.document is not None:
            self.document.lang = lang
        if self.config:
            self.config.set("ui/language", lang)
        self._build_menus()
        current = self.stack.currentWidget()
        form = current.findChild(FormView) if current is not None else None
        if form is not None:
            self._resume_section = form.pages.currentIndex()
        if self.page_builder is not None:
            self.show_page(self.page_builder)

    def change_text_size(self, step: int) -> None:
        index = min(range(len(TEXT_SCALES)), key=lambda i: abs(TEXT_SCALES[i] - self.scale))
        self.scale = TEXT_SCALES[max(0, min(len(TEXT_SCALES) - 1, index + step))]
        if self.config:
            self.config.set("ui/text_scale", self.scale)
        self._apply_scale()

    def _apply_scale(self) -> None:
        font = QFont(self._base_font)
        font.setPointSizeF(max(6.0, self._base_font.pointSizeF()) * self.scale)
        QApplication.setFont(font)
        for widget in QApplication.allWidgets():
            widget.setFont(font)

    def _build_menus(self) -> None:
        """The menus in the current language. Their shortcuts are set when the first page is
        shown: the first `setShortcut` costs 15 ms, which would delay the window."""
        bar = self.menuBar()
        bar.clear()
        for old, _keys in getattr(self, "_shortcuts", []):
            self.removeAction(old)
            old.deleteLater()
        lang = self.lang
        file_menu = bar.addMenu(t("menu_file", lang))
        lock = QAction(t("lock_now", lang), self)
        lock.setObjectName("action_lock")
        lock.triggered.connect(self.lock)
        lock.setEnabled(self.session_service is not None)
        file_menu.addAction(lock)
        self.delete_profile_action = QAction(t("profile_delete", lang), self)
        self.delete_profile_action.setObjectName("action_delete_profile")
        self.delete_profile_action.triggered.connect(self.delete_profile)
        file_menu.addAction(self.delete_profile_action)
        file_menu.addSeparator()
        quit_action = QAction(t("quit", lang), self)
        quit_action.setObjectName("action_quit")
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        view = bar.addMenu(t("menu_view", lang))
        bigger = QAction(t("bigger", lang), self)
        bigger.setObjectName("action_bigger")
        bigger.triggered.connect(lambda: self.change_text_size(1))
        smaller = QAction(t("smaller", lang), self)
        smaller.setObjectName("action_smaller")
        smaller.triggered.connect(lambda: self.change_text_size(-1))
        view.addAction(bigger)
        view.addAction(smaller)
        language = bar.addMenu(t("menu_language", lang))
        group = QActionGroup(self)
        for code, label in (("nl", "Nederlands"), ("en", "English")):
            action = QAction(label, self)
            action.setObjectName(f"action_lang_{code}")
            action.setCheckable(True)
            action.setChecked(code == lang)
            action.triggered.connect(lambda _=False, c=code: self.set_language(c))
            group.addAction(action)
            language.addAction(action)
        standard = QKeySequence.keyBindings
        self._shortcuts = [
            (lock, [QKeySequence("Ctrl+L")]),
            (quit_action, standard(QKeySequence.StandardKey.Quit)),
            (bigger, [*standard(QKeySequence.StandardKey.ZoomIn), QKeySequence("Ctrl+=")]),
            (smaller, standard(QKeySequence.StandardKey.ZoomOut)),
        ]
        self.addActions([lock, bigger, smaller])
        if self._keys_ready:
            self._set_shortcuts()

    def _set_shortcuts(self) -> None:
        self._keys_ready = True
        for action, keys in self._shortcuts:
            action.setShortcuts(keys)

    def _update_title(self) -> None:
        title = "samenplan"
        if self.document is not None:
            title += f" — {self.document.dossier.title}"
            if self.document.demo:
                title += " — DEMO"
        self.setWindowTitle(title)
        unlocked = self.session_service is not None and self.session_service.session is not None
        self.delete_profile_action.setEnabled(unlocked)

    def closeEvent(self, event: object) -> None:
        if self.document is not None:
            self.document.flush()
        if self.session_service is not None and self.session_service.session is not None:
            self.session_service.lock()
        super().closeEvent(event)  # type: ignore[arg-type]


class _Opening(QWidget):
    """The window's content until the first page is built; says when it was first painted.
    (Laid out without Qt's alignment flags: touching `Qt` costs 20 ms before the window.)"""

    painted = Signal()

    def __init__(self, text: str) -> None:
        super().__init__()
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(QLabel(text))
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        self._told = False

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._told:
            self._told = True
            self.painted.emit()


def _focus_first(page: QWidget) -> None:
    """Put the keyboard where the page starts: its `first_focus`, a form's first field, or
    the first control that takes focus."""
    from PySide6.QtCore import Qt

    from samenplan.ui.formview.form import FormView

    form = page.findChild(FormView)
    if form is not None:
        form.focus_first()
        return
    target = getattr(page, "first_focus", None)
    if isinstance(target, QWidget):
        target.setFocus()
        return
    for child in page.findChildren(QWidget):
        if child.focusPolicy() & Qt.FocusPolicy.TabFocus and child.isEnabled():
            child.setFocus()
            return
