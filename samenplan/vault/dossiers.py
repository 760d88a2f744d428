"""The encrypted dossiers of an unlocked profile, and their encrypted index.

A dossier is stored as bytes (the app puts the export-format JSON in it). Its file name is
a keyed hash of its id, so names say nothing; it has its own random key, wrapped by the
profile's master key. The index (`index.spi`) holds each dossier's title and last
generation, so a consultant's list of hundreds of dossiers needs one decryption, and an
older copy put back in place of a newer one is noticed. It may also hold, per dossier, a
small `summary` the caller gives with a save (replaced at each save that gives one) and
`marks` (kept across saves, set with `mark`); both are opaque JSON objects to the vault and
are not in the dossier files, so a list rebuilt from the files lacks them until the next
save.

Every dossier file also carries, in its encrypted meta, what the index needs (id, title,
save date; the generation is in its header). So the index is only a quick way to list: when
it is missing, damaged, or older than this device has seen (see below), or when a dossier file
is in the folder that the index does not name (a crash between placing a new file and
replacing the index), the list is rebuilt from the files and the index written again. The
list is never emptier than the folder.

Rollback, with more than one computer (the data folder may be in OneDrive, Nextcloud or
Syncthing): every dossier and index file names the device that wrote it (devices.py). Each
device keeps its own record file, `devices/<device>.spr` (sealed under the master key, written
only by that device, so a sync program never makes a conflict copy of it): per file, the
highest generation it read or wrote, per writing device. The rule: a file is an older copy put
back (`rolled_back`, read-only until `confirm_recovered`) when its generation is below the
highest one of the SAME writer that THIS device has seen. Another computer's save is
therefore never taken for a rollback, even when both computers saved in parallel and its
generation is lower than ours, nor when its record arrives before its file; and a copy this
computer saw replaced does not come back unnoticed. A new version is numbered above every
generation any device recorded and above the file on disk. Files from before devices were
recorded follow the old rule (the keys file's record, which is only read now: writing the
shared keys file at every save would make two computers conflict over it).

Saving checks that the file on disk is still the one we read (the same bytes). When it is
not, another computer's version came in (or another program changed it): it is never
overwritten. Ours is written next to it as a conflict copy
(`<file id>.conflict-<device>-<time>.spd`) and KeptBoth is raised; the app then reads the
dossier again and tells the person, who chooses later (ui/conflicts.py). A dossier file
deleted meanwhile is written again (nothing to overwrite, nothing lost). The replaced
version is kept as a backup only when it verified, and the write goes through the
safe-save routine. Opening a damaged dossier sets it aside and opens the newest valid
backup read-only. At unlock, temp files of crashed saves are removed, except a complete
copy of a dossier that is newer than its file (`newer_unsaved`).

Every public method runs under the session's one lock and raises Locked once the session
is closed (`profiles.while_unlocked`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import logging
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from samenplan.paths import make_private_dir
from samenplan.vault import backups, devices, sealed
from samenplan.vault import container as ct
from samenplan.vault.crypto import KEY_LEN, hkdf, open_sealed, require_key, seal
from samenplan.vault.errors import (
    Damaged,
    DossierNotFound,
    KeptBoth,
    NewerVersion,
    NothingValid,
    ReadOnly,
    StorageError,
    Tampered,
    VaultError,
)
from samenplan.vault.keyslots import previous_pmk
from samenplan.vault.profiles import while_unlocked
from samenplan.vault.safesave import Fingerprint, safe_write, stray_temp_files

if TYPE_CHECKING:
    from samenplan.vault.profiles import Session

log = logging.getLogger("samenplan.vault")

DOSSIER_SUFFIX = ".spd"
INDEX_NAME = "index.spi"
TITLE_LIMIT = 200
# In the keys file's encrypted profile section (see the module docstring).
SECTION_INDEX_GENERATION = "index_generation"
SECTION_GENERATIONS = "dossier_generations"
_FILE_NAME = re.compile(r"^([0-9a-f]{32})\.spd$")
_BACKUP_NAME = re.compile(r"^([0-9a-f]{32})\.\d{1,20}\.\d{8}\.spd$")
_DOSSIER_TEMP = re.compile(r"^\.([0-9a-f]{32})\.spd\..+\.tmp$")

Entries = dict[str, dict[str, object]]


@dataclass(frozen=True)
class DossierInfo:
    id: str
    title: str
    updated: str  # ISO date of the last save
    generation: int
    summary: dict[str, object] | None = None  # as given with the last save; None: not known
    marks: dict[str, object] = field(default_factory=dict)  # set with `mark`, kept


@dataclass
class OpenedDossier:
    id: str
    data: bytes
    generation: int
    read_only: bool = False  # newer minor format, or a recovered backup not yet confirmed
    recovered: bool = False  # the dossier was damaged; this is the newest valid backup
    rolled_back: bool = False  # older than the last version this profile saved (read-only)
    newer_unsaved: bool = False  # a complete newer copy from an interrupted save exists
    saved_on: str = ""  # ISO date the opened copy was saved ("": written before files kept it)


@dataclass
class _Known:
    generation: int
    fingerprint: Fingerprint | None  # None: the file is gone (recovered from a backup)
    key: bytes
    read_only: bool


class DossierStore:
    def __init__(self, session: Session) -> None:
        self.session = session
        self.folder = session.profile.folder / "dossiers"
        self.backup_folder = session.profile.folder / "backups"
        self._known: dict[str, _Known] = {}
        # the index file on disk as last read and verified, or written: (fingerprint,
        # generation); None when it is missing or did not verify (then it is never kept)
        self._index_seen: tuple[Fingerprint, int] | None = None
        self._index_generation = 0  # the highest index generation read or written
        self.healed: str | None = None  # why the list was last rebuilt from the files
        self.device = session.store.device
        self.devices_folder = session.profile.folder / "devices"
        self._own_record: devices.Record | None = None  # what this device wrote
        self._record_cache: dict[str, tuple[tuple[int, int], devices.Record]] = {}

    def _log(self, event: str, level: int = logging.INFO, **fields: object) -> None:
        fields["profile"] = self.session.profile.info.id
        log.log(level, event, extra={"fields": fields})

    # -------------------------------------------------------------- keys and names

    @property
    def _pmk(self) -> bytes:
        return self.session.pmk

    def file_id(self, dossier_id: str) -> bytes:
        """A keyed hash of the id: file names reveal nothing, and stay put when keys rotate."""
        key = bytes.fromhex(str(self.session.section["file_name_key"]))
        return hmac.new(key, dossier_id.encode("utf-8"), "sha256").digest()[:16]

    def _path(self, file_id: bytes) -> Path:
        return self.folder / f"{file_id.hex()}{DOSSIER_SUFFIX}"

    def _wrap_aad(self, file_id: bytes, pmk_id: bytes) -> bytes:
        return b"samenplan/v1/dek" + self.session.profile_id + file_id + pmk_id

    def _wrap_key(self, file_key: bytes, file_id: bytes, pmk: bytes, pmk_id: bytes) -> bytes:
        require_key(file_key, "dossier key")
        nonce, wrapped = seal(
            hkdf(pmk, None, b"samenplan/v1/wrap-dek"), file_key, self._wrap_aad(file_id, pmk_id)
        )
        return nonce + wrapped

    def _unwrap_key(self, box: ct.Container, file_id: bytes) -> bytes:
        wrapped = ct.require(box.tlvs, sealed.T_WRAPPED_KEY, 12 + KEY_LEN + 16)
        pmk_id = ct.require(box.tlvs, sealed.T_PMK_ID, 16)
        pmk = self._pmk_for(pmk_id)
        key = open_sealed(
            hkdf(pmk, None, b"samenplan/v1/wrap-dek"),
            wrapped[:12],
            wrapped[12:],
            self._wrap_aad(file_id, pmk_id),
        )
        if key is None:
            raise Tampered("wrapped key")
        return key

    def _pmk_for(self, pmk_id: bytes) -> bytes:
        """The master key a file was written under: the current one, or during an
        unfinished key rotation the previous one."""
        if pmk_id == self.session.keys.pmk_id:
            return self._pmk
        old = previous_pmk(self.session.keys, self._pmk)
        if old is None:
            raise Tampered("pmk id")
        return old

    # -------------------------------------------------------------- what each device wrote

    def _legacy_generations(self) -> dict[str, object]:
        found = self.session.section.get(SECTION_GENERATIONS)
        return found if isinstance(found, dict) else {}

    def _record_key(self, pmk: bytes) -> bytes:
        return hkdf(pmk, None, b"samenplan/v1/device-record")

    def _open_record(self, raw: bytes, device: str) -> devices.Record:
        box = sealed.parse(raw, devices.KIND_DEVICE_RECORD)
        if ct.require(box.tlvs, sealed.T_PROFILE_ID, 16) != self.session.profile_id:
            raise Tampered("record profile")
        pmk = self._pmk_for(ct.require(box.tlvs, sealed.T_PMK_ID, 16))
        opened = sealed.open_file(box, self._record_key(pmk), bytes.fromhex(device))
        return devices.Record.from_json(opened.data)

    def _records(self) -> dict[str, devices.Record]:
        """Every device's record in the profile folder (this device's as kept in memory);
        a record that does not open counts as empty (weaker protection, never a refusal)."""
        found: dict[str, devices.Record] = {}
        try:
            paths = sorted(self.devices_folder.glob(f"*{devices.RECORD_SUFFIX}"))
        except OSError:
            paths = []
        for path in paths:
            device = devices.device_of_record(path)
            if device is None or device == self.device:
                continue
            try:
                stat = path.stat()
                cached = self._record_cache.get(device)
                if cached is None or cached[0] != (stat.st_size, stat.st_mtime_ns):
                    record = self._open_record(path.read_bytes(), device)
                    cached = ((stat.st_size, stat.st_mtime_ns), record)
                    self._record_cache[device] = cached
                found[device] = cached[1]
            except (VaultError, OSError):
                continue
        found[self.device] = self._own()
        return found

    def _own(self) -> devices.Record:
        if self._own_record is None:
            path = self.devices_folder / devices.record_name(self.device)
            try:
                self._own_record = self._open_record(path.read_bytes(), self.device)
            except FileNotFoundError:
                self._own_record = devices.Record({}, {})
            except (VaultError, OSError) as exc:
                self._log("record.unreadable", reason=type(exc).__name__, level=logging.WARNING)
                self._own_record = devices.Record({}, {})
        return self._own_record

    def _recorded(self, file_id: bytes) -> int:
        """The highest generation of the file any device (or, before devices, this
        profile) recorded: a new version is numbered above it (0: not known)."""
        file_hex = file_id.hex()
        return max(
            [_as_int(self._legacy_generations().get(file_hex))]
            + [max(r.files.get(file_hex, {}).values(), default=0) for r in self._records().values()]
        )

    def _recorded_index(self) -> int:
        return max(
            [_as_int(self.session.section.get(SECTION_INDEX_GENERATION))]
            + [max(r.index.values(), default=0) for r in self._records().values()]
        )

    def _floor(self, writer: str, file_hex: str | None) -> int:
        """Below which generation a file `writer` wrote is an older copy put back (see the
        module docstring): the highest one of that writer THIS device has read or written.
        For a file from before devices were recorded, also what the keys file recorded."""
        own = self._own()
        seen = own.index if file_hex is None else own.files.get(file_hex, {})
        if writer:
            return seen.get(writer, 0)
        if file_hex is None:
            legacy = _as_int(self.session.section.get(SECTION_INDEX_GENERATION))
        else:
            legacy = _as_int(self._legacy_generations().get(file_hex))
        return max([legacy, *seen.values()])

    def _see(self, file_hex: str | None, writer: str, generation: int) -> None:
        """Note in this device's record a generation it read; written when new."""
        if self._own().see(file_hex, writer, generation):
            self._write_own()

    def _record(self, index_generation: int, file_generations: dict[str, int]) -> None:
        """Note what this device wrote in its own record file. Best effort: the files
        themselves are safe already."""
        own = self._own()
        changed = own.see(None, self.device, index_generation)
        for file_hex, generation in file_generations.items():
            changed = own.see(file_hex, self.device, generation) or changed
        if changed:
            self._write_own()

    def _write_own(self) -> None:
        own = self._own()
        blob = sealed.seal_file(
            devices.KIND_DEVICE_RECORD,
            {
                sealed.T_PROFILE_ID: self.session.profile_id,
                sealed.T_PMK_ID: self.session.keys.pmk_id,
            },
            self._record_key(self._pmk),
            bytes.fromhex(self.device),
            own.highest(),
            own.to_json(),
            device=self.device,
        )

        def verify(read: bytes) -> None:
            if read != blob:
                raise StorageError("verify")

        try:
            make_private_dir(self.devices_folder)
            path = self.devices_folder / devices.record_name(self.device)
            safe_write(path, blob, verify, ops=self.session.store.ops)
        except (VaultError, OSError) as exc:
            self._log("record.not_updated", reason=type(exc).__name__, level=logging.WARNING)

    # -------------------------------------------------------------- the index

    @staticmethod
    def _index_key(pmk: bytes) -> bytes:
        return hkdf(pmk, None, b"samenplan/v1/index")

    def _open_index(self, raw: bytes) -> tuple[Entries, int, bool]:
        """(entries, generation, read-only) of an index file's bytes; Damaged or NewerVersion."""
        box = sealed.parse(raw, ct.KIND_INDEX)
        if ct.require(box.tlvs, sealed.T_PROFILE_ID, 16) != self.session.profile_id:
            raise Tampered("index profile")
        pmk = self._pmk_for(ct.require(box.tlvs, sealed.T_PMK_ID, 16))
        opened = sealed.open_file(box, self._index_key(pmk), self.session.profile_id)
        try:
            data = json.loads(opened.data.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            raise Tampered("index json") from None
        entries = data.get("dossiers") if isinstance(data, dict) else None
        if not isinstance(entries, dict) or not all(
            isinstance(entry, dict) for entry in entries.values()
        ):
            raise Tampered("index shape")
        return entries, opened.generation, opened.read_only

    def _read_index(self) -> tuple[Entries | None, str]:
        """The index file's entries and how it was: "ok", "read_only" (a newer minor),
        "missing", "damaged" or "newer" (entries None unless ok or read_only)."""
        path = self.session.profile.folder / INDEX_NAME
        self._index_seen = None
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            return None, "missing"
        except OSError as exc:
            raise StorageError(type(exc).__name__) from None
        try:
            entries, generation, read_only = self._open_index(raw)
        except NewerVersion:
            return None, "newer"
        except Damaged:
            return None, "damaged"
        self._index_generation = max(self._index_generation, generation)
        self._index_seen = (Fingerprint.of(path, raw), generation)
        if read_only:
            return entries, "read_only"  # from a newer samenplan: used, never rewritten
        writer = devices.stamp(raw, ct.KIND_INDEX).device
        if generation < self._floor(writer, None):
            return entries, "stale"  # an older index was put back
        self._see(None, writer, generation)
        return entries, "ok"

    def _index_hints(self) -> Entries:
        """Every id and title the backups of the index know (newest first wins): to name
        dossier files written before files carried their own id."""
        hints: Entries = {}
        for backup in backups.list_backups(self.backup_folder, "index", ".spi"):
            try:
                entries, generation, _ = self._open_index(backup.path.read_bytes())
            except (VaultError, OSError):
                continue
            self._index_generation = max(self._index_generation, generation)
            for dossier_id, entry in entries.items():
                hints.setdefault(dossier_id, entry)
        return hints

    def _write_index(self, entries: Entries, generations: dict[str, int] | None = None) -> None:
        """Safe-save the index (generation above any seen or recorded), then record its
        generation (and `generations` of dossier files) in the keys file."""
        path = self.session.profile.folder / INDEX_NAME
        generation = max(self._index_generation, self._recorded_index()) + 1
        data = json.dumps({"dossiers": entries}, ensure_ascii=False, sort_keys=True).encode()
        blob = sealed.seal_file(
            ct.KIND_INDEX,
            {
                sealed.T_PROFILE_ID: self.session.profile_id,
                sealed.T_PMK_ID: self.session.keys.pmk_id,
            },
            self._index_key(self._pmk),
            self.session.profile_id,
            generation,
            data,
            device=self.device,
        )

        def verify(read: bytes) -> None:
            if read != blob or self._open_index(read)[0] != entries:
                raise StorageError("verify")

        seen = self._index_seen

        def keep(old: Path) -> None:
            # only the index we read and verified becomes a backup, never a damaged one
            if seen is not None and Fingerprint.of(old) == seen[0]:
                backups.keep(
                    old, self.backup_folder, "index", ".spi", seen[1],
                    self.session.store.today(), self.session.store.ops,
                )  # fmt: skip

        safe_write(path, blob, verify, keep, self.session.store.ops)
        self._index_generation = generation
        self._index_seen = (Fingerprint.of(path, blob), generation)
        self._record(generation, generations or {})

    # -------------------------------------------------------------- healing the list

    def _files_on_disk(self) -> dict[str, Path]:
        """The dossier files in the folder, by file id (hex); not temp or set-aside files."""
        found: dict[str, Path] = {}
        try:
            names = os.listdir(self.folder)
        except FileNotFoundError:
            return found
        except OSError as exc:
            raise StorageError(type(exc).__name__) from None
        for name in names:
            match = _FILE_NAME.match(name)
            if match is not None:
                found[match.group(1)] = self.folder / name
        return found

    def _backed_up(self) -> set[str]:
        """File ids (hex) that have at least one backup."""
        try:
            names = os.listdir(self.backup_folder)
        except OSError:
            return set()
        return {m.group(1) for m in map(_BACKUP_NAME.match, names) if m is not None}

    def _entries(self) -> Entries:
        """The index, healed: rebuilt from the files when it is missing, damaged or older
        than the keys file says; a dossier file it does not name is added. Written back
        when it changed (best effort: the list is right even when that fails)."""
        entries, state = self._read_index()
        on_disk = self._files_on_disk()
        if state in ("ok", "read_only") and entries is not None:
            listed = {self.file_id(dossier_id).hex() for dossier_id in entries}
            unlisted = sorted(set(on_disk) - listed)
            if not unlisted:
                return entries
            found = self._identify(unlisted, entries)
            if not found:
                return entries
            healed = {**entries, **found}
            reason = "unlisted"
        else:
            hints = entries or {}
            # a file id with backups but no file: the dossier opens from its newest backup
            wanted = sorted(set(on_disk) | self._backed_up())
            healed = self._identify(wanted, hints)
            if state == "missing" and not healed:
                return healed  # a new profile: nothing to list, nothing to write
            reason = state
        self.healed = reason
        self._log("index.rebuilt", reason=reason, count=len(healed), level=logging.WARNING)
        if healed and state not in ("read_only", "newer"):  # never overwrite a newer index
            try:
                self._write_index(healed)
            except VaultError as exc:
                self._log("index.not_updated", reason=type(exc).__name__, level=logging.WARNING)
        return healed

    def _identify(self, file_hexes: list[str], hints: Entries) -> Entries:
        """Index entries for these dossier files, from what each file (or its newest
        readable backup) says about itself; a file from before files carried their id is
        named by the index (or one of its backups). A file nothing names is left out."""
        by_hex = {self.file_id(dossier_id).hex(): dossier_id for dossier_id in hints}
        more_hints: Entries | None = None
        found: Entries = {}
        for file_hex in file_hexes:
            file_id = bytes.fromhex(file_hex)
            opened = self._first_readable(file_id)
            about = _about(opened.meta) if opened is not None else None
            if about is not None and self.file_id(about[0]) == file_id:
                found[about[0]] = {
                    "title": about[1],
                    "updated": about[2],
                    "generation": opened.generation if opened is not None else 0,
                }
                continue
            named = by_hex.get(file_hex)
            entry = hints.get(named) if named is not None else None
            if entry is None:
                if more_hints is None:
                    more_hints = self._index_hints()
                    for hinted in more_hints:
                        by_hex.setdefault(self.file_id(hinted).hex(), hinted)
                named = by_hex.get(file_hex)
                if named is not None:
                    entry = hints.get(named) or more_hints.get(named)
            if named is None or entry is None:
                self._log("dossier.unnamed", file=file_hex, level=logging.WARNING)
                continue
            found[named] = {
                "title": str(entry.get("title", "")),
                "updated": str(entry.get("updated", "")),
                "generation": opened.generation if opened is not None else 0,
            }
        return found

    def _first_readable(self, file_id: bytes) -> sealed.Opened | None:
        """The dossier file as it opens, else its newest backup that opens, else None."""
        candidates = [self._path(file_id)] + [
            b.path for b in backups.list_backups(self.backup_folder, file_id.hex(), DOSSIER_SUFFIX)
        ]
        for path in candidates:
            try:
                return self._open_raw(path.read_bytes(), file_id)[0]
            except (VaultError, OSError):
                continue
        return None

    # -------------------------------------------------------------- public API

    @while_unlocked
    def all(self) -> list[DossierInfo]:
        """Every dossier of the profile, by title (one decryption when the index is sound;
        never fewer than the dossier files in the folder)."""
        infos = [
            DossierInfo(
                dossier_id,
                str(entry.get("title", "")),
                str(entry.get("updated", "")),
                _as_int(entry.get("generation")),
                _as_dict(entry.get("summary")),
                _as_dict(entry.get("marks")) or {},
            )
            for dossier_id, entry in self._entries().items()
        ]
        return sorted(infos, key=lambda d: (d.title.casefold(), d.id))

    @while_unlocked
    def exists(self, dossier_id: str) -> bool:
        return dossier_id in self._entries() or self._path(self.file_id(dossier_id)).exists()

    @while_unlocked
    def readable(self, dossier_id: str) -> bool:
        """Whether the dossier's own file is there and opens (a newer version's file counts:
        it is there, and must not be replaced)."""
        file_id = self.file_id(dossier_id)
        try:
            self._open_raw(self._path(file_id).read_bytes(), file_id)
        except FileNotFoundError:
            return False
        except OSError as exc:
            raise StorageError(type(exc).__name__) from None
        except NewerVersion:
            return True
        except VaultError:
            return False
        return True

    @while_unlocked
    def create(
        self, dossier_id: str, title: str, data: bytes, summary: dict[str, object] | None = None
    ) -> int:
        """Store a new dossier; VaultError('exists') when the id's file is there and opens.

        When the id is known but its file is damaged or gone (listed or not), this stores
        `data` as its new current version (the damaged file is set aside, backups stay), with
        a generation above every one seen, so it is not taken for an older copy."""
        if self.readable(dossier_id):
            raise VaultError("exists")
        file_id = self.file_id(dossier_id)
        path = self._path(file_id)
        if path.exists():
            self._set_aside(file_id, "replaced")
        entry = self._entries().get(dossier_id, {})
        floor = max(
            [self._recorded(file_id), _as_int(entry.get("generation"))]
            + [b.generation for b in backups.list_backups(
                self.backup_folder, file_id.hex(), DOSSIER_SUFFIX)]
        )  # fmt: skip
        self._known[dossier_id] = _Known(floor, None, os.urandom(KEY_LEN), False)
        return self.save(dossier_id, title, data, summary)

    @while_unlocked
    def open(self, dossier_id: str) -> OpenedDossier:
        file_id = self.file_id(dossier_id)
        path = self._path(file_id)
        entry = self._entries().get(dossier_id)
        try:
            raw = path.read_bytes()
            opened, key = self._open_raw(raw, file_id)
        except FileNotFoundError:
            if entry is None:
                raise DossierNotFound() from None
            return self._recover(dossier_id, file_id, None)
        except OSError as exc:
            raise StorageError(type(exc).__name__) from None
        except NewerVersion:
            raise
        except Damaged as exc:
            return self._recover(dossier_id, file_id, exc)
        generation = opened.generation
        writer = devices.stamp(raw, ct.KIND_DOSSIER).device
        recorded = self._floor(writer, file_id.hex())
        if not writer:  # from before devices: the index's word counts too, as it did
            recorded = max(recorded, _as_int((entry or {}).get("generation")))
        rolled_back = generation < recorded
        if not rolled_back:
            self._see(file_id.hex(), writer, generation)
        read_only = opened.read_only or rolled_back
        self._known[dossier_id] = _Known(generation, Fingerprint.of(path, raw), key, read_only)
        about = _about(opened.meta)
        result = OpenedDossier(
            dossier_id,
            opened.data,
            generation,
            read_only,
            rolled_back=rolled_back,
            saved_on=about[2] if about is not None else "",
        )
        result.newer_unsaved = self._newer_temp(path, file_id, generation)
        if rolled_back:
            self._log(
                "dossier.rolled_back", file=file_id.hex(), generation=generation,
                count=recorded, level=logging.WARNING,
            )  # fmt: skip
        self._log("dossier.opened", file=file_id.hex(), generation=generation)
        return result

    def _open_raw(self, raw: bytes, file_id: bytes) -> tuple[sealed.Opened, bytes]:
        """The decrypted file and its key; Damaged (Tampered, ...) or NewerVersion."""
        box = sealed.parse(raw, ct.KIND_DOSSIER)
        if ct.require(box.tlvs, sealed.T_PROFILE_ID, 16) != self.session.profile_id:
            raise Tampered("profile")  # a dossier copied from another profile
        if ct.require(box.tlvs, sealed.T_FILE_ID, 16) != file_id:
            raise Tampered("file id")  # a dossier renamed to another id
        key = self._unwrap_key(box, file_id)
        return sealed.open_file(box, key, file_id), key

    def _newer_temp(self, path: Path, file_id: bytes, generation: int) -> bool:
        """Look at temp files a crashed save left: keep a complete newer one, drop the rest."""
        newer = False
        for tmp in stray_temp_files(path.parent, path.name):
            try:
                tmp_generation = self._open_raw(tmp.read_bytes(), file_id)[0].generation
            except (VaultError, OSError):
                self.session.store.ops.unlink(tmp)
                continue
            if tmp_generation > generation:
                newer = True
            else:
                self.session.store.ops.unlink(tmp)
        return newer

    def _set_aside(self, file_id: bytes, reason: str) -> None:
        """Move a dossier file that does not open out of the way; never delete it."""
        path = self._path(file_id)
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%f")
        try:
            os.replace(path, path.with_name(f"{file_id.hex()}.damaged-{stamp}{DOSSIER_SUFFIX}"))
        except OSError as exc:
            raise StorageError(type(exc).__name__) from None
        self._log("dossier.damaged", file=file_id.hex(), reason=reason, level=logging.WARNING)

    def _recover(self, dossier_id: str, file_id: bytes, error: VaultError | None) -> OpenedDossier:
        """Set a damaged file aside and open the newest copy that opens, read-only: a
        backup, or a complete temp file an interrupted save left if that is newer."""
        if error is not None:
            self._set_aside(file_id, error.detail or type(error).__name__)
        temps: list[tuple[sealed.Opened, bytes]] = []
        for tmp in stray_temp_files(self.folder, self._path(file_id).name):
            try:
                temps.append(self._open_raw(tmp.read_bytes(), file_id))
            except (VaultError, OSError):
                continue
        newest_temp = max(temps, key=lambda t: t[0].generation, default=None)
        found = None
        for backup in backups.list_backups(self.backup_folder, file_id.hex(), DOSSIER_SUFFIX):
            if newest_temp is not None and newest_temp[0].generation >= backup.generation:
                break
            try:
                found = self._open_raw(backup.path.read_bytes(), file_id)
                break
            except (VaultError, OSError):
                continue
        found = found or newest_temp
        if found is None:
            raise NothingValid()
        opened, key = found
        self._known[dossier_id] = _Known(opened.generation, None, key, True)
        self._log(
            "dossier.recovered", file=file_id.hex(), generation=opened.generation,
            level=logging.WARNING,
        )  # fmt: skip
        about = _about(opened.meta)
        return OpenedDossier(
            dossier_id,
            opened.data,
            opened.generation,
            read_only=True,
            recovered=True,
            saved_on=about[2] if about is not None else "",
        )

    def _on_disk_since(self, known: _Known, path: Path) -> int:
        """-1 when the dossier file is still the one we last read or wrote (or there is
        none now: nothing to overwrite); else the generation of the file there now (0 when
        it does not say), which another computer (or program) put there."""
        if known.fingerprint is None:
            return -1
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            return -1
        except OSError as exc:
            raise StorageError(type(exc).__name__) from None
        if hashlib.sha256(raw).digest() == known.fingerprint.sha256:
            return -1  # the same bytes (a sync program may touch the time only)
        try:
            return devices.stamp(raw, ct.KIND_DOSSIER).generation
        except VaultError:
            return 0

    @while_unlocked
    def changed_elsewhere(self, dossier_id: str) -> bool:
        """Whether the open dossier's file is no longer the one we last read or wrote (for
        example another computer's save came in through a sync program)."""
        known = self._known.get(dossier_id)
        if known is None:
            return False
        return self._on_disk_since(known, self._path(self.file_id(dossier_id))) >= 0

    @while_unlocked
    def written_elsewhere(self) -> list[devices.Elsewhere]:
        """Dossier files whose current version another device wrote above the highest
        generation this device wrote for them (see the module docstring)."""
        own = self._own()
        found = []
        for file_hex, path in sorted(self._files_on_disk().items()):
            try:
                stamp = devices.stamp_of(path, ct.KIND_DOSSIER)
            except (VaultError, OSError):
                continue
            ours = own.files.get(file_hex, {}).get(self.device, 0)
            if stamp.device not in ("", self.device) and stamp.generation > ours:
                found.append(devices.Elsewhere(file_hex, stamp.device, stamp.generation, ours))
        return found

    @while_unlocked
    def confirm_recovered(
        self, dossier_id: str, title: str, data: bytes, summary: dict[str, object] | None = None
    ) -> int:
        """The user chose to go on with a recovered backup or an older copy: save it as the
        current version (a generation above every one seen)."""
        known = self._known.get(dossier_id)
        if known is None:
            raise DossierNotFound()
        known.read_only = False
        return self.save(dossier_id, title, data, summary)

    @while_unlocked
    def save(
        self, dossier_id: str, title: str, data: bytes, summary: dict[str, object] | None = None
    ) -> int:
        """Save a new version; returns its generation. The old version stays a backup. The
        index keeps `summary` for the list (the previous one when None) and the marks."""
        title = title[:TITLE_LIMIT]
        if dossier_id not in self._known:
            self.open(dossier_id)
        known = self._known[dossier_id]
        if known.read_only:
            raise ReadOnly()
        file_id = self.file_id(dossier_id)
        path = self._path(file_id)
        on_disk = self._on_disk_since(known, path)
        entries = self._entries()
        listed = _as_int(entries.get(dossier_id, {}).get("generation"))
        generation = max(known.generation, listed, self._recorded(file_id), on_disk) + 1
        updated = self.session.store.today().isoformat()
        keys = self.session.keys
        blob = sealed.seal_file(
            ct.KIND_DOSSIER,
            {
                sealed.T_PROFILE_ID: self.session.profile_id,
                sealed.T_FILE_ID: file_id,
                sealed.T_PMK_ID: keys.pmk_id,
                sealed.T_WRAPPED_KEY: self._wrap_key(known.key, file_id, self._pmk, keys.pmk_id),
            },
            known.key,
            file_id,
            generation,
            data,
            {"dossier": {"id": dossier_id, "title": title, "updated": updated}},
            device=self.device,
        )

        def verify(read: bytes) -> None:
            if read != blob or self._open_raw(read, file_id)[0].data != data:
                raise StorageError("verify")

        make_private_dir(self.folder)
        if on_disk >= 0:  # another version is there now: it is never overwritten
            name = devices.conflict_name(
                self.folder, file_id.hex(), self.device, dt.datetime.now(dt.UTC)
            )
            safe_write(self.folder / name, blob, verify, ops=self.session.store.ops)
            self._log("dossier.kept_both", file=file_id.hex(), generation=generation)
            raise KeptBoth(name)

        def keep(old: Path) -> None:
            if known.fingerprint is not None:  # only a verified file becomes a backup
                backups.keep(
                    old, self.backup_folder, file_id.hex(), DOSSIER_SUFFIX, known.generation,
                    self.session.store.today(), self.session.store.ops,
                )  # fmt: skip

        safe_write(path, blob, verify, keep, self.session.store.ops)
        self._known[dossier_id] = _Known(generation, Fingerprint.of(path, blob), known.key, False)
        self._log("dossier.saved", file=file_id.hex(), generation=generation)
        entry = {k: v for k, v in entries.get(dossier_id, {}).items() if k in _EXTRAS}
        if summary is not None:
            entry["summary"] = summary
        entries[dossier_id] = {
            **entry, "title": title, "updated": updated, "generation": generation,
        }  # fmt: skip
        try:  # best effort after the dossier itself is safe: a failure here loses no plan text
            self._write_index(entries, {file_id.hex(): generation})
        except VaultError as exc:
            self._log("index.not_updated", reason=type(exc).__name__, level=logging.WARNING)
        return generation

    @while_unlocked
    def mark(self, dossier_id: str, name: str, value: object) -> None:
        """Keep `value` under `name` in the dossier's index marks (e.g. the day its card
        was made), without writing the dossier; DossierNotFound when it is not listed."""
        entries = self._entries()
        entry = entries.get(dossier_id)
        if entry is None:
            raise DossierNotFound()
        entry["marks"] = {**(_as_dict(entry.get("marks")) or {}), name: value}
        self._write_index(entries)

    @while_unlocked
    def describe(self, dossier_id: str, summary: dict[str, object]) -> None:
        """Give a listed dossier the summary it lacks (written before summaries were kept,
        or a list rebuilt from the files), without writing the dossier."""
        entries = self._entries()
        entry = entries.get(dossier_id)
        if entry is None:
            raise DossierNotFound()
        entry["summary"] = summary
        self._write_index(entries)

    @staticmethod
    def index_entry(info: DossierInfo) -> dict[str, object]:
        entry: dict[str, object] = {
            "title": info.title, "updated": info.updated, "generation": info.generation
        }  # fmt: skip
        if info.summary is not None:
            entry["summary"] = info.summary
        if info.marks:
            entry["marks"] = info.marks
        return entry

    @while_unlocked
    def rekey(self, dossier_id: str) -> None:
        """Save the dossier again under a new random key (key rotation)."""
        opened = self.open(dossier_id)
        if opened.read_only:
            raise ReadOnly()
        self._known[dossier_id].key = os.urandom(KEY_LEN)
        title = next((d.title for d in self.all() if d.id == dossier_id), "")
        self.save(dossier_id, title, opened.data)

    @while_unlocked
    def written_under(self, dossier_id: str) -> bytes:
        """The PMK id a dossier's key is wrapped under."""
        raw = self._path(self.file_id(dossier_id)).read_bytes()
        return ct.require(sealed.parse(raw, ct.KIND_DOSSIER).tlvs, sealed.T_PMK_ID, 16)

    @while_unlocked
    def delete(self, dossier_id: str) -> None:
        """Remove a dossier, its backups and its index entry.

        The index goes first, the dossier file last: a crash in between leaves the dossier
        whole and listed again at the next unlock, never a half-deleted one. Its highest
        generation stays recorded, so an id taken again starts above it."""
        file_id = self.file_id(dossier_id)
        entries = self._entries()
        if dossier_id not in entries and not self._path(file_id).exists():
            raise DossierNotFound()
        entries.pop(dossier_id, None)
        self._write_index(entries)
        ops = self.session.store.ops
        for backup in backups.list_backups(self.backup_folder, file_id.hex(), DOSSIER_SUFFIX):
            ops.unlink(backup.path)
        for damaged in self.folder.glob(f"{file_id.hex()}.damaged-*{DOSSIER_SUFFIX}"):
            ops.unlink(damaged)
        ops.unlink(self._path(file_id))
        self._known.pop(dossier_id, None)
        self._log("dossier.deleted", file=file_id.hex())

    @while_unlocked
    def clean_up(self) -> int:
        """At unlock: remove the temp files crashed saves left (index, keys, backups and
        dossiers), except a complete copy of a dossier newer than its file, which opening
        that dossier reports (`newer_unsaved`). Returns how many were removed."""
        ops = self.session.store.ops
        removed = 0
        for folder in (self.session.profile.folder, self.backup_folder, self.devices_folder):
            for tmp in sorted(folder.glob(".*.tmp")):
                ops.unlink(tmp)
                removed += 1
        for tmp in sorted(self.folder.glob(".*.tmp")):
            match = _DOSSIER_TEMP.match(tmp.name)
            if match is not None and self._temp_needed(bytes.fromhex(match.group(1)), tmp):
                continue
            ops.unlink(tmp)
            removed += 1
        if removed:
            self._log("temp.removed", count=removed)
        return removed

    def _temp_needed(self, file_id: bytes, tmp: Path) -> bool:
        """Keep a temp file that opens and is newer than the dossier's own file (opening
        reports it: `newer_unsaved`), or that stands in for a file that no longer opens
        (recovery uses it). A new dossier whose save stopped before its file was placed
        never was: its temp file goes."""
        try:
            tmp_generation = self._open_raw(tmp.read_bytes(), file_id)[0].generation
        except (VaultError, OSError):
            return False
        try:
            current = self._open_raw(self._path(file_id).read_bytes(), file_id)[0].generation
        except FileNotFoundError:
            return bool(backups.list_backups(self.backup_folder, file_id.hex(), DOSSIER_SUFFIX))
        except (VaultError, OSError):
            return True
        return tmp_generation > current


_EXTRAS = ("summary", "marks")  # index entry keys a save keeps (see the module docstring)


def _as_dict(value: object) -> dict[str, object] | None:
    return value if isinstance(value, dict) else None


def _as_int(value: object) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def _about(meta: dict[str, object]) -> tuple[str, str, str] | None:
    """(id, title, save date) a dossier file says about itself, if it says it."""
    about = meta.get("dossier")
    if not isinstance(about, dict):
        return None
    dossier_id, title, updated = about.get("id"), about.get("title"), about.get("updated")
    if not (isinstance(dossier_id, str) and isinstance(title, str) and isinstance(updated, str)):
        return None
    return dossier_id, title, updated
