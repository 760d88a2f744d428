"""'Voorlezen': every question and help text reads aloud in the app's language (a button, and
F9 for the question that has the keyboard); without a voice for the language the buttons are
hidden and the Beeld menu says why. The engine is a fake that records what it was given,
Qt's own silent "mock" engine, and (where installed) speech-dispatcher with espeak-ng."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton

from samenplan import shipped
from samenplan.formkit.text import tr
from samenplan.services.speech import Engine, QtSpeechEngine, Speaker, pick_locale
from samenplan.ui import read_aloud
from samenplan.ui.formview.form import FormView
from samenplan.ui.main import MainWindow
from samenplan.ui.strings import t

pytestmark = pytest.mark.gui


class FakeEngine(Engine):
    """Records what it is asked to read, in which voice; has voices for `locales`."""

    def __init__(self, locales: list[str]) -> None:
        super().__init__()
        self.locales = locales
        self.said: list[tuple[str, str]] = []
        self.stops = 0

    def start(self) -> None:
        self.ready.emit(self.locales)

    def speak(self, text: str, locale: str) -> None:
        self.said.append((text, locale))
        self.speaking.emit(True)

    def stop(self) -> None:
        self.stops += 1
        self.speaking.emit(False)


@pytest.fixture
def voices():
    """Give the app a fake engine with voices for the given locales; none afterwards."""

    def use(*locales: str) -> FakeEngine:
        engine = FakeEngine(list(locales))
        read_aloud.use_speaker(Speaker(engine))
        return engine

    yield use
    read_aloud.use_speaker(Speaker(None))


def demo_form(qtbot, lang: str) -> tuple[MainWindow, FormView]:
    window = MainWindow(shipped.forms(), None, None, lang, shipped.demo_dossier)
    qtbot.addWidget(window)
    window.start(demo=True)
    window.open_plan("crisiskaart")
    window.show()
    form = window.stack.currentWidget().findChild(FormView)
    assert form is not None
    return window, form


def menu_action(window: MainWindow) -> read_aloud.ReadAloudAction:
    """Beeld's "Voorlezen" (the menus are built again on a language switch)."""
    for menu in window.menuBar().actions():
        for action in menu.menu().actions():
            if isinstance(action, read_aloud.ReadAloudAction):
                return action
    raise AssertionError("no Voorlezen in the menus")


def read_button(parent, item_id: str) -> QToolButton:
    button = parent.findChild(QToolButton, f"read_button_{item_id}")
    assert button is not None
    return button


def test_the_voice_follows_the_language():
    assert pick_locale("nl", ["en_US", "nl_BE", "nl_NL"]) == "nl_NL"
    assert pick_locale("nl", ["en_GB", "nl_BE"]) == "nl_BE"
    assert pick_locale("en", ["en_US", "en_GB", "nl_NL"]) == "en_GB"
    assert pick_locale("en", ["en_ZA", "fi_FI"]) == "en_ZA"
    assert pick_locale("nl", ["en_GB", "fi_FI"]) is None


@pytest.mark.parametrize(("lang", "locale"), [("nl", "nl_NL"), ("en", "en_GB")])
def test_the_button_reads_the_question_and_its_hint_in_the_apps_language(
    qtbot, voices, lang, locale
):
    engine = voices("en_GB", "nl_NL", "de_DE")
    _window, form = demo_form(qtbot, lang)
    item = form.field("roepnaam").item
    button = read_button(form, "roepnaam")
    assert button.isVisible()
    assert button.accessibleName() == t("read_aloud_for", lang, text=tr(item.text, lang))
    assert "F9" in button.toolTip()
    button.click()
    assert engine.said == [(f"{tr(item.text, lang)}\n{tr(item.hint, lang)}", locale)]
    button.click()  # again while it reads: stop
    assert engine.stops == 1
    assert len(engine.said) == 1
    # every question of every section has one, in view
    rows = [row for page in form.section_pages for row in page.field_rows()]
    assert len(rows) > 20
    for row in rows:
        assert not read_button(row, row.item.id).isHidden(), row.item.id


def test_f9_reads_the_question_that_has_the_keyboard(qtbot, voices):
    engine = voices("nl_NL")
    _window, form = demo_form(qtbot, "nl")
    row = form.field("adres")
    row.binder.widget.setFocus()
    qtbot.waitUntil(row.binder.widget.hasFocus)
    qtbot.keyClick(row.binder.widget, Qt.Key.Key_F9)
    assert engine.said == [(f"{tr(row.item.text, 'nl')}\n{tr(row.item.hint, 'nl')}", "nl_NL")]
    qtbot.keyClick(row.binder.widget, Qt.Key.Key_F9)
    assert engine.stops == 1


