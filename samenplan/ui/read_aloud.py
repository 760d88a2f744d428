"""The "Voorlezen" button on every question and help text, and its key (F9).

A button reads its question (then the hint under it) or the help text it sits in; F9 reads
the question that has the keyboard, or the help text that is open. Pressing again while it
reads stops. The buttons show only where the system has a voice for the app's language;
where it has none, the Beeld menu says why in one line, and what to install.

(F9, not Ctrl+Shift+L: that is one missed Shift away from Ctrl+L, which locks the app.)
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QSize
from PySide6.QtGui import QAction, QIcon, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import QApplication, QToolButton, QWidget

from samenplan.resources import resource
from samenplan.services.speech import Speaker, make_speaker
from samenplan.ui.strings import t

KEY = "F9"
ICON_COLOUR = "#2b2622"  # drawn in icons/speaker.svg; the button's text colour replaces it

_current: list[Speaker] = []  # the app's one speaker, once asked for


def speaker() -> Speaker:
    """The app's one speaker, started the first time it is asked for."""
    if not _current:
        use_speaker(make_speaker())
    return _current[0]


def use_speaker(new: Speaker) -> None:
    """Use `new` from now on (tests give one with a fake engine); the old one is closed."""
    for old in _current:
        old.close()
    _current[:] = [new]
    app = QCoreApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(new.close)


def missing_text(lang: str) -> str:
    """Why there is no reading aloud, and what to install."""
    linux = sys.platform.startswith("linux")
    return t("read_aloud_missing_linux" if linux else "read_aloud_missing", lang)


@functools.cache
def speaker_icon(colour: str) -> QIcon:
    """The speaker in `colour`, drawn once per colour (a page has hundreds of buttons, and
    each drew it again at every change of style)."""
    svg = resource("icons/speaker.svg").read_text(encoding="utf-8").replace(ICON_COLOUR, colour)
    pixmap = QPixmap()
    pixmap.loadFromData(svg.encode("utf-8"), "SVG")
    return QIcon(pixmap)


class ReadAloudButton(QToolButton):
    """Reads `text()` aloud in `lang`, or stops; shown only when there is a voice for it."""

    def __init__(self, name: str, label: str, lang: str, text: Callable[[], str]) -> None:
        super().__init__()
        self.lang = lang
        self.text_to_read = text
        self.setObjectName(f"read_button_{name}")
        self.setAccessibleName(t("read_aloud_for", lang, text=label))
        self.setToolTip(t("read_aloud_tip", lang, shortcut=KEY))
        self.setMinimumSize(28, 28)
        self._fit_icon()
        self._tint()
        self.clicked.connect(self.read)
        found = speaker()
        found.changed.connect(self.follow)
        if not found.can_read(lang):
            self.hide()  # before it has a parent too: showing it then would make a window

    def read(self) -> bool:
        return speaker().toggle(self.text_to_read(), self.lang)

    def follow(self) -> None:
        """Show or hide, now that it is known which voices there are."""
        if self.parentWidget() is not None:
            self.setVisible(speaker().can_read(self.lang))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._tint()  # a new look (high contrast): the icon in the text's colour
        elif event.type() == QEvent.Type.FontChange:
            self._fit_icon()  # a new text size (Ctrl +): the icon grows with the words
        super().changeEvent(event)

    def _fit_icon(self) -> None:
        """The speaker as high as a line of the button's text (18 px at the normal size)."""
        side = max(18, self.fontMetrics().height())
        self.setIconSize(QSize(side, side))

    def _tint(self) -> None:
        self.setIcon(speaker_icon(self.palette().buttonText().color().name()))


def read_focused(lang: str, window: QWidget | None = None) -> bool:
    """Read what has the keyboard (in `window`): its question or help text, found up the
    widget tree."""
    widget = QApplication.focusWidget() if window is None else window.focusWidget() or window
    while widget is not None:
        spoken = getattr(widget, "spoken_text", None)
        if callable(spoken):
            return speaker().toggle(str(spoken()), lang)
        widget = widget.parentWidget()
    return False


class ReadAloudAction(QAction):
    """The Beeld menu's "Voorlezen" (F9); where there is no voice for the language, a
    disabled line that says why and what to install."""

    def __init__(self, parent: QWidget, lang: str) -> None:
        super().__init__(parent)
        self.lang = lang
        self.setObjectName("action_read_aloud")
        self.triggered.connect(lambda: read_focused(lang))
        speaker().changed.connect(self.follow)
        self.follow()

    def follow(self) -> None:
        found = speaker()
        can = found.can_read(self.lang)
        self.setText(
            t("read_aloud", self.lang) if can or not found.known() else missing_text(self.lang)
        )
        self.setEnabled(can)


KEYS = [QKeySequence(KEY)]


def add_key(window: QWidget, lang: str) -> QShortcut:
    """F9 in a window of its own (a help window: the main window's keys wait while it is open)."""
    shortcut = QShortcut(QKeySequence(KEY), window)
    shortcut.activated.connect(lambda: read_focused(lang, window))
    return shortcut
