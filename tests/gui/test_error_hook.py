"""An unexpected error in the app: one calm box, one log line without plan content, and the
app goes on. pytest-qt's own exception capture is switched off for these tests (it would
take the place of the hook and fail the test), so the exceptions truly reach the hook."""

from __future__ import annotations

import logging
import logging.handlers
import os
import subprocess
import sys
import textwrap
import threading

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QVBoxLayout, QWidget

from samenplan import log
from samenplan.services import tasks
from samenplan.ui import error_hook
from samenplan.ui.strings import t
from tests.vaulthelp import ROOT

pytestmark = [pytest.mark.gui, pytest.mark.qt_no_exception_capture]

SENTENCE_NL = "Er ging iets mis; wat je hebt ingevuld is bewaard."
SECRET = "secret plan text Noor 06-12345678"


def boxes() -> list[QMessageBox]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QMessageBox) and w.objectName() == "error_box" and w.isVisible()
    ]


def wait_for_box(qtbot) -> QMessageBox:
    qtbot.waitUntil(lambda: len(boxes()) == 1, timeout=5_000)
    [box] = boxes()
    return box


def close(qtbot, box: QMessageBox) -> None:
    box.close()
    qtbot.waitUntil(lambda: not boxes(), timeout=5_000)


@pytest.fixture
def logfile(tmp_path):
    path = log.setup(tmp_path)
    yield path
    root = logging.getLogger("samenplan")
    for handler in list(root.handlers):
        if isinstance(handler, logging.handlers.RotatingFileHandler):
            root.removeHandler(handler)
            handler.close()


def log_text(path) -> str:
    for handler in logging.getLogger("samenplan").handlers:
        handler.flush()
    return path.read_text(encoding="utf-8")


def assert_no_content(text: str) -> None:
    for word in ("Noor", "06-12345678", "secret", "plan text", "Traceback"):
        assert word not in text


class Window(QWidget):
    """A stand-in for the main window: a button whose slot fails, and a language."""

    def __init__(self, lang: str = "nl") -> None:
        super().__init__()
        self.lang = lang
        self.button = QPushButton("Opslaan", self)
        self.button.clicked.connect(self.fail)
        QVBoxLayout(self).addWidget(self.button)

    def fail(self) -> None:
        raise RuntimeError(SECRET)


@pytest.fixture
def window(qtbot):
    window = Window()
    qtbot.addWidget(window)
    window.show()
    hook = error_hook.install(window, lambda: window.lang)
    yield window
    hook.uninstall()
    for box in boxes():
        box.close()


def test_an_exception_in_a_slot_shows_one_calm_sentence_logs_its_kind_and_the_app_goes_on(
    qtbot, window, logfile
):
    qtbot.mouseClick(window.button, Qt.MouseButton.LeftButton)
    box = wait_for_box(qtbot)
    assert box.text() == SENTENCE_NL == t("unexpected_error", "nl")
    assert box.isModal()
    assert box.parent() is window
    assert box.informativeText() == box.detailedText() == ""

    text = log_text(logfile)
    [line] = [line for line in text.splitlines() if "app.unexpected_error" in line]
    assert " error app.unexpected_error " in line
    assert "kind=RuntimeError" in line
    assert "log.redacted" not in text
    assert_no_content(text)

    # the event loop goes on: a timer started now still fires
    fired = []
    QTimer.singleShot(10, lambda: fired.append(True))
    qtbot.waitUntil(lambda: fired == [True], timeout=2_000)

    close(qtbot, box)
    qtbot.mouseClick(window.button, Qt.MouseButton.LeftButton)
    again = wait_for_box(qtbot)
    assert again.text() == SENTENCE_NL
    close(qtbot, again)
    assert log_text(logfile).count("app.unexpected_error") == 2


def test_a_burst_of_errors_shows_one_box(qtbot, window, logfile):
    for _ in range(50):
        window.button.click()
    box = wait_for_box(qtbot)
    for _ in range(5):
        qtbot.wait(20)
        assert boxes() == [box]
    assert log_text(logfile).count("app.unexpected_error kind=RuntimeError") == 50
    # more errors while the box is open: still that one box
    window.button.click()
    qtbot.wait(50)
    assert boxes() == [box]
    close(qtbot, box)


def test_the_log_names_the_innermost_samenplan_function_not_the_message(qtbot, window, logfile):
    def look_up() -> None:
        t("Noor 06-12345678", "nl")  # KeyError raised inside samenplan.ui.strings.t

    button = QPushButton("Zoek", window)
    button.clicked.connect(look_up)
    button.click()
    close(qtbot, wait_for_box(qtbot))
    text = log_text(logfile)
    assert "app.unexpected_error kind=KeyError reason=slot step=samenplan.ui.strings:t" in text
    assert_no_content(text)


