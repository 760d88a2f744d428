"""Every modal question goes through here, so tests can answer it without a real dialog."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from samenplan.ui.strings import t

# Tests set this to a function that returns the answer instead of showing a dialog.
answer_hook: Callable[[str, str], object] | None = None


def confirm(parent: QWidget, lang: str, title: str, text: str, yes: str) -> bool:
    if answer_hook is not None:
        return bool(answer_hook("confirm", text))
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    ok = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(t("cancel", lang), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is ok


def ask_text(parent: QWidget, title: str, label: str, text: str = "") -> str | None:
    if answer_hook is not None:
        answer = answer_hook("text", label)
        return None if answer is None else str(answer)
    value, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, text)
    return value.strip() if ok and value.strip() else None


def inform(parent: QWidget, title: str, text: str) -> None:
    if answer_hook is not None:
        answer_hook("inform", text)
        return
    QMessageBox.information(parent, title, text)


def ask_secret(parent: QWidget, title: str, label: str) -> str | None:
    if answer_hook is not None:
        answer = answer_hook("secret", label)
        return None if answer is None else str(answer)
    value, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Password)
    return value if ok and value else None


def save_path(parent: QWidget, title: str, name: str, pattern: str) -> str | None:
    """Where to write a file; the user chooses (tests answer through the hook)."""
    if answer_hook is not None:
        answer = answer_hook("save_path", title)
        return None if answer is None else str(answer)
    chosen, _ = QFileDialog.getSaveFileName(parent, title, name, pattern)
    return chosen or None


def open_path(parent: QWidget, title: str, pattern: str) -> str | None:
    if answer_hook is not None:
        answer = answer_hook("open_path", title)
        return None if answer is None else str(answer)
    chosen, _ = QFileDialog.getOpenFileName(parent, title, "", pattern)
    return chosen or None
