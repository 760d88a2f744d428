"""The pocket card inside the app: a rendered preview, the fit report beside it with a way to
each part that needs shortening, A4 or Letter, folded over or cut into two strips, a warning,
saving and folding instructions; and the card's first panels as a picture for the phone.

The PDF is only ever held in memory until the person chooses where to save it; it is opened
in the system viewer only from that chosen place. The phone picture is made and written off
the GUI thread, after a warning, where the person chooses.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QImage, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from samenplan.domain.dossier import Dossier
from samenplan.export.card import FitReport
from samenplan.export.pocket import KINDS, pocket_card
from samenplan.formkit.model import FormDef
from samenplan.paths import write_private
from samenplan.ui import dialogs
from samenplan.ui.strings import t
from samenplan.words import say


def render_page(pdf: bytes, width_px: int) -> QImage:
    """The first page of a PDF as an image `width_px` wide (pypdfium2, in memory)."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    page = document[0]
    scale = width_px / page.get_width()
    bitmap = page.render(scale=scale, rev_byteorder=True)
    image = QImage(
        bytes(bitmap.buffer),
        bitmap.width,
        bitmap.height,
        bitmap.stride,
        QImage.Format.Format_RGB888,
    )
    return image.copy()


PREVIEW_WIDTH = 760  # pixels, until the page is on screen and its room is known
PREVIEW_MIN_WIDTH = 480


