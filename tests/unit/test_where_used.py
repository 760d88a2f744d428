"""Where a person of the registry or a medicine is used, in words (said before they are
changed or removed)."""

from __future__ import annotations

import datetime as dt

from samenplan import shipped
from samenplan.domain.dossier import Person
from samenplan.domain.history import mark_final
from samenplan.domain.where_used import medicine_uses, person_uses


def test_a_person_is_found_in_every_plan_the_triad_and_agreements():
    dossier = shipped.demo_dossier()
    found = person_uses(dossier, shipped.forms(), "p-jesse", "nl")
    assert "Mijn crisisplan en crisiskaart: Wie is het?" in found
    assert any(place.startswith("Mijn herstel- en actieplan (WRAP): ") for place in found)
    assert "Triadekaart: deelnemer (naaste)" in found
    assert any(place.startswith("Afspraak: ") for place in found)
    english = person_uses(dossier, shipped.forms(), "p-jesse", "en")
    assert "Triad card: participant (relative or friend)" in english


def test_a_kept_version_counts_and_an_unused_person_is_used_nowhere():
    dossier = shipped.demo_dossier()
    dossier.people.append(Person("p-nieuw", "Nieuw Iemand"))
    assert person_uses(dossier, shipped.forms(), "p-nieuw", "nl") == []
    plan = dossier.document("crisiskaart")
    contact = next(plan.answers.root().find_all("contact_persoon"))
    contact.value = "p-nieuw"
    mark_final(plan, dt.date(2026, 11, 2))
    contact.value = "p-jesse"
    assert person_uses(dossier, shipped.forms(), "p-nieuw", "nl") == [
        "Mijn crisisplan en crisiskaart: Wie is het? (02-11-2026)"
    ]


def test_a_medicine_is_found_in_every_other_question_that_lists_it():
    dossier = shipped.demo_dossier()
    dossier.document("wrap").history.clear()  # the demo's kept version: added below
    forms = shipped.forms()
    shared = dossier.document("wrap").answers.get("crisis_medicatie_nu")[0]["ref"]
    assert medicine_uses(dossier, forms, shared, "nl", besides=("wrap", "crisis_medicatie_nu")) == [
        "Mijn crisisplan en crisiskaart: Welke medicijnen gebruik je nu?"
    ]
    assert medicine_uses(dossier, forms, shared, "nl", besides=("crisiskaart", "medicatie_nu")) == [
        "Mijn herstel- en actieplan (WRAP): Welke medicijnen gebruik je nu?"
    ]
    plan = dossier.document("wrap")
    mark_final(plan, dt.date(2026, 11, 2))  # a kept version lists it, even here
    assert "Mijn herstel- en actieplan (WRAP): Welke medicijnen gebruik je nu? (02-11-2026)" in (
        medicine_uses(dossier, forms, shared, "nl", besides=("wrap", "crisis_medicatie_nu"))
    )
    assert medicine_uses(dossier, forms, "0123456789abcdef", "nl", besides=("wrap", "x")) == []
