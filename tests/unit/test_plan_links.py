"""Filling the empty parts of the crisiskaart from the WRAP crisis plan and back: a preview
first, then only empty parts are filled; nothing filled in is overwritten."""

from __future__ import annotations

import copy
import datetime as dt

import pytest

from samenplan import shipped
from samenplan.domain.export_format import dumps, loads
from samenplan.domain.plan_links import CRISIS, WRAP, State, apply, offer, preview

DAY = dt.date(2026, 11, 23)


@pytest.fixture
def forms():
    return shipped.forms()


def without(form_id):
    dossier = shipped.demo_dossier()
    dossier.documents = [d for d in dossier.documents if d.form != form_id]
    return dossier


def test_an_empty_crisiskaart_is_filled_from_the_wrap_after_a_preview(forms):
    dossier = without(CRISIS)
    planned = preview(forms, dossier, WRAP)
    assert {c.state for c in planned} == {State.COPY}
    targets = [c.target.id for c in planned]
    assert {"crisis_herkennen", "wel_doen", "niet_doen", "behandeling_wel",
            "opname_voorkeur", "contact", "taak"} <= set(targets)  # fmt: skip
    assert "medicatie_nu" not in targets  # medicines are shared, never copied
    assert dossier.document(CRISIS) is None  # a preview changes nothing
    done = apply(forms, dossier, WRAP, DAY)
    assert [c.target.id for c in done] == targets
    crisis = dossier.document(CRISIS)
    wrap = dossier.document(WRAP)
    assert crisis.answers.get("wel_doen") == wrap.answers.get("hulp_helpt")
    assert crisis.answers.get("medicatie_nu") is None
    assert crisis.answers.get("gebruikt_medicatie") is None  # not answered for the person
    assert crisis.answers.get("opname_voorkeur") == "\n".join(wrap.answers.get("plek_voorkeur"))
    contacts = list(crisis.answers.root().find_all("contact"))
    supporters = list(wrap.answers.root().find_all("steunpersoon"))
    assert [c.children[0].value for c in contacts] == [s.children[0].value for s in supporters]
    assert crisis.changed == DAY
    again, _ = loads(dumps(dossier).encode(), forms)  # a valid plan the strict reader takes
    assert again.document(CRISIS).answers.to_json() == crisis.answers.to_json()


def test_what_is_filled_in_stays_and_is_said_to_stay(forms):
    dossier = shipped.demo_dossier()
    before = copy.deepcopy(dossier.document(CRISIS).answers)
    planned = preview(forms, dossier, WRAP)
    kept = {c.target.id for c in planned if c.state is State.KEPT}
    assert {"wel_doen", "niet_doen", "contact"} <= kept
    copied = apply(forms, dossier, WRAP, DAY)
    for change in copied:
        assert change.target.id not in kept
    after = dossier.document(CRISIS).answers

    def found(answers, item_id):
        return [n.to_json() for n in answers.root().find_all(item_id)]

    for item in forms[CRISIS].walk():  # every answer that was there is there unchanged
        if found(before, item.id) and item.type.answerable:
            assert found(after, item.id) == found(before, item.id), item.id


def test_the_wrap_crisis_plan_is_filled_from_the_crisiskaart(forms):
    dossier = without(WRAP)
    apply(forms, dossier, CRISIS, DAY)
    wrap = dossier.document(WRAP)
    crisis = dossier.document(CRISIS)
    assert wrap.answers.get("hulp_helpt") == crisis.answers.get("wel_doen")
    assert wrap.answers.get("plek_voorkeur") == [
        line for line in crisis.answers.get("opname_voorkeur").splitlines() if line.strip()
    ]
    tasks = list(wrap.answers.root().find_all("hulp_taak"))
    assert len(tasks) == len(list(crisis.answers.root().find_all("taak")))
    loads(dumps(dossier).encode(), forms)


def test_nothing_to_copy_from_a_plan_that_is_not_there(forms):
    dossier = without(WRAP)
    assert preview(forms, dossier, WRAP) == []
    assert apply(forms, dossier, WRAP, DAY) == []


def test_an_empty_linked_question_is_offered_the_other_plans_answer(forms):
    dossier = shipped.demo_dossier()
    helps = dossier.document(WRAP).answers.get("hulp_helpt")
    found = offer(forms, dossier, CRISIS, "wel_doen")
    assert found is not None and found[0].id == "hulp_helpt" and found[1] == helps
    back = offer(forms, dossier, WRAP, "hulp_helpt")
    assert back[1] == dossier.document(CRISIS).answers.get("wel_doen")
    assert offer(forms, dossier, CRISIS, "medicatie_nu") is None  # shared, not offered
    assert offer(forms, dossier, CRISIS, "contact") is None  # groups go through the preview
    assert offer(forms, without(WRAP), CRISIS, "wel_doen") is None