def test_the_help_text_reads_aloud_with_its_button_and_with_f9(qtbot, voices):
    engine = voices("en_GB", "nl_NL")
    _window, form = demo_form(qtbot, "en")
    row = form.field("roepnaam")
    dialog = row.open_help("en")
    qtbot.waitExposed(dialog)
    item = row.item
    expected = "\n".join(
        [
            tr(item.text, "en"),
            tr(item.guidance, "en"),
            "Examples: " + ". ".join(tr(e, "en") for e in item.examples),
        ]
    )
    button = read_button(dialog, "help_roepnaam")
    assert button.accessibleName() == "Read aloud: What would you like to be called?"
    button.click()
    assert engine.said == [(expected, "en_GB")]
    read_button(dialog, "help_roepnaam").click()  # stop
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_F9)
    assert engine.said[-1] == (expected, "en_GB")
    assert len(engine.said) == 2
    dialog.reject()


def test_without_a_voice_for_the_language_the_buttons_hide_and_the_menu_says_why(qtbot, voices):
    engine = voices("en_GB", "en_US")  # no Dutch voice
    window, form = demo_form(qtbot, "nl")
    buttons = form.findChildren(QToolButton)
    reads = [b for b in buttons if b.objectName().startswith("read_button_")]
    assert len(reads) > 20
    assert all(b.isHidden() for b in reads)
    action = menu_action(window)
    assert not action.isEnabled()
    assert action.text() == read_aloud.missing_text("nl")
    assert "speech-dispatcher en espeak-ng" in action.text()  # on Linux, what to install
    qtbot.keyClick(form.field("roepnaam").binder.widget, Qt.Key.Key_F9)
    assert engine.said == []
    # the same window in English: there is an English voice, so the buttons are there
    window.set_language("en")
    form = window.stack.currentWidget().findChild(FormView)
    assert read_button(form, "roepnaam").isVisible()
    action = menu_action(window)
    assert action.isEnabled() and action.text() == "Read aloud"


def test_buttons_appear_when_the_engine_has_found_its_voices(qtbot, voices):
    """A real engine reports its voices later (from its own thread): hidden until then."""

    class Slow(FakeEngine):
        def start(self) -> None:
            pass  # reports later

    engine = Slow(["nl_NL"])
    read_aloud.use_speaker(Speaker(engine))
    window, form = demo_form(qtbot, "nl")
    button = read_button(form, "roepnaam")
    assert button.isHidden()
    assert menu_action(window).text() == "Voorlezen"  # not "kan niet"
    engine.ready.emit(["nl_NL"])
    assert button.isVisible()


def test_qt_mock_engine_in_its_thread(qtbot):
    """Qt's own silent engine, through the same thread and signals as a real one: it has
    English voices and no Dutch one."""
    speaker = Speaker(QtSpeechEngine("mock"))
    try:
        if not speaker.known():
            with qtbot.waitSignal(speaker.changed, timeout=20_000):
                pass
        if not speaker.locales:
            pytest.skip("Qt's text-to-speech cannot load here (on Linux it needs libpulse0)")
        assert speaker.can_read("en") and not speaker.can_read("nl")
        with qtbot.waitSignal(speaker.speaking_changed, timeout=5_000) as started:
            assert speaker.toggle("Wie kan je helpen?", "en")
        assert started.args == [True]
        with qtbot.waitSignal(speaker.speaking_changed, timeout=20_000) as ended:
            pass  # the mock engine "reads" a word every few milliseconds, then is ready
        assert ended.args == [False]
        assert not speaker.toggle("Wie kan je helpen?", "nl")  # no Dutch voice: nothing
    finally:
        speaker.close()


REAL = shutil.which("speech-dispatcher") and Path("/usr/lib/speech-dispatcher-modules").is_dir()


@pytest.mark.skipif(not REAL, reason="speech-dispatcher with espeak-ng is not installed")
def test_speech_dispatcher_reads_dutch_and_english(qtbot, tmp_path, monkeypatch):
    """The real Linux engine, with its sound going nowhere (libao's null output: CI has no
    sound card), in a speech-dispatcher of the test's own."""
    config = tmp_path / "config" / "speech-dispatcher"
    shutil.copytree("/etc/speech-dispatcher", config)
    conf = config / "speechd.conf"
    conf.write_text(
        conf.read_text(encoding="utf-8") + '\nAudioOutputMethod "libao"\nTimeout 1\n',
        encoding="utf-8",
    )
    (tmp_path / ".libao").write_text("default_driver=null\n", encoding="utf-8")
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    speaker = Speaker(QtSpeechEngine("speechd"))
    try:
        with qtbot.waitSignal(speaker.changed, timeout=120_000):
            pass
        if not speaker.locales:
            pytest.skip("Qt's speech-dispatcher plug-in cannot load here (needs libspeechd2)")
        assert speaker.can_read("nl") and speaker.can_read("en")
        for text, lang in (("Wie kan je helpen?", "nl"), ("Who can help you?", "en")):
            with qtbot.waitSignal(speaker.speaking_changed, timeout=5_000):
                assert speaker.toggle(text, lang)
            with qtbot.waitSignal(speaker.speaking_changed, timeout=60_000) as ended:
                pass  # read to the end (into libao's null output)
            assert ended.args == [False]
    finally:
        speaker.close()
    assert os.listdir(runtime / "speech-dispatcher")  # it was this test's own daemon
