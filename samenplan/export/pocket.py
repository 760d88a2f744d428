"""The pocket cards of a dossier — the crisiskaart and the WRAP summary: content from the
forms' `card:` keys, fitted and drawn. Dates on a card follow the plan's last review."""

from __future__ import annotations

from collections.abc import Mapping

from samenplan.domain.dossier import Dossier
from samenplan.export.card import (
    CRISIS_ORDER,
    WRAP_ORDER,
    FitReport,
    card_text,
    fit,
    render,
)
from samenplan.export.card_content import card_sections
from samenplan.formkit.model import FormDef

# kind → the plan it is made of and the order of its parts
KINDS = {"crisis": ("crisiskaart", CRISIS_ORDER), "wrap": ("wrap", WRAP_ORDER)}


class NoPlan(ValueError):
    """The dossier has no plan of that kind to make a card of."""


def pocket_card(
    dossier: Dossier,
    forms: Mapping[str, FormDef],
    paper: str = "a4",
    lang: str = "nl",
    kind: str = "crisis",
    strips: bool = False,
) -> tuple[bytes, FitReport]:
    """The card's PDF and its fit report (the PDF shows what fits; the report what not).
    With `strips` the centre line is cut instead of folded: two strips of five panels."""
    form_id, order = KINDS[kind]
    text = card_text(kind, lang)
    document = dossier.document(form_id)
    if document is None:
        raise NoPlan(form_id)
    sections = card_sections(forms[form_id], document.answers, dossier, lang)
    assert document.review_by is not None
    layout, report = fit(
        sections, dossier.title, document.reviewed, document.review_by, paper, text, order, strips
    )
    return render(layout, paper, text, strips=strips), report


def crisis_card(
    dossier: Dossier, forms: Mapping[str, FormDef], paper: str = "a4", lang: str = "nl"
) -> tuple[bytes, FitReport]:
    return pocket_card(dossier, forms, paper, lang, "crisis")
