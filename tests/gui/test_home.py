"""A dossier's overview: what a person sees first after opening a dossier."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QGroupBox, QLabel, QProgressBar, QPushButton

from samenplan import shipped
from samenplan.ui.home import DossierHome

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_overview_shows_the_three_plans_and_the_members(qtbot, lang):
    home = DossierHome(
        shipped.forms(), shipped.demo_dossier(), lang, demo=True, today=dt.date(2026, 11, 23)
    )
    qtbot.addWidget(home)
    home.show()
    banner = home.findChild(QLabel, "demo_banner")
    assert banner is not None and banner.isVisible()
    titles = [box.title() for box in home.findChildren(QGroupBox)]
    forms = shipped.forms()
    triad = "Wie doet wat? (triadekaart)" if lang == "nl" else "Who does what? (triad card)"
    assert titles == [forms["crisiskaart"].title.get(lang), forms["wrap"].title.get(lang), triad]
    bars = home.findChildren(QProgressBar)
    assert len(bars) == 2
    assert bars[0].maximum() == len(forms["crisiskaart"].sections())
    assert bars[0].value() == bars[0].maximum()  # the demo fills every section
    assert all(bar.accessibleName() for bar in bars)
    changed = home.findChild(QLabel, "changed_crisiskaart")
    assert changed.text().endswith("20-09-2026") and changed.isVisible()
    texts = [label.text() for label in home.findChildren(QLabel)]
    member_word = "naaste" if lang == "nl" else "relative or friend"
    assert any(t.startswith("Ellen Bakker (") and member_word in t for t in texts)


@pytest.mark.parametrize(
    ("today", "marker"),
    [
        (dt.date(2027, 8, 25), "review_soon"),
        (dt.date(2027, 9, 25), "review_due"),
        (dt.date(2028, 4, 1), "review_stale"),
    ],
)
def test_review_reminders(qtbot, today, marker):
    home = DossierHome(shipped.forms(), shipped.demo_dossier(), "nl", demo=False, today=today)
    qtbot.addWidget(home)
    assert home.findChild(QLabel, marker) is not None


def test_at_the_largest_text_size_the_buttons_wrap_instead_of_widening_the_page(qtbot):
    home = DossierHome(shipped.forms(), shipped.demo_dossier(), "nl", demo=False)
    qtbot.addWidget(home)
    font = home.font()
    font.setPointSizeF(18.0)  # the app's largest text size: twice the 9 pt body (fixed here:
    # an earlier test may have left the application's font larger)
    home.setFont(font)
    home.resize(1200, 2000)
    home.show()
    qtbot.waitExposed(home)
    assert home.minimumSizeHint().width() <= 1200
    buttons = [b for b in home.findChildren(QPushButton) if b.isVisible()]
    assert buttons and all(b.geometry().right() <= home.width() for b in buttons)
    assert all(b.mapTo(home, b.rect().bottomRight()).x() <= home.width() for b in buttons)
