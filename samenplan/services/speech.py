"""Reading text aloud with the system's voices, in the app's language.

`Speaker` is what the screens use: whether there is a voice for a language (`can_read`), and
`toggle` (read a text, or stop when it is already reading). The voices come from an `Engine`.
`QtSpeechEngine` uses Qt's text-to-speech (SAPI or WinRT on Windows, AVSpeech on macOS,
speech-dispatcher on Linux) in a thread of its own: starting it can take seconds, because
speech-dispatcher lists every voice it has. Tests give a `Speaker` a fake engine.

PySide6.QtTextToSpeech imports only QtCore (no widgets), so it belongs in this layer.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, QThread, Signal, Slot

if TYPE_CHECKING:  # imported in the engine's thread: it may be missing, and takes time
    from PySide6.QtTextToSpeech import QTextToSpeech

# The voices to try for the app's language, best first; else any voice of that language.
LOCALES = {"nl": ("nl_NL", "nl_BE"), "en": ("en_GB", "en_US", "en_IE", "en_AU")}
# A Qt text-to-speech engine to use ("speechd", "sapi", "mock", ...), or "none": no voices.
ENGINE_ENV = "SAMENPLAN_SPEECH_ENGINE"
TEST_ENGINE = "mock"  # Qt's silent engine for its own tests: never chosen by itself


def pick_locale(lang: str, available: Iterable[str]) -> str | None:
    """The voice locale (e.g. "nl_NL") to read `lang` in, or None when there is none."""
    names = set(available)
    for name in LOCALES.get(lang, ()):
        if name in names:
            return name
    return next((n for n in sorted(names) if n.split("_")[0] == lang), None)


class Engine(QObject):
    """What a `Speaker` needs from a speech engine. `ready` tells once which locales have a
    voice (an empty list: none); `speaking` tells when reading starts and ends."""

    ready = Signal(list)
    speaking = Signal(bool)

    def start(self) -> None:
        raise NotImplementedError

    def speak(self, text: str, locale: str) -> None:
        raise NotImplementedError

    def stop(self) -> None:
        raise NotImplementedError

    def close(self) -> None:
        """Let go of the engine (before the application ends)."""


class Speaker(QObject):
    """Reads a text aloud in a language, or stops; says whether it can."""

    changed = Signal()  # it is known now which languages have a voice
    speaking_changed = Signal(bool)

    def __init__(self, engine: Engine | None) -> None:
        super().__init__()
        self.engine = engine
        self.locales: list[str] | None = None if engine is not None else []
        self.speaking = False
        if engine is not None:
            engine.setParent(self)
            engine.ready.connect(self._ready)
            engine.speaking.connect(self._speaking)
            engine.start()

    def known(self) -> bool:
        """Whether the engine has said which voices there are."""
        return self.locales is not None

    def can_read(self, lang: str) -> bool:
        return pick_locale(lang, self.locales or []) is not None

    def toggle(self, text: str, lang: str) -> bool:
        """Stop when reading; else read `text` in `lang`. True when reading started."""
        if self.engine is None:
            return False
        if self.speaking:
            self.engine.stop()
            self._speaking(False)
            return False
        locale = pick_locale(lang, self.locales or [])
        if locale is None or not text.strip():
            return False
        self._speaking(True)  # now: a second press right away stops it
        self.engine.speak(text, locale)
        return True

    def close(self) -> None:
        if self.engine is not None:
            self.engine.close()

    def _ready(self, locales: list[str]) -> None:
        self.locales = list(locales)
        self.changed.emit()

    def _speaking(self, speaking: bool) -> None:
        if speaking != self.speaking:
            self.speaking = speaking
            self.speaking_changed.emit(speaking)


class _Worker(QObject):
    """Owns the QTextToSpeech, in the engine's thread."""

    ready = Signal(list)
    speaking = Signal(bool)

    def __init__(self, name: str | None) -> None:
        super().__init__()
        self.name = name
        self.tts: QTextToSpeech | None = None

    @Slot()
    def start(self) -> None:
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech
        except ImportError:  # Qt's speech module, or on Linux libpulse0, is not there
            self.ready.emit([])
            return
        found = QTextToSpeech.availableEngines()
        for name in [self.name] if self.name else [n for n in found if n != TEST_ENGINE]:
            tts = QTextToSpeech(name, self)
            locales = tts.availableLocales()
            if tts.state() is not QTextToSpeech.State.Error and locales:
                self.tts = tts
                tts.stateChanged.connect(
                    lambda now: self.speaking.emit(now is QTextToSpeech.State.Speaking)
                )
                self.ready.emit([locale.name() for locale in locales])
                return
            tts.deleteLater()
        self.ready.emit([])

    @Slot(str, str)
    def speak(self, text: str, locale: str) -> None:
        if self.tts is not None:
            self.tts.setLocale(QLocale(locale))
            self.tts.say(text)

    @Slot()
    def stop(self) -> None:
        if self.tts is not None:
            self.tts.stop()


class QtSpeechEngine(Engine):
    """Qt's text-to-speech in a thread of its own; `name` picks an engine (else the first
    one that has voices)."""

    _speak = Signal(str, str)
    _stop = Signal()

    def __init__(self, name: str | None = None) -> None:
        super().__init__()
        self._thread = QThread()
        self._thread.setObjectName("speech")
        self._worker = _Worker(name)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.start)
        self._thread.finished.connect(self._worker.deleteLater)
        self._worker.ready.connect(self.ready)
        self._worker.speaking.connect(self.speaking)
        self._speak.connect(self._worker.speak)
        self._stop.connect(self._worker.stop)

    def start(self) -> None:
        self._thread.start()

    def speak(self, text: str, locale: str) -> None:
        self._speak.emit(text, locale)

    def stop(self) -> None:
        self._stop.emit()

    def close(self) -> None:
        if self._thread.isRunning():
            self._thread.quit()
            self._thread.wait()


def make_speaker() -> Speaker:
    """A speaker on the system's voices, or (SAMENPLAN_SPEECH_ENGINE=none) on none."""
    name = os.environ.get(ENGINE_ENV, "").strip() or None
    return Speaker(None if name == "none" else QtSpeechEngine(name))
