"""The Qt binding itself must not lose references to None, True or False.

PySide6 6.12.0 on Python 3.11 does: every Python-side `signal.emit()` and every call that
returns None (focusWidget(), processEvents(), ...) drops one reference, and after a few
thousand calls the interpreter aborts ("bool_dealloc" / "none_dealloc"). A user typing for a
while would lose the app. pyproject.toml excludes that version; this test keeps it out.
"""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QWidget

pytestmark = pytest.mark.gui


class _Emitter(QObject):
    fired = Signal()


def test_no_reference_is_lost(qapp):
    emitter = _Emitter()
    emitter.fired.connect(lambda: None)
    widget = QWidget()
    calls = 200
    before = (sys.getrefcount(None), sys.getrefcount(True))
    for _ in range(calls):
        emitter.fired.emit()
        QApplication.focusWidget()
        qapp.processEvents()
        widget.parentWidget()
    after = (sys.getrefcount(None), sys.getrefcount(True))
    assert after[0] - before[0] > -calls // 2, "PySide6 loses references to None"
    assert after[1] - before[1] > -calls // 2, "PySide6 loses references to True/False"
