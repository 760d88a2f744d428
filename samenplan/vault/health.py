"""A profile folder's health: name each file or listing that is not as samenplan left it.

Sync engines (OneDrive, Nextcloud/ownCloud, Syncthing, Dropbox) keep both versions when two
computers changed one file: the other one gets a new name, a conflict copy. They are named
here from the name alone (the engine's own pattern around our file's name):

    OneDrive             <name>-<COMPUTERNAME>.spd          (also -<COMPUTERNAME>-2)
    Nextcloud/ownCloud   <name> (conflicted copy 2026-12-03 101500).spd, <name> (conflict …)
                         older ownCloud: <name>_conflict-20261203-101500.spd
    Syncthing            <name>.sync-conflict-20261203-101500-ABCDEFG.spd
    Dropbox              <name> (Sam's conflicted copy 2026-12-03).spd
    samenplan itself     <name>.conflict-<device>-20261203-101500.spd (see `devices`)

A conflict copy is an ordinary sealed file of the profile (a dossier, the index or the keys
file): `open_copy` opens a dossier's copy with the profile's keys, so the person can compare
it with the current version and choose. Nothing here deletes or changes a file except
`remove_copy`, which the app calls only after the person chose.

`scan` needs no keys (names only); `check` adds what needs the unlocked profile: the index
read as it is on disk (not healed) against the dossier files, and whether each copy opens.
Lines for people (`line`) name files by their random names and dossiers by their random
ids; the title (often a client's name) only where the caller asks for it (the app, whose
window shows the titles anyway), never in the command line's output, which people paste
into a help request.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from samenplan import words
from samenplan.vault import lease
from samenplan.vault.devices import CONFLICT_COPY, RECORD_SUFFIX
from samenplan.vault.errors import StorageError, VaultError

if TYPE_CHECKING:
    from samenplan.vault.dossiers import DossierStore
    from samenplan.vault.profiles import ProfileStore

DOSSIERS = "dossiers"
DEVICES = "devices"
# what belongs in devices/: each device's record and lease (hidden temp files aside)
_DEVICE_FILE = re.compile(
    rf"^[0-9a-f]{{16}}({re.escape(RECORD_SUFFIX)}|{re.escape(lease.SUFFIX)})$"
)
SUFFIXES = {".spd": "dossier", ".spi": "index", ".spk": "keys"}
_BASES = {"dossier": r"[0-9a-f]{32}", "index": "index", "keys": "keys"}
_FOLDER_OF = {"dossier": DOSSIERS, "index": "", "keys": ""}
# what an engine puts between our file's name and its suffix; the first that matches names it
ENGINES = (
    ("Syncthing", re.compile(r"\.sync-conflict-\d{8}-\d{6}-[A-Z0-9]{7}")),
    ("Dropbox", re.compile(r" \([^()]*['’]s conflicted copy[^()]*\)( \(\d+\))?")),
    ("Nextcloud/ownCloud", re.compile(r" \((conflicted copy|conflict)\b[^()]*\)")),
    ("Nextcloud/ownCloud", re.compile(r"_conflict-\d{8}-\d{6}")),
    ("OneDrive", re.compile(r"-[A-Za-z0-9][A-Za-z0-9_-]{0,40}")),
)
_SET_ASIDE = re.compile(r"^[0-9a-f]{32}\.damaged-\d{8}T\d+\.spd$")


class Kind(StrEnum):
    CONFLICT_COPY = "conflict_copy"
    OTHER_DEVICE = "other_device"  # written by another computer after our last save
    SET_ASIDE = "set_aside"  # a damaged dossier file samenplan moved out of the way
    UNKNOWN_FILE = "unknown_file"  # a file with our suffix that is none of ours
    NOT_LISTED = "not_listed"  # a dossier file the index does not know
    NO_FILE = "no_file"  # a dossier the index knows without its file
    DAMAGED_RECORD = "damaged_record"  # a device's record (devices/*.spr) that does not open
    UNLISTED_PROFILE = "unlisted_profile"  # a folder in profiles/ that profiles.json does not name


@dataclass(frozen=True)
class Problem:
    kind: Kind
    name: str  # the file, inside the profile folder ("dossiers/….spd"); "profiles/<id>" for
    # an unlisted profile folder (inside the data folder)
    engine: str = ""  # for a conflict copy: who made it
    of: str = ""  # for a conflict copy: "dossier", "index" or "keys"
    original: str = ""  # for a conflict copy: the file it is a copy of
    dossier_id: str = ""  # when known (after unlock)
    title: str = ""  # the dossier's title when known (after unlock); see the docstring
    opens: bool | None = None  # a conflict copy opens with the profile's keys (None: not tried)


def conflict_of(name: str) -> tuple[str, str, str] | None:
    """(engine, what, original name) when `name` is a conflict copy of one of our files."""
    own = CONFLICT_COPY.match(name)
    if own is not None:  # samenplan kept both itself (see `devices`)
        return "samenplan", "dossier", f"{own.group('file')}.spd"
    stem, suffix = os.path.splitext(name)
    what = SUFFIXES.get(suffix)
    if what is None:
        return None
    found = re.match(_BASES[what], stem)
    if found is None:
        return None
    tail = stem[found.end() :]
    for engine, pattern in ENGINES:
        if pattern.fullmatch(tail):
            return engine, what, found.group(0) + suffix
    return None


def scan(profile_folder: Path) -> list[Problem]:
    """Every problem that shows in the names of the profile's files (no keys needed):
    conflict copies, damaged files set aside, files with our suffix that are none of ours,
    and any file in devices/ that is no device's record or lease."""
    problems: list[Problem] = []
    for folder in ("", DOSSIERS, DEVICES):
        try:
            names = sorted(os.listdir(profile_folder / folder))
        except FileNotFoundError:
            continue
        except OSError as exc:
            raise StorageError(type(exc).__name__) from None
        for name in names:
            problem = _named(folder, name)
            if problem is not None:
                problems.append(problem)
    return problems


