"""The crisiskaart pocket card of a dossier: content from the form's `card:` keys, fitted
and drawn. Dates on the card follow the plan's last review."""

from __future__ import annotations

from collections.abc import Mapping

from samenplan.domain.dossier import Dossier
from samenplan.export.card import FitReport, fit, render
from samenplan.export.card_content import card_sections
from samenplan.formkit.model import FormDef


class NoCrisisPlan(ValueError):
    """The dossier has no crisiskaart to make a card of."""


def crisis_card(
    dossier: Dossier, forms: Mapping[str, FormDef], paper: str = "a4", lang: str = "nl"
) -> tuple[bytes, FitReport]:
    """The card's PDF and its fit report (the PDF shows what fits; the report what not)."""
    document = dossier.document("crisiskaart")
    if document is None:
        raise NoCrisisPlan()
    sections = card_sections(forms["crisiskaart"], document.answers, dossier, lang)
    assert document.review_by is not None
    layout, report = fit(sections, dossier.title, document.reviewed, document.review_by, paper)
    return render(layout, paper), report
