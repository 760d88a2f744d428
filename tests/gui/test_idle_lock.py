"""The idle lock watches the input to the app's windows (not every event of the app): a key,
a click or the mouse in any window, also one opened later (a dialog), puts the lock off."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit

from samenplan import shipped
from samenplan.ui.main import MainWindow


def shown_window(qtbot) -> MainWindow:
    window = MainWindow(shipped.forms(), None, None, "nl", shipped.demo_dossier)
    qtbot.addWidget(window)
    window.show()
    window.start()
    qtbot.waitExposed(window)
    return window


def test_a_key_or_a_click_in_the_window_starts_the_idle_time_again(qtbot):
    window = shown_window(qtbot)
    handle = window.windowHandle()
    window.idle.timer.stop()
    QTest.keyClick(handle, Qt.Key.Key_Shift)  # from the keyboard: through the window
    assert window.idle.timer.isActive()
    window.idle.timer.stop()
    QTest.mouseClick(handle, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert window.idle.timer.isActive()
    window.idle.timer.stop()
    QApplication.sendEvent(handle, QEvent(QEvent.Type.User))
    assert not window.idle.timer.isActive()  # what is no input does not count


def test_a_window_opened_later_is_watched_too(qtbot):
    window = shown_window(qtbot)
    dialog = QDialog(window)
    QLineEdit(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    window.idle.watch()  # when it got the keyboard, or within a few seconds
    window.idle.timer.stop()
    QTest.keyClick(dialog.windowHandle(), Qt.Key.Key_A)
    assert window.idle.timer.isActive()
    dialog.close()
