"""Sending a triad card to another computer and taking one in, from the dossier overview.

The work is in `samenplan.workspace.exchange`; this module asks the questions (to whom, which file,
which shared passphrase) and says in one sentence what happened. A received card is marked as
taken in only after the dossier with it was saved. A whole dossier from a sender not confirmed
before is taken in only after the person compared its fingerprint and said yes. 'Mijn adres'
shows the profile's address shortened, with a button that copies the whole of it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from samenplan.domain import triad_text
from samenplan.domain.dossier import Dossier
from samenplan.paths import INPUT_LIMIT, read_at_most, write_private
from samenplan.services.documents import DossierDocument
from samenplan.ui import dialogs
from samenplan.ui.strings import t
from samenplan.ui.widgets import form_row, in_background, ok_cancel
from samenplan.workspace import exchange as sharing
from samenplan.workspace.errors import Locked, VaultError, describe
from samenplan.workspace.exchange import Opened, fingerprint
from samenplan.workspace.unlocked import Unlocked

PATTERN = "samenplan (*.age)"
SHOWN = 4  # characters in a group of the shortened address
Route = tuple[str | None, str | None]  # (address, shared passphrase): one of them is set
MIN_SHARED = 8


class SendDialog(QDialog):
    """To whom: a shared passphrase (agreed in person) or the receiver's samenplan address."""

    def __init__(self, parent: QWidget | None, name: str, lang: str) -> None:
        super().__init__(parent)
        self.lang = lang
        self.setWindowTitle(t("send_title", lang, name=name))
        self.by_passphrase = QRadioButton(t("send_by_passphrase", lang))
        self.by_address = QRadioButton(t("send_by_address", lang))
        self.by_passphrase.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.by_passphrase)
        group.addButton(self.by_address)
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit()
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.address = QLineEdit()
        self.address.setPlaceholderText("samenplan1:age1…")
        self.problem = QLabel()
        self.problem.setObjectName("send_problem")
        self.problem.setWordWrap(True)
        form = QFormLayout()
        form_row(form, t("shared_passphrase", lang), self.secret)
        form_row(form, t("passphrase_again", lang), self.again)
        form_row(form, t("their_address", lang), self.address)
        layout = QVBoxLayout(self)
        intro = QLabel(t("send_intro", lang))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self.by_passphrase)
        layout.addWidget(self.by_address)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        buttons = ok_cancel(self, lang)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(t("send_make_file", lang))
        layout.addWidget(buttons)
        self.by_address.toggled.connect(self._route_changed)
        self._route_changed()

    def _route_changed(self) -> None:
        address = self.by_address.isChecked()
        self.secret.setEnabled(not address)
        self.again.setEnabled(not address)
        self.address.setEnabled(address)

    def accept(self) -> None:
        problem = self.problem_text()
        self.problem.setText(problem)
        if not problem:
            super().accept()

    def problem_text(self) -> str:
        if self.by_address.isChecked():
            from samenplan.workspace.exchange import BadAddress, parse_address

            try:
                parse_address(self.address.text())
            except BadAddress as exc:
                return exc.message(self.lang)
            return ""
        if len(self.secret.text()) < MIN_SHARED:
            return t("shared_too_short", self.lang, count=MIN_SHARED)
        if self.secret.text() != self.again.text():
            return t("shared_mismatch", self.lang)
        return ""

    def route(self) -> Route:
        if self.by_address.isChecked():
            return self.address.text().strip(), None
        return None, self.secret.text()

    @classmethod
    def ask(
        cls, parent: QWidget | None, name: str, lang: str
    ) -> tuple[str | None, str | None] | None:
        """(address, passphrase), one of them None; None when cancelled."""
        if dialogs.answer_hook is not None:
            answer = dialogs.answer_hook("send", name)
            return answer if isinstance(answer, tuple) else None
        dialog = cls(parent, name, lang)
        return dialog.route() if dialog.exec() == QDialog.DialogCode.Accepted else None


def _say_error(parent: QWidget, title: str, lang: str) -> Callable[[Exception], None]:
    def say(exc: Exception) -> None:
        dialogs.inform(parent, title, describe(exc, lang, t("exchange_failed", lang)))

    return say


