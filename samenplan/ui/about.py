"""Hulp → "Over samenplan…": the version, what samenplan is and its licence; "Licenties" opens
the list of third-party software with its licences (resources/licences/third-party.txt,
made by packaging/licences.py) as read-only text. Neither window is modal."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from samenplan import __version__, resources
from samenplan.ui.on_screen import fit_to_text, room
from samenplan.ui.strings import t
from samenplan.ui.widgets import heading

LICENCES = "licences/third-party.txt"


def show(parent: QWidget, lang: str) -> AboutDialog:
    dialog = AboutDialog(parent, lang)
    dialog.show()
    return dialog


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget, lang: str) -> None:
        super().__init__(parent)
        self.setObjectName("about")
        self.lang = lang
        self.licences: LicencesDialog | None = None
        self.setWindowTitle(t("about_title", lang))
        layout = QVBoxLayout(self)
        layout.addWidget(heading(t("about_title", lang), 1.3, "h"))
        text = QLabel(t("about_text", lang, version=__version__))
        text.setObjectName("about_text")
        text.setWordWrap(True)
        layout.addWidget(text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.licences_button = QPushButton(t("about_licences", lang))
        self.licences_button.setObjectName("about_licences")
        self.licences_button.clicked.connect(self.show_licences)
        buttons.addButton(self.licences_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        fit_to_text(self, 60)

    def show_licences(self) -> LicencesDialog:
        if self.licences is None:
            self.licences = LicencesDialog(self, self.lang)
        self.licences.show()
        self.licences.raise_()
        return self.licences


class LicencesDialog(QDialog):
    def __init__(self, parent: QWidget, lang: str) -> None:
        super().__init__(parent)
        self.setObjectName("licences")
        self.setWindowTitle(t("licences_title", lang))
        layout = QVBoxLayout(self)
        self.text = QPlainTextEdit()
        self.text.setObjectName("licences_text")
        self.text.setAccessibleName(t("licences_title", lang))
        self.text.setReadOnly(True)
        fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        fixed.setPointSizeF(self.font().pointSizeF())  # at the text size chosen (Ctrl +)
        self.text.setFont(fixed)
        # laid out for 78 columns; where the screen has no room for them (200 % text), the
        # lines wrap rather than scroll sideways
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        try:
            words = resources.resource(LICENCES).read_text("utf-8")
        except OSError:
            words = t("licences_missing", lang)
        self.text.setPlainText(words)
        layout.addWidget(self.text, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        columns = self.text.fontMetrics().horizontalAdvance("m" * 80)
        width = columns + self.text.verticalScrollBar().sizeHint().width() + 48
        free = room(self)
        self.resize(min(width, free.width()), min(width * 3 // 4, free.height()))
