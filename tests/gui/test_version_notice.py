"""A recovered or rolled-back dossier in the app: every page of it says what happened and
since when, edits are not stored over the newer version, and 'Verder met deze versie' makes
it the current one (issue 13, item 3)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QPushButton

from samenplan.ui.home import DossierHome
from tests.gui.test_app import current, fast_kdf, make_window, unlock
from tests.unit.test_cli_notices import two_versions

pytestmark = pytest.mark.gui
__all__ = ["fast_kdf"]


def test_an_older_copy_is_said_and_can_be_taken_on(qtbot, tmp_path):
    path, old = two_versions(tmp_path)
    path.write_bytes(old)  # the older file put back
    window = make_window(qtbot, tmp_path)
    window.start()
    unlock(qtbot, window)
    assert current(window).findChild(DossierHome) is not None
    notice = current(window).findChild(QLabel, "version_notice")
    assert notice is not None and "oudere versie" in notice.text() and " van " in notice.text()
    window.open_plan("crisiskaart")
    assert current(window).findChild(QLabel, "version_notice") is not None  # on every page
    window.document.dossier.title = "Gewijzigd"
    window.document.changed()
    qtbot.waitUntil(
        lambda: "alleen te lezen" in window.statusBar().currentMessage(), timeout=10_000
    )
    current(window).findChild(QPushButton, "version_accept").click()
    qtbot.waitUntil(
        lambda: current(window).findChild(QLabel, "version_notice") is None, timeout=10_000
    )
    assert window.statusBar().currentMessage().startswith("Deze versie is nu de huidige")
    window.lock()
    unlock(qtbot, window)
    assert current(window).findChild(QLabel, "version_notice") is None
    assert window.document.dossier.title == "Gewijzigd"
