"""A whole profile in one sealed file ("Reservekopie"), and putting it back in any data folder.

Design: the file is a container (container.py framing, kind 4) whose body is
`u32 keys_len | the profile's keys file | nonce | AES-GCM(archive)`. The keys file is already
encrypted (its slots wrap the master key for the passphrase and the recovery code), so a
computer that has nothing can unlock it. The archive (name, date, every file of the profile:
index, dossiers, kept versions) is sealed under HKDF(master key, salt from the header), with
the framing, the header and the keys file as associated data: the GCM tag signs every byte.
Restoring: the keyless SHA-256 trailer finds damage before anything is asked; the passphrase
or recovery code opens the master key; the tag is checked; only then is anything written:
into a temp folder, renamed into place in one step, then named in profiles.json. The keys file
is copied byte for byte, so the passphrase and the recovery code go on working.

The devices' record files (`devices/<device>.spr`, see dossiers.py) come along: each is what
that device read and wrote, and a device's rollback protection rests on its own. Restored on
the same computer, its record matches the restored files. Restored on a new computer, which
has its own device id, the other devices' records are kept as they are: they are those
devices' knowledge (a new version is numbered above every generation in them, so it is never
taken for an old one), and the new computer starts its own record. Leases (`*.lease`) are not
copied: they say which computer has the profile open now, which a backup cannot know.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import secrets
import shutil
import struct
import time
from dataclasses import dataclass
from pathlib import Path

from samenplan.paths import make_private_dir
from samenplan.vault import container as ct
from samenplan.vault import devices
from samenplan.vault import keyslots as ks
from samenplan.vault.crypto import NONCE_LEN, hkdf, open_sealed, seal
from samenplan.vault.errors import (
    Damaged,
    DiskFull,
    NewerVersion,
    ProfileExists,
    StorageError,
    VaultError,
)
from samenplan.vault.profiles import (
    KEYS_FILE,
    ProfileInfo,
    ProfileStore,
    Session,
    clean_name,
    while_unlocked,
)
from samenplan.vault.safesave import storage_error

KIND_PROFILE_BACKUP = 4
T_PROFILE_ID = 0x81
T_SALT = 0x82
T_WRITER = 0x0A
KNOWN_TLVS = frozenset({T_PROFILE_ID, T_SALT, T_WRITER})
SALT_LEN = 16
FOLDERS = ("dossiers", "backups", "devices")  # besides the keys file and the index
TOP_FILES = (KEYS_FILE, "index.spi")
READ_LIMIT = ct.MAX_BODY + ct.MAX_HEADER + 64  # a larger file is not one of ours
_U32 = struct.Struct("<I")
_U16 = struct.Struct("<H")
_INFO = b"samenplan/v1/profile-backup"
RESTORING = ".restore-"  # a restore's temp folder in profiles/, renamed into place when whole
STOPPED_AFTER = 3600  # seconds: a temp folder untouched this long was left by a stopped restore


class BackupDamaged(Damaged):
    code = "backup_damaged"


class TooLarge(VaultError):
    code = "too_large"


class RestoreFailed(StorageError):
    """Reading the backup or writing the restored profile failed (no access, a disk error)."""

    code = "restore_failed"


class RestoreDiskFull(DiskFull):
    code = "restore_disk_full"


def restore_error(exc: OSError | VaultError) -> VaultError:
    """A storage problem during a restore in the restore's own words (the save's words say
    'your old version is safe', which means nothing here); any other VaultError as it is."""
    if isinstance(exc, OSError):
        exc = storage_error(exc)
    if isinstance(exc, DiskFull):
        return RestoreDiskFull(exc.detail)
    if isinstance(exc, StorageError):
        return RestoreFailed(exc.detail)
    return exc


@dataclass(frozen=True)
class Sealed:
    """A backup file whose framing is whole; its content is not yet opened."""

    keys: ks.Keyslots
    keys_raw: bytes
    salt: bytes
    nonce: bytes
    ciphertext: bytes
    aad: bytes


@dataclass(frozen=True)
class Contents:
    """A backup opened and verified: the profile's name, when it was made, its files."""

    name: str
    made: str  # ISO date
    files: dict[str, bytes]  # relative path ("dossiers/<id>.spd") -> bytes


# ------------------------------------------------------------------ making