def test_an_error_in_a_worker_result_callback_reaches_the_hook(qtbot, window, logfile):
    results: list[object] = []

    def done(result: object) -> None:
        results.append(result)
        raise RuntimeError(SECRET)

    tasks.submit(lambda: 42, done, results.append)
    box = wait_for_box(qtbot)
    assert results == [42]
    assert box.text() == SENTENCE_NL
    close(qtbot, box)

    def work() -> None:
        raise OSError(SECRET)

    def failed(exc: Exception) -> None:
        raise ValueError(SECRET) from exc

    tasks.submit(work, results.append, failed)
    close(qtbot, wait_for_box(qtbot))
    assert tasks.wait_all(5_000)
    text = log_text(logfile)
    assert "kind=RuntimeError" in text
    assert "kind=ValueError" in text
    assert_no_content(text)


def test_an_error_in_another_thread_is_logged_there_and_shown_on_the_gui_thread(
    qtbot, window, logfile
):
    def run() -> None:
        raise RuntimeError(SECRET)

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    box = wait_for_box(qtbot)
    assert box.thread() is QApplication.instance().thread()
    close(qtbot, box)
    text = log_text(logfile)
    assert "app.unexpected_error kind=RuntimeError reason=thread" in text
    assert_no_content(text)


def test_the_box_speaks_the_window_language_at_the_time_of_the_error(qtbot, window):
    window.lang = "en"
    window.button.click()
    box = wait_for_box(qtbot)
    assert box.text() == t("unexpected_error", "en")
    close(qtbot, box)


def test_keyboard_interrupt_and_system_exit_go_to_the_previous_hook(qtbot, monkeypatch):
    seen: list[type[BaseException]] = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, exc, tb: seen.append(kind))
    hook = error_hook.install(None, "nl")
    try:
        sys.excepthook(KeyboardInterrupt, KeyboardInterrupt(), None)
        sys.excepthook(SystemExit, SystemExit(1), None)
        qtbot.wait(50)
        assert seen == [KeyboardInterrupt, SystemExit]
        assert boxes() == []
    finally:
        hook.uninstall()


def test_the_hook_never_raises_even_when_everything_around_it_fails(qtbot, monkeypatch, logfile):
    def broken() -> str:
        raise RuntimeError("no language")

    def no_window() -> QWidget:
        raise RuntimeError("no window")

    hook = error_hook.install(no_window, broken)
    try:
        try:
            raise RuntimeError(SECRET)
        except RuntimeError as exc:
            sys.excepthook(type(exc), exc, exc.__traceback__)
        box = wait_for_box(qtbot)
        assert box.text() == SENTENCE_NL  # the language falls back to Dutch
        close(qtbot, box)

        def failing_log(*args: object, **kwargs: object) -> None:
            raise OSError("disk full")

        monkeypatch.setattr(error_hook._log, "error", failing_log)
        sys.excepthook(RuntimeError, RuntimeError(SECRET), None)  # does not raise
        close(qtbot, wait_for_box(qtbot))
    finally:
        hook.uninstall()
    assert_no_content(log_text(logfile))


def test_uninstall_puts_back_the_hooks_that_were_there(qtbot):
    before = sys.excepthook, threading.excepthook
    hook = error_hook.install(None, "nl")
    assert (sys.excepthook, threading.excepthook) != before
    hook.uninstall()
    assert (sys.excepthook, threading.excepthook) == before


def test_the_installed_app_shows_the_box_and_goes_on(tmp_path):
    """`samenplan` itself (run_app installs the hook), in a child process."""
    script = textwrap.dedent(
        """
        import sys
        sys.path.insert(0, {root!r})
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication, QMessageBox
        app = QApplication(sys.argv[:1])

        def fail():
            raise RuntimeError({secret!r})

        def check():
            [window] = [w for w in app.topLevelWidgets() if w.objectName() == "main"]
            found = [w for w in app.topLevelWidgets()
                     if isinstance(w, QMessageBox) and w.objectName() == "error_box"
                     and w.isVisible()]
            print("BOXES", len(found), found[0].text() if found else "", window.isVisible())
            for box in found:
                box.close()
            QTimer.singleShot(100, finish)

        def finish():
            print("STILL RUNNING")
            for w in app.topLevelWidgets():
                w.close()
            app.quit()

        QTimer.singleShot(2500, fail)
        QTimer.singleShot(2600, fail)
        QTimer.singleShot(3500, check)
        from samenplan.cli import run
        sys.exit(run(["--data-dir", sys.argv[1]]))
        """
    ).format(root=str(ROOT), secret=SECRET)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}  # fmt: skip
    done = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path)], capture_output=True, text=True,
        timeout=60, env=env, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-500:]
    assert f"BOXES 1 {SENTENCE_NL} True" in done.stdout
    assert "STILL RUNNING" in done.stdout
    assert SECRET not in done.stderr  # the traceback is not printed either
    text = (tmp_path / "logs" / "samenplan.log").read_text(encoding="utf-8")
    assert text.count("app.unexpected_error kind=RuntimeError") == 2
    assert_no_content(text)
