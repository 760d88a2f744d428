"""Which computer wrote a file: a random id per installation, read back without any key.

The device id is 8 random bytes (16 hex characters), made once per installation and kept in
the installation's own configuration folder (`device_dir()`: SAMENPLAN_DEVICE_DIR, else the
platform's per-user, non-roaming configuration folder), never in the data folder, which a
person may put in OneDrive, Nextcloud or Syncthing: a synced device id would make two
computers one. The file also keeps a hash of the computer's name; a copied configuration
folder on another computer therefore makes a new id there.

Every dossier and index file carries the id of the device that wrote it in a header TLV
(`sealed.T_DEVICE`, not encrypted, covered by the file's authentication); `stamp()` reads
it and the generation from a file's bytes without a key. Files written before devices were
recorded have no such TLV: their device is "".

When samenplan itself keeps both versions (two computers changed one dossier), it keeps its
own as `<file id>.conflict-<device>-<YYYYMMDD>-<HHMMSS>.spd` next to the dossier file:
`conflict_name()` makes such a name ("-2" and on when taken) and `CONFLICT_COPY` recognises it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import re
import secrets
import socket
from dataclasses import dataclass
from pathlib import Path

from samenplan.paths import make_private_dir, write_private
from samenplan.vault import container as ct
from samenplan.vault import sealed
from samenplan.vault.errors import Damaged

DEVICE_DIR_ENV = "SAMENPLAN_DEVICE_DIR"
DEVICE_FILE = "device.json"
DEVICE_LEN = 8  # bytes
CONFLICT_COPY = re.compile(
    r"^(?P<file>[0-9a-f]{32})\.conflict-(?P<device>[0-9a-f]{16})-(?P<when>\d{8}-\d{6})"
    r"(?:-\d{1,6})?\.spd$"
)
_DEVICE = re.compile(r"^[0-9a-f]{16}$")


@dataclass(frozen=True)
class Stamp:
    """Who wrote a stored file, and its generation: from the header, without a key."""

    device: str  # 16 hex characters; "" for a file written before devices were recorded
    generation: int


def device_dir() -> Path:
    """The installation's own configuration folder (not synced, see the docstring)."""
    explicit = os.environ.get(DEVICE_DIR_ENV)
    if explicit:
        return Path(explicit).expanduser()
    import platformdirs

    return Path(platformdirs.user_config_dir("samenplan", appauthor=False, roaming=False))


def _host() -> str:
    return hashlib.sha256(socket.gethostname().encode("utf-8")).hexdigest()[:16]


def this_device(folder: Path | None = None) -> str:
    """This installation's device id (16 hex characters), made at the first call.

    `folder` defaults to `device_dir()`. When the id cannot be stored (a read-only home),
    a fresh one is used for this run: a device that changes its id only loses the "written
    by this computer" fact for older files, never a file."""
    folder = device_dir() if folder is None else folder
    path = folder / DEVICE_FILE
    with contextlib.suppress(OSError, ValueError, UnicodeDecodeError):
        data = json.loads(path.read_bytes().decode("utf-8"))
        if isinstance(data, dict) and data.get("host") == _host():
            device = data.get("device")
            if isinstance(device, str) and _DEVICE.match(device):
                return device
    device = secrets.token_hex(DEVICE_LEN)
    with contextlib.suppress(OSError):
        make_private_dir(folder)
        write_private(path, json.dumps({"device": device, "host": _host()}).encode("utf-8"))
    return device


def stamp(raw: bytes, kind: int) -> Stamp:
    """The device and generation of a dossier (`ct.KIND_DOSSIER`) or index file's bytes,
    without a key. Damaged, NotAVault or NewerVersion as `sealed.parse`."""
    box = sealed.parse(raw, kind)
    device = box.tlvs.get(sealed.T_DEVICE, b"")
    if device and len(device) != DEVICE_LEN:
        raise Damaged("device")
    return Stamp(device.hex(), ct.read_u64(box.tlvs[sealed.T_GENERATION]))


def stamp_of(path: Path, kind: int) -> Stamp:
    """`stamp` of a file (OSError when it cannot be read)."""
    return stamp(path.read_bytes(), kind)


def conflict_name(folder: Path, file_hex: str, device: str, when: dt.datetime) -> str:
    """The name samenplan gives its own version of a dossier another computer changed too:
    one not yet taken in `folder` (a second one in the same second gets "-2", ...)."""
    stem = f"{file_hex}.conflict-{device}-{when.strftime('%Y%m%d-%H%M%S')}"
    name, count = f"{stem}.spd", 1
    while (folder / name).exists():
        count += 1
        name = f"{stem}-{count}.spd"
    return name


# -------------------------------------------------------------- what each device wrote

KIND_DEVICE_RECORD = 5  # container kind of a device's record file (4 is the profile backup)
RECORD_SUFFIX = ".spr"


@dataclass(frozen=True)
class Elsewhere:
    """A dossier file whose current version another device wrote after this one's last."""

    file_hex: str
    device: str
    generation: int
    ours: int  # the highest generation this device wrote for the file (0: never)


@dataclass
class Record:
    """What one device has seen of the profile's files: per dossier file (hex) and for the
    index, the highest generation it wrote or read, per writing device ("" for files from
    before devices were recorded)."""

    files: dict[str, dict[str, int]]
    index: dict[str, int]

    def highest(self) -> int:
        values = [g for seen in self.files.values() for g in seen.values()]
        return max([*values, *self.index.values(), 0])

    def see(self, file_hex: str | None, writer: str, generation: int) -> bool:
        """Note a generation read or written; True when it is new to the record."""
        seen = self.index if file_hex is None else self.files.setdefault(file_hex, {})
        if seen.get(writer, -1) >= generation:
            return False
        seen[writer] = generation
        return True

    def to_json(self) -> bytes:
        return json.dumps({"files": self.files, "index": self.index}, sort_keys=True).encode()

    @classmethod
    def from_json(cls, raw: bytes) -> Record:
        try:
            data = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            raise Damaged("record json") from None
        files = data.get("files") if isinstance(data, dict) else None
        index = data.get("index") if isinstance(data, dict) else None
        if not isinstance(files, dict) or not isinstance(index, dict):
            raise Damaged("record shape")
        return cls({k: _ints(v) for k, v in files.items() if isinstance(v, dict)}, _ints(index))


def _ints(value: dict[object, object]) -> dict[str, int]:
    return {str(k): v for k, v in value.items() if isinstance(v, int) and not isinstance(v, bool)}


def record_name(device: str) -> str:
    return f"{device}{RECORD_SUFFIX}"


def device_of_record(path: Path) -> str | None:
    """The device a record file's name says, or None when the name is not one."""
    stem = path.name.removesuffix(RECORD_SUFFIX)
    return stem if path.name.endswith(RECORD_SUFFIX) and _DEVICE.match(stem) else None
