"""The whole app in-process: first run, unlock, dossiers, a plan with autosave, lock, language."""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import subprocess
import sys
import textwrap

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from samenplan import shipped
from samenplan.config import Config
from samenplan.ui import dialogs
from samenplan.ui.dossiers import DossierListPage
from samenplan.ui.formview.form import FormView
from samenplan.ui.home import DossierHome
from samenplan.ui.main import MainWindow
from samenplan.ui.unlock import UnlockPage
from samenplan.ui.welcome import RecoveryCodePage, WelcomePage
from samenplan.vault.profiles import ProfileStore
from samenplan.workspace.profiles import Profiles
from samenplan.workspace.unlocked import Unlocked
from tests.vaulthelp import FAST, PASSPHRASE, ROOT, make_profile, stored_bytes

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch):
    """Real Argon2id, at the cheapest settings the reader accepts."""
    monkeypatch.setattr("samenplan.vault.profiles.calibrate", lambda: FAST)
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")


@pytest.fixture
def answers():
    """Answers for dialogs.confirm / ask_text / PersonDialog.ask, in order."""
    queue: list[object] = []
    dialogs.answer_hook = lambda kind, text: queue.pop(0)
    yield queue
    dialogs.answer_hook = None


def make_client_profile(tmp_path):
    """A profile 'Ava' with one real dossier (export format), as the app stores it."""
    from samenplan.domain.dossier import Dossier, default_review_by
    from samenplan.domain.export_format import dumps

    store, code = make_profile(tmp_path, dossiers=0)
    with store.open("Ava") as profile, profile.unlock(PASSPHRASE) as session:
        day = shipped.demo_dossier().created
        dossier = Dossier("c1", "Dossier 0", day, day, default_review_by(day))
        session.dossiers.create("c1", "Dossier 0", dumps(dossier).encode())
    return store, code


def make_window(qtbot, tmp_path, lang="nl"):
    window = MainWindow(
        shipped.forms(),
        Profiles(ProfileStore(tmp_path)),
        Config(tmp_path),
        lang,
        shipped.demo_dossier,
    )
    qtbot.addWidget(window)
    window.show()
    return window


def current(window):
    return window.stack.currentWidget()


def unlock(qtbot, window, passphrase=PASSPHRASE):
    page = current(window)
    assert isinstance(page, UnlockPage)
    page.passphrase.setText(passphrase)
    page.open.click()
    qtbot.waitUntil(
        lambda: not isinstance(current(window), UnlockPage) or bool(page.error.text()),
        timeout=10_000,
    )


def test_first_run_to_a_saved_plan(qtbot, tmp_path, answers):
    window = make_window(qtbot, tmp_path)
    window.start()
    page = current(window)
    assert isinstance(page, WelcomePage)
    page.name.setText("Noor")
    page.passphrase.setText("kort")
    page.create_button.click()
    assert "te kort" in page.error.text()
    page.passphrase.setText(PASSPHRASE)
    page.again.setText(PASSPHRASE + "x")
    page.create_button.click()
    assert "niet gelijk" in page.error.text()
    page.again.setText(PASSPHRASE)
    assert page.meter.accessibleName().startswith("Sterkte van je wachtwoord")
    page.create_button.click()
    qtbot.waitUntil(lambda: isinstance(current(window), RecoveryCodePage), timeout=10_000)
    recovery = current(window)
    assert len(recovery.code.text()) == 39
    assert not recovery.next.isEnabled()
    recovery.written.click()
    recovery.typed.setText(recovery.code.text())  # typed back from paper
    recovery.next.click()
    qtbot.waitUntil(lambda: isinstance(current(window), DossierListPage), timeout=10_000)

    answers.append("Noor Bakker")
    current(window).buttons["dossier_new"].click()  # stored off the GUI thread, then opened
    qtbot.waitUntil(lambda: current(window).findChild(DossierHome) is not None, timeout=10_000)
    home = current(window).findChild(DossierHome)
    home.findChild(QPushButton, "open_crisiskaart").click()
    form = current(window).findChild(FormView)
    assert form is not None
    name = form.field("naam").binder.widget
    assert name.text() == "Noor Bakker"  # 'Je naam' is filled in from the new dossier
    name.clear()
    qtbot.keyClicks(name, "Noor Bakker")
    with qtbot.waitSignal(window.document.saved, timeout=10_000):
        pass
    qtbot.waitUntil(lambda: form.status.text() == "Opgeslagen", timeout=5_000)
    session = window.session_service.session
    [info] = session.dossiers()
    dossier = session.read(info.id).dossier
    assert dossier.document("crisiskaart").answers.get("naam") == "Noor Bakker"
    settings = (tmp_path / "settings.ini").read_text()
    assert "Noor" not in settings


