"""Fixtures for every GUI test: the shared QApplication is left as each test found it."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from samenplan.ui import look


@pytest.fixture(autouse=True)
def app_as_found(qapp):
    """A window's text size (Ctrl +, the saved scale) sets the application font, and a test
    of the look applies the app-wide style sheet; without this a later test measured its rows
    in the font an earlier test left behind, and re-polished every widget at each change."""
    font = QFont(QApplication.font())
    yield
    if qapp.findChild(look._LiveLook) is not None:
        look.remove(qapp)
    if QApplication.font() != font:
        QApplication.setFont(font)
