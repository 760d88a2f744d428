"""Picking by reference (the WRAP's toolbox in its action plans): the dialect, renaming,
removing a tool that is in use, and references that point nowhere after an import."""

from __future__ import annotations

import copy
import json

import pytest

from samenplan import resources, shipped
from samenplan.domain.export_format import ExportFormatError, dumps, from_json_data, loads
from samenplan.formkit import picks
from samenplan.formkit.answers import AnswerError, Node, from_json
from tests.unit.test_loader import problems_of

WALK = "7f3a9c21d4e80b01"  # "Wandelen in het park" in the demo's toolbox
BED = "9e04b7a2d16c5804"  # "Op tijd naar bed"


@pytest.fixture
def wrap():
    return shipped.forms()["wrap"]


@pytest.fixture
def answers():
    return shipped.demo_dossier().document("wrap").answers


def tool(answers, key) -> Node:
    return next(n for n in answers.root().find_all("hulpmiddel") if n.key == key)


def test_the_toolbox_is_offered_in_every_action_plan(wrap, answers):
    picking = [item.id for item in picks.picking_items(wrap)]
    assert picking == [
        "elke_dag", "soms_nodig", "triggers_moet", "triggers_kan",
        "waarschuwing_moet", "waarschuwing_kan", "ontsporing_moet", "ontsporing_kan",
        "nacrisis_zelf",
    ]  # fmt: skip
    options = picks.options(wrap, answers, wrap.item("elke_dag"))
    assert options[0] == (WALK, "Wandelen in het park") and len(options) == 8


def test_renaming_a_tool_renames_it_everywhere_it_is_used(wrap, answers):
    next(n for n in tool(answers, WALK).children if n.id == "hulpmiddel_naam").value = "Fietsen"
    shown = picks.resolved(wrap, answers)
    assert "Fietsen" in shown.get("elke_dag") and "Fietsen" in shown.get("triggers_kan")
    assert "Wandelen in het park" not in json.dumps(shown.to_json())
    assert answers.get("elke_dag")[1] == {"ref": WALK}  # stored: the reference, not a copy


def test_where_a_tool_is_used_and_removing_it(wrap, answers):
    used = picks.where_used(wrap, answers, WALK)
    assert [item.id for item in used] == ["elke_dag", "triggers_kan"]
    assert picks.where_used(wrap, answers, "0" * 16) == []
    gereedschap = next(n for n in answers.items if n.id == "gereedschap")
    gereedschap.items.remove(tool(answers, WALK))
    assert picks.problems(wrap, answers) == ["elke_dag", "triggers_kan"]  # dangling now
    picks.drop(wrap, answers, WALK)
    assert picks.problems(wrap, answers) == []
    assert {"ref": WALK} not in answers.get("elke_dag")
    assert answers.get("triggers_kan") == ["Iets opschrijven"]


def test_a_list_that_only_held_the_removed_tool_is_left_out(wrap, answers):
    next(answers.root().find_all("ontsporing_kan")).value = [{"ref": BED}]
    picks.drop(wrap, answers, BED)
    assert answers.get("ontsporing_kan") is None
    assert all(n.id != "ontsporing_kan" for n in answers.root().find_all("ontsporing_kan"))


def test_tools_written_before_picking_existed_get_a_key(wrap, answers):
    for node in answers.root().find_all("hulpmiddel"):
        node.key = None
    for node in answers.root().find_all("elke_dag"):
        node.value = ["Drie keer per dag eten"]
    for item in picks.picking_items(wrap):
        for node in answers.root().find_all(item.id):
            node.value = [v for v in node.value if isinstance(v, str)] or None
    picks.ensure_keys(wrap, answers)
    keys = [n.key for n in answers.root().find_all("hulpmiddel")]
    assert all(keys) and len(set(keys)) == len(keys)


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        (lambda d: d[1]["items"][0].__setitem__("key", "f" * 16), "points nowhere"),
        (lambda d: d[1]["items"][1].__setitem__("key", WALK), "two share a key"),
    ],
)
def test_dangling_or_doubled_references_are_refused_on_import(change, reason):
    data = json.loads(resources.resource("demo/dossier.json").read_bytes())
    wrap = next(d for d in data["documents"] if d["form"] == "wrap")
    change(wrap["items"])
    with pytest.raises(ExportFormatError) as caught:
        from_json_data(data, shipped.forms())
    assert caught.value.where.startswith("documents[1].items (")
    assert "Wandelen" not in str(caught.value) and "bed" not in str(caught.value)


def test_a_reference_only_where_the_form_allows_picking(wrap):
    data = shipped.demo_dossier().document("wrap").answers.to_json()
    broken = copy.deepcopy(data)
    broken[3]["items"][0]["value"] = [{"ref": WALK}]  # triggers_tekens: no picks
    with pytest.raises(AnswerError):
        from_json(wrap, broken)
    keyed_section = copy.deepcopy(data)
    keyed_section[1]["key"] = WALK  # 'gereedschap' does not repeat: no key
    with pytest.raises(AnswerError):
        from_json(wrap, keyed_section)


def test_references_round_trip_through_the_export_format(wrap):
    dossier = shipped.demo_dossier()
    again, _ = loads(dumps(dossier).encode(), shipped.forms())
    assert again.document("wrap").answers.to_json() == dossier.document("wrap").answers.to_json()


@pytest.mark.parametrize(
    ("body", "key"),
    [
        (
            """
            - {id: a, type: string, text: {nl: "A"}}
            - {id: b, type: list, text: {nl: "B"}, picks: {group: a, label: a}}
            """,
            "picks.group",
        ),
        (
            """
            - id: tool
              type: group
              text: {nl: "Ding"}
              repeats: {min: 0}
              items:
                - {id: tool_hoe, type: text, text: {nl: "Hoe"}}
            - {id: b, type: list, text: {nl: "B"}, picks: {group: tool, label: tool_hoe}}
            """,
            "picks.label",
        ),
    ],
)
def test_the_loader_checks_what_a_list_picks_from(write_form, body, key):
    problems = problems_of(write_form, body)
    assert [p.params.get("key") for p in problems if p.code == "bad_value"] == [key]


def test_only_a_list_picks(write_form):
    body = """
    - id: tool
      type: group
      text: {nl: "Ding"}
      repeats: {min: 0}
      items:
        - {id: tool_naam, type: string, text: {nl: "Naam"}}
    - {id: b, type: text, text: {nl: "B"}, picks: {group: tool, label: tool_naam}}
    """
    problems = problems_of(write_form, body)
    assert [(p.code, p.params.get("key")) for p in problems] == [("not_for_type", "picks")]