def test_unlock_error_is_inline_and_the_window_keeps_working(qtbot, tmp_path):
    make_client_profile(tmp_path)
    window = make_window(qtbot, tmp_path)
    window.start()
    unlock(qtbot, window, "niet goed")
    page = current(window)
    assert isinstance(page, UnlockPage)
    assert page.error.text().startswith("Dat wachtwoord klopt niet")
    assert page.open.isEnabled()
    unlock(qtbot, window)
    assert isinstance(current(window).findChild(DossierHome), DossierHome)  # one dossier: opened


def test_idle_lock_hides_all_plan_content(qtbot, tmp_path):
    make_client_profile(tmp_path)
    window = make_window(qtbot, tmp_path)
    window.start()
    unlock(qtbot, window)
    window.show_people()
    assert window.findChildren(QLabel)
    window.idle.set_minutes(0.002)  # about 0.1 s
    qtbot.waitUntil(lambda: isinstance(current(window), UnlockPage), timeout=5_000)
    QApplication.processEvents()
    assert window.session_service.session is None
    assert window.document is None
    texts = " ".join(w.text() for w in window.findChildren(QLabel) if w.isVisible())
    assert "Dossier 0" not in texts and "Ava" in current(window).profiles.currentText()


def test_ctrl_l_locks(qtbot, tmp_path):
    make_client_profile(tmp_path)
    window = make_window(qtbot, tmp_path)
    window.start()
    unlock(qtbot, window)
    [action] = [a for a in window.actions() if a.objectName() == "action_lock"]
    action.trigger()
    assert isinstance(current(window), UnlockPage)
    assert window.session_service.session is None


def test_deleting_the_profile_asks_for_its_name_then_removes_everything(qtbot, tmp_path, answers):
    make_client_profile(tmp_path)
    window = make_window(qtbot, tmp_path)
    window.start()
    action = window.menus.delete_profile
    assert not action.isEnabled()  # only for an opened profile
    unlock(qtbot, window)
    assert action.isEnabled()
    [profile] = ProfileStore(tmp_path).all()
    folder = ProfileStore(tmp_path).folder(profile)
    assert folder.is_dir()
    answers.extend(["ava", "inform"])  # wrong name: nothing happens
    action.trigger()
    assert folder.exists() and window.session_service.session is not None
    assert Config(tmp_path).get("profiles/last") == profile.id
    answers.append("Ava")
    action.trigger()  # removed off the GUI thread
    qtbot.waitUntil(lambda: isinstance(current(window), WelcomePage), timeout=10_000)
    assert ProfileStore(tmp_path).all() == []
    assert not folder.exists()
    assert Config(tmp_path).get("profiles/last") == ""
    assert isinstance(current(window), WelcomePage)
    assert window.statusBar().currentMessage() == "Het profiel 'Ava' is verwijderd."
    assert not action.isEnabled()