@while_unlocked
def make(session: Session, name: str, today: dt.date) -> bytes:
    """The backup file of the unlocked profile: every file, read under the session's lock."""
    folder = session.profile.folder
    files = _read_files(folder)
    keys_raw = files.pop(KEYS_FILE, b"")
    try:
        on_disk = ks.decode(keys_raw)
        ks.read_section(on_disk, session.pmk)
    except VaultError:
        raise Damaged("keys file for backup") from None
    if on_disk.pmk_id != session.keys.pmk_id:
        raise Damaged("keys file changed")
    manifest = json.dumps({"format": 1, "name": name, "made": today.isoformat()}).encode()
    archive = bytearray(_U32.pack(len(manifest)) + manifest)
    for path in sorted(files):
        encoded = path.encode("utf-8")
        archive += _U16.pack(len(encoded)) + encoded + _U32.pack(len(files[path])) + files[path]
    salt = secrets.token_bytes(SALT_LEN)
    box = _container(on_disk.profile_id, salt)
    body_len = _U32.size + len(keys_raw) + NONCE_LEN + len(archive) + 16
    if body_len > ct.MAX_BODY:
        raise TooLarge(str(body_len))
    aad = box.prefix(body_len) + _U32.pack(len(keys_raw)) + keys_raw
    nonce, sealed = seal(_key(session.pmk, salt), bytes(archive), aad)
    box.body = _U32.pack(len(keys_raw)) + keys_raw + nonce + sealed
    return box.encode()


def _container(profile_id: bytes, salt: bytes) -> ct.Container:
    from samenplan import __version__

    tlvs = {T_PROFILE_ID: profile_id, T_SALT: salt, T_WRITER: __version__.encode()[:32]}
    return ct.Container(KIND_PROFILE_BACKUP, tlvs)


def _key(pmk: bytes, salt: bytes) -> bytes:
    return hkdf(pmk, salt, _INFO)


def _read_files(folder: Path) -> dict[str, bytes]:
    """The keys file, the index, every ordinary file in dossiers/ and backups/ and the
    devices' records; not the lock, leases, temp files or anything else that belongs to
    this computer or this moment only."""
    files: dict[str, bytes] = {}
    try:
        for name in TOP_FILES:
            path = folder / name
            if path.is_file() and not path.is_symlink():
                files[name] = path.read_bytes()
        for sub in FOLDERS:
            if not (folder / sub).is_dir():
                continue
            for path in sorted((folder / sub).iterdir()):
                if _wanted(sub, path.name) and path.is_file() and not path.is_symlink():
                    files[f"{sub}/{path.name}"] = path.read_bytes()
    except OSError as exc:
        raise storage_error(exc) from None
    if KEYS_FILE not in files:
        raise Damaged("keys missing")
    return files


def _wanted(folder: str, name: str) -> bool:
    """A file of `folder` that belongs in a backup (in devices/: only the records)."""
    if not _safe_name(name):
        return False
    return folder != "devices" or devices.device_of_record(Path(name)) is not None


def _safe_name(name: str) -> bool:
    """A plain file name: not hidden, no folder in it, short enough for every system."""
    return (
        bool(name)
        and not name.startswith(".")
        and not any(ch in name for ch in "/\\\0:")
        and len(name.encode("utf-8")) <= 255
    )


# ------------------------------------------------------------------ reading


def read(raw: bytes) -> Sealed:
    """Parse a backup file strictly, without any key: Damaged (exit 4), NotAVault or
    NewerVersion. Any changed or missing byte is found here, before a passphrase is asked."""
    try:
        return _read(raw)
    except NewerVersion:
        raise
    except Damaged as exc:  # also a file that is not a backup at all
        raise BackupDamaged(exc.detail) from None


def _read(raw: bytes) -> Sealed:
    box = ct.decode(raw, KIND_PROFILE_BACKUP, KNOWN_TLVS)
    profile_id = ct.require(box.tlvs, T_PROFILE_ID, 16)
    salt = ct.require(box.tlvs, T_SALT, SALT_LEN)
    body = box.body
    if len(body) < _U32.size:
        raise Damaged("body")
    (keys_len,) = _U32.unpack_from(body, 0)
    start = _U32.size + keys_len
    if start + NONCE_LEN + 16 > len(body):
        raise Damaged("backup keys length")
    keys = ks.decode(body[_U32.size : start])
    if keys.profile_id != profile_id:
        raise Damaged("backup profile id")
    aad = box.prefix() + body[:start]
    nonce, ciphertext = body[start : start + NONCE_LEN], body[start + NONCE_LEN :]
    return Sealed(keys, body[_U32.size : start], salt, nonce, ciphertext, aad)


