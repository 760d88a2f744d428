"""Reservekopie: a whole profile in one sealed file, putting it back, and the reminder.

The file itself is made and checked by `vault.profile_backup`. The date of the last backup,
the chosen reminder interval and a dismissed reminder live in the profile's encrypted
section (the keys file), with the profile: no plan content, nothing on this computer only.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from samenplan.paths import read_at_most
from samenplan.vault import profile_backup
from samenplan.vault.errors import Damaged, ProfileExists, WrongPassphrase, WrongRecoveryCode
from samenplan.vault.profile_backup import Contents, Sealed
from samenplan.vault.profiles import ProfileInfo, clean_name
from samenplan.workspace.profiles import Profiles
from samenplan.workspace.unlocked import Unlocked

__all__ = ["Contents", "ProfileExists", "Sealed"]

LAST = "backup_last"
INTERVAL = "backup_interval_days"
SNOOZED = "backup_snoozed_until"
DEFAULT_INTERVAL = 28  # four weeks
INTERVALS = (14, 28, 91, 0)  # days; 0: never remind
SNOOZE_DAYS = 7  # "Later" moves the reminder a week on
SUFFIX = "spbackup"


def make(unlocked: Unlocked, today: dt.date | None = None) -> bytes:
    """The sealed backup file of the unlocked profile (nothing is written)."""
    with unlocked.using() as session:
        return profile_backup.make(session, unlocked.info.name, today or dt.date.today())


def made(unlocked: Unlocked, today: dt.date | None = None) -> None:
    """Remember that a backup was written today (after the file is safely written)."""
    _set(unlocked, {LAST: (today or dt.date.today()).isoformat(), SNOOZED: None})


def last_made(unlocked: Unlocked) -> dt.date | None:
    return _date(_get(unlocked, LAST))


def interval(unlocked: Unlocked) -> int:
    value = _get(unlocked, INTERVAL)
    return value if isinstance(value, int) and value in INTERVALS else DEFAULT_INTERVAL


def set_interval(unlocked: Unlocked, days: int) -> None:
    if days not in INTERVALS:
        raise ValueError("interval")
    _set(unlocked, {INTERVAL: days})


def snooze(unlocked: Unlocked, today: dt.date | None = None) -> None:
    """ "Later": not again for a week."""
    until = (today or dt.date.today()) + dt.timedelta(days=SNOOZE_DAYS)
    _set(unlocked, {SNOOZED: until.isoformat()})


def reminder_due(unlocked: Unlocked, today: dt.date | None = None) -> bool:
    """Whether the last backup (or, before the first, the profile's start) is older than the
    interval, and the reminder was not put off."""
    today = today or dt.date.today()
    days = interval(unlocked)
    if days == 0:
        return False
    snoozed = _date(_get(unlocked, SNOOZED))
    if snoozed is not None and today < snoozed:
        return False
    since = last_made(unlocked) or _date(_get(unlocked, "created")) or today
    return (today - since).days >= days


def read(path: Path) -> Sealed:
    """A backup file, its framing checked (Damaged, exit 4; RestoreFailed when unreadable)."""
    try:
        raw = read_at_most(path, profile_backup.READ_LIMIT)
    except OSError as exc:
        raise profile_backup.restore_error(exc) from None
    if len(raw) > profile_backup.READ_LIMIT:
        raise Damaged("backup size")
    return profile_backup.read(raw)


def unseal(backup: Sealed, secret: str, *, recovery: bool = False) -> Contents:
    return profile_backup.unseal(backup, secret, recovery=recovery)


def unseal_either(backup: Sealed, secret: str) -> Contents:
    """Open with what the person typed: the passphrase, or else the recovery code."""
    try:
        return unseal(backup, secret)
    except WrongPassphrase:
        try:
            return unseal(backup, secret, recovery=True)
        except WrongRecoveryCode:
            raise WrongPassphrase() from None


def name_taken(profiles: Profiles, name: str) -> bool:
    """Whether a profile here has `name` (any case); BadName when it can be no name."""
    return profile_backup.name_taken(profiles.store, clean_name(name))


def restore(profiles: Profiles, contents: Contents, name: str | None = None) -> ProfileInfo:
    """Put the verified profile in the data folder (ProfileExists when the name is taken)."""
    return profile_backup.restore(profiles.store, contents, name)


def _get(unlocked: Unlocked, key: str) -> object:
    with unlocked.using() as session:
        return session.section.get(key)


def _set(unlocked: Unlocked, values: dict[str, object]) -> None:
    with unlocked.using() as session:
        for key, value in values.items():
            if value is None:
                session.section.pop(key, None)
            else:
                session.section[key] = value
        session.save_section()


def _date(value: object) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None
