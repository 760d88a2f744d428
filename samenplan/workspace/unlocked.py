"""The unlocked profile: the one owner of the master key and of every dossier read or write.

Every call takes one lock, so listing, opening, saving and deleting never race, whichever
thread they come from. `lock()` waits for a running call to finish, then closes the vault
session; from then on every call raises `Locked` instead of reading or writing. A dossier is
checked with the strict reader before it is stored, so nothing is written that the next open
would refuse.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager, suppress
from typing import NamedTuple

from samenplan import shipped
from samenplan.domain.dossier import Dossier
from samenplan.domain.export_format import dumps, loads
from samenplan.formkit.model import FormDef
from samenplan.vault.dossiers import DossierInfo
from samenplan.vault.errors import Locked, VaultError
from samenplan.vault.lease import RENEW_SECONDS as LEASE_RENEW_SECONDS
from samenplan.vault.profiles import ProfileInfo, Session
from samenplan.words import say

__all__ = ["LEASE_RENEW_SECONDS", "DossierInfo", "Opened", "ProfileInfo", "Unlocked"]


QUICK_UNLOCK = 0.25  # seconds; profiles are made to take 0.5–1 s to unlock


class AlreadyThere(VaultError):
    code = "already_there"


class Opened(NamedTuple):
    """A dossier as read, with what the vault knows about the copy it came from."""

    dossier: Dossier
    exported_at: str | None
    read_only: bool
    recovered: bool  # the file was damaged or gone: this is the newest copy that opened
    rolled_back: bool  # an older copy than this profile saved last was put back
    newer_unsaved: bool = False  # a complete newer copy from an interrupted save exists
    saved_on: str = ""  # ISO date the copy read was saved ("" when the file does not say)

    def notice(self, lang: str) -> str:
        """One sentence for the person when this is not simply the latest version; else ""."""
        if not (self.recovered or self.rolled_back):
            return ""
        key = "recovered" if self.recovered else "rolled_back"
        try:
            day = dt.date.fromisoformat(self.saved_on[:10])
        except ValueError:
            return say(f"notice.{key}", lang)
        return say(f"notice.{key}_of", lang, date=say("date", lang, d=day))


class Unlocked:
    """An unlocked profile. Hand it around instead of the vault session: it refuses after
    `lock()`, where a session would write under a wiped key."""

    def __init__(self, session: Session, forms: Mapping[str, FormDef] | None = None) -> None:
        self._session: Session | None = session
        self._lock = threading.RLock()
        self._forms = forms
        self.info: ProfileInfo = session.profile.info

    @property
    def forms(self) -> Mapping[str, FormDef]:
        if self._forms is None:
            self._forms = shipped.forms()
        return self._forms

    @contextmanager
    def using(self) -> Iterator[Session]:
        """The vault session, held under the lock for the length of the block (for the
        workspace's own modules); `Locked` once the profile was locked."""
        with self._lock:
            if self._session is None or self._session.closed:
                raise Locked()
            yield self._session

    @property
    def locked(self) -> bool:
        return self._session is None

    def lock(self) -> None:
        """Wait for a running call, then forget the keys and free the profile."""
        with self._lock:
            session, self._session = self._session, None
            if session is not None and not session.closed:
                session.close()

    def __enter__(self) -> Unlocked:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.lock()

    # -------------------------------------------------------------- dossiers

    def dossiers(self) -> list[DossierInfo]:
        with self.using() as session:
            return session.dossiers.all()

    def exists(self, dossier_id: str) -> bool:
        with self.using() as session:
            return session.dossiers.exists(dossier_id)

    def changed_elsewhere(self, dossier_id: str) -> bool:
        """Whether another computer's version of the open dossier came in (vault/devices.py)."""
        with self.using() as session:
            return session.dossiers.changed_elsewhere(dossier_id)

    def open_elsewhere(self) -> dt.datetime | None:
        """Since when another computer has this profile open, as seen at unlock
        (vault/lease.py); None when no other computer has it open."""
        with self.using() as session:
            return min((found.since for found in session.elsewhere), default=None)

    def elsewhere_notice(self, lang: str, now: dt.datetime | None = None) -> str:
        """One sentence when another computer has this profile open (since when, and what
        samenplan does when both change something); else ""."""
        since = self.open_elsewhere()
        if since is None:
            return ""
        local = since.astimezone()
        today = (now or dt.datetime.now(dt.UTC)).astimezone().date()
        if local.date() == today:
            when = say("notice.since_today", lang, t=local)
        else:
            when = say("notice.since_day", lang, date=say("date", lang, d=local.date()), t=local)
        return say("notice.open_elsewhere", lang, since=when)

    def renew_lease(self) -> None:
        """Tell other computers again that this profile is open here (every few minutes)."""
        with self.using() as session:
            session.renew_lease()

    def read(self, dossier_id: str) -> Opened:
        """The dossier; VaultError when it cannot be read, ExportFormatError when what was
        stored is not a valid dossier."""
        with self.using() as session:
            found = session.dossiers.open(dossier_id)
        dossier, exported_at = loads(found.data, self.forms)
        if not found.read_only:
            self._describe(dossier)
        return Opened(
            dossier,
            exported_at,
            found.read_only,
            found.recovered,
            found.rolled_back,
            found.newer_unsaved,
            found.saved_on,
        )

    def accept(self, dossier: Dossier) -> int:
        """Go on with a recovered or rolled-back copy: it becomes the current version."""
        return self.accept_encoded(dossier.id, dossier.title, self.encode(dossier))

    def accept_encoded(self, dossier_id: str, title: str, data: bytes) -> int:
        if self.locked:
            raise Locked()
        summary = _summary(loads(data, self.forms)[0])
        with self.using() as session:
            return session.dossiers.confirm_recovered(dossier_id, title, data, summary)

    def encode(self, dossier: Dossier, exported_at: str | None = None) -> bytes:
        """The dossier as stored (export format); take it on the thread that edits it."""
        return dumps(dossier, exported_at).encode("utf-8")

    def save_encoded(self, dossier_id: str, title: str, data: bytes) -> int:
        """Store an encoded dossier after the strict reader accepted it; its generation."""
        if self.locked:
            raise Locked()
        # never write what the next open would refuse; the table's summary comes with it
        summary = _summary(loads(data, self.forms)[0])
        with self.using() as session:
            return session.dossiers.save(dossier_id, title, data, summary)

    def save(self, dossier: Dossier) -> int:
        return self.save_encoded(dossier.id, dossier.title, self.encode(dossier))

    def add(self, dossier: Dossier, exported_at: str | None = None) -> int:
        """Store a dossier that is new to this profile (made here, imported or handed over).

        AlreadyThere when the id's own file is there and opens (listed: the vault lists
        every file that opens, also one its index lost). When the id is known but its file
        is damaged or gone, this repairs: the dossier is stored as its newest version (the
        damaged file set aside, the backups kept) and listed."""
        data = self.encode(dossier, exported_at)
        summary = _summary(loads(data, self.forms)[0])
        with self.using() as session:
            if session.dossiers.readable(dossier.id):
                raise AlreadyThere()
            return session.dossiers.create(dossier.id, dossier.title, data, summary)

    def _describe(self, dossier: Dossier) -> None:
        """Give an opened dossier its summary for the table when the index lacks it (best
        effort: the list only shows less without it)."""
        with self.using() as session:
            listed = next((d for d in session.dossiers.all() if d.id == dossier.id), None)
            if listed is None or listed.summary is not None:
                return
            with suppress(VaultError, OSError):
                session.dossiers.describe(dossier.id, _summary(dossier))

    def mark(self, dossier_id: str, name: str, value: object) -> None:
        """Keep a mark about the dossier in the index (see `overview.card_made`)."""
        with self.using() as session:
            session.dossiers.mark(dossier_id, name, value)

    def delete(self, dossier_id: str) -> None:
        with self.using() as session:
            session.dossiers.delete(dossier_id)

    def delete_profile(self) -> None:
        """Remove this profile with every dossier, backup and keyring entry; locks it."""
        with self.using() as session:
            session.delete_profile()
            self._session = None

    # -------------------------------------------------------------- secrets

    def change_passphrase(self, current: str, new: str) -> None:
        """After the current passphrase is given again; the old one then opens no file of
        the profile, backups included (WrongPassphrase, PassphraseTooWeak)."""
        from samenplan.vault import keyslots
        from samenplan.vault.errors import WrongPassphrase
        from samenplan.workspace import passphrases

        with self.using() as session:
            if passphrases.problem(new, [self.info.name]) is not None:
                raise PassphraseTooWeak()
            if keyslots.unlock_passphrase(session.keys, current) != session.pmk:
                raise WrongPassphrase()
            session.change_passphrase(new)

    def strengthen(self, passphrase: str, took: float) -> bool:
        """After an unlock with `passphrase` that took `took` seconds: much quicker than the
        0.5–1 s aimed for (settings calibrated on a busy machine, or a faster computer),
        the passphrase slot gets settings calibrated now, when they are stronger. True when
        it did. Slow (it calibrates): run it off the GUI thread."""
        session = self._session
        if session is None:
            raise Locked()
        # not under this object's lock: calibrating takes a second or two, and the vault
        # takes its own lock only for the re-wrap
        return took < QUICK_UNLOCK and session.strengthen_passphrase_slot(passphrase)

    def new_recovery_code(self) -> str:
        """A new recovery code (shown once); the old one opens nothing any more."""
        with self.using() as session:
            return session.new_recovery_code()

    def remembered(self) -> bool:
        """Whether this computer's keyring can open the profile."""
        from samenplan.vault import keyslots

        with self.using() as session:
            return bool(session.keys.find(keyslots.SLOT_KEYRING))

    def remember_computer(self) -> None:
        """Let this computer's keyring open the profile (KeyringUnavailable when none)."""
        with self.using() as session:
            session.remember_on_this_computer()

    def forget_computer(self) -> None:
        """This computer's keyring opens the profile no more: the slot goes from the keys file
        and its backups first, then the key from the keyring (when it can be reached)."""
        with self.using() as session:
            session.forget_on_this_computer()


def _summary(dossier: Dossier) -> dict[str, object]:
    from samenplan.workspace.overview import summarize

    return summarize(dossier)


class PassphraseTooWeak(VaultError):
    code = "passphrase_too_weak"
