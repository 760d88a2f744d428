"""Two computers, one profile in a synced folder: nothing typed is lost, nothing goes back.

Two data folders are kept in step by a simulated sync program: at each tick it copies, with
a seeded random delay per file, what changed on one side to the other; when a file changed
on both sides since the last sync it keeps one and adds the other as a conflict copy named as
OneDrive, Nextcloud or Syncthing name them. On each computer a session edits one dossier
both share and one of its own, and reacts as the app does: a save that finds another
version keeps ours as a conflict copy (KeptBoth) and reads theirs again; an open dossier
without unsaved changes is read again when another version came in. After it settles, every
edit is in the dossier or in a conflict copy the person is offered, and no file was replaced
by an older generation (checked at every replace, by the app and by the sync program).
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from samenplan.vault import container as ct
from samenplan.vault import devices
from samenplan.vault.errors import KeptBoth, VaultError
from samenplan.vault.profiles import ProfileStore, Session
from samenplan.vault.safesave import FileOps
from tests.vaulthelp import FAST, PASSPHRASE

# the name of a conflict copy, as each program makes it (n: the how-manieth, a time there)
ENGINES = {
    "onedrive": lambda stem, n, suffix: f"{stem}-DESKTOP-1A2B{f'-{n}' if n > 1 else ''}{suffix}",
    "nextcloud": lambda stem, n, suffix: f"{stem} (conflicted copy 2026-12-03 10{n:04d}){suffix}",
    "syncthing": lambda stem, n, suffix: f"{stem}.sync-conflict-20261203-10{n:04d}-ABCDEFG{suffix}",
}
KINDS = {".spd": ct.KIND_DOSSIER, ".spi": ct.KIND_INDEX}


def generation_of(raw: bytes, suffix: str) -> int | None:
    try:
        return devices.stamp(raw, KINDS[suffix]).generation
    except (VaultError, KeyError):
        return None


def _main_file(name: str) -> bool:
    """The index or a dossier file itself (not a backup, a conflict copy or a record)."""
    return name == "index.spi" or re.fullmatch(r"[0-9a-f]{32}\.spd", name) is not None


class Watched(FileOps):
    """The app's file calls: every replace of a dossier or index must raise its generation."""

    def __init__(self, older: list[str]) -> None:
        self.older = older

    def replace(self, source: Path, target: Path) -> None:
        if _main_file(target.name) and target.exists():
            before = generation_of(target.read_bytes(), target.suffix)
            after = generation_of(source.read_bytes(), target.suffix)
            if before is not None and (after is None or after <= before):
                self.older.append(f"app {target.name}: {before} -> {after}")
        super().replace(source, target)


@dataclass
class Engine:
    """A sync program between two data folders (the profile folder inside each)."""

    roots: tuple[Path, Path]
    rng: random.Random
    name: str
    older: list[str]
    base: dict[str, bytes | None] = field(default_factory=dict)  # as last synced
    due: dict[str, int] = field(default_factory=dict)  # path -> tick it is copied at
    tick: int = 0
    conflicts: int = 0

    def _files(self, root: Path) -> dict[str, bytes]:
        found = {}
        for path in root.rglob("*"):
            rel = str(path.relative_to(root))
            if path.is_file() and path.name != ".lock" and not path.name.endswith(".tmp"):
                found[rel] = path.read_bytes()
        return found

    def step(self, settle: bool = False) -> bool:
        """One tick; True when something was pending."""
        self.tick += 1
        a, b = (self._files(root) for root in self.roots)
        pending = False
        for rel in sorted(set(a) | set(b) | set(self.base)):
            left, right, base = a.get(rel), b.get(rel), self.base.get(rel)
            if left == right:
                self.base[rel] = left
                self.due.pop(rel, None)
                continue
            pending = True
            when = self.due.setdefault(rel, self.tick + self.rng.randint(0, 3))
            if when > self.tick and not settle:
                continue  # the sync program has not got to it yet
            self.due.pop(rel, None)
            if right == base:
                self._put(1, rel, left)
            elif left == base:
                self._put(0, rel, right)
            else:  # both changed: one stays, the other becomes a conflict copy on both sides
                keep, other = (left, right) if self.rng.random() < 0.5 else (right, left)
                path = Path(rel)
                self.conflicts += 1
                name = ENGINES[self.name](path.stem, self.conflicts, path.suffix)
                copy = str(path.with_name(name))
                for side in (0, 1):
                    self._write(side, rel, keep, check=False)
                    self._write(side, copy, other, check=False)
                self.base[rel], self.base[copy] = keep, other
        return pending

    def _put(self, side: int, rel: str, data: bytes | None) -> None:
        self._write(side, rel, data, check=True)
        self.base[rel] = data

    def _write(self, side: int, rel: str, data: bytes | None, check: bool) -> None:
        target = self.roots[side] / rel
        if data is None:
            target.unlink(missing_ok=True)
            return
        if check and _main_file(target.name) and target.exists():
            before = generation_of(target.read_bytes(), target.suffix)
            after = generation_of(data, target.suffix)
            if before is not None and after is not None and after < before:
                self.older.append(f"sync {rel}: {before} -> {after}")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)


