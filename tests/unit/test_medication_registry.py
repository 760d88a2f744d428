"""One medication registry per dossier: the plans' medication answers refer to its medicines,
references are checked when a file is read, and older files (each plan its own list) are
moved into the registry without losing anything."""

from __future__ import annotations

import copy
import json

import pytest

from samenplan import shipped
from samenplan.domain.dossier import Medicine
from samenplan.domain.export_format import ExportFormatError, dumps, from_json_data, loads
from samenplan.export.card_content import card_sections

EXPORTED = "2026-11-01T09:00:00Z"


@pytest.fixture
def forms():
    return shipped.forms()


def entry(name, dose="", when="", notes=""):
    return {"name": name, "dose": dose, "when": when, "notes": notes}


def medication_node(data, form, item_id):
    """The raw answer node of `item_id` in the plan `form` of parsed export data."""
    document = next(d for d in data["documents"] if d["form"] == form)
    stack = list(document["items"])
    while stack:
        node = stack.pop()
        if node["id"] == item_id:
            return node
        stack.extend(node.get("items", []))
    raise KeyError(item_id)


def version_2(forms, crisis_now, crisis_helps, wrap_now):
    """The demo as a format 2 file whose plans keep these medication lists of their own."""
    data = json.loads(dumps(shipped.demo_dossier(), EXPORTED))
    data["format_version"] = 2
    del data["medicines"]
    for document in data["documents"]:  # kept versions: see the test of those below
        document.pop("history", None)
    medication_node(data, "crisiskaart", "medicatie_nu")["value"] = crisis_now
    medication_node(data, "crisiskaart", "medicatie_helpt")["value"] = crisis_helps
    medication_node(data, "wrap", "crisis_medicatie_nu")["value"] = wrap_now
    return data


def names(dossier, form, item_id):
    refs = dossier.document(form).answers.get(item_id) or []
    return [dossier.medicine(r["ref"]).name for r in refs]


def test_both_plans_refer_to_one_medicine_so_a_change_shows_in_both(forms):
    dossier = shipped.demo_dossier()
    crisis = dossier.document("crisiskaart").answers.get("medicatie_nu")
    wrap = dossier.document("wrap").answers.get("crisis_medicatie_nu")
    assert crisis[0] == wrap[0]  # the same medicine, referred to twice
    medicine = dossier.medicine(wrap[0]["ref"])
    medicine.dose = "15 mg"  # corrected once
    again, _ = loads(dumps(dossier, EXPORTED).encode(), forms)
    for form, item_id in (("crisiskaart", "medicatie_nu"), ("wrap", "crisis_medicatie_nu")):
        ref = again.document(form).answers.get(item_id)[0]["ref"]
        assert again.medicine(ref).dose == "15 mg"
    card = card_sections(forms["crisiskaart"], again.document("crisiskaart").answers, again, "nl")
    lines = [
        line for s in card if s.item_id == "medicatie_nu" for e in s.entries for line in e.lines
    ]
    assert lines[0] == "Aripiprazol 15 mg 's ochtends"


def test_a_reference_to_a_missing_medicine_is_refused_naming_the_place(forms):
    data = json.loads(dumps(shipped.demo_dossier(), EXPORTED))
    medication_node(data, "wrap", "crisis_medicatie_nu")["value"] = [{"ref": "0123456789abcdef"}]
    with pytest.raises(ExportFormatError) as caught:
        from_json_data(data, forms)
    assert "(crisis_medicatie_nu)" in caught.value.where
    assert caught.value.reason.get("en") == "this medicine is not in 'medicines'"
    assert caught.value.reason.get("nl") == "dit medicijn staat niet bij 'medicines'"


@pytest.mark.parametrize(
    "value",
    [
        [entry("Aripiprazol", "10 mg")],  # the old shape, in a version 3 file
        [{"ref": "0123456789abcdef"}, {"ref": "0123456789abcdef"}],  # twice
        [{"ref": "Aripiprazol"}],
    ],
)
def test_a_medication_answer_holds_only_references(forms, value):
    data = json.loads(dumps(shipped.demo_dossier(), EXPORTED))
    medication_node(data, "crisiskaart", "medicatie_helpt")["value"] = value
    with pytest.raises(ExportFormatError) as caught:
        from_json_data(data, forms)
    assert "(medicatie_helpt)" in caught.value.where


