"""The main window: a stack of pages, the menus, lock, language and text size.

The pages before a dossier is open (first run, unlock, the dossier list) are routed by
`ui/profile_screens.py`, those of an open dossier by `ui/dossier_screens.py`.

One page at a time in a stack. Locking (Ctrl+L, after idle, on quit) first closes open
dialogs, then the session stores what is pending and forgets the keys; every page that shows
plan content goes and the unlock page comes back. The language switches live: the current
page is built again in the other language, keeping its place.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QMainWindow, QVBoxLayout, QWidget

from samenplan.services.idle import IdleLock
from samenplan.ui import look, qt_words
from samenplan.ui.announce import announce
from samenplan.ui.dossier_screens import DossierScreens
from samenplan.ui.menus import DossierUndoKeys, Menus
from samenplan.ui.profile_screens import ProfileScreens
from samenplan.ui.strings import t

if TYPE_CHECKING:  # imported where used, after the window first showed (start-up time)
    from PySide6.QtGui import QCloseEvent, QPaintEvent, QShowEvent

    from samenplan.config import Config
    from samenplan.domain.dossier import Dossier
    from samenplan.formkit.model import FormDef
    from samenplan.services.documents import DossierDocument
    from samenplan.services.session import SessionService
    from samenplan.workspace.profiles import Profiles

TEXT_SCALES = (0.8, 0.9, 1.0, 1.15, 1.3, 1.5, 1.75, 2.0)
DEFAULT_SIZE = (1200, 860)  # the first start; later the size and place of last time


class MainWindow(ProfileScreens, DossierScreens, QMainWindow):
    def __init__(
        self,
        forms: Mapping[str, FormDef],
        profiles: Profiles | None,
        config: Config | None,
        lang: str,
        demo_dossier: Callable[[], Dossier],
    ) -> None:
        super().__init__()
        self.setObjectName("main")
        self.forms, self.profiles, self.config, self.lang = forms, profiles, config, lang
        self.demo_dossier = demo_dossier
        self.document: DossierDocument | None = None
        self.page_builder: Callable[[], QWidget] | None = None
        self._resume_section = 0
        self.session_service: SessionService | None = None
        if profiles is not None:
            from samenplan.services.session import SessionService

            self.session_service = SessionService(profiles, lang)
            self.session_service.unlocked.connect(self._unlocked)
            self.session_service.unlock_failed.connect(self._unlock_failed)
        from PySide6.QtWidgets import QStackedWidget

        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self._restore_geometry()
        self._base_font = QApplication.font()
        self.scale = float(config.get("ui/text_scale")) if config else 1.0
        self._apply_scale()
        self.menus = Menus(self)
        # children of the window: they stop watching when the window goes
        minutes = float(config.get("lock/idle_minutes")) if config else 10.0
        self.idle = IdleLock(minutes, QApplication.allWindows, self)
        self.idle.idle.connect(self.lock)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusWindowChanged.connect(self.idle.watch)  # a dialog, say
        self.undo_keys = DossierUndoKeys(self)
        app.installEventFilter(self.undo_keys)  # it goes when the window goes
        self._update_title()

    def show_page(self, builder: Callable[[], QWidget]) -> QWidget:
        """Build a page (again, e.g. after a language switch) and show it. A builder may make
        its page in `self.stack` (no restyling by a move, see `_frame`); one that failed
        leaves nothing behind there."""
        from PySide6.QtCore import Qt

        self.page_builder = builder
        try:
            page = builder()
        except BaseException:
            direct = Qt.FindChildOption.FindDirectChildrenOnly
            for stray in self.stack.findChildren(QWidget, options=direct):
                if self.stack.indexOf(stray) < 0:
                    stray.deleteLater()
            raise
        old = self.stack.currentWidget()
        self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)
        if old is not None:
            self.stack.removeWidget(old)
            old.deleteLater()
        _focus_first(page)
        if not self.menus.keys_ready:
            self.menus.set_shortcuts()
        self.statusBar().clearMessage()
        self._update_title()
        return page

    def rebuild(self) -> None:
        """Build the current page again, at the same section of a form."""
        from samenplan.ui.formview.form import FormView

        current = self.stack.currentWidget()
        form = current.findChild(FormView) if current is not None else None
        if form is not None:
            self._resume_section = form.pages.currentIndex()
        if self.page_builder is not None:
            self.show_page(self.page_builder)

    def start_after_first_paint(self, demo: bool = False) -> None:
        """Show "samenplan wordt geopend…" at once and start once that has been painted: the
        window is there before the forms are read and the first page is built."""
        opening = _Opening(t("opening", self.lang))
        opening.painted.connect(lambda: QTimer.singleShot(0, lambda: self.start(demo)))
        self.stack.addWidget(opening)

    def start(self, demo: bool = False) -> None:
        if demo or self.profiles is None:
            self.open_demo()
        elif self.profiles.all():
            self.show_unlock()
        else:
            self.show_welcome()

    def _status(self, text: str, urgent: bool = False) -> None:
        """Show `text` in the status bar (and a form's save line) and have the screen reader
        say it; `urgent` (an error) interrupts what the reader is saying."""
        from samenplan.ui.formview.form import FormView

        self.statusBar().showMessage(text, 10_000)
        announce(self, text, urgent)
        page = self.stack.currentWidget()
        form = page.findChild(FormView) if page is not None else None
        if form is not None:
            form.set_status(text)

    # ------------------------------------------------------------------ lock, language, size

    def lock(self) -> None:
        """Close open dialogs, store what is pending, forget the keys, show the unlock page."""
        if self.session_service is None or self.session_service.session is None:
            return
        _close_dialogs()
        self.document = None
        self.session_service.lock()
        self.show_unlock()
        self.statusBar().showMessage(t("locked_message", self.lang), 10_000)
        announce(self, t("locked_message", self.lang), urgent=True)

    def set_language(self, lang: str) -> None:
        if lang == self.lang:
            return
        self.lang = lang
        qt_words.use(lang)
        if self.session_service is not None:
            self.session_service.lang = lang
        if self.document is not None:
            self.document.lang = lang
        if self.config:
            self.config.set("ui/language", lang)
        self.menus.build()
        self.rebuild()

    def change_text_size(self, step: int) -> None:
        index = min(range(len(TEXT_SCALES)), key=lambda i: abs(TEXT_SCALES[i] - self.scale))
        self.scale = TEXT_SCALES[max(0, min(len(TEXT_SCALES) - 1, index + step))]
        if self.config:
            self.config.set("ui/text_scale", self.scale)
        self._apply_scale()

    def set_hide_names(self, hide: bool) -> None:
        """Keep client names out of the window title (for sharing a screen) or not."""
        if self.config:
            self.config.set("ui/hide_names", hide)
        self._update_title()

    def _restore_geometry(self) -> None:
        """The size and place of last time; the first time DEFAULT_SIZE, within the screen."""
        from PySide6.QtCore import QByteArray

        saved = self.config.get("ui/window") if self.config else ""
        if saved and self.restoreGeometry(QByteArray.fromBase64(saved.encode("ascii"))):
            return
        screen = QApplication.primaryScreen()
        width, height = DEFAULT_SIZE
        if screen is not None:
            room = screen.availableGeometry()
            width, height = min(width, room.width()), min(height, room.height())
        self.resize(width, height)

    def _save_geometry(self) -> None:
        if self.config:
            self.config.set("ui/window", bytes(self.saveGeometry().toBase64().data()).decode())

    def _apply_scale(self) -> None:
        font = QFont(self._base_font)
        font.setPointSizeF(max(6.0, self._base_font.pointSizeF()) * self.scale)
        QApplication.setFont(font)
        for widget in QApplication.allWidgets():
            widget.setFont(font)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            look.text_size_changed(app)

    def _update_title(self) -> None:
        title = "samenplan"
        if self.document is not None:
            if not (self.config and self.config.get("ui/hide_names")):
                title += f" — {self.document.dossier.title}"
            if self.document.demo:
                title += " — DEMO"
        self.setWindowTitle(title)
        session = self.session_service.session if self.session_service is not None else None
        self.menus.follow(session is not None, session is not None and session.remembered())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.idle.watch()  # the window's own window is made when it is first shown

    def closeEvent(self, event: QCloseEvent) -> None:
        """Store what is pending first; when that fails, ask before what was typed is lost."""
        from samenplan.ui import dialogs

        _close_dialogs()
        service = self.session_service
        unlocked = service is not None and service.session is not None
        if unlocked and service is not None and not service.flush_all():
            title, lang = t("quit", self.lang), self.lang
            if not dialogs.confirm(
                self, lang, title, t("quit_unsaved", lang), t("quit_anyway", lang)
            ):
                event.ignore()
                return
        if unlocked and service is not None:
            service.lock()
        self._save_geometry()
        super().closeEvent(event)


def _close_dialogs() -> None:
    """Cancel every open dialog (as KeePassXC does before it locks): the code that opened it
    goes on as if the person chose 'Annuleren'."""
    from PySide6.QtWidgets import QDialog

    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            widget.done(QDialog.DialogCode.Rejected.value)


class _Opening(QWidget):
    """The window's content until the first page is built; says when it was first painted.
    (Laid out without Qt's alignment flags: touching `Qt` costs 20 ms before the window.)"""

    painted = Signal()

    def __init__(self, text: str) -> None:
        super().__init__()
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(QLabel(text))
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        self._told = False

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._told:
            self._told = True
            self.painted.emit()


def _focus_first(page: QWidget) -> None:
    """Put the keyboard where the page starts: its `first_focus`, a form's first field, or
    the first control that takes focus."""
    from PySide6.QtCore import Qt

    from samenplan.ui.formview.form import FormView

    form = page.findChild(FormView)
    if form is not None:
        form.focus_first()
        return
    target = getattr(page, "first_focus", None)
    if isinstance(target, QWidget):
        target.setFocus()
        return
    for child in page.findChildren(QWidget):
        if child.focusPolicy() & Qt.FocusPolicy.TabFocus and child.isEnabled():
            child.setFocus()
            return
