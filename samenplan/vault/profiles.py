"""Profiles: one folder, one passphrase, one master key and one lock per person who unlocks.

    <data dir>/profiles.json              the names on the login screen (no client names)
    <data dir>/profiles/<random id>/      0700
        keys.spk                          keyslot file (keyslots.py)
        index.spi                         encrypted list of dossiers (dossiers.py)
        dossiers/<random id>.spd          one encrypted dossier each
        backups/                          verified earlier versions
        .lock                             held by the samenplan that has the profile open

`profiles.json` is read, changed and written under `<data dir>/profiles.lock`, so profiles
made or deleted at the same time by two samenplans are all kept.
`ProfileStore.open()` takes the OS lock (the kernel frees it when the process dies);
unlocking with a passphrase, the recovery code or the OS keyring gives a `Session`, which
holds the master key and the `DossierStore`.

Every public method of a `Session` that changes keys, and every public method of its
`DossierStore`, runs under the session's one re-entrant lock (`@while_unlocked`), so list,
open, save and delete never race, and after `close()` (which takes the same lock, so it
waits for a running save) each of them raises `Locked` before touching a file.
"""

from __future__ import annotations

import datetime as dt
import errno
import functools
import json
import logging
import os
import secrets
import shutil
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Concatenate, ParamSpec, Protocol, TypeVar

from filelock import FileLock, Timeout

from samenplan.paths import make_private_dir, read_at_most
from samenplan.vault import backups, devices, keyring_slot, lease
from samenplan.vault import keyslots as ks
from samenplan.vault.crypto import KdfParams, calibrate
from samenplan.vault.errors import (
    BadName,
    ChangedOnDisk,
    Damaged,
    Locked,
    ProfileExists,
    ProfileLocked,
    ProfileNotFound,
    ReadOnly,
    StorageError,
    VaultError,
    WrongPassphrase,
)
from samenplan.vault.keyring_slot import KeyringUnavailable
from samenplan.vault.safesave import REAL, FileOps, Fingerprint, safe_write, storage_error

log = logging.getLogger("samenplan.vault")

INDEX_FILE = "profiles.json"
INDEX_LOCK = "profiles.lock"
INDEX_LOCK_TIMEOUT = 30.0  # another samenplan making or deleting a profile takes less
INDEX_LIMIT = 1024 * 1024  # far more than any list of names; a larger file is damaged
KEYS_FILE = "keys.spk"
NAME_LIMIT = 80


def clean_name(name: str) -> str:
    """The name as profiles keep it (runs of spaces folded to one); BadName when that is
    empty or longer than NAME_LIMIT."""
    cleaned = " ".join(name.split())
    if not cleaned or len(cleaned) > NAME_LIMIT:
        raise BadName()
    return cleaned


@dataclass(frozen=True)
class ProfileInfo:
    id: str  # 32 hex characters, random
    name: str


def today_utc() -> dt.date:
    return dt.datetime.now(dt.UTC).date()


