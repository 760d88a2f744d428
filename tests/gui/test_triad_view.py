"""The comparison view: Qt's model tester, filters, meaning in words, open cards noted."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from samenplan import shipped
from samenplan.domain.triad import compare
from samenplan.ui.triad_view import FLAG_ROLE, ComparisonModel, ComparisonPage

pytestmark = pytest.mark.gui


def test_model_passes_qts_model_tester(qtmodeltester):
    dossier = shipped.demo_dossier()
    form = shipped.forms()["triadekaart"]
    model = ComparisonModel(compare(dossier, form), dossier, form, "nl")
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 43 and model.columnCount() == 4 + 2
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Ellen Bakker\n(naaste)"


def test_page_filters_and_says_in_words_what_to_discuss(qtbot):
    page = ComparisonPage(shipped.forms(), shipped.demo_dossier(), "nl")
    qtbot.addWidget(page)
    proxy = page.proxy
    assert proxy.rowCount() == 43
    page.filter.setCurrentIndex(page.filter.findData("no_owner"))
    tasks = [proxy.index(r, 0).data() for r in range(proxy.rowCount())]
    assert tasks == ["Letten op alcohol of drugs", "Schulden of bewindvoering"]
    page.filter.setCurrentIndex(page.filter.findData("discuss"))
    assert all("discuss" in proxy.index(r, 0).data(FLAG_ROLE) for r in range(proxy.rowCount()))
    points = proxy.index(0, proxy.columnCount() - 1).data()
    assert "wil bespreken" in points  # words, not only a colour
    ellen = proxy.index(0, 2).data()
    assert "moet:" in ellen
    everyone = [proxy.index(r, c).data() for r in range(proxy.rowCount()) for c in (1, 2, 3, 4)]
    assert any("moet: Ellen Bakker" in cell for cell in everyone)  # people by name
    assert not any("Ik" in cell.split() for cell in everyone)  # "Ik" only on one's own card
    note = page.findChild(QLabel, "open_cards")
    assert "Ruben Aydın" in note.text()  # his card is not done yet
    summary = page.findChild(QLabel, "comparison_summary").text()
    assert "Geld en regelzaken" in summary and "zwaar voor een naaste" in summary


def test_the_comparison_and_agreements_are_saved_as_pdf_after_a_warning(qtbot, tmp_path):
    from samenplan.ui import dialogs

    page = ComparisonPage(shipped.forms(), shipped.demo_dossier(), "nl")
    qtbot.addWidget(page)
    asked: list[tuple[str, str]] = []
    answers = {"confirm": [False, True, True], "save_path": [], "inform": []}

    def hook(kind, text):
        asked.append((kind, text))
        return answers[kind].pop(0) if answers[kind] else None

    answers["save_path"] = [str(tmp_path / "v.pdf"), str(tmp_path / "a.pdf")]
    dialogs.answer_hook = hook
    try:
        page.findChild(QPushButton, "pdf_triad").click()  # the warning, declined: nothing
        assert list(tmp_path.iterdir()) == []
        assert asked[0][0] == "confirm" and "niet versleuteld" in asked[0][1]
        page.findChild(QPushButton, "pdf_triad").click()
        page.findChild(QPushButton, "pdf_agreements").click()
    finally:
        dialogs.answer_hook = None
    assert (tmp_path / "v.pdf").read_bytes().startswith(b"%PDF")
    assert (tmp_path / "a.pdf").read_bytes().startswith(b"%PDF")
    assert asked[-1] == ("inform", f"Opgeslagen in {tmp_path / 'a.pdf'}")


def test_rows_are_as_tall_as_their_text_at_the_real_column_width(qtbot):
    page = ComparisonPage(shipped.forms(), shipped.demo_dossier(), "nl")
    qtbot.addWidget(page)
    page.resize(1000, 800)
    page.show()
    table = page.table
    line = table.fontMetrics().lineSpacing()

    def fitted():
        heights = [table.rowHeight(r) for r in range(table.model().rowCount())]
        return heights and all(h == table.sizeHintForRow(r) for r, h in enumerate(heights))

    qtbot.waitUntil(fitted, timeout=5_000)
    # the tallest cell of the demo has five short lines: no row needs more than six
    assert max(table.rowHeight(r) for r in range(table.model().rowCount())) <= 6 * line + 8
    page.resize(600, 800)  # narrower (columns stay as wide as their names): rows grow

    def total() -> int:
        return sum(table.rowHeight(r) for r in range(table.model().rowCount()))

    before = total()
    qtbot.waitUntil(lambda: fitted() and total() > before, timeout=5_000)
