"""The screens of the profile: first run, recovery code, unlock, the dossier list (new,
rename, delete), the profile's secrets (ui/secrets.py) and deleting the profile. A part of
`MainWindow` (ui/main.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from samenplan.ui.strings import t
from samenplan.ui.window_parts import WindowParts

if TYPE_CHECKING:
    from samenplan.workspace.unlocked import DossierInfo, Unlocked


class ProfileScreens(WindowParts):
    def show_welcome(self) -> None:
        from samenplan.ui.welcome import WelcomePage

        assert self.profiles is not None
        usable = self.profiles.keyring_usable(timeout=2.0)

        def build() -> QWidget:
            page = WelcomePage(self.lang, usable)
            page.create_requested.connect(self._create_profile)
            page.demo_requested.connect(self.open_demo)
            return page

        self.show_page(build)

    def _create_profile(self, name: str, passphrase: str, remember: bool) -> None:
        from samenplan.services import tasks
        from samenplan.ui.welcome import WelcomePage
        from samenplan.workspace.errors import describe

        page = self.stack.currentWidget()
        assert isinstance(page, WelcomePage) and self.profiles is not None
        profiles = self.profiles

        def done(result: tuple[object, str]) -> None:
            profile, code = result
            if self.config:
                self.config.set("profiles/last", profile.id)  # type: ignore[attr-defined]
            self._pending_unlock = (profile.id, passphrase)  # type: ignore[attr-defined]
            self.show_page(lambda: self._recovery_page(code, name))

        tasks.submit(
            lambda: profiles.create(name, passphrase, remember=remember),
            done,
            lambda exc: page.show_error(describe(exc, self.lang)),
        )

    def _recovery_page(self, code: str, profile: str = "") -> QWidget:
        from samenplan.ui.welcome import RecoveryCodePage

        page = RecoveryCodePage(self.lang, code, profile)
        page.done.connect(self._after_recovery_code)
        return page

    def _after_recovery_code(self) -> None:
        from samenplan.ui.unlock import UnlockPage

        profile_id, passphrase = self._pending_unlock
        del self._pending_unlock
        self.show_unlock()
        page = self.stack.currentWidget()
        assert isinstance(page, UnlockPage) and self.session_service is not None
        page.set_busy(True)
        self.session_service.unlock(profile_id, passphrase)

    def show_unlock(self) -> None:
        from samenplan.ui.unlock import UnlockPage

        assert self.profiles is not None
        profiles = self.profiles.all()
        last = str(self.config.get("profiles/last")) if self.config else ""

        remembered = frozenset(p.id for p in profiles if self.profiles.remembered(p.id))
        service = self.session_service
        assert service is not None

        def build() -> QWidget:
            page = UnlockPage(self.lang, profiles, last, remembered)
            page.unlock_requested.connect(self._unlock_requested)
            page.computer_unlock_requested.connect(service.unlock_with_computer)
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
        from samenplan.ui import other_computer, profile_backup

        service = self.session_service
        assert service is not None and service.session is not None
        if not other_computer.go_on(self):  # type: ignore[arg-type]
            service.lock()  # open on another computer, and the person chose not to go on
            self.show_unlock()
            return
        other_computer.follow(self)  # type: ignore[arg-type]
        if self.config:
            self.config.set("profiles/last", service.session.info.id)

        profile_backup.remind(self)  # type: ignore[arg-type]
        dossiers = service.dossiers()
        if len(dossiers) == 1 and self.open_dossier(dossiers[0].id):
            return
        self.show_dossiers(dossiers)

    def delete_profile(self) -> None:
        """Remove the open profile with all its dossiers, after its name is typed to confirm."""
        from samenplan.ui import dialogs
        from samenplan.workspace.errors import describe

        service = self.session_service
        if service is None or service.session is None:
            return
        info = service.session.info
        title = t("profile_delete", self.lang)
        typed = dialogs.ask_text(self, title, t("profile_delete_text", self.lang, name=info.name))
        if typed is None or service.session is None:  # cancelled, or locked meanwhile
            return
        if typed != info.name:
            dialogs.inform(self, title, t("profile_delete_wrong", self.lang))
            return
        self.document = None

        def done(_none: None) -> None:
            if self.config:
                self.config.forget_profile(info.id)
            self.start()
            self._status(t("profile_deleted", self.lang, name=info.name))

        def failed(exc: Exception) -> None:
            self.start()
            self._status(describe(exc, self.lang))

        service.delete_profile(done, failed)

    def show_dossiers(self, listed: list[DossierInfo] | None = None) -> None:
        """The dossier table (`listed`: the index as just read, not read again)."""
        from samenplan.ui.dossiers import DossierListPage

        service = self.session_service
        if service is None or service.session is None:
            return
        from samenplan.ui import dossier_files
        from samenplan.workspace import overview

        self.document = None
        # a button's clicked(bool) may arrive as `listed`: only a list is taken as read
        rows = overview.rows(listed if isinstance(listed, list) else service.dossiers())

        def build() -> QWidget:
            page = DossierListPage(self.lang, rows)
            page.open_requested.connect(self.open_dossier)
            page.new_requested.connect(self.new_dossier)
            page.rename_requested.connect(self.rename_dossier)
            page.delete_requested.connect(self.delete_dossier)
            page.export_requested.connect(
                lambda i: dossier_files.export_json(self, service, i, self.lang)
            )
            page.handover_requested.connect(
                lambda i: dossier_files.hand_over(self, service, i, self.lang)
            )
            page.import_requested.connect(
                lambda: dossier_files.import_file(
                    self, service, self.lang, lambda _i: self._listed()
                )
            )
            return page

        self.show_page(build)

    def new_dossier(self, client_name: str) -> None:
        from samenplan.workspace.errors import describe

        assert self.session_service is not None
        self.session_service.new_dossier(
            client_name, self.open_dossier, lambda exc: self._status(describe(exc, self.lang))
        )

    def rename_dossier(self, dossier_id: str, title: str) -> None:
        """Through the open dossier: a pending autosave cannot put the old name back."""
        from samenplan.workspace.errors import ExportFormatError, VaultError, describe

        assert self.session_service is not None
        try:
            self.session_service.rename(dossier_id, title, lambda _stored: self._listed())
        except (VaultError, ExportFormatError) as exc:
            self._status(describe(exc, self.lang))

    def delete_dossier(self, dossier_id: str) -> None:
        from samenplan.workspace.errors import describe

        assert self.session_service is not None
        if self.document is not None and self.document.dossier.id == dossier_id:
            self.document = None

        def failed(exc: Exception) -> None:
            self._listed()
            self._status(describe(exc, self.lang))

        self.session_service.delete(dossier_id, self._listed, failed)

    def _listed(self) -> None:
        """The dossier list again, when it is still what the person sees."""
        from samenplan.ui.dossiers import DossierListPage

        if isinstance(self.stack.currentWidget(), DossierListPage):
            self.show_dossiers()

    # -------------------------------------------------------------- secrets

    def _live(self) -> Unlocked | None:
        return self.session_service.session if self.session_service is not None else None

    def change_passphrase(self) -> None:
        from samenplan.ui import secrets

        secrets.change_passphrase(self, self._live, self.lang)

    def new_recovery_code(self) -> None:
        from samenplan.ui import secrets

        secrets.new_recovery_code(self, self._live, self.lang)

    def remember_computer(self) -> None:
        from samenplan.ui import secrets

        secrets.remember_computer(self, self._live, self.lang, self._update_title)

    def forget_computer(self) -> None:
        from samenplan.ui import secrets

        secrets.forget_computer(self, self._live, self.lang, self._update_title)
