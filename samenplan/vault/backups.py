"""Verified backups of every stored file (security.md §3.3).

Before a file is replaced, the version being replaced (which was verified when it was read
or written) is kept as `backups/<name>.<generation>.<YYYYMMDD><suffix>`. We keep the last 5
generations plus the newest of each day for the last 7 days, and never delete the newest.
A file that is not whole (framing or checksum wrong) is never kept: one damaged copy must not
push the good ones out of the rotation.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass
from pathlib import Path

from samenplan.paths import make_private_dir
from samenplan.vault import container as ct
from samenplan.vault.safesave import REAL, FileOps, keep_copy

log = logging.getLogger("samenplan.vault")

KEEP_LAST = 5
KEEP_DAYS = 7


@dataclass(frozen=True)
class Backup:
    path: Path
    generation: int
    day: dt.date


def _pattern(name: str, suffix: str) -> re.Pattern[str]:
    return re.compile(rf"^{re.escape(name)}\.(\d{{1,20}})\.(\d{{8}}){re.escape(suffix)}$")


def list_backups(folder: Path, name: str, suffix: str) -> list[Backup]:
    """Backups of `name`, newest generation first."""
    found = []
    pattern = _pattern(name, suffix)
    if folder.is_dir():
        for path in folder.iterdir():
            match = pattern.match(path.name)
            if match is None:
                continue
            try:
                day = dt.datetime.strptime(match.group(2), "%Y%m%d").date()
            except ValueError:
                continue
            found.append(Backup(path, int(match.group(1)), day))
    return sorted(found, key=lambda b: b.generation, reverse=True)


def keep(
    source: Path,
    folder: Path,
    name: str,
    suffix: str,
    generation: int,
    today: dt.date,
    ops: FileOps = REAL,
) -> None:
    """Keep `source` (generation `generation`) as a backup, then prune old ones; a source
    that is not a whole samenplan file is not kept (and nothing is pruned for it)."""
    try:
        whole = ct.intact(ops.read_bytes(source))
    except OSError:
        whole = False
    if not whole:
        log.warning("backup.not_kept", extra={"fields": {"reason": "damaged", "kind": suffix}})
        return
    make_private_dir(folder)
    target = folder / f"{name}.{generation}.{today:%Y%m%d}{suffix}"
    keep_copy(source, target, ops)
    prune(folder, name, suffix, today, ops)


def prune(folder: Path, name: str, suffix: str, today: dt.date, ops: FileOps = REAL) -> None:
    backups = list_backups(folder, name, suffix)
    keep_paths = {b.path for b in backups[:KEEP_LAST]}
    newest_per_day: dict[dt.date, Backup] = {}
    for backup in backups:  # newest generation first
        if (today - backup.day).days < KEEP_DAYS:
            newest_per_day.setdefault(backup.day, backup)
    keep_paths |= {b.path for b in newest_per_day.values()}
    for backup in backups:
        if backup.path not in keep_paths:
            ops.unlink(backup.path)
