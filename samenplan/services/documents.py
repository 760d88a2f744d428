"""An open dossier on the GUI thread: autosave a moment after each change, off the GUI thread.

Wraps the workspace's `Document` (the dossier, its revisions and its undo history).
`changed()` notes the change and (re)starts a short timer; when it fires, a snapshot is taken
on the GUI thread and stored by a worker. `saved` follows only after the vault confirmed the
save; `save_failed(message)` keeps the dossier dirty and the text on screen. One save at a
time; edits made during a save are saved right after it. `flush()` waits for a running save
and stores what is left before it returns (before rename, delete, lock and quit). After
`close()` nothing is saved any more. In the demo nothing is ever written.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from samenplan.domain.dossier import Dossier
from samenplan.services import tasks
from samenplan.words import say
from samenplan.workspace.documents import Document, Snapshot
from samenplan.workspace.errors import ExportFormatError, KeptBoth, VaultError, describe
from samenplan.workspace.history import Step
from samenplan.workspace.unlocked import Unlocked

AUTOSAVE_MS = 1500


class DossierDocument(QObject):
    saved = Signal(int)
    save_failed = Signal(str)
    dirty_changed = Signal(bool)
    restored = Signal(str)  # undo or redo put back another state; the step's merge key or ""
    reloaded = Signal()  # another computer's version came in and is shown now

    def __init__(self, dossier: Dossier, owner: Unlocked | None, lang: str) -> None:
        super().__init__()
        self.core = Document(dossier, owner)
        self.lang = lang
        self.closed = False
        self.wired = False  # the window listens to its signals
        # for a recovered or rolled-back copy: its sentence in a language; None otherwise
        self.notice: Callable[[str], str] | None = None
        self._running: threading.Event | None = None  # set when the running save ends
        self._again = False
        self._waiters: list[Callable[[bool], None]] = []  # told once everything is stored
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(AUTOSAVE_MS)
        self.timer.timeout.connect(self.save_now)

    @property
    def dossier(self) -> Dossier:
        return self.core.dossier

    @property
    def demo(self) -> bool:
        return self.core.demo

    @property
    def dirty(self) -> bool:
        return self.core.dirty

    def changed(self, label: str = "", merge: str | None = None) -> None:
        """Note a change made to `dossier` (one undo step; `merge`: typing in one field)."""
        if self.closed:
            return
        was_dirty = self.dirty
        self.core.changed(label, merge)
        if self.dirty and not was_dirty:
            self.dirty_changed.emit(True)
        if self.dirty:
            self.timer.start()

    def seal(self) -> None:
        """The next change is an undo step of its own (a page was opened again)."""
        self.core.history.seal()

    def undo(self) -> bool:
        """Take the last change back; False when there was nothing to take back."""
        return not self.closed and self._put_back(self.core.undo())

    def redo(self) -> bool:
        return not self.closed and self._put_back(self.core.redo())

    def _put_back(self, step: Step | None) -> bool:
        if step is None:
            return False
        self.dirty_changed.emit(True)
        self.timer.start()
        self.restored.emit(step.merge or "")
        return True

    # -------------------------------------------------------------- saving

    def when_stored(self, then: Callable[[bool], None]) -> None:
        """Save now, off the GUI thread; `then(True)` once everything is stored, `then(False)`
        when the save failed (its message went out through `save_failed`)."""
        if self.demo or self.closed or (not self.dirty and self._running is None):
            then(not self.dirty or self.demo)
            return
        self._waiters.append(then)
        self.save_now()

    def _tell(self, stored: bool) -> None:
        waiters, self._waiters = self._waiters, []
        for then in waiters:
            then(stored)

    def save_now(self) -> None:
        self.timer.stop()
        if self.demo or self.closed or not self.dirty:
            return
        if self._running is not None:
            self._again = True
            return
        snapshot = self.core.snapshot()
        running = self._running = threading.Event()
        core = self.core

        def work() -> int:
            try:
                return core.store(snapshot)
            finally:
                running.set()

        tasks.submit(work, lambda g: self._done(snapshot, running, g), self._failed_for(running))

    def _done(self, snapshot: Snapshot, running: threading.Event, generation: int) -> None:
        self.core.saved(snapshot)
        if self._running is running:
            self._running = None
        if self.closed:
            self._tell(not self.dirty)
            return
        if self._again or self.dirty:
            self._again = False
            self.save_now()
            return
        self.dirty_changed.emit(False)
        self.saved.emit(generation)
        self._tell(True)

    def _failed_for(self, running: threading.Event) -> Callable[[Exception], None]:
        def failed(exc: Exception) -> None:
            if self._running is running:
                self._running = None
            self._again = False
            if not self.closed:
                if isinstance(exc, KeptBoth):
                    self._take_theirs()
                self._say_failed(exc)
            self._tell(False)

        return failed

    def _take_theirs(self) -> bool:
        """Another computer's version is on disk (and after KeptBoth ours was kept next to
        it): show theirs; the person chooses between the two later (Bestand). False when it
        could not be read (what is on screen stays)."""
        owner = self.core.owner
        if owner is None:
            return False
        try:
            self.core.reload(owner.read(self.dossier.id).dossier)
        except Exception:  # ours is kept; the message after KeptBoth still says so
            return False
        self.dirty_changed.emit(False)
        self.restored.emit("")
        return True

    def reload_if_changed(self) -> bool:
        """Before editing on: when another computer's version came in and nothing here
        waits to be saved, show that version. True when it did."""
        owner = self.core.owner
        if owner is None or self.closed or self.dirty or self._running is not None:
            return False
        try:
            if not owner.changed_elsewhere(self.dossier.id):
                return False
        except VaultError:  # locked meanwhile, or the folder cannot be read now
            return False
        if not self._take_theirs():
            return False
        self.reloaded.emit()
        return True

    def _say_failed(self, exc: Exception) -> None:
        if isinstance(exc, ExportFormatError):  # where it is inconsistent says nothing here
            self.save_failed.emit(say("document.unreadable", self.lang))
        else:
            self.save_failed.emit(describe(exc, self.lang))

    def flush(self) -> bool:
        """Wait for a running save, then store what is not stored yet, here and now.
        True when everything is stored (always in the demo)."""
        self.timer.stop()
        running = self._running
        if running is not None:
            running.wait()
        if self.demo or self.closed or not self.dirty:
            return True
        snapshot = self.core.snapshot()
        try:
            generation = self.core.store(snapshot)
        except Exception as exc:  # worded for the person; the text stays on screen
            self._say_failed(exc)
            return False
        self.core.saved(snapshot)
        self.dirty_changed.emit(False)
        self.saved.emit(generation)
        self._tell(True)
        return True

    def close(self) -> threading.Event | None:
        """Save nothing more (after flush, on lock, or when the dossier was deleted); the
        event of a save still running, to wait for."""
        self.timer.stop()
        self.closed = True
        return self._running
