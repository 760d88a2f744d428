"""The profile's secrets in the app: change the passphrase, a new recovery code, and whether
this computer opens the profile without it ("Onthoud deze computer" / "Vergeet …").

The questions are asked here; the work runs in `workspace.unlocked.Unlocked`, off the GUI
thread (a new passphrase is derived with the slow key function). A profile locked while a
question was open gets nothing done.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from samenplan.ui import dialogs
from samenplan.ui.on_screen import fit_to_text
from samenplan.ui.strings import t
from samenplan.ui.widgets import form_row, in_background, ok_cancel
from samenplan.workspace import passphrases
from samenplan.workspace.errors import describe
from samenplan.workspace.unlocked import Unlocked


class ChangePassphraseDialog(QDialog):
    """The current passphrase, the new one twice, and how hard the new one is to guess."""

    def __init__(self, parent: QWidget | None, lang: str, own: list[str]) -> None:
        super().__init__(parent)
        self.lang, self.own = lang, own
        self.setWindowTitle(t("passphrase_change", lang))
        self.setMinimumWidth(520)
        self.current, self.new, self.again = QLineEdit(), QLineEdit(), QLineEdit()
        for name, field in (("current", self.current), ("new", self.new), ("again", self.again)):
            field.setObjectName(f"passphrase_{name}")
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.meter = QProgressBar()
        self.meter.setObjectName("strength")
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(True)
        self.problem = QLabel()
        self.problem.setObjectName("passphrase_problem")
        self.problem.setWordWrap(True)
        form = QFormLayout()
        form_row(form, t("passphrase_current", lang), self.current)
        form_row(form, t("passphrase_new", lang), self.new)
        form_row(form, t("passphrase_again", lang), self.again)
        form.addRow(self.meter)
        hint = QLabel(t("passphrase_hint", lang))
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.problem)
        buttons = ok_cancel(self, lang)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(t("passphrase_change_do", lang))
        layout.addWidget(buttons)
        self.new.textChanged.connect(self._update_meter)
        self._update_meter()

    def _update_meter(self) -> None:
        score = passphrases.strength(self.new.text(), self.own)
        label = t(f"strength_{score}", self.lang)
        self.meter.setValue(score)
        self.meter.setFormat(label)
        self.meter.setAccessibleName(t("strength", self.lang, label=label))

    def accept(self) -> None:
        problem = passphrases.problem(self.new.text(), self.own)
        if not self.current.text():
            problem = "passphrase_current_needed"
        elif problem is None and self.new.text() != self.again.text():
            problem = "passphrases_differ"
        self.problem.setText(t(problem, self.lang) if problem else "")
        if problem is None:
            super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, lang: str, own: list[str]) -> tuple[str, str] | None:
        """(current, new), or None when cancelled."""
        if dialogs.answer_hook is not None:
            answer = dialogs.answer_hook("change_passphrase", "")
            return answer if isinstance(answer, tuple) else None
        dialog = cls(parent, lang, own)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return (dialog.current.text(), dialog.new.text()) if accepted else None


def _show_code(parent: QWidget, lang: str, code: str, profile: str) -> None:
    """The new recovery code once, until the person typed it back from paper."""
    from samenplan.ui.welcome import RecoveryCodePage

    if dialogs.answer_hook is not None:
        dialogs.answer_hook("recovery_code", code)
        return
    dialog = QDialog(parent)
    dialog.setWindowTitle(t("recovery_title", lang))
    page = RecoveryCodePage(lang, code, profile)
    page.done.connect(dialog.accept)
    QVBoxLayout(dialog).addWidget(page)
    fit_to_text(dialog, 85, 28)  # the page scrolls; give it room to show the whole code
    dialog.exec()


def _in_background(
    parent: QWidget, title: str, lang: str, work: Callable[[], Any], done: Callable[[Any], None]
) -> None:
    """`work` off the GUI thread; a failure is said in one sentence."""
    in_background(work, done, lambda exc: dialogs.inform(parent, title, describe(exc, lang)))


def change_passphrase(parent: QWidget, live: Callable[[], Unlocked | None], lang: str) -> None:
    """`live()` is the unlocked profile, or None once it was locked."""
    unlocked = live()
    if unlocked is None:
        return
    title = t("passphrase_change", lang)
    answer = ChangePassphraseDialog.ask(parent, lang, [unlocked.info.name])
    if answer is None or live() is not unlocked:  # cancelled, or locked meanwhile
        return
    current, new = answer
    _in_background(
        parent, title, lang, lambda: unlocked.change_passphrase(current, new),
        lambda _none: dialogs.inform(parent, title, t("passphrase_changed", lang)),
    )  # fmt: skip


def new_recovery_code(parent: QWidget, live: Callable[[], Unlocked | None], lang: str) -> None:
    unlocked = live()
    if unlocked is None:
        return
    title = t("recovery_new", lang)
    if not dialogs.confirm(parent, lang, title, t("recovery_new_text", lang), title):
        return
    if live() is not unlocked:
        return
    name = unlocked.info.name
    _in_background(
        parent, title, lang, unlocked.new_recovery_code,
        lambda code: _show_code(parent, lang, code, name),
    )  # fmt: skip


def remember_computer(
    parent: QWidget, live: Callable[[], Unlocked | None], lang: str, after: Callable[[], None]
) -> None:
    unlocked = live()
    if unlocked is None:
        return
    title = t("computer_remember", lang)

    def done(_none: None) -> None:
        after()
        dialogs.inform(parent, title, t("computer_remembered", lang))

    _in_background(parent, title, lang, unlocked.remember_computer, done)


def forget_computer(
    parent: QWidget, live: Callable[[], Unlocked | None], lang: str, after: Callable[[], None]
) -> None:
    unlocked = live()
    if unlocked is None:
        return
    title = t("computer_forget", lang)
    if not dialogs.confirm(parent, lang, title, t("computer_forget_text", lang), title):
        return
    if live() is not unlocked:
        return

    def done(_none: None) -> None:
        after()
        dialogs.inform(parent, title, t("computer_forgotten", lang))

    _in_background(parent, title, lang, unlocked.forget_computer, done)
