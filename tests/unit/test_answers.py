"""The answer tree: JSON in and out, type checks per item type, migrations."""

from __future__ import annotations

import contextlib
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from samenplan.formkit.answers import AnswerError, Answers, Node, from_json, migrate
from samenplan.formkit.model import FormDef, Item, ItemType

GOOD_VALUES = {
    "naam": "Ava",
    "code": "AB12",
    "verhaal": "Regel één\nRegel twee",
    "punten": ["een", "twee"],
    "akkoord": True,
    "kleur": "rood",
    "kleuren": ["geel", "blauw"],
    "cijfer": 5,
    "datum": "2026-02-28",
    "telefoon": "06-01 23 45 67",
    "wie": "p-ava",
    "wie_doet": {"person": "p-ava"},
    "pillen": [{"ref": "0123456789abcdef"}],  # a medicine of the dossier
}
BAD_VALUES = {
    "naam": 12,
    "punten": "een",
    "akkoord": "ja",
    "kleur": "paars",
    "kleuren": ["geel", "geel"],
    "cijfer": 6,
    "datum": "2026-02-30x",
    "wie": "Ava Jansen",
    "wie_doet": "p-ava",
    "pillen": [{"ref": "0123456789abcdef"}, {"ref": "0123456789abcdef"}],
}


def basis(**values) -> list[dict]:
    return [{"id": "basis", "items": [{"id": k, "value": v} for k, v in values.items()]}]


def test_every_type_round_trips(every_type):
    data = [
        *basis(**GOOD_VALUES),
        {"id": "herhaal", "items": [{"id": "herhaal_ja", "value": True}]},
        {"id": "herhaal", "items": []},
    ]
    answers = from_json(every_type, data)
    assert answers.to_json() == data
    assert json.loads(json.dumps(answers.to_json())) == data
    assert answers.get("cijfer") == 5


@pytest.mark.parametrize(("item_id", "value"), sorted(BAD_VALUES.items()))
def test_a_value_of_the_wrong_kind_is_refused_with_its_place(every_type, item_id, value):
    with pytest.raises(AnswerError) as caught:
        from_json(every_type, basis(**{item_id: value}))
    assert caught.value.where == f"items[0] (basis).items[0] ({item_id})"
    assert caught.value.reason.get("nl") and caught.value.reason.get("en")
    assert repr(value) not in str(caught.value)  # the reason never quotes the answer


@pytest.mark.parametrize(
    ("data", "where"),
    [
        ({"id": "basis"}, "items"),
        ([{"id": "nergens", "value": 1}], "items[0] (nergens)"),
        ([{"value": 1}], "items[0]"),
        ([{"id": "basis", "value": "x"}], "items[0] (basis)"),
        (
            [{"id": "basis", "items": [{"id": "naam", "value": "a", "extra": 1}]}],
            "items[0] (basis).items[0] (naam)",
        ),
        ([{"id": "basis", "items": []}, {"id": "basis", "items": []}], "items[1] (basis)"),
        ([{"id": "herhaal", "items": []}] * 4, "items"),
        ([{"id": "naam", "value": "op de verkeerde plek"}], "items[0] (naam)"),
        (
            [{"id": "basis", "items": [{"id": "basis_intro", "value": "x"}]}],
            "items[0] (basis).items[0] (basis_intro)",
        ),
    ],
)
def test_malformed_trees_are_refused(every_type, data, where):
    with pytest.raises(AnswerError) as caught:
        from_json(every_type, data)
    assert caught.value.where == where


def test_migrations_rename_and_delete(every_type):
    old = [
        {
            "id": "basis",
            "items": [{"id": "oude_naam", "value": "Ava"}, {"id": "weg", "value": "oud"}],
        }
    ]
    answers = from_json(every_type, migrate(every_type, old))
    assert answers.to_json() == basis(naam="Ava")
    assert old[0]["items"][0]["id"] == "oude_naam"  # the input is not changed


def test_an_unmigrated_old_id_is_refused(every_type):
    with pytest.raises(AnswerError):
        from_json(every_type, [{"id": "basis", "items": [{"id": "oude_naam", "value": "Ava"}]}])


# ------------------------------------------------------------------ property-based

texts = st.text(max_size=30)


def value_strategy(item: Item) -> st.SearchStrategy:
    kind = item.type
    if kind in (ItemType.STRING, ItemType.TEXT, ItemType.PHONE):
        return texts
    if kind is ItemType.LIST:
        return st.lists(texts, max_size=4)
    if kind is ItemType.BOOLEAN:
        return st.booleans()
    if kind is ItemType.CHOICE:
        return st.sampled_from(item.choices.codes())
    if kind is ItemType.MULTICHOICE:
        return st.lists(st.sampled_from(item.choices.codes()), unique=True)
    if kind is ItemType.SCALE:
        return st.integers(item.scale.min, item.scale.max)
    if kind is ItemType.DATE:
        return st.dates().map(lambda d: d.isoformat()).filter(lambda s: len(s) == 10)
    if kind is ItemType.PERSON:
        return st.from_regex(r"[a-z0-9][a-z0-9_-]{0,10}", fullmatch=True)
    if kind is ItemType.WHO:
        person = st.from_regex(r"[a-z0-9][a-z0-9_-]{0,10}", fullmatch=True)
        return st.one_of(
            person.map(lambda p: {"person": p}),
            st.sampled_from(item.choices.codes()).map(lambda c: {"code": c}),
            texts.filter(str.strip).map(lambda t: {"other": t}),
            st.sampled_from(("client", "naaste", "hulpverlener")).map(lambda r: {"review": r}),
        )
    if kind is ItemType.MEDICATION:
        refs = st.from_regex(r"[0-9a-f]{16}", fullmatch=True).map(lambda r: {"ref": r})
        return st.lists(refs, max_size=3, unique_by=lambda r: r["ref"])
    raise AssertionError(kind)


def nodes_strategy(items: tuple[Item, ...]) -> st.SearchStrategy:
    per_item = []
    for item in items:
        if item.type is ItemType.DISPLAY:
            continue
        if item.type is ItemType.GROUP:
            one = nodes_strategy(item.items).map(lambda kids, i=item.id: [Node(i, None, kids)])
            if item.repeats is not None:
                high = item.repeats.max or 3
                one = st.lists(nodes_strategy(item.items), max_size=high).map(
                    lambda many, i=item.id: [Node(i, None, kids) for kids in many]
                )
            per_item.append(st.one_of(st.just([]), one))
        else:
            per_item.append(
                st.one_of(st.just([]), value_strategy(item).map(lambda v, i=item.id: [Node(i, v)]))
            )
    return st.tuples(*per_item).map(lambda parts: [n for part in parts for n in part])


def answers_strategy(form: FormDef) -> st.SearchStrategy:
    return nodes_strategy(form.items).map(Answers)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_any_valid_tree_round_trips(every_type, data):
    answers = data.draw(answers_strategy(every_type))
    as_json = json.loads(json.dumps(answers.to_json()))
    assert from_json(every_type, as_json).to_json() == as_json


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(st.sampled_from(["id", "value", "items", "x"]), inner, max_size=3)
    ),
    max_leaves=20,
)


@settings(max_examples=500)
@given(data=json_values)
def test_arbitrary_json_gives_only_answer_errors(every_type, data):
    with contextlib.suppress(AnswerError):
        from_json(every_type, data)
