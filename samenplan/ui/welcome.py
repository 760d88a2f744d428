"""First run: a short welcome, creating a profile, and the recovery code shown once."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from samenplan.ui.strings import t
from samenplan.workspace import passphrases


def _label(text: str, buddy: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(buddy)
    return label


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
        title = QLabel(f"<h1>{t('welcome_title', lang)}</h1>")
        text = QLabel(t("welcome_text", lang))
        text.setWordWrap(True)
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
        buttons.addWidget(self.demo)
        buttons.addStretch(1)
        column = QWidget()
        column.setMaximumWidth(640)
        layout = QVBoxLayout(column)
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        layout.addLayout(buttons)
        layout.addStretch(1)
        outer = QHBoxLayout(self)
        outer.addWidget(column, 1)
        outer.addStretch(0)

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
    """The recovery code, once, with an explicit 'ik heb hem opgeschreven'."""

    done = Signal()

    def __init__(self, lang: str, code: str) -> None:
        super().__init__()
        self.setObjectName("recovery")
        title = QLabel(f"<h1>{t('recovery_title', lang)}</h1>")
        text = QLabel(t("recovery_text", lang))
        text.setWordWrap(True)
        self.code = QLabel(code)
        self.code.setObjectName("recovery_code")
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.code.font()
        font.setFamily("monospace")
        font.setPointSizeF(font.pointSizeF() * 1.6)
        self.code.setFont(font)
        self.code.setAccessibleName(
            t("recovery_title", lang) + ": " + " ".join(code.replace("-", " "))
        )
        self.check = QCheckBox(t("written_down", lang))
        self.check.setObjectName("written_down")
        self.next = QPushButton(t("continue", lang))
        self.next.setObjectName("continue")
        self.next.setEnabled(False)
        self.check.toggled.connect(self.next.setEnabled)
        self.next.clicked.connect(self.done)
        self.first_focus = self.check
        layout = QVBoxLayout(self)
        for widget in (title, text, self.code, self.check, self.next):
            layout.addWidget(widget)
        layout.addStretch(1)