def test_the_registry_is_only_in_files_of_version_3_and_later(forms):
    data = json.loads(dumps(shipped.demo_dossier(), EXPORTED))
    data["format_version"] = 2
    with pytest.raises(ExportFormatError, match="unknown key 'medicines'"):
        from_json_data(data, forms)
    data = json.loads(dumps(shipped.demo_dossier(), EXPORTED))
    del data["medicines"]
    with pytest.raises(ExportFormatError, match="'medicines' is missing"):
        from_json_data(data, forms)
    data = json.loads(dumps(shipped.demo_dossier(), EXPORTED))
    data["medicines"].append(copy.deepcopy(data["medicines"][0]))
    with pytest.raises(ExportFormatError) as caught:
        from_json_data(data, forms)
    assert caught.value.where == f"medicines[{len(data['medicines']) - 1}]"


def test_an_older_export_with_different_lists_in_the_two_plans_loses_nothing(forms):
    data = version_2(
        forms,
        crisis_now=[
            entry("Aripiprazol", "10 mg", "'s ochtends"),
            entry("Melatonine", "1 mg", "voor het slapen", "Alleen als ik slecht slaap"),
        ],
        crisis_helps=[entry("Lorazepam", "1 mg", "bij onrust")],
        wrap_now=[
            entry(" aripiprazol", "10  mg", "'S OCHTENDS", "Met eten"),  # the same, typed again
            entry("Aripiprazol", "15 mg", "'s ochtends"),  # another dose: another medicine
            entry("Lithium", "400 mg", "'s avonds"),  # only in the WRAP
            entry("", "", "", ""),  # nothing typed
        ],
    )
    dossier, _ = from_json_data(data, forms)
    registry = [(m.name, m.dose, m.when, m.notes) for m in dossier.medicines]
    assert registry == [
        ("Aripiprazol", "10 mg", "'s ochtends", "Met eten"),
        ("Melatonine", "1 mg", "voor het slapen", "Alleen als ik slecht slaap"),
        ("Lorazepam", "1 mg", "bij onrust", ""),
        ("Aripiprazol", "15 mg", "'s ochtends", ""),
        ("Lithium", "400 mg", "'s avonds", ""),
    ]
    assert names(dossier, "crisiskaart", "medicatie_nu") == ["Aripiprazol", "Melatonine"]
    assert names(dossier, "crisiskaart", "medicatie_helpt") == ["Lorazepam"]
    assert names(dossier, "wrap", "crisis_medicatie_nu") == [
        "Aripiprazol",
        "Aripiprazol",
        "Lithium",
    ]
    crisis_first = dossier.document("crisiskaart").answers.get("medicatie_nu")[0]
    assert dossier.document("wrap").answers.get("crisis_medicatie_nu")[0] == crisis_first
    # written as version 3 and read again: the same registry and the same references
    written = dumps(dossier, EXPORTED)
    assert json.loads(written)["format_version"] == 3
    again, _ = loads(written.encode(), forms)
    assert dumps(again, EXPORTED) == written


def test_kept_versions_are_moved_too_and_notes_that_differ_are_both_kept(forms):
    data = version_2(
        forms,
        crisis_now=[entry("Aripiprazol", "10 mg", "'s ochtends", "Bij het ontbijt")],
        crisis_helps=[],
        wrap_now=[entry("Aripiprazol", "10 mg", "'s ochtends", "Niet met grapefruit")],
    )
    crisis = next(d for d in data["documents"] if d["form"] == "crisiskaart")
    kept = copy.deepcopy(crisis["items"])
    crisis["history"] = [{"date": "2026-09-01", "items": kept}]
    node = medication_node({"documents": [{"form": "x", "items": kept}]}, "x", "medicatie_nu")
    node["value"] = [entry("Sertraline", "50 mg", "'s ochtends")]  # stopped since
    dossier, _ = from_json_data(data, forms)
    assert [(m.name, m.notes) for m in dossier.medicines] == [
        ("Aripiprazol", "Bij het ontbijt; Niet met grapefruit"),
        ("Sertraline", ""),
    ]
    old = dossier.document("crisiskaart").history[0].answers.get("medicatie_nu")
    assert dossier.medicine(old[0]["ref"]).name == "Sertraline"


def test_an_old_list_of_another_shape_is_still_refused_naming_the_place(forms):
    data = version_2(forms, [entry("Aripiprazol")], [{"name": "Lorazepam"}], [])
    with pytest.raises(ExportFormatError) as caught:
        from_json_data(data, forms)
    assert "(medicatie_helpt)" in caught.value.where


def test_a_medicine_has_no_generated_repr():
    assert "Aripiprazol" not in repr(Medicine("0123456789abcdef", "Aripiprazol"))