def send_card(parent: QWidget, session: Unlocked, document: DossierDocument, person: str) -> None:
    """Ask to whom and where, then make the exchange file in the background."""
    lang = document.lang
    title = t("send_save", lang)
    name = triad_text.member_name(document.dossier, person)
    route = SendDialog.ask(parent, name, lang)
    if route is None:
        return
    chosen = dialogs.save_path(parent, title, t("send_file_name", lang), PATTERN)
    if not chosen:
        return
    if session.locked or document.closed:  # locked while the questions were open
        dialogs.inform(parent, title, Locked().message(lang))
        return
    message = sharing.card_message(document.dossier, person)  # the dossier, on the GUI thread

    def done(data: bytes) -> None:
        try:
            write_private(Path(chosen), data)
        except OSError:
            dialogs.inform(parent, title, t("file_write_failed", lang))
            return
        dialogs.inform(parent, title, t("send_done", lang, name=name))

    in_background(  # the profile's exchange keys are made (and stored) on first use
        lambda: sharing.seal(sharing.keys(session), message, *route),
        done,
        _say_error(parent, title, lang),
    )


def needs_passphrase(data: bytes) -> bool:
    """age files say in their plain header whether they are for a passphrase (scrypt)."""
    return b"\n-> scrypt " in data[:512]


def open_file(
    parent: QWidget, session: Unlocked, data: bytes, title: str, lang: str,
    then: Callable[[Opened], None],
) -> None:  # fmt: skip
    """Open an exchange file off the GUI thread, after asking for the shared passphrase when
    it was sealed to one; `then(opened)`, or a refusal said in one sentence."""
    secret = None
    if needs_passphrase(data):
        secret = dialogs.ask_secret(parent, title, t("shared_passphrase", lang))
        if secret is None:
            return
    in_background(  # never makes keys: a refused file writes nothing
        lambda: sharing.open_with(sharing.own_keys(session), data, secret),
        then,
        _say_error(parent, title, lang),
    )


def receive(
    parent: QWidget, session: Unlocked, document: DossierDocument, changed: Callable[[], None]
) -> None:
    """Take in a card (or a whole dossier); `changed` is called when the dossier changed."""
    lang = document.lang
    title = t("receive_title", lang)
    chosen = dialogs.open_path(parent, title, PATTERN)
    if not chosen:
        return
    try:
        data = read_at_most(Path(chosen), INPUT_LIMIT)  # a larger one is refused
    except OSError:
        dialogs.inform(parent, title, t("receive_unreadable", lang))
        return
    open_file(
        parent, session, data, title, lang,
        lambda opened: _take_in(parent, session, document, opened, changed),
    )  # fmt: skip


def _take_in(
    parent: QWidget, session: Unlocked, document: DossierDocument, opened: Opened,
    changed: Callable[[], None],
) -> None:  # fmt: skip
    from samenplan.shipped import forms

    lang = document.lang
    title = t("receive_title", lang)
    if session.locked or document.closed:  # locked while the file was opened: take nothing in
        return
    failed = _say_error(parent, title, lang)
    if opened.meta.get("kind") == sharing.DOSSIER:
        take_in_dossier(
            parent, session, opened, title, lang,
            lambda dossier: dialogs.inform(
                parent, title, t("receive_dossier_done", lang, title=dossier.title)
            ),
        )  # fmt: skip
        return
    try:
        try:
            received = sharing.take_in_card(session, document.dossier, opened, forms())
        except sharing.AlreadyImported:
            question = t("receive_replace", lang)
            if not dialogs.confirm(parent, lang, title, question, t("replace", lang)):
                return
            received = sharing.take_in_card(
                session, document.dossier, opened, forms(), replace=True
            )
    except VaultError as exc:
        dialogs.inform(parent, title, exc.message(lang))
        return
    document.changed("receive")
    changed()

    def told(_nothing: None) -> None:
        name = triad_text.member_name(document.dossier, received.member)
        text = t("receive_done", lang, name=name)
        if received.new_sender:
            text += " " + t("receive_new_sender", lang, fingerprint=received.fingerprint)
        dialogs.inform(parent, title, text)

    def stored(ok: bool) -> None:
        # the card is marked as taken in only once the dossier with it is stored
        if ok and not document.closed and not session.locked:
            in_background(lambda: sharing.remember(session, received), told, failed)

    document.when_stored(stored)


