"""An open dossier with debounced autosave through the vault, off the GUI thread.

`changed()` marks it dirty and (re)starts a short timer; when it fires, the dossier is
written to export-format JSON on the GUI thread (a snapshot) and saved by a worker.
Before it is written, the snapshot is read back with the strict reader: a dossier that
would be refused on the next start is never written. `saved` follows only after the vault
confirmed the save; `save_failed(message)` keeps the dossier dirty, and the text stays on
screen. One save at a time; edits made during a save are saved right after it. In the demo
nothing is ever written.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from samenplan import shipped
from samenplan.domain.dossier import Dossier
from samenplan.domain.export_format import ExportFormatError, dumps, loads
from samenplan.services import tasks
from samenplan.vault.errors import message_of

if TYPE_CHECKING:  # the demo never loads the vault
    from samenplan.vault.profiles import Session

AUTOSAVE_MS = 1500
UNREADABLE = (
    "dit plan klopt van binnen niet en is daarom niet bewaard; wat je typte staat nog hier",
    "this plan is inconsistent inside and was therefore not saved; what you typed is still here",
)


class DossierDocument(QObject):
    saved = Signal(int)
    save_failed = Signal(str)
    dirty_changed = Signal(bool)

    def __init__(self, dossier: Dossier, session: Session | None, lang: str) -> None:
        super().__init__()
        self.dossier = dossier
        self.session = session  # None: the demo, never written
        self.lang = lang
        self.dirty = False
        self._saving = False
        self._again = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(AUTOSAVE_MS)
        self.timer.timeout.connect(self.save_now)

    @property
    def demo(self) -> bool:
        return self.session is None

    def changed(self) -> None:
        if not self.dirty:
            self.dirty = True
            self.dirty_changed.emit(True)
        self.timer.start()

    def save_now(self) -> None:
        self.timer.stop()
        if self.session is None or not self.dirty:
            return
        if self._saving:
            self._again = True
            return
        self._saving = True
        data = dumps(self.dossier).encode("utf-8")
        title, dossier_id, session = self.dossier.title, self.dossier.id, self.session
        self.dirty = False
        forms = shipped.forms()

        def work() -> int:
            loads(data, forms)  # never write what the strict reader would refuse next time
            return session.dossiers.save(dossier_id, title, data)

        tasks.submit(work, self._done, self._failed)

    def _done(self, generation: int) -> None:
        self._saving = False
        if self._again or self.dirty:
            self._again = False
            self.dirty = True
            self.save_now()
            return
        self.dirty_changed.emit(False)
        self.saved.emit(generation)

    def _failed(self, exc: Exception) -> None:
        self._saving = False
        self.dirty = True
        self._again = False
        otherwise = UNREADABLE[self.lang == "en"] if isinstance(exc, ExportFormatError) else None
        self.save_failed.emit(message_of(exc, self.lang, otherwise))

    def flush(self) -> None:
        """Save now and wait for it (before locking or quitting)."""
        self.save_now()
        tasks.wait_all()
