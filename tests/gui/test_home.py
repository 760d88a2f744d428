"""The demo home window: what a person sees when they start samenplan today."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QGroupBox, QLabel, QProgressBar

from samenplan import shipped
from samenplan.ui.home import HomeWindow

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_demo_home_shows_the_three_plans_and_the_members(qtbot, lang):
    window = HomeWindow(shipped.forms(), shipped.demo_dossier(), lang, demo=True)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.windowTitle().endswith("— DEMO")
    banner = window.findChild(QLabel, "demo_banner")
    assert banner is not None and banner.isVisible()
    titles = [box.title() for box in window.findChildren(QGroupBox)]
    forms = shipped.forms()
    assert titles == [forms[f].title.get(lang) for f in ("crisiskaart", "wrap", "triadekaart")]
    bars = window.findChildren(QProgressBar)
    assert len(bars) == 2
    crisis = bars[0]
    assert crisis.maximum() == len(forms["crisiskaart"].sections())
    assert crisis.value() == crisis.maximum()  # the demo fills every section
    assert all(bar.accessibleName() for bar in bars)
    texts = [label.text() for label in window.findChildren(QLabel)]
    member_word = "naaste" if lang == "nl" else "relative or friend"
    assert any(t.startswith("Ellen Bakker (") and member_word in t for t in texts)
