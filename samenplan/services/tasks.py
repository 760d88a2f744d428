"""Run slow work (key derivation, saving) off the GUI thread; results come back on it.

`submit(fn, done, failed)` runs `fn` in Qt's thread pool; `done(result)` or
`failed(exception)` is then called in the thread that submitted it (the GUI thread), through
a queued signal. No worker ever touches a widget.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


class Task(QRunnable):
    def __init__(self, fn: Callable[[], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.fn = fn
        self.relay = _Relay()

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as exc:  # handed to `failed` on the GUI thread
            self.relay.failed.emit(exc)
        else:
            self.relay.done.emit(result)


_running: set[Task] = set()


def submit(
    fn: Callable[[], Any],
    done: Callable[[Any], None],
    failed: Callable[[Exception], None],
) -> Task:
    task = Task(fn)

    def finish_ok(result: Any) -> None:
        _running.discard(task)
        done(result)

    def finish_error(exc: Exception) -> None:
        _running.discard(task)
        failed(exc)

    task.relay.done.connect(finish_ok)
    task.relay.failed.connect(finish_error)
    _running.add(task)
    QThreadPool.globalInstance().start(task)
    return task


def wait_all(timeout_ms: int = 30_000) -> bool:
    """Block until every submitted task has finished (used when locking and quitting)."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
