"""What the app saves for a person (the pocket card, the triad PDFs) is theirs alone: 0600,
like every export (issue 13, item 6)."""

from __future__ import annotations

import os
import stat

import pytest
from PySide6.QtWidgets import QPushButton

from samenplan import shipped
from samenplan.ui import dialogs
from samenplan.ui.card_preview import CardPage
from samenplan.ui.triad_view import ComparisonPage

pytestmark = [
    pytest.mark.gui,
    pytest.mark.skipif(os.name != "posix", reason="file modes"),
]


def mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_the_pocket_card_and_the_triad_pdfs_are_saved_owner_only(qtbot, tmp_path):
    old = os.umask(0o022)
    # each save warns first ("wie dit vindt, kan het lezen"), then asks where
    answers = {"confirm": [True, True], "save_path": [str(tmp_path / "kaart.pdf"),
                                                      str(tmp_path / "v.pdf")]}  # fmt: skip
    dialogs.answer_hook = lambda kind, text: answers[kind].pop(0) if kind in answers else None
    try:
        card = CardPage(shipped.forms(), shipped.demo_dossier(), "crisis", "nl")
        qtbot.addWidget(card)
        card.save_button.click()
        triad = ComparisonPage(shipped.forms(), shipped.demo_dossier(), "nl")
        qtbot.addWidget(triad)
        triad.findChild(QPushButton, "pdf_triad").click()
    finally:
        dialogs.answer_hook = None
        os.umask(old)
    assert mode(tmp_path / "kaart.pdf") == mode(tmp_path / "v.pdf") == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kaart.pdf", "v.pdf"]
