"""The same profile on two computers, in the app: at unlock a question when another computer
has it open ("Annuleren" locks it again); the lease is renewed by a timer while unlocked and
goes at lock; a version another computer saved is shown when the window gets the focus back
or the lease is renewed, with one sentence in the status bar, never over unsaved edits."""

from __future__ import annotations

import datetime as dt
import json
import shutil

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from samenplan.ui import dialogs
from samenplan.ui.formview.form import FormView
from samenplan.ui.home import DossierHome
from samenplan.ui.unlock import UnlockPage
from samenplan.vault import lease
from samenplan.vault.profiles import ProfileStore
from samenplan.workspace.unlocked import LEASE_RENEW_SECONDS, Unlocked
from tests.gui.test_app import current, fast_kdf, make_client_profile, make_window, unlock
from tests.vaulthelp import PASSPHRASE

pytestmark = pytest.mark.gui
__all__ = ["fast_kdf"]

OTHER = "bbbbbbbbbbbbbbbb"


@pytest.fixture
def asked():
    """The questions asked (kind, text); each is answered with the next of `answers`."""
    found: list[tuple[str, str]] = []
    answers: list[object] = []
    dialogs.answer_hook = lambda kind, text: (found.append((kind, text)), answers.pop(0))[1]
    yield found, answers
    dialogs.answer_hook = None


def _folder(data_dir):
    store = ProfileStore(data_dir)
    [info] = store.all()
    return store.folder(info)


def _other_computer_has_it_open(data_dir):
    now = dt.datetime.now(dt.UTC)
    lease.take(_folder(data_dir), OTHER, now, now - dt.timedelta(minutes=20))


def test_cancel_at_the_question_locks_the_profile_again(qtbot, tmp_path, asked):
    found, answers = asked
    make_client_profile(tmp_path)
    _other_computer_has_it_open(tmp_path)
    answers.append(False)
    window = make_window(qtbot, tmp_path)
    window.start()
    page = current(window)
    page.passphrase.setText(PASSPHRASE)
    page.open.click()
    qtbot.waitUntil(lambda: bool(found), timeout=10_000)
    [(kind, text)] = found
    assert kind == "confirm" and "ook open op een andere computer, sinds" in text
    assert text.endswith("Wil je het profiel hier toch openen?")
    qtbot.waitUntil(lambda: isinstance(current(window), UnlockPage), timeout=10_000)
    assert window.session_service.session is None and window.document is None
    assert not window.session_service.lease_timer.isActive()
    assert [p.stem for p in (_folder(tmp_path) / "devices").glob("*.lease")] == [OTHER]


def test_open_anyway_opens_it_and_the_lease_is_renewed_until_lock(qtbot, tmp_path, asked):
    found, answers = asked
    make_client_profile(tmp_path)
    _other_computer_has_it_open(tmp_path)
    answers.append(True)
    window = make_window(qtbot, tmp_path)
    window.start()
    unlock(qtbot, window)
    assert len(found) == 1 and current(window).findChild(DossierHome) is not None
    service = window.session_service
    assert service.lease_timer.isActive()
    assert service.lease_timer.interval() == LEASE_RENEW_SECONDS * 1000 == 120_000
    devices = _folder(tmp_path) / "devices"
    [ours] = [p for p in devices.glob("*.lease") if p.stem != OTHER]
    before = json.loads(ours.read_text())
    with qtbot.waitSignal(service.renewed, timeout=10_000):
        service.lease_timer.timeout.emit()  # as two minutes later
    after = json.loads(ours.read_text())
    assert after["since"] == before["since"] and after["time"] > before["time"]
    window.lock()
    assert not service.lease_timer.isActive() and not ours.exists()


def test_no_question_when_no_other_computer_has_it_open(qtbot, tmp_path, asked):
    found, _ = asked
    make_client_profile(tmp_path)
    stale = dt.datetime.now(dt.UTC) - dt.timedelta(seconds=lease.FRESH_SECONDS + 5)
    lease.take(_folder(tmp_path), OTHER, stale, stale)  # that computer stopped long ago
    window = make_window(qtbot, tmp_path)
    window.start()
    unlock(qtbot, window)
    assert found == [] and current(window).findChild(DossierHome) is not None


def _other_computer_saves(tmp_path, other_dir, title):
    """The other computer (its own copy of the data folder) renames the dossier; the sync
    program then brings its dossier file here."""
    store = ProfileStore(other_dir, device=OTHER)
    with store.open("Ava") as profile, Unlocked(profile.unlock(PASSPHRASE)) as unlocked:
        dossier = unlocked.read("c1").dossier
        dossier.title = title
        unlocked.save(dossier)
    [theirs] = [p for p in (_folder(other_dir) / "dossiers").glob("*.spd")]
    shutil.copy(theirs, _folder(tmp_path) / "dossiers" / theirs.name)


def _activate(window):
    QApplication.sendEvent(window, QEvent(QEvent.Type.WindowActivate))


def test_another_computers_save_is_shown_when_the_window_is_active_again(qtbot, tmp_path):
    data, other = tmp_path / "a", tmp_path / "b"
    make_client_profile(data)
    shutil.copytree(data, other)
    window = make_window(qtbot, data)
    window.start()
    unlock(qtbot, window)
    _activate(window)
    assert window.document.dossier.title == "Dossier 0"  # nothing came in: nothing said
    assert "andere computer" not in window.statusBar().currentMessage()
    _other_computer_saves(data, other, "Van de laptop")
    _activate(window)
    assert window.document.dossier.title == "Van de laptop"
    assert window.statusBar().currentMessage() == (
        "Dit dossier is op een andere computer veranderd. Je ziet nu die versie."
    )
    assert current(window).findChild(DossierHome) is not None


def test_the_renewal_tick_shows_it_too(qtbot, tmp_path):
    data, other = tmp_path / "a", tmp_path / "b"
    make_client_profile(data)
    shutil.copytree(data, other)
    window = make_window(qtbot, data)
    window.start()
    unlock(qtbot, window)
    _other_computer_saves(data, other, "Van de laptop")
    with qtbot.waitSignal(window.session_service.renewed, timeout=10_000):
        window.session_service.lease_timer.timeout.emit()  # as two minutes later
    assert window.document.dossier.title == "Van de laptop"
    assert "andere computer veranderd" in window.statusBar().currentMessage()


def test_unsaved_edits_are_never_replaced_but_kept_next_to_the_other_version(qtbot, tmp_path):
    data, other = tmp_path / "a", tmp_path / "b"
    make_client_profile(data)
    shutil.copytree(data, other)
    window = make_window(qtbot, data)
    window.start()
    unlock(qtbot, window)
    window.open_plan("crisiskaart")
    form = current(window).findChild(FormView)
    form.field("naam").binder.widget.setText("Hier getypt")
    assert window.document.dirty
    _other_computer_saves(data, other, "Van de laptop")
    _activate(window)
    assert window.document.dossier.title == "Dossier 0"  # the edit waits for its save
    assert window.document.dossier.document("crisiskaart").answers.get("naam") == "Hier getypt"
    # its autosave finds the other version: ours is kept as a conflict copy, theirs shown
    qtbot.waitUntil(lambda: window.document.dossier.title == "Van de laptop", timeout=10_000)
    assert not window.document.dirty
    assert list((_folder(data) / "dossiers").glob("*.conflict-*.spd"))