def _named(folder: str, name: str) -> Problem | None:
    stem, suffix = os.path.splitext(name)
    if folder == DEVICES:  # only samenplan writes here: every other name is unknown
        known = name.startswith(".") or _DEVICE_FILE.match(name) is not None
        return None if known else Problem(Kind.UNKNOWN_FILE, f"{folder}/{name}")
    if name.startswith(".") or suffix not in SUFFIXES:
        return None  # temp files, lock and lease files, a sync engine's own files
    shown = f"{folder}/{name}" if folder else name
    conflict = conflict_of(name)
    if conflict is not None and _FOLDER_OF[conflict[1]] == folder:
        engine, what, original = conflict
        where = f"{folder}/{original}" if folder else original
        return Problem(Kind.CONFLICT_COPY, shown, engine, what, where)
    if folder == DOSSIERS and _SET_ASIDE.match(name):
        return Problem(Kind.SET_ASIDE, shown)
    if folder == DOSSIERS and re.fullmatch(_BASES["dossier"], stem) and suffix == ".spd":
        return None
    if not folder and name in ("index.spi", "keys.spk"):
        return None
    return Problem(Kind.UNKNOWN_FILE, shown)


def check(store: DossierStore) -> list[Problem]:
    """`scan`, plus what the unlocked profile can tell: whether each conflict copy of a
    dossier opens (and whose it is), and the index as it is on disk against the files. The
    index is only read, never healed or written here."""
    entries, _state = store._read_index()
    listed = {store.file_id(d).hex(): d for d in entries or {}}
    titles = {d: str(e.get("title", "")) for d, e in (entries or {}).items()}
    problems = []
    folder = store.session.profile.folder
    for named in scan(folder):
        problem = named
        if named.kind is Kind.CONFLICT_COPY and named.of == "dossier":
            opened = _open(store, named)
            dossier_id = opened[0] if opened is not None else ""
            problem = replace(
                named, dossier_id=dossier_id, title=titles.get(dossier_id, ""),
                opens=opened is not None,
            )  # fmt: skip
        elif named.kind is Kind.SET_ASIDE:
            dossier_id = listed.get(named.name.split("/")[-1][:32], "")
            problem = replace(named, dossier_id=dossier_id, title=titles.get(dossier_id, ""))
        problems.append(problem)
    for found in store.written_elsewhere():
        dossier_id = listed.get(found.file_hex, "")
        problems.append(
            Problem(
                Kind.OTHER_DEVICE, f"{DOSSIERS}/{found.file_hex}.spd", dossier_id=dossier_id,
                title=titles.get(dossier_id, ""),
            )
        )  # fmt: skip
    problems += _damaged_records(store, folder / DEVICES)
    if entries is not None:
        on_disk = store._files_on_disk()
        for file_hex in sorted(set(on_disk) - set(listed)):
            problems.append(Problem(Kind.NOT_LISTED, f"{DOSSIERS}/{file_hex}.spd"))
        for file_hex, dossier_id in sorted(listed.items()):
            if file_hex not in on_disk:
                problems.append(
                    Problem(
                        Kind.NO_FILE, f"{DOSSIERS}/{file_hex}.spd", dossier_id=dossier_id,
                        title=titles[dossier_id],
                    )
                )  # fmt: skip
    return problems + unlisted_profiles(store.session.store)


