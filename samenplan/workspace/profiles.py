"""The profiles of a data folder before one is unlocked: list, create, reserve, unlock.

`reserve()` takes the profile's lock at once, so "in use by another samenplan" is said before
anyone is asked for a passphrase; unlocking the reservation gives the `Unlocked` profile.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from samenplan.formkit.model import FormDef
from samenplan.vault import keyring_slot
from samenplan.vault.profiles import Profile, ProfileInfo, ProfileStore, clean_name
from samenplan.workspace.unlocked import Unlocked


class Reserved:
    """A profile whose lock we hold, not yet unlocked; `close()` frees it."""

    def __init__(self, profile: Profile, forms: Mapping[str, FormDef] | None) -> None:
        self._profile = profile
        self._forms = forms
        self.info = profile.info

    def unlock(self, secret: str, *, recovery: bool = False) -> Unlocked:
        """With the passphrase (or the recovery code); the lock stays held on failure."""
        if recovery:
            session = self._profile.unlock_with_recovery(secret)
        else:
            session = self._profile.unlock(secret)
        return Unlocked(session, self._forms)

    def unlock_with_computer(self) -> Unlocked:
        """With the key this computer's keyring holds (KeyringUnavailable when it cannot)."""
        return Unlocked(self._profile.unlock_with_keyring(), self._forms)

    def remembered(self) -> bool:
        """Whether this computer's keyring may open the profile (the keyring may still fail)."""
        return self._profile.remembered()

    def close(self) -> None:
        self._profile.close()

    def __enter__(self) -> Reserved:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


class Profiles:
    """All profiles in one data folder."""

    def __init__(self, store: ProfileStore, forms: Mapping[str, FormDef] | None = None) -> None:
        self.store = store
        self.forms = forms

    @classmethod
    def at(cls, data_dir: Path) -> Profiles:
        return cls(ProfileStore(data_dir))

    @property
    def data_dir(self) -> Path:
        return self.store.data_dir

    def all(self) -> list[ProfileInfo]:
        return self.store.all()

    @staticmethod
    def clean_name(name: str) -> str:
        """The name as it would be kept; BadName when empty or too long (ask nothing then)."""
        return clean_name(name)

    def create(
        self, name: str, passphrase: str, *, remember: bool = False
    ) -> tuple[ProfileInfo, str]:
        """A new profile and its recovery code (shown once, never stored)."""
        profile, code = self.store.create(name, passphrase)
        if remember:
            with self.reserve(profile.id) as reserved:
                unlocked = reserved.unlock(passphrase)
                try:
                    with unlocked.using() as session:
                        session.remember_on_this_computer()
                finally:
                    unlocked.lock()
        return profile, code

    def reserve(self, name_or_id: str) -> Reserved:
        return Reserved(self.store.open(name_or_id), self.forms)

    def remembered(self, name_or_id: str) -> bool:
        """Whether this computer may open the profile without its passphrase; False also
        when that cannot be told now (the profile in use, its keys file damaged)."""
        from samenplan.vault.errors import VaultError

        try:
            with self.reserve(name_or_id) as reserved:
                return reserved.remembered()
        except VaultError:
            return False

    def keyring_usable(self, timeout: float = 2.0) -> bool:
        return keyring_slot.usable(timeout=timeout)