def test_the_window_shows_before_the_demo_is_built(qtbot):
    window = MainWindow(shipped.FormsOnFirstUse(), None, None, "nl", shipped.demo_dossier)
    qtbot.addWidget(window)
    window.start_after_first_paint(demo=True)
    opening = current(window)
    assert [label.text() for label in opening.findChildren(QLabel)] == ["samenplan wordt geopend…"]
    window.show()
    qtbot.waitUntil(lambda: current(window).findChild(DossierHome) is not None, timeout=5_000)
    assert window.windowTitle().endswith("DEMO")


def test_shortcuts_work_once_a_page_is_shown_also_after_a_language_switch(qtbot, tmp_path):
    make_client_profile(tmp_path)
    window = make_window(qtbot, tmp_path)
    window.start()
    window.set_language("en")
    window.set_language("nl")
    unlock(qtbot, window)
    locks = [a for a in window.actions() if a.shortcut().toString() == "Ctrl+L"]
    assert [a.objectName() for a in locks] == ["action_lock"]  # one: not ambiguous
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(current(window), UnlockPage), timeout=5_000)
    assert window.session_service.session is None


def test_language_switch_changes_visible_texts(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path)
    window.open_demo()
    window.open_plan("crisiskaart", section=2)
    form = current(window).findChild(FormView)
    assert form.next.text() == "Volgende"
    window.set_language("en")
    form = current(window).findChild(FormView)
    assert form.next.text() == "Next"
    assert form.pages.currentIndex() == 2  # same place
    assert form.steps.item(0).text().endswith("About me")
    assert window.menuBar().actions()[0].text() == "&File"
    assert Config(tmp_path).get("ui/language") == "en"


def test_demo_writes_nothing(qtbot, tmp_path):
    window = MainWindow(shipped.forms(), None, None, "nl", shipped.demo_dossier)
    qtbot.addWidget(window)
    window.start(demo=True)
    assert window.windowTitle().endswith("DEMO")
    window.open_plan("crisiskaart")
    form = current(window).findChild(FormView)
    qtbot.keyClicks(form.field("roepnaam").binder.widget, "x")
    window.document.flush()
    assert list(tmp_path.iterdir()) == []
    window.show_home()
    changed = current(window).findChild(QLabel, "changed_crisiskaart")
    assert changed.text() == f"Laatst gewijzigd op {dt.date.today():%d-%m-%Y}"
    assert current(window).findChild(QLabel, "changed_wrap").text().endswith("02-10-2026")


def test_text_size_reflows(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path)
    window.open_demo()
    before = QApplication.font().pointSizeF()
    window.change_text_size(2)
    assert QApplication.font().pointSizeF() > before * 1.2
    window.change_text_size(-2)
    assert QApplication.font().pointSizeF() == pytest.approx(before)


CHILD = textwrap.dedent(
    """
    import os, signal, sys
    sys.path.insert(0, {root!r})
    from pathlib import Path
    from PySide6.QtWidgets import QApplication
    import samenplan.vault.profiles as profiles
    from samenplan import shipped
    from samenplan.config import Config
    from samenplan.ui.formview.form import FormView
    from samenplan.ui.main import MainWindow
    from samenplan.vault.profiles import ProfileStore
    from samenplan.workspace.profiles import Profiles

    data = Path(sys.argv[1])
    app = QApplication([])
    window = MainWindow(shipped.forms(), Profiles(ProfileStore(data)), Config(data), "nl", shipped.demo_dossier)
    window.show()
    window.start()
    page = window.stack.currentWidget()

    def unlocked():
        window.open_plan("crisiskaart")
        form = window.stack.currentWidget().findChild(FormView)
        form.field("naam").binder.widget.setText("Getypt voor de crash")
        window.document.saved.connect(lambda generation: os.kill(os.getpid(), signal.SIGKILL))

    window.session_service.unlocked.connect(unlocked)
    page.passphrase.setText({passphrase!r})
    page.open.click()
    app.exec()
    """
)


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_autosave_survives_kill_9(tmp_path):
    store, _ = make_client_profile(tmp_path)
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
    }
    result = subprocess.run(
        [sys.executable, "-c", CHILD.format(root=str(ROOT), passphrase=PASSPHRASE), str(tmp_path)],
        capture_output=True, text=True, timeout=60, env=env, check=False,
    )  # fmt: skip
    assert result.returncode == -signal.SIGKILL, result.stderr
    with store.open("Ava") as profile, Unlocked(profile.unlock(PASSPHRASE)) as session:
        dossier = session.read("c1").dossier
    assert dossier.document("crisiskaart").answers.get("naam") == "Getypt voor de crash"
    assert json.dumps(result.stdout).count("Getypt") == 0