class ProfileStore:
    """All profiles in one data folder."""

    def __init__(
        self,
        data_dir: Path,
        ops: FileOps = REAL,
        today: Callable[[], dt.date] = today_utc,
        keyring_timeout: float = keyring_slot.TIMEOUT,
        device: str | None = None,
    ) -> None:
        self.data_dir = data_dir
        self.ops = ops
        self.today = today
        self.keyring_timeout = keyring_timeout
        self._device = device

    @property
    def device(self) -> str:
        """The id of this installation, written into every file it saves (devices.py)."""
        if self._device is None:
            self._device = devices.this_device()
        return self._device

    # -------------------------------------------------------------- the plaintext index

    def _index_path(self) -> Path:
        return self.data_dir / INDEX_FILE

    def all(self) -> list[ProfileInfo]:
        """The profiles; only reads (also in a read-only data folder), at most INDEX_LIMIT."""
        try:
            raw = read_at_most(self._index_path(), INDEX_LIMIT)
        except FileNotFoundError:
            return []
        except OSError as exc:
            raise storage_error(exc) from None
        if len(raw) > INDEX_LIMIT:
            raise Damaged("profiles.json size")
        try:
            data = json.loads(raw.decode("utf-8"))
            entries = data["profiles"]
            profiles = [ProfileInfo(str(e["id"]), str(e["name"])) for e in entries]
            check = data.get("check")  # absent in lists written before it was kept
        except (
            UnicodeDecodeError,
            ValueError,
            KeyError,
            TypeError,
            RecursionError,
            AttributeError,
        ):
            raise Damaged("profiles.json") from None
        if check is not None and check != _check(profiles):
            raise Damaged("profiles.json check")  # one flipped letter in a name or id
        return [p for p in profiles if _valid_id(p.id)]

    def _change_list(self, change: Callable[[list[ProfileInfo]], list[ProfileInfo]]) -> None:
        """Read the list, `change` it and write it, all under the data folder's lock file, so
        that profiles made or deleted at the same time by another samenplan are kept."""
        try:
            make_private_dir(self.data_dir)
            path = self.data_dir / INDEX_LOCK
            if path.is_symlink():
                raise StorageError("profiles.lock is a link")
            lock = FileLock(
                path, timeout=INDEX_LOCK_TIMEOUT, mode=0o600, thread_local=False,
                is_singleton=False,
            )  # fmt: skip
            with lock:
                self._write_list(change(self.all()))
        except Timeout:
            raise StorageError("profiles.lock") from None
        except OSError as exc:
            raise storage_error(exc) from None

    def _write_list(self, profiles: list[ProfileInfo]) -> None:
        make_private_dir(self.data_dir)
        listed = [{"id": p.id, "name": p.name} for p in profiles]
        blob = json.dumps(
            {"format": 1, "profiles": listed, "check": _check(profiles)},
            ensure_ascii=False,
            indent=2,
        ).encode("utf-8")

        def verify(read: bytes) -> None:
            if read != blob:
                raise StorageError("verify")

        safe_write(self._index_path(), blob, verify, ops=self.ops)

    def find(self, name_or_id: str) -> ProfileInfo:
        profiles = self.all()
        for profile in profiles:
            if profile.id == name_or_id:
                return profile
        matches = [p for p in profiles if p.name.casefold() == name_or_id.casefold()]
        if len(matches) != 1:
            raise ProfileNotFound()
        return matches[0]

    def folder(self, profile: ProfileInfo) -> Path:
        return self.data_dir / "profiles" / profile.id

    # -------------------------------------------------------------- create / open / delete

    def create(
        self, name: str, passphrase: str, kdf: KdfParams | None = None
    ) -> tuple[ProfileInfo, str]:
        """A new profile; returns it and its recovery code (shown once, never stored).

        `kdf` defaults to settings calibrated on this machine (0.5–1.0 s, never below the
        floor). Explicit settings must still be within the read bounds.
        """
        name = clean_name(name)
        if not passphrase:
            raise VaultError("empty passphrase")
        existing = self.all()
        if any(p.name.casefold() == name.casefold() for p in existing):
            raise ProfileExists()
        params = kdf if kdf is not None else calibrate()
        if not params.within_read_bounds():
            raise VaultError("kdf settings out of bounds")
        profile = ProfileInfo(secrets.token_hex(16), name)
        folder = self.folder(profile)
        try:
            make_private_dir(folder, inside=self.data_dir)
        except OSError as exc:
            raise storage_error(exc) from None
        keys, pmk = ks.new_keyslots(bytes.fromhex(profile.id))
        code = ks.new_recovery_code()
        keys.slots = [
            ks.passphrase_slot(keys, passphrase, pmk, params),
            ks.recovery_slot(keys, code, pmk),
        ]
        section = {
            "name": name,
            "created": self.today().isoformat(),
            "file_name_key": secrets.token_hex(32),
        }
        with self._lock(profile):
            _write_keys(self, folder, keys, pmk, section, None)
            _first_keys_backup(self, folder, keys.generation)

        def add(current: list[ProfileInfo]) -> list[ProfileInfo]:
            if any(p.name.casefold() == name.casefold() for p in current):
                raise ProfileExists()  # made by another samenplan just now
            return [*current, profile]

        try:
            self._change_list(add)
        except VaultError:
            shutil.rmtree(folder, ignore_errors=True)  # no folder the list does not name
            raise
        log.info("profile.created", extra={"fields": {"profile": profile.id}})
        return profile, code

    def _lock(self, profile: ProfileInfo) -> FileLock | ReadOnlyLock:
        folder = self.folder(profile)
        if not folder.is_dir():
            raise ProfileNotFound()
        # not thread-local: the Profile owns the lock, and close() may run on another thread
        lock = FileLock(
            folder / ".lock", timeout=0, mode=0o600, thread_local=False, is_singleton=False
        )
        try:
            lock.acquire()
        except Timeout:
            raise ProfileLocked() from None
        except OSError as exc:  # an I/O problem is not "in use" (KeePassXC #1061)
            if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
                return ReadOnlyLock(folder / ".lock")  # still lists, opens and exports
            raise StorageError(type(exc).__name__) from None
        return lock

    def open(self, name_or_id: str) -> Profile:
        """Take the profile's lock (ProfileLocked when another samenplan has it)."""
        profile = self.find(name_or_id)
        return Profile(self, profile, self._lock(profile))


