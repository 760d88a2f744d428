"""Lock after idle: watches the keyboard, mouse and touch input to the app's windows and asks
for a lock after the set number of minutes without any.

It watches the windows, not the whole application: input from the system comes to a window
first, while an app-wide filter is one Python call for every event of every widget (opening a
plan's page makes tens of thousands). The windows are listed again when the caller says so
(another window got the keyboard) and every few seconds (a drop-down list or a menu is a
window of its own).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

INPUT_EVENTS = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}
LOOK_AGAIN_MS = 2_000  # new windows are watched within this time


class IdleLock(QObject):
    """Emits `idle` after `minutes` without keyboard, mouse or touch input to `windows()`."""

    idle = Signal()

    def __init__(
        self,
        minutes: float,
        windows: Callable[[], Iterable[QObject]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.windows = windows
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.idle)
        self.set_minutes(minutes)
        self.look_again = QTimer(self)
        self.look_again.setInterval(LOOK_AGAIN_MS)
        self.look_again.timeout.connect(self.watch)
        self.look_again.start()
        self.watch()

    def set_minutes(self, minutes: float) -> None:
        self.timer.setInterval(max(1, int(minutes * 60_000)))
        self.timer.start()

    def watch(self) -> None:
        """Watch every window there is now (one watched already is watched once still)."""
        for window in self.windows():
            window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS:
            self.timer.start()
        return False
