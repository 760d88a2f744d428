"""First run: a short welcome, creating a profile, and the recovery code shown once (also
after 'Nieuwe herstelcode…'): copied, saved as a sheet to print, and typed back as a check."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QMimeData, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from samenplan.export.recovery_sheet import groups, same_code, typed_whole
from samenplan.paths import write_private
from samenplan.ui import dialogs, look
from samenplan.ui.strings import t
from samenplan.ui.widgets import heading
from samenplan.workspace import passphrases

CLEAR_AFTER_MS = 60_000  # the recovery code leaves the clipboard after a minute
WELCOME_LINES = ("welcome_what", "welcome_data", "welcome_share")  # what, where, who sees it


def _label(text: str, buddy: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(buddy)
    return label


def page_column(page: QWidget) -> QVBoxLayout:
    """The page's layout: a left-aligned column about 75 characters wide at any text size,
    that scrolls when the text is too large for the window."""
    column = QWidget()
    column.setMaximumWidth(max(640, page.fontMetrics().averageCharWidth() * 75))
    inner = QWidget()
    row = QHBoxLayout(inner)
    row.addWidget(column, 1)
    row.addStretch(0)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(inner)
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll)
    return QVBoxLayout(column)


def _title_with_icon(text: str) -> QHBoxLayout:
    """The app icon beside the page's main heading."""
    size = look.SPACE[4] * 2
    icon = QLabel()
    icon.setPixmap(look.app_icon().pixmap(size, size))
    icon.setAccessibleName("samenplan")
    row = QHBoxLayout()
    row.setSpacing(look.SPACE[3])
    row.addWidget(icon)
    row.addWidget(heading(text, look.TYPE_SCALE["h1"], "welcome_title"), 1)
    return row


def _button(text: str, name: str) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    return button


def _hint(text: str) -> QLabel:
    hint = QLabel(text)
    hint.setWordWrap(True)
    hint.setObjectName("hint")
    return hint


class WelcomePage(QWidget):
    """Make a profile (name, passphrase twice with a strength meter, remember), or the demo."""

    create_requested = Signal(str, str, bool)
    demo_requested = Signal()

    def __init__(self, lang: str, keyring_usable: bool) -> None:
        super().__init__()
        self.lang = lang
        self.setObjectName("welcome")
        self.intro = [QLabel(t(key, lang)) for key in WELCOME_LINES]
        for line in self.intro:
            line.setWordWrap(True)
            line.setTextFormat(Qt.TextFormat.PlainText)
        self.name = QLineEdit()
        self.name.setObjectName("profile_name")
        self.name.setMaxLength(80)
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit()
        self.again.setObjectName("passphrase_again")
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.meter = QProgressBar()
        self.meter.setObjectName("strength")
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(True)
        self.remember = QCheckBox(t("remember", lang))
        self.remember.setObjectName("remember")
        self.remember.setEnabled(keyring_usable)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setVisible(False)
        self.busy.setAccessibleName(t("creating", lang))
        self.create_button = QPushButton(t("create_profile", lang))
        self.create_button.setObjectName("create_profile")
        self.create_button.setDefault(True)
        self.demo = QPushButton(t("open_demo", lang))
        self.demo.setObjectName("open_demo")
        demo_hint = _hint(t("welcome_demo", lang))

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.addRow(_label(t("profile_name", lang), self.name), self.name)
        form.addRow(_hint(t("profile_name_hint", lang)))
        form.addRow(_label(t("passphrase", lang), self.passphrase), self.passphrase)
        form.addRow(_hint(t("passphrase_hint", lang)))
        form.addRow(_label(t("passphrase_again", lang), self.again), self.again)
        form.addRow(self.meter)
        form.addRow(self.remember)
        form.addRow(_hint(t("remember_hint" if keyring_usable else "remember_unavailable", lang)))
        buttons = QHBoxLayout()
        buttons.addWidget(self.create_button)
        buttons.addStretch(1)
        demo = QHBoxLayout()
        demo.addWidget(demo_hint, 1)
        demo.addWidget(self.demo)
        card = QFrame()  # the fields on a light card, apart from the welcome above
        card.setObjectName("welcome_card")
        inside = QVBoxLayout(card)
        inside.setContentsMargins(*(look.SPACE[3],) * 4)
        inside.addWidget(heading(t("welcome_start", lang), look.TYPE_SCALE["h3"], "welcome_lead"))
        inside.addLayout(form)
        inside.addWidget(self.error)
        inside.addWidget(self.busy)
        inside.addLayout(buttons)
        layout = page_column(self)
        layout.addLayout(_title_with_icon(t("welcome_title", lang)))
        for line in self.intro:
            layout.addWidget(line)
        layout.addSpacing(look.SPACE[2])
        layout.addWidget(card)
        layout.addSpacing(look.SPACE[2])
        layout.addLayout(demo)
        layout.addStretch(1)

        self.passphrase.textChanged.connect(self._update_meter)
        for field in (self.name, self.passphrase, self.again):
            field.returnPressed.connect(self._create)
        self.first_focus = self.name
        self.create_button.clicked.connect(self._create)
        self.demo.clicked.connect(self.demo_requested)
        self._update_meter()

    def _update_meter(self) -> None:
        score = passphrases.strength(self.passphrase.text(), [self.name.text()])
        label = t(f"strength_{score}", self.lang)
        self.meter.setValue(score)
        self.meter.setFormat(label)
        self.meter.setAccessibleName(t("strength", self.lang, label=label))

    def _create(self) -> None:
        name, passphrase = self.name.text().strip(), self.passphrase.text()
        problem = None
        if not name:
            problem, focus = "name_needed", self.name
        elif (weak := passphrases.problem(passphrase, [name])) is not None:
            problem, focus = weak, self.passphrase
        elif passphrase != self.again.text():
            problem, focus = "passphrases_differ", self.again
        if problem is not None:
            self.show_error(t(problem, self.lang))
            focus.setFocus()
            return
        self.set_busy(True)
        self.create_requested.emit(name, passphrase, self.remember.isChecked())

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for widget in (self.create_button, self.demo, self.name, self.passphrase, self.again):
            widget.setEnabled(not busy)

    def show_error(self, message: str) -> None:
        self.set_busy(False)
        self.error.setText(message)
        self.error.setAccessibleName(message)


