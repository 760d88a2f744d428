"""'Mijn adres' on the overview: the profile's exchange keys are made (and stored) off the GUI
thread on first use, and the same address is shown each time."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QPushButton

from samenplan import shipped
from samenplan.ui.home import DossierHome
from samenplan.vault.profiles import ProfileStore
from samenplan.workspace import exchange
from samenplan.workspace.unlocked import Unlocked
from tests.gui.test_app import current, fast_kdf, make_window, unlock
from tests.vaulthelp import PASSPHRASE, make_profile

pytestmark = pytest.mark.gui
__all__ = ["fast_kdf"]


@pytest.fixture
def shown():
    """Every message the app shows, in order."""
    from samenplan.ui import dialogs

    texts: list[str] = []
    dialogs.answer_hook = lambda kind, text: texts.append(text)
    yield texts
    dialogs.answer_hook = None


def test_my_address_is_made_once_and_shown(qtbot, tmp_path, shown):
    store, _ = make_profile(tmp_path, dossiers=0)
    with store.open("Ava") as profile, Unlocked(profile.unlock(PASSPHRASE)) as unlocked:
        unlocked.add(shipped.demo_dossier())
    window = make_window(qtbot, tmp_path)
    window.start()
    unlock(qtbot, window)
    button = current(window).findChild(DossierHome).findChild(QPushButton, "show_address")
    button.click()
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=10_000)
    address = shown[0]  # shown shortened, with 'Kopieer adres' (tests/gui/test_exchange_app.py)
    assert address.startswith("samenplan1:age1")
    button.click()  # the same keys the second time
    qtbot.waitUntil(lambda: len(shown) == 2, timeout=10_000)
    assert address in shown[1]
    window.lock()
    with ProfileStore(tmp_path).open("Ava") as profile, Unlocked(profile.unlock(PASSPHRASE)) as u:
        assert exchange.keys(u).address() == address  # stored in the profile
