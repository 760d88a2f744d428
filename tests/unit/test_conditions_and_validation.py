"""Which items are shown (enable_when), and what is checked on what is shown."""

from __future__ import annotations

import pytest

from samenplan.formkit.answers import Answers, Node
from samenplan.formkit.conditions import _compare, hidden_answers, walk_enabled
from samenplan.formkit.model import Operator
from samenplan.formkit.progress import section_progress
from samenplan.formkit.validate import validate


def tree(
    basis: dict, *, voorwaarden: dict | None = None, herhaal: list[dict] | None = None
) -> Answers:
    nodes = [Node("basis", None, [Node(k, v) for k, v in basis.items()])]
    if voorwaarden is not None:
        nodes.append(Node("voorwaarden", None, [Node(k, v) for k, v in voorwaarden.items()]))
    for instance in herhaal if herhaal is not None else [{}]:
        nodes.append(Node("herhaal", None, [Node(k, v) for k, v in instance.items()]))
    return Answers(nodes)


def shown(form, answers) -> set[str]:
    return {item.id for item, _, _ in walk_enabled(form, answers)}


@pytest.mark.parametrize(
    ("value", "op", "answer", "expected"),
    [
        (None, Operator.EXISTS, True, False),
        ("", Operator.EXISTS, True, False),
        ([], Operator.EXISTS, False, True),
        ("x", Operator.EXISTS, True, True),
        (True, Operator.EQ, True, True),
        (False, Operator.EQ, True, False),
        (None, Operator.EQ, True, False),
        (["a", "b"], Operator.EQ, "b", True),
        (["a"], Operator.NE, "b", True),
        (["a", "b"], Operator.NE, "b", False),
        (None, Operator.NE, "b", True),
        ("rood", Operator.NE, "rood", False),
        (3, Operator.LT, 4, True),
        (4, Operator.LT, 4, False),
        (4, Operator.LE, 4, True),
        (5, Operator.GT, 4, True),
        (4, Operator.GE, 4, True),
        (3, Operator.GE, 4, False),
        (None, Operator.GE, 4, False),
        ("2026-01-02", Operator.GT, "2026-01-01", True),
        ("4", Operator.GE, 4, False),  # a text is never compared with a number
        (True, Operator.GT, 0, False),
    ],
)
def test_operators(value, op, answer, expected):
    assert _compare(value, op, answer) is expected


def test_all_and_any(every_type):
    assert "als_akkoord" not in shown(every_type, tree({}))
    assert "als_akkoord" in shown(every_type, tree({"akkoord": True}))
    assert "als_akkoord" not in shown(every_type, tree({"akkoord": False}))
    # enable_behavior any: red colour OR score >= 4
    assert "als_rood_of_hoog" not in shown(every_type, tree({"kleur": "groen", "cijfer": 3}))
    assert "als_rood_of_hoog" in shown(every_type, tree({"kleur": "rood", "cijfer": 1}))
    assert "als_rood_of_hoog" in shown(every_type, tree({"kleur": "groen", "cijfer": 4}))
    assert "als_naam" in shown(every_type, tree({"naam": "Ava"}))


def test_condition_in_a_repeated_group_reads_its_own_instance(every_type):
    answers = tree({}, herhaal=[{"herhaal_ja": True}, {"herhaal_ja": False}])
    instances = [
        scopes[-1]
        for item, scopes, _ in walk_enabled(every_type, answers)
        if item.id == "herhaal_waarom"
    ]
    first, second = (n for n in answers.items if n.id == "herhaal")
    assert len(instances) == 1
    assert instances[0] is first  # shown in the instance that said yes, not in the other
    assert second.items[0].value is False
    issues = validate(every_type, answers)
    assert [(i.item_id, i.code) for i in issues if i.item_id == "herhaal_waarom"] == [
        ("herhaal_waarom", "required")
    ]


def test_hidden_answers_are_kept_but_reported(every_type):
    answers = tree({"akkoord": False}, voorwaarden={"als_akkoord": "bewaard", "als_naam": "x"})
    assert hidden_answers(every_type, answers) == ["als_akkoord", "als_naam"]
    # the draft still holds them: toggling a box must never lose typed text
    assert answers.get("als_akkoord") == "bewaard"
    next(answers.root().find_all("akkoord")).value = True
    assert hidden_answers(every_type, answers) == ["als_naam"]


def test_required_and_hidden_required(every_type):
    codes = {(i.item_id, i.code) for i in validate(every_type, tree({}))}
    assert ("naam", "required") in codes
    assert ("als_akkoord", "required") not in codes  # hidden, so not required
    codes = {(i.item_id, i.code) for i in validate(every_type, tree({"akkoord": True}))}
    assert ("als_akkoord", "required") in codes


def test_max_length_pattern_and_message(every_type):
    issues = validate(
        every_type,
        tree({"naam": "x" * 21, "code": "ab12", "punten": ["kort", "veel te lang"]}),
    )
    by_id = {i.item_id: i for i in issues}
    assert by_id["naam"].code == "too_long"
    assert "20" in by_id["naam"].message.get("nl")
    assert by_id["code"].code == "pattern"
    assert by_id["code"].message.get("nl") == "Twee letters en twee cijfers."
    assert by_id["punten"].code == "too_long"
    ok = validate(every_type, tree({"naam": "Ava", "code": "AB12", "punten": ["kort"]}))
    assert ok == []


def test_repeat_min_and_max(every_type):
    too_few = validate(every_type, tree({"naam": "Ava"}, herhaal=[]))
    assert [(i.item_id, i.code) for i in too_few] == [("herhaal", "too_few")]
    too_many = validate(every_type, tree({"naam": "Ava"}, herhaal=[{}, {}, {}, {}]))
    assert [(i.item_id, i.code) for i in too_many] == [("herhaal", "too_many")]
    fine = validate(every_type, tree({"naam": "Ava"}, herhaal=[{}, {}]))
    assert fine == []


def test_issue_messages_never_contain_the_answer(every_type):
    secret = "GEHEIM-" + "x" * 30
    issues = validate(every_type, tree({"naam": secret, "code": secret}))
    assert issues
    for issue in issues:
        assert "GEHEIM" not in issue.message.get("nl")
        assert "GEHEIM" not in issue.message.get("en")


def test_section_progress_counts_only_shown_questions(every_type):
    before = {p.section_id: p for p in section_progress(every_type, tree({"naam": "Ava"}))}
    assert before["basis"].answered == 1
    assert before["basis"].total == 13
    assert before["voorwaarden"].total == 1  # only als_naam is shown
    after = {
        p.section_id: p
        for p in section_progress(every_type, tree({"naam": "Ava", "akkoord": True}))
    }
    assert after["voorwaarden"].total == 2
    assert after["basis"].started