class ReadOnlyLock:
    """The profile's lock in a folder samenplan cannot write (a read-only disk or folder):
    the lock file opened for reading and locked (flock allows that), so two samenplans
    still do not both open it; without a lock file nothing can write there anyway. Saving
    then fails with StorageError; listing, opening and exporting work."""

    def __init__(self, path: Path) -> None:
        self._fd: int | None = None
        if os.name == "nt":
            return
        import fcntl

        try:
            fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
        except OSError:
            return
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            raise ProfileLocked() from None
        self._fd = fd

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None

    def __enter__(self) -> ReadOnlyLock:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()


class Profile:
    """A profile whose lock we hold, not yet unlocked."""

    def __init__(
        self, store: ProfileStore, info: ProfileInfo, lock: FileLock | ReadOnlyLock
    ) -> None:
        self.store = store
        self.info = info
        self.folder = store.folder(info)
        self._lock = lock

    def __enter__(self) -> Profile:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._lock.release()

    def _read_keys(self) -> tuple[ks.Keyslots, Fingerprint]:
        """The keyslot file, or its newest valid backup when it is damaged (H7)."""
        path = self.folder / KEYS_FILE
        try:
            raw = path.read_bytes()
            return ks.decode(raw), Fingerprint.of(path, raw)
        except FileNotFoundError:
            first: VaultError = Damaged("keys missing")
        except OSError as exc:
            raise StorageError(type(exc).__name__) from None
        except Damaged as exc:
            first = exc
        for backup in backups.list_backups(self.folder / "backups", "keys", ".spk"):
            try:
                keys = ks.decode(backup.path.read_bytes())
            except (Damaged, OSError):
                continue
            log.warning("profile.keys_from_backup", extra={"fields": {"profile": self.info.id}})
            return keys, Fingerprint(-1, -1, b"")  # rewritten by the next save
        raise first

    def unlock(self, passphrase: str) -> Session:
        keys, fingerprint = self._read_keys()
        pmk = ks.unlock_passphrase(keys, passphrase)
        return self._session(keys, pmk, fingerprint, "passphrase")

    def unlock_with_recovery(self, code: str) -> Session:
        keys, fingerprint = self._read_keys()
        pmk = ks.unlock_recovery(keys, code)
        return self._session(keys, pmk, fingerprint, "recovery")

    def unlock_with_keyring(self) -> Session:
        """Unlock with the device key in the OS keyring; KeyringUnavailable on any failure."""
        keys, fingerprint = self._read_keys()
        for slot in keys.find(ks.SLOT_KEYRING):
            device_key = keyring_slot.load(
                self.info.id, slot.slot_id.hex(), self.store.keyring_timeout
            )
            pmk = ks.unlock_device(keys, device_key)
            if pmk is not None:
                return self._session(keys, pmk, fingerprint, "keyring")
        raise KeyringUnavailable("no matching slot")

    def remembered(self) -> bool:
        """Whether this profile has a keyring slot (the keyring itself may still fail)."""
        keys, _ = self._read_keys()
        return bool(keys.find(ks.SLOT_KEYRING))

    def _session(
        self, keys: ks.Keyslots, pmk: bytes, fingerprint: Fingerprint, how: str
    ) -> Session:
        section = ks.read_section(keys, pmk)
        log.info("profile.unlocked", extra={"fields": {"profile": self.info.id, "with": how}})
        session = Session(self, keys, pmk, section, fingerprint)
        session.elsewhere = lease.others(self.folder, self.store.device, session.opened_at)
        session.renew_lease()
        try:  # temp files crashed saves left; never a reason not to unlock
            session.dossiers.clean_up()
        except (VaultError, OSError) as exc:
            log.warning(
                "profile.temp_not_removed",
                extra={"fields": {"profile": self.info.id, "reason": type(exc).__name__}},
            )
        if keys.find(ks.SLOT_PREVIOUS_PMK) and not keys.read_only:
            session.finish_rotation()  # a key rotation was interrupted: complete it
        return session


