"""The unlocked profile as a Qt object: unlock off the GUI thread, lock, and lock after idle.

`unlock()` takes the profile's lock at once (so "in use" is said before any waiting) and
runs the key derivation in a worker; `unlocked` or `unlock_failed(message)` follows on the
GUI thread.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from samenplan.services import tasks
from samenplan.vault.errors import VaultError, message_of
from samenplan.vault.profiles import Profile, ProfileStore, Session


class SessionService(QObject):
    unlocked = Signal()
    unlock_failed = Signal(str)
    locked = Signal()

    def __init__(self, store: ProfileStore, lang: str) -> None:
        super().__init__()
        self.store = store
        self.lang = lang
        self.session: Session | None = None
        self.busy = False

    def unlock(self, name_or_id: str, passphrase: str, *, recovery: bool = False) -> None:
        if self.busy:
            return
        try:
            profile = self.store.open(name_or_id)
        except VaultError as exc:
            self.unlock_failed.emit(exc.message(self.lang))
            return
        self.busy = True

        def work() -> Session:
            if recovery:
                return profile.unlock_with_recovery(passphrase)
            return profile.unlock(passphrase)

        tasks.submit(work, self._done, lambda exc: self._failed(profile, exc))

    def _done(self, session: Session) -> None:
        self.busy = False
        self.session = session
        self.unlocked.emit()

    def _failed(self, profile: Profile, exc: Exception) -> None:
        self.busy = False
        profile.close()
        self.unlock_failed.emit(message_of(exc, self.lang))

    def lock(self) -> None:
        """Forget the keys and free the profile; listeners hide every plan."""
        tasks.wait_all()
        if self.session is not None:
            self.session.close()
            self.session = None
        self.locked.emit()
