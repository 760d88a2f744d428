"""Every modal question goes through here, so tests can answer it without a real dialog.

A question never has its "yes" as the default button: Enter (or a key pressed by accident)
answers "cancel". File dialogs are Qt's own (in the app's language, see `qt_words`), start in
the person's Documents folder and suggest a name with the person and the date.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from samenplan.ui.strings import t

_OWN_DIALOG = QFileDialog.Option.DontUseNativeDialog

# Tests set this to a function that returns the answer instead of showing a dialog.
answer_hook: Callable[[str, str], object] | None = None


def confirm(parent: QWidget, lang: str, title: str, text: str, yes: str) -> bool:
    if answer_hook is not None:
        return bool(answer_hook("confirm", text))
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    ok = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(t("cancel", lang), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
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
        return answer if isinstance(answer, str) and answer else None
    start = str(documents() / name)
    chosen, _ = QFileDialog.getSaveFileName(parent, title, start, pattern, options=_OWN_DIALOG)
    return chosen or None


def open_path(parent: QWidget, title: str, pattern: str) -> str | None:
    if answer_hook is not None:
        answer = answer_hook("open_path", title)
        return answer if isinstance(answer, str) and answer else None
    start = str(documents())
    chosen, _ = QFileDialog.getOpenFileName(parent, title, start, pattern, options=_OWN_DIALOG)
    return chosen or None


def documents() -> Path:
    """The person's Documents folder (their home folder when there is none)."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found and Path(found).is_dir() else Path.home()


def file_name(what: str, person: str, suffix: str, today: datetime.date | None = None) -> str:
    """A suggested file name: what, whose and the date: "zakkaart-sam-de-vries-2026-12-03.pdf".

    Only letters, digits and hyphens, so it is a valid name on every system."""
    day = (today or datetime.date.today()).isoformat()
    words = [w for w in (what, person) if w]
    stem = "-".join(re.sub(r"[\W_]+", "-", w.casefold()).strip("-") for w in words)
    return f"{stem or 'samenplan'}-{day}.{suffix}"
