"""The comparison view: Qt's model tester, filters, meaning in words, open cards noted."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from samenplan import shipped
from samenplan.domain.triad import compare
from samenplan.ui.triad_view import FLAG_ROLE, ComparisonModel, ComparisonPage

pytestmark = pytest.mark.gui


def test_model_passes_qts_model_tester(qtmodeltester):
    dossier = shipped.demo_dossier()
    form = shipped.forms()["triadekaart"]
    model = ComparisonModel(compare(dossier, form), dossier, form, "nl")
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 36 and model.columnCount() == 4 + 2
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Ellen Bakker (naaste)"


def test_page_filters_and_says_in_words_what_to_discuss(qtbot):
    page = ComparisonPage(shipped.forms(), shipped.demo_dossier(), "nl")
    qtbot.addWidget(page)
    proxy = page.proxy
    assert proxy.rowCount() == 36
    page.filter.setCurrentIndex(page.filter.findData("no_owner"))
    tasks = [proxy.index(r, 0).data() for r in range(proxy.rowCount())]
    assert tasks == ["Letten op alcohol of drugs", "Schulden of bewindvoering"]
    page.filter.setCurrentIndex(page.filter.findData("discuss"))
    assert all("discuss" in proxy.index(r, 0).data(FLAG_ROLE) for r in range(proxy.rowCount()))
    points = proxy.index(0, proxy.columnCount() - 1).data()
    assert "wil bespreken" in points  # words, not only a colour
    ellen = proxy.index(0, 2).data()
    assert "moet:" in ellen
    note = page.findChild(QLabel, "open_cards")
    assert "Ruben Aydın" in note.text()  # his card is not done yet
    summary = page.findChild(QLabel, "comparison_summary").text()
    assert "Geld en regelzaken" in summary and "zwaar voor een naaste" in summary