class Computer:
    """One computer's session, reacting as the app does (services/documents.py)."""

    def __init__(self, session: Session, name: str) -> None:
        self.session = session
        self.name = name
        self.count = 0
        self.open: dict[str, list[str]] = {}  # dossier id -> edits on screen
        self.dirty: set[str] = set()
        self.edits: list[str] = []
        self.kept_both = 0

    def _read(self, dossier_id: str) -> None:
        opened = self.session.dossiers.open(dossier_id)
        assert not opened.rolled_back, f"{self.name}: {dossier_id} taken for a rollback"
        self.open[dossier_id] = json.loads(opened.data)["edits"]
        self.dirty.discard(dossier_id)

    def edit(self, dossier_id: str) -> None:
        if dossier_id not in self.open:
            self._read(dossier_id)
        self.count += 1
        token = f"{self.name}-{self.count}"
        self.open[dossier_id].append(token)
        self.edits.append(token)
        self.dirty.add(dossier_id)

    def save(self, dossier_id: str) -> None:
        if dossier_id not in self.dirty:
            return
        data = json.dumps({"edits": self.open[dossier_id]}).encode()
        try:
            self.session.dossiers.save(dossier_id, dossier_id, data)
            self.dirty.discard(dossier_id)
        except KeptBoth:
            self.kept_both += 1
            self._read(dossier_id)  # theirs on screen; ours is the conflict copy

    def look(self) -> None:
        """The app's check of open dossiers: read again what came in, when nothing waits."""
        for dossier_id in list(self.open):
            if dossier_id not in self.dirty and self.session.dossiers.changed_elsewhere(dossier_id):
                self._read(dossier_id)


def copies_offered(session: Session, dossier_id: str) -> list[list[str]]:
    """The edits in every conflict copy of the dossier (the sync programs' and samenplan's)."""
    file_hex = session.dossiers.file_id(dossier_id).hex()
    found = []
    for path in session.dossiers.folder.iterdir():
        if path.name.startswith(file_hex) and path.name != f"{file_hex}.spd":
            if path.suffix != ".spd" or ".damaged-" in path.name:
                continue
            opened, _ = session.dossiers._open_raw(path.read_bytes(), bytes.fromhex(file_hex))
            found.append(json.loads(opened.data)["edits"])
    return found


@pytest.mark.parametrize("seed", range(6))  # two per sync program
def test_two_computers_lose_no_edit_and_never_go_back(tmp_path, seed):
    rng = random.Random(seed)
    engine_name = sorted(ENGINES)[seed % 3]
    older: list[str] = []
    first = ProfileStore(tmp_path / "a", ops=Watched(older), device="a" * 16)
    first.create("Ava", PASSPHRASE, FAST)
    with first.open("Ava") as profile, profile.unlock(PASSPHRASE) as session:
        for dossier_id in ("samen", "alleen-a", "alleen-b"):
            session.dossiers.create(dossier_id, dossier_id, json.dumps({"edits": []}).encode())
    shutil.copytree(tmp_path / "a", tmp_path / "b")  # the first sync
    second = ProfileStore(tmp_path / "b", ops=Watched(older), device="b" * 16)
    folders = (first.folder(first.find("Ava")), second.folder(second.find("Ava")))
    engine = Engine(folders, rng, engine_name, older)
    engine.step(settle=True)
    computers = [
        Computer(store.open("Ava").unlock(PASSPHRASE), name)
        for store, name in ((first, "a"), (second, "b"))
    ]
    own = {"a": "alleen-a", "b": "alleen-b"}
    for _ in range(40):
        for computer in computers:
            action = rng.random()
            dossier_id = "samen" if rng.random() < 0.6 else own[computer.name]
            if action < 0.5:
                computer.edit(dossier_id)
            elif action < 0.8:
                computer.save(dossier_id)
            else:
                computer.look()
        engine.step()
    for computer in computers:  # both save what is left, then the sync settles
        for dossier_id in list(computer.dirty):
            computer.save(dossier_id)
    while engine.step(settle=True):
        pass
    kept_both = sum(c.kept_both for c in computers)
    engine_copies = [p for p in folders[0].rglob("*") if re.search("conflict|DESKTOP", p.name)]
    for computer in computers:
        session = computer.session
        assert session.dossiers.all()  # the list still opens
        everything: set[str] = set()
        for dossier_id in ("samen", "alleen-a", "alleen-b"):
            opened = session.dossiers.open(dossier_id)
            assert not opened.rolled_back and not opened.read_only, (seed, dossier_id)
            everything |= set(json.loads(opened.data)["edits"])
            for copy in copies_offered(session, dossier_id):
                everything |= set(copy)
        made = {token for c in computers for token in c.edits}
        assert made <= everything, (seed, sorted(made - everything))
        session.close()
    assert not older, older
    print(f"seed {seed} {engine_name}: {kept_both} kept both, {len(engine_copies)} conflict copies")


def test_the_simulation_sees_an_overwrite_by_an_older_generation(tmp_path):
    """The check of the test itself: a sync program that puts an older file back is caught."""
    older: list[str] = []
    store = ProfileStore(tmp_path / "a", ops=Watched(older), device="a" * 16)
    store.create("Ava", PASSPHRASE, FAST)
    with store.open("Ava") as profile, profile.unlock(PASSPHRASE) as session:
        session.dossiers.create("d", "d", json.dumps({"edits": []}).encode())
        path = session.dossiers._path(session.dossiers.file_id("d"))
        old = path.read_bytes()
        session.dossiers.save("d", "d", json.dumps({"edits": ["x"]}).encode())
    engine = Engine((tmp_path / "a", tmp_path / "b"), random.Random(0), "onedrive", older)
    engine._put(0, str(path.relative_to(tmp_path / "a")), old)
    assert older and hashlib.sha256(old).digest()