def take_in_dossier(
    parent: QWidget, session: Unlocked, opened: Opened, title: str, lang: str,
    done: Callable[[Dossier], None],
) -> None:  # fmt: skip
    """A whole dossier handed over (from the dossier overview or the dossier table): from a
    sender not confirmed before only after the person compared the fingerprint and said yes;
    then it is stored (and the sender pinned) off the GUI thread, and `done(dossier)`.
    Nothing is asked or stored once the session is locked or the page that asked is gone."""
    from samenplan.shipped import forms

    failed = _say_error(parent, title, lang)

    def decide(known: bool) -> None:
        if session.locked or not shiboken6.isValid(parent):
            return
        if not known:
            question = t("receive_dossier_new_sender", lang, fingerprint=fingerprint(opened.sender))
            if not dialogs.confirm(parent, lang, title, question, t("trust_sender", lang)):
                return
        in_background(
            lambda: sharing.take_in_dossier(session, opened, forms(), trust_new_sender=not known),
            done,
            failed,
        )

    in_background(lambda: sharing.known_sender(session, opened), decide, failed)


def short_address(address: str) -> str:
    """The start and the end of an address, in groups of four: 'age1 qz3k 9fxa … 7c2e 41ab'.

    Enough to recognise it; the whole address is only ever copied, never read out."""
    body = address.split(":", 1)[-1].replace(":", "")
    head = " ".join(body[i : i + SHOWN] for i in range(0, 3 * SHOWN, SHOWN))
    tail = " ".join(body[i : i + SHOWN] for i in range(len(body) - 2 * SHOWN, len(body), SHOWN))
    return f"{head} … {tail}"


class AddressDialog(QDialog):
    """'Mijn adres': what it is for, the address shortened, its fingerprint, 'Kopieer adres'."""

    def __init__(
        self, parent: QWidget | None, lang: str, address: str, fingerprint_text: str
    ) -> None:
        super().__init__(parent)
        self.lang, self.address = lang, address
        self.setWindowTitle(t("my_address", lang))
        self.setMinimumWidth(max(480, self.fontMetrics().averageCharWidth() * 60))
        intro = QLabel(t("my_address_text", lang))
        intro.setWordWrap(True)
        caption = QLabel(t("my_address_short", lang))
        self.shown = QLabel(short_address(address))
        self.shown.setObjectName("address_short")
        self.shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.shown.setAccessibleName(caption.text() + " " + self.shown.text())
        font = self.shown.font()
        font.setFamily("monospace")
        font.setStyleHint(font.StyleHint.Monospace)
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.shown.setFont(font)
        check = QLabel(t("my_address_fingerprint", lang, fingerprint=fingerprint_text))
        check.setObjectName("address_fingerprint")
        check.setWordWrap(True)
        self.copy = QPushButton(t("address_copy", lang))
        self.copy.setObjectName("address_copy")
        self.status = QLabel()
        self.status.setObjectName("address_status")
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox()
        close = buttons.addButton(t("close", lang), QDialogButtonBox.ButtonRole.RejectRole)
        close.setAutoDefault(False)
        layout = QVBoxLayout(self)
        for widget in (intro, caption, self.shown, check):
            layout.addWidget(widget)
        layout.addWidget(self.copy, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        buttons.rejected.connect(self.reject)
        self.copy.clicked.connect(self._copy)
        self.copy.setFocus()

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.address)
        self.status.setText(t("address_copied", self.lang))
        self.status.setAccessibleName(self.status.text())
        self.adjustSize()  # room for the new line


def show_address(parent: QWidget, session: Unlocked, lang: str) -> None:
    from samenplan.workspace.exchange import Keys

    title = t("my_address", lang)

    def show(keys: Keys) -> None:
        if dialogs.answer_hook is not None:
            dialogs.answer_hook("address", keys.address())
            return
        AddressDialog(parent, lang, keys.address(), fingerprint(keys.verify_key)).exec()

    in_background(lambda: sharing.keys(session), show, _say_error(parent, title, lang))
