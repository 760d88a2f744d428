"""Dialogs sized by their text and kept on the screen: a dialog asks for a size in characters
and lines of its own font (so it grows with the text size, Ctrl +), gets at least the height
its wrapped text needs at that width, and never more than the screen's free room; the text
wraps inside. Qt places a shown dialog over its window, within the screen."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

FRAME = 40  # room left for the window's frame and title bar


def room(widget: QWidget) -> QSize:
    """The largest size a window of `widget` can have on its screen."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return QSize(16_777_215, 16_777_215)
    free = screen.availableGeometry().size()
    return QSize(free.width() - FRAME, free.height() - FRAME)


def fit_to_text(dialog: QWidget, columns: int, lines: int = 0) -> None:
    """Size `dialog` for about `columns` characters by `lines` lines of its text (and at least
    the height its layout needs at that width), within the screen."""
    dialog.ensurePolished()  # the style sheet's fonts (headings) before anything is measured
    metrics = dialog.fontMetrics()
    free = room(dialog)
    width = max(metrics.averageCharWidth() * columns, dialog.minimumSizeHint().width())
    width = min(width, free.width())
    layout = dialog.layout()
    need = layout.totalHeightForWidth(width) if layout is not None else 0
    height = max(metrics.lineSpacing() * lines, need, dialog.minimumSizeHint().height())
    dialog.resize(width, min(height, free.height()))