def test_every_control_on_every_app_page_has_a_name(qtbot, tmp_path, answers):
    from tests.gui.test_formview import unnamed_controls

    make_client_profile(tmp_path)
    window = make_window(qtbot, tmp_path)
    window.resize(1000, 800)
    pages = {}
    window.show_welcome()
    pages["welcome"] = unnamed_controls(window)
    window.start()
    pages["unlock"] = unnamed_controls(window)
    unlock(qtbot, window)
    pages["home"] = unnamed_controls(window)
    window.show_people()
    pages["people"] = unnamed_controls(window)
    window.show_dossiers()
    pages["dossiers"] = unnamed_controls(window)
    window.open_demo()
    pages["demo_home"] = unnamed_controls(window)  # every plan with its review controls
    window.show_card("crisis")
    pages["card"] = unnamed_controls(window)
    window.show_versions("wrap")
    pages["versions"] = unnamed_controls(window)
    window.show_post_crisis()
    pages["post_crisis"] = unnamed_controls(window)
    window._after_recovery_code = lambda: None
    window.show_page(lambda: window._recovery_page("ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567"))
    pages["recovery"] = unnamed_controls(window)
    assert pages == {name: [] for name in pages}


CANARY_CHILD = textwrap.dedent(
    """
    import sys
    sys.path.insert(0, {root!r})
    from pathlib import Path
    from PySide6.QtWidgets import QApplication
    from samenplan import log, shipped
    from samenplan.config import Config
    from samenplan.ui import dialogs
    from samenplan.ui.formview.form import FormView
    from samenplan.ui.main import MainWindow
    from samenplan.vault.profiles import ProfileStore
    from samenplan.workspace.profiles import Profiles
    import samenplan.vault.profiles as profiles
    from tests.vaulthelp import FAST
    profiles.calibrate = lambda: FAST

    data = Path(sys.argv[1])
    log.setup(data)
    app = QApplication([])
    queue = ["CANARYDOSSIERNAME", {{"name": "CANARYPERSON", "relation": "CANARYREL", "phone": "CANARYPHONE",
             "email": "", "organisation": "", "availability": ""}}]
    dialogs.answer_hook = lambda kind, text: queue.pop(0)
    window = MainWindow(shipped.forms(), Profiles(ProfileStore(data)), Config(data), "nl", shipped.demo_dossier)
    window.show()
    window.start()
    page = window.stack.currentWidget()
    page.name.setText("Profielnaam")
    page.passphrase.setText("een lang wachtwoord")
    page.again.setText("een lang wachtwoord")

    def recovery_shown():
        recovery = window.stack.currentWidget()
        recovery.written.click()
        recovery.typed.setText(recovery.code.text())
        recovery.next.click()

    def unlocked():
        window.stack.currentWidget().buttons["dossier_new"].click()
        QTimer.singleShot(500, fill_in)  # the new dossier is stored off the GUI thread

    def fill_in():
        window.open_plan("crisiskaart")
        form = window.stack.currentWidget().findChild(FormView)
        form.field("naam").binder.widget.setText("CANARYNAAM")
        form.field("roepnaam").binder.widget.setText("CANARYROEP")
        form.go_to(1)
        form.field("crisis_beschrijving").binder.widget.setPlainText("CANARYCRISIS")
        window.show_people()
        from samenplan.ui.people import PeoplePage
        window.stack.currentWidget().findChild(PeoplePage).add()
        window.lock()  # stores what is pending, then forgets the keys
        app.quit()

    window.session_service.unlocked.connect(unlocked)
    from PySide6.QtCore import QTimer
    page.create_button.click()
    timer = QTimer()
    timer.timeout.connect(lambda: recovery_shown() if type(window.stack.currentWidget()).__name__ == "RecoveryCodePage" else None)
    timer.start(50)
    app.exec()
    print("done")
    """
)