class RecoveryCodePage(QWidget):
    """The recovery code, once: copy it, save a sheet to print, then type it back from paper.

    'Verder' is enabled only when the typed code matches (spaces, hyphens and capitals do
    not matter). While typing it back the code is hidden; 'Laat de code nog eens zien'
    shows it again.
    """

    done = Signal()

    def __init__(self, lang: str, code: str, profile: str = "") -> None:
        super().__init__()
        self.lang, self.secret, self.profile = lang, code, profile
        self.setObjectName("recovery")
        title = heading(t("recovery_title", lang), look.TYPE_SCALE["h1"], "recovery_title")
        text = QLabel(t("recovery_text", lang))
        text.setWordWrap(True)
        chunks = groups(code)
        self.code = QLabel("\n".join(" ".join(chunks[i : i + 4]) for i in range(0, len(chunks), 4)))
        self.code.setObjectName("recovery_code")
        self.code.setTextFormat(Qt.TextFormat.PlainText)
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code.setFrameShape(QFrame.Shape.StyledPanel)
        self.code.setMargin(12)
        font = self.code.font()
        font.setFamily("monospace")
        font.setStyleHint(font.StyleHint.Monospace)
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 2)
        self.code.setFont(font)
        spelled = ", ".join(" ".join(chunk) for chunk in chunks)  # read out a character at a time
        self.code.setAccessibleName(t("recovery_title", lang) + ": " + spelled)
        self.copy = _button(t("recovery_copy", lang), "recovery_copy")
        self.save = _button(t("recovery_sheet", lang), "recovery_sheet")
        self.status = _hint("")
        self.status.setObjectName("recovery_status")
        self.written = _button(t("recovery_to_check", lang), "recovery_to_check")
        self.typed = QLineEdit()
        self.typed.setObjectName("recovery_typed")
        self.typed.setFont(QFont(font.family(), int(font.pointSizeF() * 0.75)))
        self.typed.setMaxLength(80)
        typed_label = _label(t("recovery_type_back", lang), self.typed)
        typed_label.setWordWrap(True)
        self.typed.setAccessibleName(t("recovery_type_back", lang))
        self.typed.setAccessibleDescription(t("recovery_type_hint", lang))
        self.result = QLabel()
        self.result.setObjectName("recovery_result")
        self.result.setWordWrap(True)
        self.show_again = _button(t("recovery_show_again", lang), "recovery_show_again")
        self.next = _button(t("continue", lang), "continue")
        self.next.setEnabled(False)

        self.showing = QWidget()  # step 1: the code, copy, sheet
        tools = QHBoxLayout()
        for button in (self.copy, self.save):
            tools.addWidget(button)
        tools.addStretch(1)
        showing = QVBoxLayout(self.showing)
        showing.setContentsMargins(0, 0, 0, 0)
        showing.addWidget(self.code)
        showing.addLayout(tools)
        showing.addWidget(self.status)
        showing.addWidget(self.written, 0, Qt.AlignmentFlag.AlignLeft)
        self.checking = QWidget()  # step 2: typed back from paper
        buttons = QHBoxLayout()
        buttons.addWidget(self.next)
        buttons.addWidget(self.show_again)
        buttons.addStretch(1)
        checking = QVBoxLayout(self.checking)
        checking.setContentsMargins(0, 0, 0, 0)
        parts: tuple[QWidget, ...] = (
            typed_label, self.typed, _hint(t("recovery_type_hint", lang)), self.result
        )  # fmt: skip
        for part in parts:
            checking.addWidget(part)
        checking.addLayout(buttons)
        self.checking.setVisible(False)
        layout = page_column(self)
        for widget in (title, text, self.showing, self.checking):
            layout.addWidget(widget)
        layout.addStretch(1)

        self.copy.clicked.connect(self._copy)
        self.save.clicked.connect(self._save_sheet)
        self.written.clicked.connect(lambda: self._check_step(True))
        self.show_again.clicked.connect(lambda: self._check_step(False))
        self.typed.textChanged.connect(self._typed_changed)
        self.typed.returnPressed.connect(self._check)
        self.next.clicked.connect(self.done)
        self.first_focus = self.copy

    def _check_step(self, on: bool) -> None:
        """Step 2 hides the code, so it is typed from paper; step 1 shows it again."""
        self.showing.setVisible(not on)
        self.checking.setVisible(on)
        (self.typed if on else self.written).setFocus()

    def _typed_changed(self) -> None:
        matches = same_code(self.typed.text(), self.secret)
        self.next.setEnabled(matches)
        full = typed_whole(self.typed.text(), self.secret)
        self._say(t("recovery_match", self.lang) if matches else "")
        if full and not matches:
            self._check()

    def _check(self) -> None:
        """Enter, or a whole code typed: say whether it matches."""
        if same_code(self.typed.text(), self.secret):
            self.next.setFocus()
        else:
            self._say(t("recovery_mismatch", self.lang))

    def _say(self, text: str) -> None:
        self.result.setText(text)
        self.result.setAccessibleName(text)

    def _copy(self) -> None:
        copy_briefly(self.secret)
        self.status.setText(t("recovery_copied", self.lang))

    def _save_sheet(self) -> None:
        """The sheet to print, after the warning that the file opens the profile; 0600."""
        from samenplan.export.recovery_sheet import recovery_sheet

        title = t("recovery_sheet", self.lang)
        warning = t("recovery_sheet_warning", self.lang)
        if not dialogs.confirm(self, self.lang, title, warning, t("pdf_go_on", self.lang)):
            return
        name = dialogs.file_name(t("recovery_sheet_file", self.lang), self.profile, "pdf")
        chosen = dialogs.save_path(self, title, name, "PDF (*.pdf)")
        if not chosen:
            return
        try:
            write_private(Path(chosen), recovery_sheet(self.secret, self.profile, self.lang))
        except OSError:
            dialogs.inform(self, title, t("file_write_failed", self.lang))
            return
        self.status.setText(t("card_saved", self.lang, path=chosen))


def copy_briefly(text: str) -> None:
    """Put a secret on the clipboard, marked so clipboard histories skip it, and take it off
    again after `CLEAR_AFTER_MS` (or when the app quits) if it is still there."""
    clipboard = QGuiApplication.clipboard()
    data = QMimeData()
    data.setText(text)
    data.setData("x-kde-passwordManagerHint", QByteArray(b"secret"))
    data.setData("ExcludeClipboardContentFromMonitorProcessing", QByteArray(b"1"))
    clipboard.setMimeData(data)

    def clear() -> None:
        if clipboard.text() == text:
            clipboard.clear()

    QTimer.singleShot(CLEAR_AFTER_MS, clipboard, clear)
    app = QGuiApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(clear, Qt.ConnectionType.SingleShotConnection)