class CardPage(QWidget):
    """Preview and export of one pocket card (crisiskaart or WRAP)."""

    go_to_item = Signal(str, str)  # form id, item id: "take me to what must be shorter"

    def __init__(
        self, forms: Mapping[str, FormDef], dossier: Dossier, kind: str, lang: str
    ) -> None:
        super().__init__()
        self.setObjectName("card_page")
        self.forms, self.dossier, self.kind, self.lang = forms, dossier, kind, lang
        self.pdf = b""
        self.report: FitReport | None = None
        self.paper = QComboBox()
        self.paper.setObjectName("paper")
        for paper in ("a4", "letter"):
            self.paper.addItem(say(f"paper.{paper}", lang), paper)
        paper_label = QLabel(t("paper", lang))
        paper_label.setBuddy(self.paper)
        self.shape = QComboBox()  # layout A, or A′ with the centre cut into two strips
        self.shape.setObjectName("card_shape")
        self.shape.addItem(t("card_folded", lang), False)
        self.shape.addItem(t("card_strips", lang), True)
        shape_label = QLabel(t("card_shape", lang))
        shape_label.setBuddy(self.shape)
        self.preview = QLabel()
        self.preview.setObjectName("card_preview")
        self.preview.setAccessibleName(t("card_preview", lang))
        self.scroller = scroll = QScrollArea()
        scroll.setWidget(self.preview)
        scroll.setWidgetResizable(True)
        # a portrait page always scrolls; a steady scroll bar keeps the room for it steady
        scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.shown_width = 0  # the width the page was last drawn at
        self.redraw = QTimer(self)  # once the window has stopped changing size
        self.redraw.setSingleShot(True)
        self.redraw.setInterval(120)
        self.redraw.timeout.connect(self.show_page)
        self.status = QLabel()
        self.status.setObjectName("fit_status")
        self.status.setWordWrap(True)
        self.problems = QVBoxLayout()
        warning = QLabel(t("card_warning", lang))
        warning.setObjectName("card_warning")
        warning.setWordWrap(True)
        self.save_button = QPushButton(t("card_save", lang))
        self.save_button.setObjectName("card_save")
        self.open_button = QPushButton(t("card_open", lang))
        self.open_button.setObjectName("card_open")
        self.open_button.setEnabled(False)
        self.phone_button = QPushButton(t("phone_save", lang))
        self.phone_button.setObjectName("card_phone")
        folding = QPushButton(t("card_folding", lang))
        folding.setObjectName("card_folding")
        self.saved_to: Path | None = None

        side = QVBoxLayout()
        row = QHBoxLayout()
        row.addWidget(paper_label)
        row.addWidget(self.paper)
        side.addLayout(row)
        shape_row = QHBoxLayout()
        shape_row.addWidget(shape_label)
        shape_row.addWidget(self.shape)
        side.addLayout(shape_row)
        side.addWidget(self.status)
        side.addLayout(self.problems)
        side.addWidget(warning)
        side.addWidget(self.save_button)
        side.addWidget(self.open_button)
        side.addWidget(self.phone_button)
        side.addWidget(folding)
        side.addStretch(1)
        side_box = QWidget()
        side_box.setLayout(side)
        # as wide as some 30 letters of the text size in use: its buttons fit at every size
        side_box.setMaximumWidth(side_box.fontMetrics().horizontalAdvance("m" * 30))
        layout = QHBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(side_box)

        self.paper.currentIndexChanged.connect(self.rebuild)
        self.shape.currentIndexChanged.connect(self.rebuild)
        self.save_button.clicked.connect(self.save)
        self.open_button.clicked.connect(self.open_in_viewer)
        self.phone_button.clicked.connect(self.save_phone_picture)
        folding.clicked.connect(self.show_folding)
        self.rebuild()

    def strips(self) -> bool:
        return bool(self.shape.currentData())

    def show_folding(self) -> None:
        steps = "card_folding_text_strips" if self.strips() else "card_folding_text"
        dialogs.inform(self, t("card_folding", self.lang), t(steps, self.lang))

    def rebuild(self) -> None:
        paper = str(self.paper.currentData())
        self.pdf, self.report = pocket_card(
            self.dossier, self.forms, paper, self.lang, self.kind, self.strips()
        )
        self.shown_width = 0
        self.show_page()
        while self.problems.count():
            item = self.problems.takeAt(0)
            if item is not None and item.widget() is not None:
                item.widget().deleteLater()  # type: ignore[union-attr]
        if self.report.fits:
            self.status.setText(t("card_fits", self.lang, size=f"{self.report.size:g}"))
        else:
            self.status.setText(t("card_does_not_fit", self.lang))
            form_id = KINDS[self.kind][0]
            for line, item_id in self.report.problems(self.lang):
                if not item_id:
                    label = QLabel(line)
                    label.setWordWrap(True)
                    self.problems.addWidget(label)
                    continue
                button = QPushButton(line)
                button.setObjectName("fit_problem")
                button.setAccessibleName(line)
                button.setStyleSheet("text-align: left;")
                button.clicked.connect(
                    lambda _=False, item=item_id: self.go_to_item.emit(form_id, item)
                )
                self.problems.addWidget(button)
        self.save_button.setEnabled(self.report.fits)
        # the picture shows a part of the card's text: what the card cannot print, nor can it
        self.phone_button.setEnabled(not self.report.missing_glyphs)

    def show_page(self) -> None:
        """The card drawn as wide as the preview area (the sheet's whole width in view)."""
        width = self.scroller.viewport().width() - 2 if self.isVisible() else PREVIEW_WIDTH
        width = max(PREVIEW_MIN_WIDTH, width)
        if self.pdf and width != self.shown_width:
            self.preview.setPixmap(QPixmap.fromImage(render_page(self.pdf, width)))
            self.shown_width = width

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.redraw.start()

    def save(self) -> None:
        """The card as a PDF, like every other save (`saving`): warning, place, file."""
        from samenplan.ui.saving import save_private

        if self.report is None or not self.report.fits:
            return
        pdf = self.pdf
        path = save_private(
            self, self.lang, t("card_save", self.lang), t("card_file_name", self.lang),
            self.dossier.title, lambda: pdf,
        )  # fmt: skip
        if path is not None:
            self.saved_to = path
            self.open_button.setEnabled(True)

    def save_phone_picture(self) -> None:
        """The card's first panels as a PNG for the phone, after the warning that whoever
        finds it can read it; made and written off the GUI thread."""
        from samenplan.export.phone_picture import phone_picture
        from samenplan.ui.saving import PNG, ask_place
        from samenplan.ui.widgets import in_background

        title = t("phone_save", self.lang)
        what = t("phone_file", self.lang)
        path = ask_place(self, self.lang, title, what, self.dossier.title, PNG, "phone_warning")
        if path is None:
            return
        dossier, forms, lang, kind = self.dossier, self.forms, self.lang, self.kind
        self.phone_button.setEnabled(False)

        def work() -> None:
            write_private(path, phone_picture(dossier, forms, lang, kind).png)

        def done(_: object) -> None:
            self.phone_button.setEnabled(True)
            self.status.setText(t("phone_saved", self.lang, path=str(path)))

        def failed(exc: Exception) -> None:
            self.phone_button.setEnabled(True)
            if not isinstance(exc, OSError):
                raise exc  # a fault of ours: the error hook tells the person
            dialogs.inform(self, title, t("phone_save_failed", self.lang))

        in_background(work, done, failed)

    def open_in_viewer(self) -> None:
        if self.saved_to is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.saved_to)))
