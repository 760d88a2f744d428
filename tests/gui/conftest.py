"""Fixtures for every GUI test: the shared QApplication is left as each test found it."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from samenplan.ui import dialogs, look


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


@pytest.fixture
def said():
    """Every question and message as (kind, text); questions are answered from `answers`
    in order, messages (inform) need no answer. A test module may define its own."""
    found: list[tuple[str, str]] = []
    answers: list[object] = []

    def hook(kind, text):
        found.append((kind, text))
        return None if kind == "inform" else answers.pop(0)

    dialogs.answer_hook = hook
    yield found, answers
    dialogs.answer_hook = None
