"""Choose a profile and unlock it; errors appear inline, the key derivation runs in a worker."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QWidget,
)

from samenplan.ui.announce import announce
from samenplan.ui.flow import FlowLayout
from samenplan.ui.strings import t
from samenplan.ui.welcome import page_column

if TYPE_CHECKING:
    from samenplan.workspace.unlocked import ProfileInfo


class UnlockPage(QWidget):
    unlock_requested = Signal(str, str, bool)  # profile id, passphrase or code, is recovery code
    computer_unlock_requested = Signal(str)  # profile id: open with this computer's keyring
    new_profile_requested = Signal()
    demo_requested = Signal()

    def __init__(
        self,
        lang: str,
        profiles: list[ProfileInfo],
        last: str,
        remembered: frozenset[str] = frozenset(),
    ) -> None:
        super().__init__()
        self.lang = lang
        self.remembered = remembered  # profiles this computer opens without a passphrase
        self.setObjectName("unlock")
        self.profiles = QComboBox()
        self.profiles.setObjectName("profiles")
        for profile in profiles:
            self.profiles.addItem(profile.name, profile.id)
        index = self.profiles.findData(last)
        self.profiles.setCurrentIndex(max(index, 0))
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.show_pass = QCheckBox(t("show_passphrase", lang))
        self.show_pass.toggled.connect(
            lambda on: self.passphrase.setEchoMode(
                QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
            )
        )
        self.recovery = QCheckBox(t("use_recovery", lang))
        self.recovery.setObjectName("use_recovery")
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setAccessibleName(t("unlocking", lang))
        self.busy.setVisible(False)
        self.open = QPushButton(t("open", lang))
        self.open.setObjectName("open")
        self.open.setDefault(True)
        self.with_computer = QPushButton(t("open_with_computer", lang))
        self.with_computer.setObjectName("open_with_computer")
        self.new = QPushButton(t("new_profile", lang))
        self.demo = QPushButton(t("open_demo", lang))

        form = QFormLayout()
        label = QLabel(t("profile", lang))
        label.setBuddy(self.profiles)
        form.addRow(label, self.profiles)
        pass_label = QLabel(t("passphrase", lang))
        pass_label.setBuddy(self.passphrase)
        form.addRow(pass_label, self.passphrase)
        form.addRow(self.show_pass)
        form.addRow(self.recovery)
        buttons = FlowLayout()  # wraps at a large text size instead of cutting words off
        buttons.addWidget(self.open)
        buttons.addWidget(self.with_computer)
        buttons.addWidget(self.new)
        buttons.addWidget(self.demo)
        layout = page_column(self)  # left-aligned like the first-run screen
        layout.addWidget(QLabel(f"<h1>{t('unlock_title', lang)}</h1>"))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        layout.addLayout(buttons)
        layout.addStretch(1)

        self.open.clicked.connect(self._unlock)
        self.with_computer.clicked.connect(self._unlock_with_computer)
        self.profiles.currentIndexChanged.connect(self._profile_chosen)
        self._profile_chosen()
        self.passphrase.returnPressed.connect(self._unlock)
        self.new.clicked.connect(self.new_profile_requested)
        self.demo.clicked.connect(self.demo_requested)
        self.first_focus = self.passphrase

    def _unlock(self) -> None:
        if not self.passphrase.text() or self.profiles.currentData() is None:
            self.passphrase.setFocus()
            return
        self.set_busy(True)
        self.unlock_requested.emit(
            self.profiles.currentData(), self.passphrase.text(), self.recovery.isChecked()
        )

    def _profile_chosen(self) -> None:
        """'Openen met deze computer' only for a profile this computer remembers."""
        self.with_computer.setVisible(self.profiles.currentData() in self.remembered)

    def _unlock_with_computer(self) -> None:
        if self.profiles.currentData() is not None:
            self.set_busy(True)
            self.computer_unlock_requested.emit(self.profiles.currentData())

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.error.clear()
        for widget in (
            self.open, self.with_computer, self.passphrase, self.profiles, self.new, self.demo
        ):  # fmt: skip
            widget.setEnabled(not busy)

    def show_error(self, message: str) -> None:
        self.set_busy(False)
        self.error.setText(message)
        announce(self.error, message, urgent=True)
        self.passphrase.selectAll()
        self.passphrase.setFocus()