def _write_keys(
    store: ProfileStore,
    folder: Path,
    keys: ks.Keyslots,
    pmk: bytes,
    section: dict[str, Any],
    previous: int | None,
) -> Fingerprint:
    """Safe-save the keyslot file (generation +1), keeping the previous one as a backup."""
    keys.generation += 1
    blob = ks.encode(keys, pmk, section)

    def verify(read: bytes) -> None:
        again = ks.decode(read)
        if read != blob or ks.read_section(again, pmk) != section:
            raise StorageError("verify")

    def backup(old: Path) -> None:
        if previous is not None:
            backups.keep(
                old, folder / "backups", "keys", ".spk", previous, store.today(), store.ops
            )

    path = folder / KEYS_FILE
    safe_write(path, blob, verify, backup, store.ops)
    return Fingerprint.of(path, blob)


def _first_keys_backup(store: ProfileStore, folder: Path, generation: int) -> None:
    """A copy (not a hard link: the keys file is not replaced by saves, so a link would rot
    with it) of a new profile's keys file: saves do not rewrite the keys file (each device
    records its own generations, devices.py), so without it a damaged one had no backup."""
    blob = (folder / KEYS_FILE).read_bytes()

    def verify(read: bytes) -> None:
        if read != blob:
            raise StorageError("verify")

    make_private_dir(folder / "backups")
    target = folder / "backups" / f"keys.{generation}.{store.today():%Y%m%d}.spk"
    safe_write(target, blob, verify, ops=store.ops)


class _InSession(Protocol):
    """A Session, or a handle that belongs to one (the DossierStore)."""

    @property
    def session(self) -> Session: ...


_S = TypeVar("_S", bound=_InSession)
_P = ParamSpec("_P")
_R = TypeVar("_R")


def while_unlocked(method: Callable[Concatenate[_S, _P], _R]) -> Callable[Concatenate[_S, _P], _R]:
    """Run `method` under its session's lock; Locked (before anything else) once closed."""

    @functools.wraps(method)
    def guarded(self: _S, /, *args: _P.args, **kwargs: _P.kwargs) -> _R:
        session = self.session
        with session._lock:
            if session.closed:
                raise Locked(method.__name__)
            return method(self, *args, **kwargs)

    return guarded