def unseal(backup: Sealed, secret: str, *, recovery: bool = False) -> Contents:
    """Open with the passphrase (or recovery code) and verify every byte: WrongPassphrase,
    WrongRecoveryCode, or BackupDamaged when the file was changed and sealed again."""
    try:
        if recovery:
            pmk = ks.unlock_recovery(backup.keys, secret)
        else:
            pmk = ks.unlock_passphrase(backup.keys, secret)
    except Damaged as exc:  # e.g. key settings out of bounds: changed and sealed again
        raise BackupDamaged(exc.detail) from None
    plain = open_sealed(_key(pmk, backup.salt), backup.nonce, backup.ciphertext, backup.aad)
    if plain is None:
        raise BackupDamaged("tag")
    return _parse_archive(plain, backup.keys_raw)


def _parse_archive(plain: bytes, keys_raw: bytes) -> Contents:
    try:
        (manifest_len,) = _U32.unpack_from(plain, 0)
        pos = _U32.size + manifest_len
        manifest = json.loads(plain[_U32.size : pos].decode("utf-8"))
        name, made = str(manifest["name"]), str(manifest["made"])
        files = {KEYS_FILE: keys_raw}
        while pos < len(plain):
            (path_len,) = _U16.unpack_from(plain, pos)
            path = plain[pos + 2 : pos + 2 + path_len].decode("utf-8")
            pos += 2 + path_len
            (size,) = _U32.unpack_from(plain, pos)
            pos += _U32.size
            if pos + size > len(plain) or not _allowed(path) or path in files:
                raise BackupDamaged("entry")
            files[path] = plain[pos : pos + size]
            pos += size
    except (struct.error, UnicodeDecodeError, ValueError, KeyError, TypeError):
        raise BackupDamaged("archive") from None
    return Contents(name, made, files)


def _allowed(path: str) -> bool:
    if path == "index.spi":
        return True
    folder, _, name = path.partition("/")
    return folder in FOLDERS and _wanted(folder, name)


# ------------------------------------------------------------------ restoring


def name_taken(store: ProfileStore, name: str) -> bool:
    return any(p.name.casefold() == name.casefold() for p in store.all())


def restore(store: ProfileStore, contents: Contents, name: str | None = None) -> ProfileInfo:
    """Put the verified profile in the data folder under `name` (else its own name):
    ProfileExists when a profile of that name is there; an existing profile is never touched.
    The profile keeps its id unless that id is taken (the same profile restored next to
    itself), then it gets a new folder; its keys keep the id they were made with."""
    wanted = clean_name(name if name is not None else contents.name)
    if name_taken(store, wanted):
        raise ProfileExists()
    keys = ks.decode(contents.files[KEYS_FILE])
    profiles_dir = store.data_dir / "profiles"
    profile_id = keys.profile_id.hex()
    if (profiles_dir / profile_id).exists() or any(p.id == profile_id for p in store.all()):
        profile_id = secrets.token_hex(16)
    info = ProfileInfo(profile_id, wanted)
    final = store.folder(info)
    temp = profiles_dir / f"{RESTORING}{secrets.token_hex(8)}"
    try:
        make_private_dir(profiles_dir, inside=store.data_dir)
        _remove_stopped(profiles_dir)
        for sub in ("", *FOLDERS):
            make_private_dir(temp / sub if sub else temp, inside=store.data_dir)
        for path, data in contents.files.items():
            _write_new(temp / path, data)
        _fsync_dir(temp)
        os.rename(temp, final)  # refuses (OSError) rather than replace a folder
        _fsync_dir(profiles_dir)
    except OSError as exc:
        shutil.rmtree(temp, ignore_errors=True)
        raise restore_error(exc) from None

    def add(current: list[ProfileInfo]) -> list[ProfileInfo]:
        if any(p.name.casefold() == wanted.casefold() for p in current):
            raise ProfileExists()  # made by another samenplan just now
        return [*current, info]

    try:
        store._change_list(add)
    except VaultError as exc:
        shutil.rmtree(final, ignore_errors=True)
        raise restore_error(exc) from None
    return info


def _remove_stopped(profiles_dir: Path) -> None:
    """Remove the temp folders of restores that stopped halfway (killed, power cut): only
    ours, and only when untouched for STOPPED_AFTER, so a restore still running keeps its
    own. They hold sealed files only; nothing else would ever remove them."""
    now = time.time()
    for path in profiles_dir.glob(f"{RESTORING}*"):
        try:
            stopped = now - path.lstat().st_mtime > STOPPED_AFTER
        except OSError:
            continue
        if stopped and path.is_dir() and not path.is_symlink():
            shutil.rmtree(path, ignore_errors=True)


def _write_new(path: Path, data: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(folder: Path) -> None:
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems cannot; the files themselves were synced
    finally:
        os.close(fd)
