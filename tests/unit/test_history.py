"""Versions of a plan: marking it final keeps a dated copy; what changed between two
versions (added, removed, changed answers, repeated groups); an old answer put back."""

from __future__ import annotations

import copy
import datetime as dt

import pytest

from samenplan import shipped
from samenplan.domain.export_format import ExportFormatError, dumps, from_json_data, loads
from samenplan.domain.history import mark_final
from samenplan.formkit.diff import Kind, changes, restore

DAY = dt.date(2026, 11, 1)


@pytest.fixture
def wrap():
    return shipped.forms()["wrap"]


@pytest.fixture
def crisis():
    return shipped.forms()["crisiskaart"]


def node(answers, item_id, number=0):
    return list(answers.root().find_all(item_id))[number]


def test_marking_final_keeps_a_dated_copy_once_per_change():
    document = shipped.demo_dossier().document("crisiskaart")
    assert mark_final(document, DAY) and document.status == "final"
    assert not mark_final(document, DAY)  # nothing changed: no second copy
    node(document.answers, "roepnaam").value = "Noortje"
    assert mark_final(document, DAY + dt.timedelta(days=3))
    assert [v.day for v in document.history] == [DAY, DAY + dt.timedelta(days=3)]
    assert document.history[0].answers.get("roepnaam") == "Noor"  # a copy, not shared


def test_versions_round_trip_through_the_export_format():
    dossier = shipped.demo_dossier()
    document = dossier.document("wrap")
    mark_final(document, DAY)
    node(document.answers, "hulpmiddel_naam").value = "Fietsen"
    again, _ = loads(dumps(dossier).encode(), shipped.forms())
    kept = again.document("wrap").history
    assert [v.day for v in kept] == [dt.date(2026, 3, 12), DAY]  # the demo kept one in March
    assert node(kept[0].answers, "hulpmiddel_naam").value == "Een rondje om het huis lopen"
    assert node(kept[1].answers, "hulpmiddel_naam").value == "Wandelen in het park"


def test_a_broken_version_is_refused_naming_its_place():
    dossier = shipped.demo_dossier()
    mark_final(dossier.document("crisiskaart"), DAY)
    data = __import__("json").loads(dumps(dossier))
    data["documents"][0]["history"][0]["items"][0]["id"] = "bestaat_niet"
    with pytest.raises(ExportFormatError) as caught:
        from_json_data(data, shipped.forms())
    assert caught.value.where.startswith("documents[0].history[0].items[0]")


def test_added_removed_and_changed_answers(crisis):
    old = shipped.demo_dossier().document("crisiskaart").answers
    new = copy.deepcopy(old)
    node(new, "roepnaam").value = "Noortje"  # changed
    wel = node(new, "wel_doen")
    wel.value = [*wel.value, "Samen thee drinken"]  # a list that grew: changed
    section = next(n for n in new.items if n.id == "over_mij")
    section.items = [n for n in section.items if n.id != "talen"]  # removed
    found = {(c.kind, c.item.id) for c in changes(crisis, old, new)}
    assert found == {
        (Kind.CHANGED, "roepnaam"),
        (Kind.CHANGED, "wel_doen"),
        (Kind.REMOVED, "talen"),
    }
    back = changes(crisis, new, old)
    assert (Kind.ADDED, "talen") in {(c.kind, c.item.id) for c in back}
    assert changes(crisis, old, copy.deepcopy(old)) == []


def test_repeated_groups_match_by_key_then_by_position(wrap):
    old = shipped.demo_dossier().document("wrap").answers
    new = copy.deepcopy(old)
    toolbox = next(n for n in new.items if n.id == "gereedschap")
    tools = [n for n in toolbox.items if n.id == "hulpmiddel"]
    toolbox.items.remove(tools[1])  # "Muziek luisteren" gone
    toolbox.items.insert(0, toolbox.items.pop(toolbox.items.index(tools[3])))  # moved first
    next(n for n in tools[3].children if n.id == "hulpmiddel_naam").value = "Vroeg naar bed"
    found = changes(wrap, old, new)
    kinds = [(c.kind, c.item.id) for c in found]
    assert (Kind.REMOVED, "hulpmiddel") in kinds
    renamed = next(c for c in found if c.item.id == "hulpmiddel_naam")
    assert (renamed.old, renamed.new) == ("Op tijd naar bed", "Vroeg naar bed")  # by key
    assert len([k for k in kinds if k[1] == "hulpmiddel_naam"]) == 1  # a move is no change
    steunpersonen = [c for c in found if c.item.id.startswith("steunpersoon")]
    assert steunpersonen == []


def test_unkeyed_instances_match_by_position(crisis):
    old = shipped.demo_dossier().document("crisiskaart").answers
    new = copy.deepcopy(old)
    first = node(new, "contact")
    holder = next(n for n in new.items if any(c is first for c in n.children))
    holder.items.append(copy.deepcopy(first))  # a second contact, same as the first
    found = changes(crisis, old, new)
    assert [(c.kind, c.item.id, c.path[-1]) for c in found] == [
        (Kind.ADDED, "contact", ("contact", len(list(old.root().find_all("contact")))))
    ]
    next(n for n in first.children if n.id == "contact_persoon").value = "p-ruben"
    kinds = {(c.kind, c.item.id) for c in changes(crisis, old, new)}
    assert (Kind.CHANGED, "contact_persoon") in kinds  # the first, matched by position


def test_an_old_answer_and_a_removed_instance_are_put_back(crisis, wrap):
    old = shipped.demo_dossier().document("crisiskaart").answers
    new = copy.deepcopy(old)
    node(new, "roepnaam").value = "Noortje"
    section = next(n for n in new.items if n.id == "over_mij")
    section.items = [n for n in section.items if n.id != "talen"]
    for change in changes(crisis, old, new):
        restore(new, change)
    assert changes(crisis, old, new) == []

    old_wrap = shipped.demo_dossier().document("wrap").answers
    new_wrap = copy.deepcopy(old_wrap)
    toolbox = next(n for n in new_wrap.items if n.id == "gereedschap")
    toolbox.items = [n for n in toolbox.items if n.key != "2b6e0d9a4c17f302"]
    [removed] = changes(wrap, old_wrap, new_wrap)
    assert removed.kind is Kind.REMOVED and removed.old.key == "2b6e0d9a4c17f302"
    restore(new_wrap, removed)
    assert changes(wrap, old_wrap, new_wrap) == []  # matched by key again, order aside


def test_an_old_list_that_picked_a_tool_removed_since_comes_back_as_text(wrap):
    from samenplan.formkit import picks

    old = shipped.demo_dossier().document("wrap").answers
    new = copy.deepcopy(old)
    walk = "7f3a9c21d4e80b01"
    toolbox = next(n for n in new.items if n.id == "gereedschap")
    toolbox.items = [n for n in toolbox.items if n.key != walk]
    picks.drop(wrap, new, walk)
    daily = next(c for c in changes(wrap, old, new) if c.item.id == "elke_dag")
    restore(new, daily)
    assert picks.problems(wrap, new) == ["elke_dag"]  # the old list points at nothing ...
    picks.detach(wrap, new, picks.labels(wrap, old))
    assert picks.problems(wrap, new) == []  # ... until it is turned into its old name
    assert "Wandelen in het park" in new.get("elke_dag")
    assert {"ref": "9e04b7a2d16c5804"} in new.get("elke_dag")  # tools still there stay picked
