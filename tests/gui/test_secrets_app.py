"""The profile's secrets in the app: 'Wachtwoord wijzigen', 'Nieuwe herstelcode', 'Onthoud
deze computer' with 'Openen met deze computer', and 'Vergeet deze computer'. Afterwards no
file of the profile, backups included, opens with the old secret."""

from __future__ import annotations

import base64

import pytest
from PySide6.QtWidgets import QApplication

from samenplan.ui import dialogs
from samenplan.ui.secrets import ChangePassphraseDialog
from samenplan.ui.unlock import UnlockPage
from samenplan.vault import keyslots as ks
from samenplan.vault.errors import WrongPassphrase, WrongRecoveryCode
from tests.gui.test_app import current, fast_kdf, make_client_profile, make_window, unlock
from tests.unit.vault.test_secrets import keys_files
from tests.vaulthelp import PASSPHRASE

pytestmark = pytest.mark.gui
__all__ = ["fast_kdf"]

NEW = "zon maan sterren zee"


class Said(list):
    """Every question and message; questions answered from `answers` in order."""

    def __init__(self) -> None:
        super().__init__()
        self.answers: list[object] = []


@pytest.fixture
def said():
    found = Said()

    def hook(kind, text):
        found.append((kind, text))
        return None if kind in {"inform", "recovery_code"} else found.answers.pop(0)

    dialogs.answer_hook = hook
    yield found
    dialogs.answer_hook = None


@pytest.fixture
def window(qtbot, tmp_path):
    _, code = make_client_profile(tmp_path)
    window = make_window(qtbot, tmp_path)
    window.start()
    unlock(qtbot, window)
    window.recovery_code = code
    with window.session_service.session.using() as session:  # a few backups of the keys file
        for n in range(3):
            session.section[f"note{n}"] = n
            session.save_section()
    return window


def action(window, name):
    return next(a for a in window.actions() + window.menuBar().actions()[0].menu().actions()
                if a.objectName() == name)  # fmt: skip


def test_changing_the_passphrase_in_the_app(qtbot, tmp_path, window, said):
    said.answers.append((PASSPHRASE, NEW))
    action(window, "action_passphrase").trigger()
    qtbot.waitUntil(
        lambda: (
            ("inform", "Je wachtwoord is gewijzigd. Het oude opent je profiel niet meer.") in said
        ),
        timeout=20_000,
    )
    window.lock()
    unlock(qtbot, window, PASSPHRASE)
    assert current(window).error.text().startswith("Dat wachtwoord klopt niet.")
    unlock(qtbot, window, NEW)
    assert not isinstance(current(window), UnlockPage)
    for path in keys_files(tmp_path):
        with pytest.raises(WrongPassphrase):
            ks.unlock_passphrase(ks.decode(path.read_bytes()), PASSPHRASE)


def test_a_weak_or_wrong_passphrase_changes_nothing(qtbot, tmp_path, window, said):
    before = {p: p.read_bytes() for p in keys_files(tmp_path)}
    said.answers.append(("niet mijn wachtwoord", NEW))
    action(window, "action_passphrase").trigger()
    qtbot.waitUntil(lambda: any(k == "inform" for k, _ in said), timeout=20_000)
    assert said[-1][1].startswith("Dat wachtwoord klopt niet.")
    said.answers.append((PASSPHRASE, "welkom01"))  # the dialog refuses this; here it got by
    action(window, "action_passphrase").trigger()
    qtbot.waitUntil(lambda: len(said) == 4, timeout=20_000)
    assert said[-1][1].startswith("Dit wachtwoord is te makkelijk te raden.")
    assert {p: p.read_bytes() for p in keys_files(tmp_path)} == before


def test_the_passphrase_dialog_weighs_the_new_passphrase(qtbot):
    dialog = ChangePassphraseDialog(None, "nl", ["Ava"])
    qtbot.addWidget(dialog)
    dialog.new.setText("wachtwoord1")
    assert dialog.meter.value() <= 1 and dialog.meter.format() in ("zwak", "te kort")
    dialog.current.setText(PASSPHRASE)
    dialog.again.setText("wachtwoord1")
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "te makkelijk te raden" in dialog.problem.text()
    dialog.new.setText(NEW)
    assert dialog.meter.value() == 4 and dialog.meter.format() == "sterk"
    dialog.again.setText(NEW + "x")
    dialog.accept()
    assert dialog.problem.text() == "De twee wachtwoorden zijn niet gelijk."
    dialog.again.setText(NEW)
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted


def test_a_new_recovery_code_in_the_app(qtbot, tmp_path, window, said):
    old = window.recovery_code
    said.answers.append(True)  # "De oude werkt daarna niet meer": yes
    action(window, "action_recovery_code").trigger()
    qtbot.waitUntil(lambda: any(k == "recovery_code" for k, _ in said), timeout=20_000)
    new = next(text for kind, text in said if kind == "recovery_code")
    assert new != old and len(new) == len(old)
    for path in keys_files(tmp_path):
        keys = ks.decode(path.read_bytes())
        with pytest.raises(WrongRecoveryCode):
            ks.unlock_recovery(keys, old)
        assert ks.unlock_recovery(keys, new)


def test_remember_open_with_this_computer_then_forget(qtbot, tmp_path, memory, window, said):
    window.profiles.store.keyring_timeout = 0.5
    assert action(window, "action_remember").isEnabled()
    assert not action(window, "action_forget").isEnabled()
    action(window, "action_remember").trigger()
    qtbot.waitUntil(lambda: any(k == "inform" for k, _ in said), timeout=20_000)
    assert action(window, "action_forget").isEnabled()
    [stored] = memory.values.values()
    device_key = base64.b64decode(stored)

    window.lock()
    page = current(window)
    assert isinstance(page, UnlockPage) and page.with_computer.isVisibleTo(page)
    page.with_computer.click()  # no passphrase typed
    qtbot.waitUntil(lambda: not isinstance(current(window), UnlockPage), timeout=10_000)
    assert window.session_service.session is not None

    said.answers.append(True)  # "Vergeet deze computer": yes
    action(window, "action_forget").trigger()
    qtbot.waitUntil(lambda: len([k for k, _ in said if k == "inform"]) == 2, timeout=20_000)
    assert memory.values == {}
    for path in keys_files(tmp_path):
        assert ks.unlock_device(ks.decode(path.read_bytes()), device_key) is None
    window.lock()
    page = current(window)
    assert not page.with_computer.isVisibleTo(page)
    QApplication.processEvents()