@dataclass
class Session:
    """An unlocked profile: the master key is in memory until `close()`.

    `_lock` is the one lock of this profile's files: every key-changing method here and
    every public method of `dossiers` holds it; `close()` takes it too.
    """

    profile: Profile
    keys: ks.Keyslots
    pmk: bytes
    section: dict[str, Any]
    fingerprint: Fingerprint
    _lock: threading.RLock = field(default_factory=threading.RLock, repr=False)
    # at unlock, the fresh leases of other computers on this profile (lease.py)
    elsewhere: list[lease.Lease] = field(default_factory=list)
    opened_at: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC))

    def __post_init__(self) -> None:
        from samenplan.vault.dossiers import DossierStore

        self.dossiers = DossierStore(self)

    @property
    def session(self) -> Session:
        """Itself (what `while_unlocked` needs to find the lock)."""
        return self

    @property
    def profile_id(self) -> bytes:
        return self.keys.profile_id

    @property
    def store(self) -> ProfileStore:
        return self.profile.store

    def __enter__(self) -> Session:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Wipe the keys and release the profile. Waits for a running save to finish;
        afterwards every public method of this session and its dossiers raises Locked."""
        with self._lock:
            lease.give_back(self.profile.folder, self.store.device)  # idempotent
            self.pmk = b""
            self.dossiers._known.clear()  # the dossiers' own keys
            self.profile.close()

    @property
    def closed(self) -> bool:
        return not self.pmk

    @property
    def elsewhere_open(self) -> bool:
        """Whether another computer had this profile open at unlock."""
        return bool(self.elsewhere)

    @while_unlocked
    def renew_lease(self) -> None:
        """Tell other computers this profile is open here (lease.py), every RENEW_SECONDS
        while unlocked; a folder that cannot be written is no reason to stop."""
        try:
            now = dt.datetime.now(dt.UTC)
            lease.take(self.profile.folder, self.store.device, now, self.opened_at)
        except OSError as exc:
            log.warning(
                "profile.lease_not_written",
                extra={"fields": {"profile": self.profile.info.id, "reason": type(exc).__name__}},
            )

    # -------------------------------------------------------------- keyslot changes

    @while_unlocked
    def save_section(self) -> None:
        """Write the keys file with the (changed) encrypted profile section."""
        if self.keys.read_only:
            raise ReadOnly("keys")
        path = self.profile.folder / KEYS_FILE
        if self.fingerprint.size >= 0 and Fingerprint.of(path) != self.fingerprint:
            raise ChangedOnDisk("keys")
        previous = self.keys.generation
        self.fingerprint = _write_keys(
            self.store, self.profile.folder, self.keys, self.pmk, self.section, previous
        )

    @while_unlocked
    def change_passphrase(self, new_passphrase: str, kdf: KdfParams | None = None) -> None:
        """Rewrap the master key for the new passphrase; dossier files are not touched."""
        if not new_passphrase:
            raise VaultError("empty passphrase")
        params = kdf if kdf is not None else calibrate()
        others = [s for s in self.keys.slots if s.type != ks.SLOT_PASSPHRASE]
        self.keys.slots = [ks.passphrase_slot(self.keys, new_passphrase, self.pmk, params), *others]
        self.save_section()
        self._forget_old_secrets()
        log.info("profile.passphrase_changed", extra={"fields": {"profile": self.profile.info.id}})

    def _forget_old_secrets(self) -> None:
        """Give every backup of the keys file today's slots, so that a replaced passphrase,
        recovery code or keyring key opens no file of the profile any more; a backup that
        cannot be read with the master key (damaged) is removed for the same reason."""
        folder = self.profile.folder / "backups"
        for backup in backups.list_backups(folder, "keys", ".spk"):
            try:
                old = ks.decode(backup.path.read_bytes())
                section = ks.read_section(old, self.pmk)
            except (Damaged, OSError):
                self.store.ops.unlink(backup.path)
                continue
            if old.slots == self.keys.slots:
                continue
            again = ks.Keyslots(old.profile_id, old.pmk_id, old.generation, list(self.keys.slots))
            blob = ks.encode(again, self.pmk, section)

            def verify(read: bytes, blob: bytes = blob, section: dict[str, Any] = section) -> None:
                if read != blob or ks.read_section(ks.decode(read), self.pmk) != section:
                    raise StorageError("verify")

            safe_write(backup.path, blob, verify, ops=self.store.ops)

    def strengthen_passphrase_slot(self, passphrase: str) -> bool:
        """Calibrate now (without holding the lock: it takes a second or two); when that
        gives more work than the passphrase slot has, re-wrap it with the new settings (the
        passphrase stays the same). True when it did; Locked once closed."""
        if self.closed:
            raise Locked("strengthen_passphrase_slot")
        params = calibrate()
        with self._lock:
            if self.closed:
                raise Locked("strengthen_passphrase_slot")
            slots = self.keys.find(ks.SLOT_PASSPHRASE)
            old = slots[0].params if slots else None
            if old is None or params.algorithm != old.algorithm or params.work <= old.work:
                return False
            self.change_passphrase(passphrase, params)
            return True

    @while_unlocked
    def new_recovery_code(self) -> str:
        """Replace the recovery slot; the old code stops working."""
        code = ks.new_recovery_code()
        others = [s for s in self.keys.slots if s.type != ks.SLOT_RECOVERY]
        self.keys.slots = [*others, ks.recovery_slot(self.keys, code, self.pmk)]
        self.save_section()
        self._forget_old_secrets()
        log.info("profile.recovery_code_new", extra={"fields": {"profile": self.profile.info.id}})
        return code

    @while_unlocked
    def remember_on_this_computer(self) -> None:
        """Add a keyring slot. KeyringUnavailable when no trustworthy keyring works here."""
        if not keyring_slot.usable(self.store.keyring_timeout):
            raise KeyringUnavailable("no usable backend")
        self.forget_on_this_computer()
        device_key = secrets.token_bytes(32)
        slot = ks.device_slot(self.keys, device_key, self.pmk)
        keyring_slot.store(
            self.profile.info.id, slot.slot_id.hex(), device_key, self.store.keyring_timeout
        )
        self.keys.slots.append(slot)
        try:
            self.save_section()
        except VaultError:
            keyring_slot.delete(
                self.profile.info.id, slot.slot_id.hex(), self.store.keyring_timeout
            )
            self.keys.slots.remove(slot)
            raise

    @while_unlocked
    def forget_on_this_computer(self) -> None:
        """Remove the keyring slot from the file, even when the keyring cannot be reached."""
        slots = self.keys.find(ks.SLOT_KEYRING)
        if not slots:
            return
        self.keys.slots = [s for s in self.keys.slots if s.type != ks.SLOT_KEYRING]
        self.save_section()
        self._forget_old_secrets()
        for slot in slots:
            keyring_slot.delete(
                self.profile.info.id, slot.slot_id.hex(), self.store.keyring_timeout
            )

    @while_unlocked
    def rotate_keys(self, passphrase: str, kdf: KdfParams | None = None) -> str:
        """New master key, a new key for every dossier, a new recovery code (returned).

        Crash-safe: the new keyslot file first keeps the old master key wrapped under the
        new one, so every dossier stays readable whichever key it has; that slot goes
        only after every dossier was saved again. Old backups are then removed, since
        they were made under the old keys.
        """
        if ks.unlock_passphrase(self.keys, passphrase) != self.pmk:
            raise WrongPassphrase()
        params = kdf if kdf is not None else calibrate()
        old_pmk = self.pmk
        keys, pmk = ks.new_keyslots(self.keys.profile_id)
        keys.generation = self.keys.generation
        code = ks.new_recovery_code()
        keys.slots = [
            ks.passphrase_slot(keys, passphrase, pmk, params),
            ks.recovery_slot(keys, code, pmk),
            ks.previous_pmk_slot(keys, old_pmk, pmk),
        ]
        for slot in self.keys.find(ks.SLOT_KEYRING):
            keyring_slot.delete(
                self.profile.info.id, slot.slot_id.hex(), self.store.keyring_timeout
            )
        self.keys, self.pmk = keys, pmk
        self.save_section()
        self.finish_rotation()
        log.info("profile.keys_rotated", extra={"fields": {"profile": self.profile.info.id}})
        return code

    @while_unlocked
    def finish_rotation(self) -> None:
        """Re-encrypt what an interrupted rotation left under the old key, then drop it."""
        if not self.keys.find(ks.SLOT_PREVIOUS_PMK):
            return
        for info in self.dossiers.all():
            if self.dossiers.written_under(info.id) != self.keys.pmk_id:
                self.dossiers.rekey(info.id)
        self.dossiers._write_index(
            {d.id: self.dossiers.index_entry(d) for d in self.dossiers.all()}
        )
        self.keys.slots = [s for s in self.keys.slots if s.type != ks.SLOT_PREVIOUS_PMK]
        self.save_section()
        backup_folder = self.profile.folder / "backups"
        for path in backup_folder.glob("*"):
            self.store.ops.unlink(path)

    @while_unlocked
    def delete_profile(self) -> None:
        """Remove this profile: dossiers, backups, keyring entries, its log lines, its name."""
        from samenplan import log as applog

        info = self.profile.info
        for slot in self.keys.find(ks.SLOT_KEYRING):
            keyring_slot.delete(info.id, slot.slot_id.hex(), self.store.keyring_timeout)
        self.store._change_list(lambda current: [p for p in current if p.id != info.id])
        folder = self.profile.folder
        self.close()
        shutil.rmtree(folder, ignore_errors=True)
        applog.forget(self.store.data_dir, info.id)


def _check(profiles: list[ProfileInfo]) -> str:
    """A checksum over the names and ids, so that damage is told from 'no such profile'."""
    import hashlib

    listed = [[p.id, p.name] for p in profiles]
    text = json.dumps(listed, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _valid_id(value: str) -> bool:
    return len(value) == 32 and all(c in "0123456789abcdef" for c in value)
