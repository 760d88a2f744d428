"""Tell the screen reader what just happened: saved, an error, locked.

A status-bar message or a red line under a field is seen, not heard: a screen reader reads
what has the keyboard. An announcement (Qt's `QAccessibleAnnouncementEvent`, on Linux the
AT-SPI `object:announcement` event, on Windows UIA's notification, on macOS an
announcement) is read out without moving the keyboard. Polite waits until the reader has
finished its sentence; urgent (errors, locking) interrupts it. Without a screen reader
running Qt drops the event, at no cost.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent


def announce(source: QObject, text: str, urgent: bool = False) -> None:
    """Have the screen reader say `text`, coming from `source` (a widget on screen)."""
    if not text:
        return
    event = QAccessibleAnnouncementEvent(source, text)
    event.setPoliteness(
        QAccessible.AnnouncementPoliteness.Assertive
        if urgent
        else QAccessible.AnnouncementPoliteness.Polite
    )
    QAccessible.updateAccessibility(event)
