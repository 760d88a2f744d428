"""Fixtures for every GUI test: the shared QApplication is left as each test found it."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication


@pytest.fixture(autouse=True)
def app_font_as_found(qapp):
    """A window's text size (Ctrl +, the saved scale) sets the application font; without this
    a later test measured its rows in the font an earlier test left behind."""
    font = QFont(QApplication.font())
    yield
    if QApplication.font() != font:
        QApplication.setFont(font)