def test_gui_canary_leaves_no_plan_text_outside_the_vault(tmp_path):
    data, tmp = tmp_path / "data", tmp_path / "tmp"
    data.mkdir()
    tmp.mkdir()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(tmp),
           "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}  # fmt: skip
    result = subprocess.run(
        [sys.executable, "-c", CANARY_CHILD.format(root=str(ROOT)), str(data)],
        capture_output=True, text=True, timeout=120, env=env, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "done" in result.stdout
    assert list(data.rglob("*.spd")), "the dossier was saved"
    hits = []
    for folder in (data, tmp):
        for path in folder.rglob("*"):
            if path.is_file() and b"CANARY" in path.read_bytes():
                hits.append(str(path))
    assert hits == []
    assert (data / "settings.ini").exists()
    assert list(data.rglob("samenplan.log"))
    assert "CANARY" not in result.stdout + result.stderr
    # ... while the markers did go through the flows into the encrypted dossier
    store = ProfileStore(data)
    with (
        store.open("Profielnaam") as profile,
        Unlocked(profile.unlock("een lang wachtwoord")) as session,
    ):
        [info] = session.dossiers()
        stored = stored_bytes(session, info.id)
    for marker in (
        b"CANARYNAAM",
        b"CANARYROEP",
        b"CANARYCRISIS",
        b"CANARYPERSON",
        b"CANARYDOSSIERNAME",
    ):
        assert marker in stored


def test_a_dossier_the_reader_would_refuse_is_never_written(qtbot, tmp_path):
    from samenplan.domain.dossier import Document
    from samenplan.formkit.answers import Answers, Node

    make_client_profile(tmp_path)
    window = make_window(qtbot, tmp_path)
    window.start()
    unlock(qtbot, window)
    document = window.document
    session = window.session_service.session
    before = stored_bytes(session, "c1")
    plan = Document("crisiskaart", 1, Answers([Node("hulpverleners", None, [
        Node("huisarts", "p-niemand")])]))  # fmt: skip
    document.dossier.documents.append(plan)  # a person who is not in the registry
    with qtbot.waitSignal(document.save_failed, timeout=10_000) as failed:
        document.changed()
        document.save_now()
    assert failed.args[0].startswith("dit plan klopt van binnen niet en is daarom niet bewaard")
    assert document.dirty
    assert stored_bytes(session, "c1") == before  # nothing written
    document.dossier.documents.remove(plan)  # so that closing the window can store it
    document.changed()


def test_the_installed_start_shows_the_first_run_page_after_its_first_paint(tmp_path):
    """`samenplan` itself (run_app, not the window alone), in a child process."""
    script = textwrap.dedent(
        """
        import sys
        sys.path.insert(0, {root!r})
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication
        app = QApplication(sys.argv[:1])

        def check():
            [window] = [w for w in app.topLevelWidgets() if w.objectName() == "main"]
            print("PAGE", type(window.stack.currentWidget()).__name__, window.isVisible())
            window.close()
            app.quit()

        QTimer.singleShot(3000, check)
        from samenplan.cli import run
        sys.exit(run(["--data-dir", sys.argv[1]]))
        """
    ).format(root=str(ROOT))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}  # fmt: skip
    done = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path)], capture_output=True, text=True,
        timeout=60, env=env, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-500:]
    assert "PAGE WelcomePage True" in done.stdout
