"""An open dossier: the one copy that every screen edits, its unsaved state and its history.

There is one `Document` per open dossier. A screen changes `document.dossier` and then calls
`changed()`; the document compares with the last state it knew, records an undo step when
something really changed and counts a revision. A save takes a snapshot (`snapshot()`),
stores it through the `Unlocked` profile off the GUI thread, and reports which revision it
stored (`saved()`); the document is clean when the newest revision is stored. In the demo
(`owner` None) nothing is ever stored.
"""

from __future__ import annotations

import copy
import dataclasses
from typing import NamedTuple

from samenplan.domain.dossier import Dossier
from samenplan.workspace.history import History, Step
from samenplan.workspace.unlocked import Unlocked


class Snapshot(NamedTuple):
    dossier_id: str
    title: str
    data: bytes
    revision: int


class Document:
    def __init__(self, dossier: Dossier, owner: Unlocked | None) -> None:
        self.dossier = dossier
        self.owner = owner
        self.history = History()
        self.revision = 0
        self.saved_revision = 0
        self._known = copy.deepcopy(dossier)

    @property
    def demo(self) -> bool:
        return self.owner is None

    @property
    def dirty(self) -> bool:
        return self.revision != self.saved_revision

    def changed(self, label: str = "", merge: str | None = None) -> bool:
        """Note a change made to `dossier`; False when nothing really changed."""
        if self.dossier == self._known:
            return False
        after = copy.deepcopy(self.dossier)
        self.history.record(label, self._known, after, merge)
        self._known = copy.deepcopy(after)
        self.revision += 1
        return True

    def undo(self) -> Step | None:
        """Take the last change back; the step, or None when there was nothing to undo."""
        self.changed()  # a change not yet noted is a step of its own
        step = self.history.undo()
        if step is not None:
            self._put(step.before)
        return step

    def redo(self) -> Step | None:
        step = self.history.redo()
        if step is not None:
            self._put(step.after)
        return step

    def reload(self, dossier: Dossier) -> None:
        """Show the version another computer stored (ours was kept as a conflict copy):
        in place, stored, with no undo back to ours."""
        self._put(dossier)
        self.saved_revision = self.revision
        self.history = History()

    def _put(self, state: Dossier) -> None:
        """Make `dossier` equal to `state`, in place: screens keep the same dossier object
        (but must be built again, since the people, plans and answers in it are new)."""
        fresh = copy.deepcopy(state)
        for f in dataclasses.fields(Dossier):
            setattr(self.dossier, f.name, getattr(fresh, f.name))
        self._known = copy.deepcopy(state)
        self.revision += 1

    def snapshot(self) -> Snapshot:
        """What a save stores, taken on the thread that edits the dossier."""
        self.changed()
        assert self.owner is not None
        data = self.owner.encode(self.dossier)
        return Snapshot(self.dossier.id, self.dossier.title, data, self.revision)

    def store(self, snapshot: Snapshot) -> int:
        """Store a snapshot (any thread); the vault's generation. Raises Locked after lock."""
        assert self.owner is not None
        return self.owner.save_encoded(snapshot.dossier_id, snapshot.title, snapshot.data)

    def saved(self, snapshot: Snapshot) -> None:
        self.saved_revision = max(self.saved_revision, snapshot.revision)
