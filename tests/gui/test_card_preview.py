"""The pocket card inside the app: preview, fit report with links, paper, saving."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel, QPushButton

from samenplan import shipped
from samenplan.ui import dialogs
from samenplan.ui.card_preview import CardPage
from samenplan.ui.formview.form import FormView
from samenplan.ui.main import MainWindow

pytestmark = pytest.mark.gui


class _Opened(QObject):
    """Stands in for the system PDF viewer."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


def test_preview_fits_and_saves_where_chosen(qtbot, tmp_path):
    page = CardPage(shipped.forms(), shipped.demo_dossier(), "crisis", "nl")
    qtbot.addWidget(page)
    pixmap = page.preview.pixmap()
    assert pixmap.width() == 760 and pixmap.height() > 1000  # not on screen yet
    assert page.status.text().startswith("Alles past op de kaart")
    assert page.findChild(QLabel, "card_warning").text().startswith("Let op: wie de kaart vindt")
    page.paper.setCurrentIndex(1)  # Letter
    assert page.pdf.startswith(b"%PDF")
    target = tmp_path / "kaart.pdf"
    dialogs.answer_hook = lambda kind, text: str(target)
    receiver = _Opened()
    QDesktopServices.setUrlHandler("file", receiver, "open")
    try:
        page.save_button.click()
        assert target.read_bytes() == page.pdf
        page.open_button.click()
        assert receiver.urls == [QUrl.fromLocalFile(str(target))]
    finally:
        dialogs.answer_hook = None
        QDesktopServices.unsetUrlHandler("file")
    assert list(tmp_path.iterdir()) == [target]  # no other file anywhere in the folder


def test_a_card_that_does_not_fit_cannot_be_saved_and_links_to_the_section(qtbot):
    dossier = shipped.demo_dossier()
    for node in dossier.document("crisiskaart").answers.root().find_all("wel_doen"):
        node.value = [
            f"Een hele lange regel {n} om de kaart te vullen met veel tekst" for n in range(60)
        ]
    window = MainWindow(shipped.forms(), None, None, "nl", lambda: dossier)
    qtbot.addWidget(window)
    window.open_demo()
    window.show_card("crisis")
    page = window.stack.currentWidget().findChild(CardPage)
    assert page is not None
    assert not page.save_button.isEnabled()
    problems = page.findChildren(QPushButton, "fit_problem")
    # what no longer fits comes first; then where shortening helps most: "Doe dit" itself
    assert problems and "past niet" in problems[0].text()
    [largest] = [p for p in problems if p.text().startswith("'Doe dit' neemt nu de meeste ruimte")]
    largest.click()
    form = window.stack.currentWidget().findChild(FormView)
    assert form is not None
    assert form.form.sections()[form.pages.currentIndex()].id == "bejegening"


def test_wrap_card_preview(qtbot):
    page = CardPage(shipped.forms(), shipped.demo_dossier(), "wrap", "nl")
    qtbot.addWidget(page)
    assert page.report.fits and page.save_button.isEnabled()


def test_two_strips_change_the_card_and_the_folding_steps(qtbot):
    import io

    import pdfplumber

    dossier = shipped.demo_dossier()
    answers = dossier.document("crisiskaart").answers
    for practical in answers.root().find_all("praktisch"):
        practical.items = [n for n in practical.children if n.id != "taak"]
    for where in answers.root().find_all("plan_ligt_bij"):
        where.value = None
    page = CardPage(shipped.forms(), dossier, "crisis", "nl")
    qtbot.addWidget(page)
    assert page.shape.count() == 2
    labels = [label for label in page.findChildren(QLabel) if label.buddy() is page.shape]
    assert [label.text() for label in labels] == ["Vorm"]  # what a screen reader names it by
    shown: list[str] = []
    dialogs.answer_hook = lambda kind, text: shown.append(text)
    try:
        page.show_folding()
        page.shape.setCurrentIndex(1)  # two strips: the centre line is cut
        page.findChild(QPushButton, "card_folding").click()
    finally:
        dialogs.answer_hook = None
    assert "rechterhelft naar achter" in shown[0]
    assert "twee stroken" in shown[1] and "rechterhelft" not in shown[1]
    # two strips hold less than the folded card (each has its own cover and "Bel eerst"):
    # the demo without its practical tasks fits
    assert page.report.fits and page.save_button.isEnabled(), page.report.lines()
    with pdfplumber.open(io.BytesIO(page.pdf)) as document:
        text = document.pages[0].extract_text()
    assert "Knip langs de doorgetrokken middellijn" in text


def test_the_preview_is_drawn_as_wide_as_its_room(qtbot):
    page = CardPage(shipped.forms(), shipped.demo_dossier(), "crisis", "nl")
    qtbot.addWidget(page)
    page.resize(1400, 900)
    page.show()
    qtbot.waitExposed(page)
    room = page.scroller.viewport().width() - 2
    qtbot.waitUntil(lambda: page.preview.pixmap().width() == room)
    page.resize(900, 900)
    qtbot.waitUntil(
        lambda: page.preview.pixmap().width() == max(480, page.scroller.viewport().width() - 2)
    )
    assert page.preview.pixmap().width() < room


@pytest.mark.parametrize("kind", ["crisis", "wrap"])
def test_phone_picture_saved_after_the_warning_where_chosen(qtbot, tmp_path, kind):
    from samenplan.export.phone_picture import HEIGHT, WIDTH, phone_picture

    dossier = shipped.demo_dossier()
    page = CardPage(shipped.forms(), dossier, kind, "nl")
    qtbot.addWidget(page)
    button = page.findChild(QPushButton, "card_phone")
    assert button.text() == "Bewaar als foto voor je telefoon…" and button.isEnabled()
    target = tmp_path / "foto.png"
    asked: list[tuple[str, str]] = []

    def answer(kind: str, text: str) -> object:
        asked.append((kind, text))
        return kind == "confirm" or str(target)

    dialogs.answer_hook = answer
    try:
        button.click()
        qtbot.waitUntil(lambda: page.status.text().startswith("De foto is opgeslagen"))
    finally:
        dialogs.answer_hook = None
    assert asked[0][0] == "confirm" and "wie dit vindt, kan het lezen" in asked[0][1]
    assert asked[1][0] == "save_path"
    png = target.read_bytes()
    assert png == phone_picture(dossier, shipped.forms(), "nl", kind).png
    assert (int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")) == (
        WIDTH,
        HEIGHT,
    )
    assert target.stat().st_mode & 0o777 == 0o600
    assert list(tmp_path.iterdir()) == [target]
    assert button.isEnabled()


def test_phone_picture_not_saved_when_the_warning_is_declined(qtbot, tmp_path):
    page = CardPage(shipped.forms(), shipped.demo_dossier(), "crisis", "nl")
    qtbot.addWidget(page)
    asked: list[str] = []
    dialogs.answer_hook = lambda kind, text: (
        asked.append(kind) or (False if kind == "confirm" else str(tmp_path / "foto.png"))
    )
    try:
        page.findChild(QPushButton, "card_phone").click()
    finally:
        dialogs.answer_hook = None
    assert asked == ["confirm"]
    assert list(tmp_path.iterdir()) == []
