"""Hulp → Over samenplan: the version and the licence, and the third-party licences as
read-only text (issue 16 §4)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel

from samenplan import __version__, shipped
from samenplan.config import Config
from samenplan.ui.about import AboutDialog, LicencesDialog
from samenplan.ui.main import MainWindow

pytestmark = pytest.mark.gui


def test_the_help_menu_opens_about_with_the_version_and_the_licences(qtbot, tmp_path):
    window = MainWindow(shipped.forms(), None, Config(tmp_path), "nl", shipped.demo_dossier)
    qtbot.addWidget(window)
    window.findChild(QAction, "action_about").trigger()
    about = window.findChild(AboutDialog, "about")
    assert about is not None and about.isVisible()
    label = about.findChild(QLabel, "about_text")
    assert f"samenplan {__version__}" in label.text()
    assert "GNU General Public License" in label.text()

    about.licences_button.click()
    licences = about.findChild(LicencesDialog, "licences")
    assert licences is not None and licences.isVisible()
    assert licences.text.isReadOnly()
    shown = licences.text.toPlainText()
    assert "Package: PySide6_Essentials" in shown
    assert "Package: cryptography" in shown
    assert "SIL OPEN FONT LICENSE" in shown
    about.close()
