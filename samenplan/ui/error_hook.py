"""What happens when the app meets an error nobody expected: it says so calmly and goes on.

`install()` sets `sys.excepthook` (exceptions in Qt slots, button clicks, worker results
handed back by `services.tasks`, all of which PySide6 passes to it) and
`threading.excepthook` (plain Python threads). Each exception is logged as one event
line, `app.unexpected_error kind=<exception class> step=<module:function>`, where `step`
is the innermost frame of samenplan's own code. The exception's message and traceback
are never logged: they could hold plan content. Then one modal message box says, in one
sentence, that something went wrong and that what the person filled in has been kept.
At most one box is open at a time: a burst of errors shows one box, not fifty. The
event loop goes on.

The box is only ever made on the GUI thread; an error in another thread is logged there
and the box is always posted to the GUI thread through a queued signal. KeyboardInterrupt and
SystemExit go to the hook that was there before. The hook itself never raises: if
anything in it fails, it falls back to logging the exception's kind, or to nothing.
"""

from __future__ import annotations

import contextlib
import logging
import re
import sys
import threading
from collections.abc import Callable
from types import TracebackType
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from samenplan.ui.strings import t

EVENT = "app.unexpected_error"
BOX_NAME = "error_box"
_log = logging.getLogger("samenplan.app")
_UNSAFE = re.compile(r"[^A-Za-z0-9_.:-]+")

ParentSource = QWidget | Callable[[], QWidget | None] | None
LangSource = str | Callable[[], str]


def _kind(exc_type: type[BaseException] | None) -> str:
    name = getattr(exc_type, "__name__", "")
    token = _UNSAFE.sub("", name if isinstance(name, str) else "")[:64]
    return token or "unknown"


def _step(tb: TracebackType | None) -> str | None:
    """`module:function` of the innermost traceback frame in samenplan's own code."""
    found = None
    while tb is not None:
        frame = tb.tb_frame
        module = frame.f_globals.get("__name__", "")
        if isinstance(module, str) and (module == "samenplan" or module.startswith("samenplan.")):
            found = f"{module}:{frame.f_code.co_name}"
        tb = tb.tb_next
    if found is None:
        return None
    token = _UNSAFE.sub("_", found).strip("_")[-64:]
    return token or None


def _log_error(exc_type: type[BaseException] | None, tb: TracebackType | None, where: str) -> None:
    try:
        fields: dict[str, object] = {"kind": _kind(exc_type), "reason": where}
        step = _step(tb)
        if step is not None:
            fields["step"] = step
        _log.error(EVENT, extra={"fields": fields})
    except Exception:
        with contextlib.suppress(Exception):
            _log.error(EVENT, extra={"fields": {"kind": _kind(exc_type)}})


class ErrorHook(QObject):
    """The installed hook: logs each unexpected exception and shows at most one box."""

    _post = Signal()

    def __init__(self, parent_source: ParentSource, lang_source: LangSource) -> None:
        super().__init__()
        self._parent_source = parent_source
        self._lang_source = lang_source
        self._box: QMessageBox | None = None
        self._previous_sys = sys.excepthook
        self._previous_threading = threading.excepthook
        self._pending = False
        # always queued: the box is made on the GUI thread (where this object lives), by the
        # event loop, never inside the failing slot or paint event
        self._post.connect(self._show_box, Qt.ConnectionType.QueuedConnection)
        self.installed = False

    # the hooks ---------------------------------------------------------------------------

    def excepthook(
        self,
        exc_type: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
    ) -> None:
        if issubclass(exc_type, (KeyboardInterrupt, SystemExit)):
            self._previous_sys(exc_type, exc, tb)
            return
        _log_error(exc_type, tb, "slot")
        self._ask_for_box()

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is not None and issubclass(args.exc_type, (KeyboardInterrupt, SystemExit)):
            self._previous_threading(args)
            return
        _log_error(args.exc_type, args.exc_traceback, "thread")
        self._ask_for_box()

    def uninstall(self) -> None:
        """Put back the hooks that were there before `install()`."""
        if self.installed:
            sys.excepthook = self._previous_sys
            threading.excepthook = self._previous_threading
            self.installed = False

    # the box -------------------------------------------------------------------------------

    def _ask_for_box(self) -> None:
        if self._pending:
            return  # a box is already on its way
        self._pending = True
        try:
            self._post.emit()
        except Exception:
            self._pending = False

    @Slot()
    def _show_box(self) -> None:
        self._pending = False
        try:
            if self._box is not None and shiboken6.isValid(self._box) and self._box.isVisible():
                return  # one box at a time
            box = QMessageBox(self._parent())
            self._box = box
            box.setObjectName(BOX_NAME)
            box.setIcon(QMessageBox.Icon.Information)
            box.setWindowTitle("samenplan")
            box.setText(t("unexpected_error", self._lang()))
            box.setStandardButtons(QMessageBox.StandardButton.Ok)
            box.finished.connect(self._box_closed)
            box.open()  # modal, but the event loop goes on
        except Exception:
            self._box = None

    @Slot()
    def _box_closed(self) -> None:
        box, self._box = self._box, None
        if box is not None and shiboken6.isValid(box):
            box.deleteLater()

    def _parent(self) -> QWidget | None:
        modal = QApplication.activeModalWidget()
        if modal is not None:
            return modal
        source = self._parent_source
        try:
            found = source() if callable(source) else source
        except Exception:
            return None
        return found if isinstance(found, QWidget) else None

    def _lang(self) -> str:
        source = self._lang_source
        try:
            lang = source() if callable(source) else source
        except Exception:
            return "nl"
        return lang if isinstance(lang, str) and lang else "nl"


def install(window_or_parent_getter: ParentSource, lang_getter: LangSource) -> ErrorHook:
    """Make unexpected exceptions show a calm box (over the window) and log their kind.

    Call on the GUI thread once the window exists. `window_or_parent_getter` is the widget
    the box belongs to, or a function giving it; `lang_getter` gives the language now.
    """
    hook = ErrorHook(window_or_parent_getter, lang_getter)
    sys.excepthook = _never_raises(hook.excepthook, lambda *a: _log_error(a[0], None, "slot"))
    threading.excepthook = _never_raises(
        hook.thread_excepthook, lambda *a: _log_error(a[0].exc_type, None, "thread")
    )
    hook.installed = True
    return hook


def _never_raises(hook: Callable[..., None], fallback: Callable[..., None]) -> Callable[..., None]:
    def guarded(*args: Any) -> None:
        try:
            hook(*args)
        except BaseException:
            with contextlib.suppress(BaseException):
                fallback(*args)

    return guarded
