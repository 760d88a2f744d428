"""The triad comparison rules on small hand-made cards, with several naasten and hulpverleners."""

from __future__ import annotations

import datetime as dt

import pytest

from samenplan import shipped
from samenplan.domain.dossier import Document, Dossier, Member, Person, default_review_by
from samenplan.domain.export_format import dumps, loads
from samenplan.domain.triad import (
    Answer,
    changed_since_compared,
    compare,
    flags_for,
    mark_compared,
    tasks,
)
from samenplan.formkit.answers import Answers, Node

DAY = dt.date(2026, 11, 1)
ROLES = {"c": "client", "n1": "naaste", "n2": "naaste", "h1": "hulpverlener", "h2": "hulpverlener"}


def flags(**answers: Answer) -> set[str]:
    return flags_for(answers, ROLES)


@pytest.mark.parametrize(
    ("answers", "expected"),
    [
        # everyone agrees the client does it, the client claims it: nothing to discuss
        (
            {
                "c": Answer(should="client"),
                "n1": Answer(should="client"),
                "h1": Answer(should="client"),
            },
            set(),
        ),
        # someone wants to talk about it
        ({"c": Answer(should="client", discuss=True), "n1": Answer(should="client")}, {"discuss"}),
        # everyone: nobody / don't know
        (
            {
                "c": Answer(should="niemand"),
                "n1": Answer(should="weet_niet"),
                "h1": Answer(should="niemand"),
            },
            {"no_owner"},
        ),
        # all point to someone else: client says naaste, naasten say client
        (
            {
                "c": Answer(should="naaste"),
                "n1": Answer(should="client"),
                "n2": Answer(should="client"),
            },
            {"no_owner", "disagree"},
        ),
        # two naasten both claim it
        (
            {
                "n1": Answer(should="naaste"),
                "n2": Answer(should="naaste"),
                "c": Answer(should="naaste"),
            },
            {"double_claim"},
        ),
        # the client and a hulpverlener each claim it for themselves
        (
            {"c": Answer(should="client"), "h1": Answer(should="hulpverlener")},
            {"double_claim", "disagree"},
        ),
        # two hulpverleners disagree with the naaste, one claims it
        (
            {
                "n1": Answer(should="naaste"),
                "h1": Answer(should="hulpverlener"),
                "h2": Answer(should="naaste"),
            },
            {"double_claim", "disagree"},
        ),
        # "weet ik niet" next to a named role is not a disagreement
        ({"c": Answer(should="client"), "n1": Answer(should="weet_niet")}, set()),
        # a naaste finds it heavy (4 or 5); a hulpverlener's number does not count
        ({"n1": Answer(should="naaste", burden=4)}, {"heavy"}),
        ({"n1": Answer(should="naaste", burden=3)}, set()),
        ({"h1": Answer(should="hulpverlener", burden=5)}, set()),
        # nobody answered "who should": no owner flag from silence alone
        ({"c": Answer(), "n1": Answer(now="naaste")}, set()),
    ],
)
def test_comparison_rules(answers, expected):
    assert flags(**answers) == expected


def card(task_answers: dict[str, dict[str, object]]) -> Answers:
    form = shipped.forms()["triadekaart"]
    by_domain: dict[str, list[Node]] = {}
    for task in tasks(form):
        if task.id in task_answers:
            parts = [Node(key, value) for key, value in task_answers[task.id].items()]
            by_domain.setdefault(task.domain, []).append(Node(task.id, None, parts))
    return Answers([Node(domain, None, nodes) for domain, nodes in by_domain.items()])


def test_compare_joins_the_members_cards():
    people = [Person(p, p.upper()) for p in ("c", "n1", "n2", "h1")]
    members = [
        Member("c", "client", "klaar"),
        Member("n1", "naaste", "klaar"),
        Member("n2", "naaste", "open"),
        Member("h1", "hulpverlener", "klaar"),
    ]
    cards = {
        "c": card({"post": {"post.wie_straks": "naaste", "post.bespreken": True}}),
        "n1": card({"post": {"post.wie_straks": "hulpverlener", "post.belasting": 5}}),
        "n2": card({"post": {"post.wie_straks": "naaste"}}),
        "h1": card(
            {"post": {"post.wie_straks": "hulpverlener"}, "koken": {"koken.wie_straks": "client"}}
        ),
    }
    documents = [
        Document("triadekaart", 1, cards[p], member=p, created=DAY, reviewed=DAY) for p in cards
    ]
    dossier = Dossier("d", "T", DAY, DAY, default_review_by(DAY), people, members, documents)
    comparison = compare(dossier, shipped.forms()["triadekaart"])
    assert [m.person for m in comparison.open_members] == ["n2"]
    rows = {row.task.id: row for row in comparison.rows}
    assert len(rows) == 36
    post = rows["post"]
    assert post.answers["n1"].burden == 5 and post.answers["c"].discuss is True
    assert post.flags == {"discuss", "double_claim", "disagree", "heavy"}
    assert rows["koken"].flags == {
        "no_owner"
    }  # only the hulpverlener answered: the client, not the client
    assert rows["boodschappen"].flags == set()
    summary = comparison.summary()
    assert summary["regelzaken"]["heavy"] == 1 and summary["huishouden"]["no_owner"] == 1


def test_the_demo_has_something_of_every_kind():
    comparison = compare(shipped.demo_dossier(), shipped.forms()["triadekaart"])
    seen = set().union(*(row.flags for row in comparison.rows))
    assert seen == {"discuss", "no_owner", "double_claim", "disagree", "heavy"}


def test_changed_cards_are_told_by_digest_and_kept_with_the_dossier(forms):
    dossier = shipped.demo_dossier()
    assert changed_since_compared(dossier) == []  # never compared: nothing to tell
    mark_compared(dossier)
    assert changed_since_compared(dossier) == []
    assert all(len(mark) == 64 for mark in dossier.compared.values())
    dossier.document("triadekaart", "p-jesse").answers.root().children.clear()
    dossier.people.append(Person("p-new", "Nieuw Lid"))
    dossier.members.append(Member("p-new", "naaste", "open"))
    assert changed_since_compared(dossier) == ["p-jesse", "p-new"]
    again, _ = loads(dumps(dossier).encode(), forms)  # also after a restart
    assert changed_since_compared(again) == ["p-jesse", "p-new"]
    again.remove_member("p-jesse")
    assert "p-jesse" not in again.compared
    assert changed_since_compared(again) == ["p-new"]
