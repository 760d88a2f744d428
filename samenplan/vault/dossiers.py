"""The encrypted dossiers of an unlocked profile, and their encrypted index.

A dossier is stored as bytes (the app puts the export-format JSON in it). Its file name is
a keyed hash of its id, so names say nothing; it has its own random key, wrapped by the
profile's master key. The index (`index.spi`) holds each dossier's title and last
generation, so a consultant's list of hundreds of dossiers needs one decryption, and an
older copy put back in place of a newer one is noticed.

Saving checks that the file on disk is still the one we read (ChangedOnDisk otherwise),
keeps the replaced version as a verified backup, and goes through the safe-save routine.
Opening a damaged dossier sets it aside and opens the newest valid backup read-only.

Every public method runs under the session's one lock and raises Locked once the session
is closed (`profiles.while_unlocked`).
"""

from __future__ import annotations

import datetime as dt
import hmac
import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from samenplan.paths import make_private_dir
from samenplan.vault import backups, sealed
from samenplan.vault import container as ct
from samenplan.vault.crypto import KEY_LEN, hkdf, open_sealed, require_key, seal
from samenplan.vault.errors import (
    ChangedOnDisk,
    Damaged,
    DossierNotFound,
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


@dataclass(frozen=True)
class DossierInfo:
    id: str
    title: str
    updated: str  # ISO date of the last save
    generation: int


@dataclass
class OpenedDossier:
    id: str
    data: bytes
    generation: int
    read_only: bool = False  # newer minor format, or a recovered backup not yet confirmed
    recovered: bool = False  # the dossier was damaged; this is the newest valid backup
    rolled_back: bool = False  # older than the last version this profile saved
    newer_unsaved: bool = False  # a complete newer copy from an interrupted save exists


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
        self._index_fingerprint: Fingerprint | None = None
        self._index_generation = 0

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

    # -------------------------------------------------------------- the index

    @staticmethod
    def _index_key(pmk: bytes) -> bytes:
        return hkdf(pmk, None, b"samenplan/v1/index")

    def _read_index(self) -> dict[str, dict[str, object]]:
        path = self.session.profile.folder / INDEX_NAME
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            self._index_fingerprint = None
            return {}
        except OSError as exc:
            raise StorageError(type(exc).__name__) from None
        try:
            opened = self._open_index(raw)
        except (Damaged, NewerVersion):
            opened = self._index_from_backup()
        self._index_fingerprint = Fingerprint.of(path, raw)
        return opened

    def _open_index(self, raw: bytes) -> dict[str, dict[str, object]]:
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
        if not isinstance(entries, dict):
            raise Tampered("index shape")
        self._index_generation = opened.generation
        return entries

    def _index_from_backup(self) -> dict[str, dict[str, object]]:
        for backup in backups.list_backups(self.backup_folder, "index", ".spi"):
            try:
                return self._open_index(backup.path.read_bytes())
            except (Damaged, NewerVersion, OSError):
                continue
        self._log("index.rebuilt_empty", level=logging.WARNING)
        return {}

    def _write_index(self, entries: dict[str, dict[str, object]]) -> None:
        path = self.session.profile.folder / INDEX_NAME
        generation = self._index_generation + 1
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
        )

        def verify(read: bytes) -> None:
            if read != blob or self._open_index(read) != entries:
                raise StorageError("verify")

        def keep(old: Path) -> None:
            backups.keep(
                old, self.backup_folder, "index", ".spi", generation - 1,
                self.session.store.today(), self.session.store.ops,
            )  # fmt: skip

        safe_write(path, blob, verify, keep, self.session.store.ops)
        self._index_generation = generation
        self._index_fingerprint = Fingerprint.of(path, blob)

    # -------------------------------------------------------------- public API

    @while_unlocked
    def all(self) -> list[DossierInfo]:
        """Every dossier of the profile, by title (one decryption, whatever the number)."""
        entries = self._read_index()
        infos = [
            DossierInfo(
                dossier_id,
                str(entry.get("title", "")),
                str(entry.get("updated", "")),
                int(entry.get("generation", 0)),  # type: ignore[call-overload]
            )
            for dossier_id, entry in entries.items()
        ]
        return sorted(infos, key=lambda d: (d.title.casefold(), d.id))

    @while_unlocked
    def exists(self, dossier_id: str) -> bool:
        return dossier_id in self._read_index() or self._path(self.file_id(dossier_id)).exists()

    @while_unlocked
    def create(self, dossier_id: str, title: str, data: bytes) -> int:
        """Store a new dossier; VaultError('exists') when the id is taken."""
        if self.exists(dossier_id):
            raise VaultError("exists")
        self._known[dossier_id] = _Known(0, None, os.urandom(KEY_LEN), False)
        return self.save(dossier_id, title, data)

    @while_unlocked
    def open(self, dossier_id: str) -> OpenedDossier:
        file_id = self.file_id(dossier_id)
        path = self._path(file_id)
        index = self._read_index()
        entry = index.get(dossier_id)
        try:
            raw = path.read_bytes()
            opened = self._open_raw(raw, file_id)
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
        data, generation, key, read_only = opened
        self._known[dossier_id] = _Known(generation, Fingerprint.of(path, raw), key, read_only)
        result = OpenedDossier(dossier_id, data, generation, read_only)
        if entry is not None and generation < int(entry.get("generation", 0)):  # type: ignore[call-overload]
            result.rolled_back = True
        result.newer_unsaved = self._newer_temp(path, file_id, generation)
        self._log("dossier.opened", file=file_id.hex(), generation=generation)
        return result

    def _open_raw(self, raw: bytes, file_id: bytes) -> tuple[bytes, int, bytes, bool]:
        box = sealed.parse(raw, ct.KIND_DOSSIER)
        if ct.require(box.tlvs, sealed.T_PROFILE_ID, 16) != self.session.profile_id:
            raise Tampered("profile")  # a dossier copied from another profile
        if ct.require(box.tlvs, sealed.T_FILE_ID, 16) != file_id:
            raise Tampered("file id")  # a dossier renamed to another id
        key = self._unwrap_key(box, file_id)
        opened = sealed.open_file(box, key, file_id)
        return opened.data, opened.generation, key, opened.read_only

    def _newer_temp(self, path: Path, file_id: bytes, generation: int) -> bool:
        """Look at temp files a crashed save left: keep a complete newer one, drop the rest."""
        newer = False
        for tmp in stray_temp_files(path.parent, path.name):
            try:
                _, tmp_generation, _, _ = self._open_raw(tmp.read_bytes(), file_id)
            except (VaultError, OSError):
                self.session.store.ops.unlink(tmp)
                continue
            if tmp_generation > generation:
                newer = True
            else:
                self.session.store.ops.unlink(tmp)
        return newer

    def _recover(self, dossier_id: str, file_id: bytes, error: VaultError | None) -> OpenedDossier:
        """Set a damaged file aside and open the newest valid backup, read-only."""
        path = self._path(file_id)
        if error is not None:
            stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%f")
            try:
                os.replace(path, path.with_name(f"{file_id.hex()}.damaged-{stamp}{DOSSIER_SUFFIX}"))
            except OSError as exc:
                raise StorageError(type(exc).__name__) from None
            self._log(
                "dossier.damaged", file=file_id.hex(), reason=error.detail, level=logging.WARNING
            )
        for backup in backups.list_backups(self.backup_folder, file_id.hex(), DOSSIER_SUFFIX):
            try:
                data, generation, key, _ = self._open_raw(backup.path.read_bytes(), file_id)
            except (VaultError, OSError):
                continue
            self._known[dossier_id] = _Known(generation, None, key, True)
            self._log(
                "dossier.recovered",
                file=file_id.hex(),
                generation=generation,
                level=logging.WARNING,
            )
            return OpenedDossier(dossier_id, data, generation, read_only=True, recovered=True)
        raise NothingValid()

    @while_unlocked
    def confirm_recovered(self, dossier_id: str, title: str, data: bytes) -> int:
        """The user chose to go on with a recovered backup: save it as the current version."""
        known = self._known.get(dossier_id)
        if known is None:
            raise DossierNotFound()
        known.read_only = False
        return self.save(dossier_id, title, data)

    @while_unlocked
    def save(self, dossier_id: str, title: str, data: bytes) -> int:
        """Save a new version; returns its generation. The old version stays a backup."""
        title = title[:TITLE_LIMIT]
        if dossier_id not in self._known:
            self.open(dossier_id)
        known = self._known[dossier_id]
        if known.read_only:
            raise ReadOnly()
        file_id = self.file_id(dossier_id)
        path = self._path(file_id)
        if known.fingerprint is not None:
            try:
                current = Fingerprint.of(path)
            except FileNotFoundError:
                current = None
            if current != known.fingerprint:
                raise ChangedOnDisk()
        generation = known.generation + 1
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
        )

        def verify(read: bytes) -> None:
            if read != blob or self._open_raw(read, file_id)[0] != data:
                raise StorageError("verify")

        def keep(old: Path) -> None:
            if known.fingerprint is not None:  # only a verified file becomes a backup
                backups.keep(
                    old, self.backup_folder, file_id.hex(), DOSSIER_SUFFIX, known.generation,
                    self.session.store.today(), self.session.store.ops,
                )  # fmt: skip

        make_private_dir(self.folder)
        safe_write(path, blob, verify, keep, self.session.store.ops)
        self._known[dossier_id] = _Known(generation, Fingerprint.of(path, blob), known.key, False)
        self._log("dossier.saved", file=file_id.hex(), generation=generation)
        self._update_index(dossier_id, title, generation)
        return generation

    @staticmethod
    def index_entry(info: DossierInfo) -> dict[str, object]:
        return {"title": info.title, "updated": info.updated, "generation": info.generation}

    def _update_index(self, dossier_id: str, title: str, generation: int) -> None:
        """Best effort after the dossier itself is safe: a failure here loses no plan text."""
        try:
            entries = self._read_index()
            entries[dossier_id] = {
                "title": title,
                "updated": self.session.store.today().isoformat(),
                "generation": generation,
            }
            self._write_index(entries)
        except VaultError as exc:
            self._log("index.not_updated", reason=type(exc).__name__, level=logging.WARNING)

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
        """Remove a dossier, its backups and its index entry."""
        file_id = self.file_id(dossier_id)
        entries = self._read_index()
        if dossier_id not in entries and not self._path(file_id).exists():
            raise DossierNotFound()
        entries.pop(dossier_id, None)
        self._write_index(entries)
        ops = self.session.store.ops
        ops.unlink(self._path(file_id))
        for backup in backups.list_backups(self.backup_folder, file_id.hex(), DOSSIER_SUFFIX):
            ops.unlink(backup.path)
        for damaged in self.folder.glob(f"{file_id.hex()}.damaged-*{DOSSIER_SUFFIX}"):
            ops.unlink(damaged)
        self._known.pop(dossier_id, None)
        self._log("dossier.deleted", file=file_id.hex())
