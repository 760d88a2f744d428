"""Small widget helpers shared by the screens."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from samenplan.ui.strings import t


def heading(text: str, scale: float, name: str) -> QLabel:
    """A bold heading `scale` times the body text, as plain text that wraps."""
    label = QLabel(text)
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    return label


def ok_cancel(dialog: QDialog, lang: str) -> QDialogButtonBox:
    """OK and Cancel in the app's words, wired to the dialog's accept and reject."""
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    box.button(QDialogButtonBox.StandardButton.Ok).setText(t("ok", lang))
    box.button(QDialogButtonBox.StandardButton.Cancel).setText(t("cancel", lang))
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


def form_row(form: QFormLayout, text: str, widget: QWidget) -> None:
    """A labelled row whose label is the widget's buddy (Alt+letter, screen readers)."""
    label = QLabel(text)
    label.setBuddy(widget)
    form.addRow(label, widget)


def in_background(
    work: Callable[[], Any], done: Callable[[Any], None], failed: Callable[[Exception], None]
) -> None:
    """Run `work` off the GUI thread (key derivation takes seconds) with a busy cursor."""
    from samenplan.services import tasks

    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def finish(then: Callable[[Any], None]) -> Callable[[Any], None]:
        def run(result: Any) -> None:
            QGuiApplication.restoreOverrideCursor()
            then(result)

        return run

    tasks.submit(work, finish(done), finish(failed))