def _damaged_records(store: DossierStore, devices_folder: Path) -> list[Problem]:
    """Each device's record that does not open with this profile's keys (garbage, damaged,
    or another profile's): samenplan reads it as empty, which weakens only its rollback
    check, so it is named here rather than refused."""
    found = []
    for path in sorted(devices_folder.glob(f"*{RECORD_SUFFIX}")):
        if _DEVICE_FILE.match(path.name) is None:
            continue  # named as unknown by `scan`
        try:
            store._open_record(path.read_bytes(), path.name.removesuffix(RECORD_SUFFIX))
        except (VaultError, OSError):
            found.append(Problem(Kind.DAMAGED_RECORD, f"{DEVICES}/{path.name}"))
    return found


def unlisted_profiles(profiles: ProfileStore) -> list[Problem]:
    """Folders in `<data dir>/profiles/` that profiles.json does not name: left by a restore,
    a new profile or a deletion stopped halfway. Named only: such a folder may be a deleted
    profile's remains, so taking it back in without the person would be a guess. Hidden
    folders (a restore still running, see `profile_backup`) are not named."""
    listed = {p.id for p in profiles.all()}
    try:
        entries = sorted(os.scandir(profiles.data_dir / "profiles"), key=lambda e: e.name)
    except FileNotFoundError:
        return []
    except OSError as exc:
        raise StorageError(type(exc).__name__) from None
    return [
        Problem(Kind.UNLISTED_PROFILE, f"profiles/{entry.name}")
        for entry in entries
        if not entry.name.startswith(".")
        and entry.is_dir(follow_symlinks=False)
        and entry.name not in listed
    ]


@dataclass(frozen=True)
class Copy:
    """A dossier's conflict copy, opened: whose it is and what it holds."""

    dossier_id: str
    data: bytes
    generation: int
    saved_on: str  # ISO date the copy was saved ("" when the file does not say)


def open_copy(store: DossierStore, problem: Problem) -> Copy:
    """The conflict copy of a dossier, opened with the profile's keys (Damaged when it does
    not open: then it is no copy of this profile's dossier)."""
    from samenplan.vault.errors import Damaged

    opened = _open(store, problem)
    if opened is None:
        raise Damaged("conflict copy")
    return Copy(*opened)


def _open(store: DossierStore, problem: Problem) -> tuple[str, bytes, int, str] | None:
    from samenplan.vault.dossiers import _about

    path = store.session.profile.folder / problem.name
    file_id = bytes.fromhex(problem.original.split("/")[-1][:32])
    try:
        opened, _key = store._open_raw(path.read_bytes(), file_id)
    except (VaultError, OSError):
        return None
    about = _about(opened.meta)
    if about is None or store.file_id(about[0]) != file_id:
        return None  # written before files named their dossier: not ours to match
    return about[0], opened.data, opened.generation, about[2]


def remove_copy(store: DossierStore, problem: Problem) -> None:
    """Remove a conflict copy the person has decided about (only a conflict copy)."""
    if problem.kind is not Kind.CONFLICT_COPY or conflict_of(problem.name.split("/")[-1]) is None:
        raise VaultError("not a conflict copy")
    store.session.store.ops.unlink(store.session.profile.folder / problem.name)


def line(problem: Problem, lang: str, with_title: bool = False) -> str:
    """One sentence (or two) for a person about `problem`, in `lang` (`health.*` in the
    catalogue). Files by their names, dossiers by id, or with `with_title` by their title
    (see the docstring)."""
    key: str = problem.kind.value
    if problem.kind is Kind.CONFLICT_COPY:
        key = f"conflict_{problem.of}"
        if problem.of == "dossier" and problem.opens is False:
            key = "conflict_dossier_unreadable"
        elif key == "conflict_dossier" and with_title and problem.title:
            key = "conflict_dossier_app"  # in the app: by its title, and its button
    dossier = problem.dossier_id or "?"
    if with_title and problem.title:
        dossier = f"'{problem.title}'"
    return words.say(
        f"health.{key}", lang, engine=problem.engine, name=problem.name, dossier=dossier
    )
