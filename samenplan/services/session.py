"""The unlocked profile on the GUI thread: unlock off the GUI thread, the open dossiers, lock.

`unlock()` takes the profile's lock at once (so "in use" is said before any waiting) and
runs the key derivation in a worker; `unlocked` or `unlock_failed(message)` follows on the
GUI thread. There is one `DossierDocument` per open dossier: renaming goes through it, and
rename, delete, lock and quit first store what is pending. `lock()` waits for running saves
(no time-out), then the keys are forgotten and every handle refuses with `Locked`.

While unlocked, a timer renews the profile's lease every few minutes (off the GUI thread), so
other computers see that it is open here (vault/lease.py); `renewed` follows each renewal,
a moment for the window to look for a version another computer saved. Locking stops it.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from samenplan.domain.dossier import Dossier, Person, default_review_by, new_id
from samenplan.services import tasks
from samenplan.services.documents import DossierDocument
from samenplan.workspace import overview
from samenplan.workspace.errors import VaultError, describe
from samenplan.workspace.profiles import Profiles, Reserved
from samenplan.workspace.unlocked import LEASE_RENEW_SECONDS, DossierInfo, Unlocked


def _ignore(_result: object) -> None:
    """Strengthening and renewing the lease are best effort: when they cannot be done now
    (locked, disk full), they are tried again later (the next unlock, the next tick)."""


class SessionService(QObject):
    unlocked = Signal()
    unlock_failed = Signal(str)
    locked = Signal()
    renewed = Signal()  # the lease was renewed (every LEASE_RENEW_SECONDS while unlocked)

    def __init__(self, profiles: Profiles, lang: str) -> None:
        super().__init__()
        self.profiles = profiles
        self.lang = lang
        self.session: Unlocked | None = None
        self.documents: dict[str, DossierDocument] = {}
        self.busy = False
        self.lease_timer = QTimer(self)
        self.lease_timer.setInterval(LEASE_RENEW_SECONDS * 1000)
        self.lease_timer.timeout.connect(self.renew_lease)

    def unlock(self, name_or_id: str, secret: str, *, recovery: bool = False) -> None:
        def how(reserved: Reserved) -> Unlocked:
            start = time.perf_counter()
            unlocked = reserved.unlock(secret, recovery=recovery)
            if not recovery:  # much quicker than meant: stronger settings, in the background
                took = time.perf_counter() - start
                tasks.submit(lambda: unlocked.strengthen(secret, took), _ignore, _ignore)
            return unlocked

        self._unlock_with(name_or_id, how)

    def unlock_with_computer(self, name_or_id: str) -> None:
        """With the key this computer's keyring keeps for the profile ("Onthoud mij")."""
        self._unlock_with(name_or_id, lambda reserved: reserved.unlock_with_computer())

    def _unlock_with(self, name_or_id: str, how: Callable[[Reserved], Unlocked]) -> None:
        if self.busy:
            return
        try:
            reserved = self.profiles.reserve(name_or_id)
        except VaultError as exc:
            self.unlock_failed.emit(exc.message(self.lang))
            return
        self.busy = True
        tasks.submit(lambda: how(reserved), self._done, lambda exc: self._failed(reserved, exc))

    def _done(self, session: Unlocked) -> None:
        self.busy = False
        self.session = session
        self.lease_timer.start()
        self.unlocked.emit()

    def renew_lease(self) -> None:
        """Renew the lease off the GUI thread (a running save holds the profile's lock);
        then `renewed`, unless the profile was locked meanwhile."""
        session = self.session
        if session is None:
            return

        def done(_none: None) -> None:
            if self.session is session:
                self.renewed.emit()

        tasks.submit(session.renew_lease, done, _ignore)

    def _failed(self, reserved: Reserved, exc: Exception) -> None:
        self.busy = False
        reserved.close()
        self.unlock_failed.emit(describe(exc, self.lang))

    def _live(self) -> Unlocked:
        from samenplan.workspace.errors import Locked

        if self.session is None:
            raise Locked()
        return self.session

    # -------------------------------------------------------------- dossiers

    def dossiers(self) -> list[DossierInfo]:
        return self._live().dossiers()

    def document(self, dossier_id: str) -> DossierDocument:
        """The open dossier, opened now if it was not (VaultError, ExportFormatError)."""
        found = self.documents.get(dossier_id)
        if found is None:
            opened = self._live().read(dossier_id)
            found = DossierDocument(opened.dossier, self.session, self.lang)
            found.notice = opened.notice  # recovered or rolled back: said on every page
            self.documents[dossier_id] = found
        found.lang = self.lang
        return found

    def accept_version(
        self, document: DossierDocument, done: Callable[[None], None],
        failed: Callable[[Exception], None],
    ) -> None:  # fmt: skip
        """Go on with the recovered or older copy on screen: it becomes the current one (the
        changes made to it meanwhile included), off the GUI thread."""
        unlocked = self._live()
        copy = document.core.snapshot()  # taken here, on the GUI thread

        def stored(_generation: int) -> None:
            document.notice = None
            document.core.saved(copy)
            done(None)

        tasks.submit(
            lambda: unlocked.accept_encoded(copy.dossier_id, copy.title, copy.data), stored, failed
        )

    def new_dossier(
        self, client_name: str, done: Callable[[str], object], failed: Callable[[Exception], None]
    ) -> None:
        """Store a new dossier for a client, off the GUI thread; `done(its id)`."""
        today = dt.date.today()
        client = Person(new_id(), client_name, "cliënt")
        dossier = Dossier(new_id(), client_name, today, today, default_review_by(today), [client])
        unlocked = self._live()
        overview.with_name(dossier, unlocked.forms, client_name, today)  # 'Je naam' filled in

        def stored(_generation: int) -> None:
            done(dossier.id)

        tasks.submit(lambda: unlocked.add(dossier), stored, failed)

    def rename(self, dossier_id: str, title: str, done: Callable[[bool], None]) -> None:
        """Through the open document, so a pending autosave cannot put the old name back;
        `done(True)` once stored (VaultError, ExportFormatError: it could not be opened)."""
        document = self.document(dossier_id)
        document.dossier.title = title
        document.changed("rename")
        document.when_stored(done)

    def delete(
        self, dossier_id: str, done: Callable[[], None], failed: Callable[[Exception], None]
    ) -> None:
        """Off the GUI thread, after a save of the dossier that may be running; what was
        pending for it is not saved any more."""
        document = self.documents.pop(dossier_id, None)
        running = document.close() if document is not None else None
        unlocked = self._live()

        def work() -> None:
            if running is not None:
                running.wait()
            unlocked.delete(dossier_id)

        tasks.submit(work, lambda _none: done(), failed)

    def flush_all(self) -> bool:
        return all([document.flush() for document in self.documents.values()])

    def lock(self) -> None:
        """Store what is pending, wait for running saves, then forget the keys."""
        self.lease_timer.stop()
        self.flush_all()
        for document in self.documents.values():
            document.close()
        self.documents.clear()
        if self.session is not None:
            self.session.lock()
            self.session = None
        self.locked.emit()

    def delete_profile(
        self, done: Callable[[None], None], failed: Callable[[Exception], None]
    ) -> None:
        """Remove the profile with every dossier, backup and keyring entry, off the GUI
        thread; its open dossiers are closed first and nothing of it is saved any more."""
        session = self._live()
        self.lease_timer.stop()
        for document in self.documents.values():
            document.close()
        self.documents.clear()
        self.session = None
        tasks.submit(session.delete_profile, done, failed)
