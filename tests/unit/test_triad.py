"""The triad comparison rules on persons, with two naasten and two hulpverleners naming each
other; cards joined from a dossier; role answers of older cards moved to persons on reading."""

from __future__ import annotations

import copy
import datetime as dt
import json

import pytest

from samenplan import shipped
from samenplan.domain import triad_text
from samenplan.domain.dossier import Document, Dossier, Member, Person, default_review_by
from samenplan.domain.export_format import FORMAT_VERSION, dumps, from_json_data, loads
from samenplan.domain.triad import (
    Answer,
    Who,
    changed_since_compared,
    compare,
    flags_for,
    mark_compared,
    tasks,
    undecided,
)
from samenplan.formkit.answers import Answers, Node

DAY = dt.date(2026, 11, 1)
ROLES = {"c": "client", "n1": "naaste", "n2": "naaste", "h1": "hulpverlener", "h2": "hulpverlener"}
NAMES = {"c": "Cas", "n1": "Nina", "n2": "Noah", "h1": "Hanna", "h2": "Hugo"}


def p(person: str) -> Who:
    return Who("person", person, NAMES[person])


NOBODY, DUNNO = Who("code", "niemand"), Who("code", "weet_niet")


def should(**named: Who) -> dict[str, Answer]:
    return {member: Answer(should=who) for member, who in named.items()}


def flags(answers: dict[str, Answer]) -> set[str]:
    return flags_for(answers, ROLES)


CASES = {
    # -- no_owner
    "everyone names one naaste, who takes it on": (
        should(c=p("n1"), n1=p("n1"), n2=p("n1"), h1=p("n1"), h2=p("n1")),
        set(),
    ),
    "a ring: each names the next, nobody names themselves": (
        should(c=p("n1"), n1=p("n2"), n2=p("h1"), h1=p("h2"), h2=p("c")),
        {"no_owner", "disagree"},
    ),
    "the same ring, but the last hulpverlener takes it on": (
        should(c=p("n1"), n1=p("n2"), n2=p("h1"), h1=p("h2"), h2=p("h2")),
        {"disagree"},
    ),
    "both naasten point at each other": (
        should(n1=p("n2"), n2=p("n1")),
        {"no_owner", "disagree"},
    ),
    "a naaste named who has not answered may still take it on": (
        should(c=p("n2"), h1=p("n2"), h2=p("n2")),
        set(),
    ),
    "everyone says nobody or does not know": (
        should(c=NOBODY, n1=DUNNO, n2=NOBODY, h1=DUNNO),
        {"no_owner"},
    ),
    "only 'weet ik niet'": (should(n1=DUNNO, h2=DUNNO), {"no_owner"}),
    "someone outside the triad, typed, is an owner": (
        should(n1=Who("other", "de buurvrouw"), n2=Who("other", "De  buurvrouw")),
        set(),
    ),
    # -- double_claim
    "two naasten both say 'Ik'": (
        should(n1=p("n1"), n2=p("n2"), c=p("n1")),
        {"double_claim", "disagree"},
    ),
    "two hulpverleners both say 'Ik'": (
        should(h1=p("h1"), h2=p("h2")),
        {"double_claim", "disagree"},
    ),
    "one naaste says 'Ik', the other names her: one claim": (
        should(n1=p("n1"), n2=p("n1")),
        set(),
    ),
    "a hulpverlener claims it, the other names the client who agrees": (
        should(h1=p("h1"), h2=p("c"), c=p("c")),
        {"double_claim", "disagree"},
    ),
    # -- disagree
    "the naasten name different hulpverleners": (
        should(n1=p("h1"), n2=p("h2")),
        {"disagree"},
    ),
    "the naasten name the same hulpverlener; 'weet ik niet' disagrees with nobody": (
        should(n1=p("h1"), n2=p("h1"), c=DUNNO),
        set(),
    ),
    "a person against 'niemand' is a difference": (
        should(n1=p("h1"), h2=NOBODY),
        {"disagree"},
    ),
    # -- heavy and discuss
    "a naaste rates it 4": (
        {"n2": Answer(should=p("n2"), burden=4)},
        {"heavy"},
    ),
    "a naaste rates it 3, a hulpverlener's number does not count": (
        {"n1": Answer(should=p("n1"), burden=3), "h1": Answer(should=p("n1"), burden=5)},
        set(),
    ),
    "someone wants to discuss it": (
        {"h2": Answer(should=p("n1"), discuss=True), "n1": Answer(should=p("n1"))},
        {"discuss"},
    ),
    # -- review
    "a role from an older card still to be made a person": (
        {"c": Answer(now=Who("review", "naaste"), should=p("n1")), "n1": Answer(should=p("n1"))},
        {"review"},
    ),
    "a person this dossier does not hold": (
        should(n1=Who("person", "p-elders"), n2=Who("person", "p-elders")),
        {"review"},
    ),
    # -- silence
    "nobody answered 'who should'": ({"c": Answer(), "n1": Answer(now=p("n2"))}, set()),
}


@pytest.mark.parametrize(("answers", "expected"), CASES.values(), ids=CASES.keys())
def test_rules_on_persons(answers, expected):
    assert flags(answers) == expected


def test_every_flag_is_both_on_and_off_above():
    on = set().union(*(expected for _, expected in CASES.values()))
    assert on == {"discuss", "no_owner", "double_claim", "disagree", "heavy", "review"}
    for name in on:
        assert any(name not in expected for _, expected in CASES.values())


# ------------------------------------------------------------------ a dossier


def who_json(value: str) -> dict[str, str]:
    return {"code": value} if value in ("niemand", "weet_niet") else {"person": value}


def card(task_answers: dict[str, dict[str, object]]) -> Answers:
    form = shipped.forms()["triadekaart"]
    by_domain: dict[str, list[Node]] = {}
    for task in tasks(form):
        if task.id in task_answers:
            parts = [Node(key, value) for key, value in task_answers[task.id].items()]
            by_domain.setdefault(task.domain, []).append(Node(task.id, None, parts))
    return Answers([Node(domain, None, nodes) for domain, nodes in by_domain.items()])


def small_dossier(cards: dict[str, Answers], version: int = 2) -> Dossier:
    people = [Person(person, NAMES[person]) for person in ROLES]
    members = [Member(person, role, "klaar") for person, role in ROLES.items()]
    members[2].status = "open"
    documents = [
        Document("triadekaart", version, cards[person], member=person, created=DAY, reviewed=DAY)
        for person in cards
    ]
    return Dossier("d", "T", DAY, DAY, default_review_by(DAY), people, members, documents)


def test_compare_joins_the_members_cards_and_names_people():
    cards = {
        "c": card({"post": {"post.wie_straks": who_json("n1"), "post.bespreken": True}}),
        "n1": card({"post": {"post.wie_straks": who_json("h1"), "post.belasting": 5}}),
        "n2": card({"post": {"post.wie_straks": who_json("n2")}}),
        "h1": card({"post": {"post.wie_straks": who_json("h1")}, "koken": {
            "koken.wie_straks": who_json("c"), "koken.wie_nu": {"other": "een buurman"}}}),
        "h2": card({"koken": {"koken.wie_straks": who_json("weet_niet")}}),
    }  # fmt: skip
    dossier = small_dossier(cards)
    comparison = compare(dossier, shipped.forms()["triadekaart"])
    assert [m.person for m in comparison.open_members] == ["n2"]
    rows = {row.task.id: row for row in comparison.rows}
    assert len(rows) == len(tasks(shipped.forms()["triadekaart"])) == 43
    post = rows["post"]
    assert post.answers["n1"].burden == 5 and post.answers["c"].discuss is True
    assert post.flags == {"discuss", "double_claim", "disagree", "heavy"}
    assert rows["koken"].flags == set()  # the client is named and has not answered
    assert rows["boodschappen"].flags == set()
    summary = comparison.summary()
    assert summary["regelzaken"]["heavy"] == 1 and summary["regelzaken"]["double_claim"] == 1
    assert triad_text.answer_lines(rows["koken"].answers["h1"], "nl") == [
        "nu: iemand anders: een buurman",
        "moet: Cas",
    ]
    assert triad_text.answer_lines(post.answers["c"], "en") == ["should: Nina", "wants to discuss"]
    assert triad_text.who(p("n1"), "nl", me="n1") == "Ik"  # on one's own card


def test_the_demo_has_something_of_every_kind_and_nothing_to_choose():
    comparison = compare(shipped.demo_dossier(), shipped.forms()["triadekaart"])
    seen = set().union(*(row.flags for row in comparison.rows))
    assert seen == {"discuss", "no_owner", "double_claim", "disagree", "heavy"}


def test_consent_is_asked_for_every_member_but_the_client(forms):
    dossier = small_dossier({})
    assert [m.person for m in undecided(dossier)] == ["n1", "n2", "h1", "h2"]
    dossier.consent = {"n1": True, "n2": False, "h1": True}
    assert [m.person for m in undecided(dossier)] == ["h2"]
    again, _ = loads(dumps(dossier).encode(), forms)  # kept with the dossier
    assert again.consent == {"h1": True, "n1": True, "n2": False}
    again.remove_member("n2")
    assert "n2" not in again.consent


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


# ------------------------------------------------------------------ migration of role answers

# what each member answered on a version 1 card: task -> (wie_nu, wie_straks), as roles
OLD_CARDS = {
    "c": {"post": ("naaste", "hulpverlener"), "koken": ("client", "naaste")},
    "n1": {"post": ("naaste", "client"), "koken": ("niemand", "weet_niet")},
    "n2": {"post": ("naaste", "hulpverlener"), "koken": ("client", "client")},
    "h1": {"post": ("naaste", "hulpverlener"), "koken": ("naaste", "client")},
}
# and what reading them makes of it: own role -> that member; the only one in a role -> them;
# naaste from someone else (two naasten) or hulpverlener from someone else (two) -> review
EXPECTED = {
    "c": {"post": ({"review": "naaste"}, {"review": "hulpverlener"}),
          "koken": ({"person": "c"}, {"review": "naaste"})},
    "n1": {"post": ({"person": "n1"}, {"person": "c"}),
           "koken": ({"code": "niemand"}, {"code": "weet_niet"})},
    "n2": {"post": ({"person": "n2"}, {"review": "hulpverlener"}),
           "koken": ({"person": "c"}, {"person": "c"})},
    "h1": {"post": ({"review": "naaste"}, {"person": "h1"}),
           "koken": ({"review": "naaste"}, {"person": "c"})},
}  # fmt: skip


def old_export(forms) -> dict:
    """A format version 1 export whose triad cards (form version 1) hold role answers; the
    hulpverlener's card keeps an older version in its history."""
    dossier = small_dossier({person: Answers() for person in OLD_CARDS}, version=1)
    data = json.loads(dumps(dossier, "2026-11-01T09:00:00Z"))
    data["format_version"] = 1
    del data["medicines"]  # since format version 3
    domains = {task.id: task.domain for task in tasks(forms["triadekaart"])}
    for document in data["documents"]:
        by_domain: dict[str, list] = {}
        for task, (now, should) in OLD_CARDS[document["member"]].items():
            parts = [{"id": f"{task}.wie_nu", "value": now},
                     {"id": f"{task}.wie_straks", "value": should},
                     {"id": f"{task}.toelichting", "value": f"Uitleg {task}"}]  # fmt: skip
            by_domain.setdefault(domains[task], []).append({"id": task, "items": parts})
        document["items"] = [{"id": d, "items": nodes} for d, nodes in by_domain.items()]
        if document["member"] == "h1":
            document["history"] = [
                {"date": "2026-10-01", "items": copy.deepcopy(document["items"])}
            ]
    return data


def values(answers: Answers, task: str) -> tuple[object, object]:
    return answers.get(f"{task}.wie_nu"), answers.get(f"{task}.wie_straks")


def test_role_answers_become_persons_where_certain_and_wait_for_review_where_not(forms):
    data = old_export(forms)
    dossier, _ = from_json_data(data, forms)
    for person, expected in EXPECTED.items():
        document = dossier.document("triadekaart", person)
        assert document.form_version == 2
        for task, pair in expected.items():
            assert values(document.answers, task) == pair, (person, task)
            assert document.answers.get(f"{task}.toelichting") == f"Uitleg {task}"  # kept
    kept = dossier.document("triadekaart", "h1").history[0].answers
    assert values(kept, "koken") == EXPECTED["h1"]["koken"]  # kept versions too
    # nothing lost: every answer is still there, in the same place
    written = json.loads(dumps(dossier, "2026-11-01T09:00:00Z"))
    assert written["format_version"] == FORMAT_VERSION
    for old, new in zip(data["documents"], written["documents"], strict=True):
        old_ids = [n["id"] for d in old["items"] for t in d["items"] for n in t["items"]]
        new_ids = [n["id"] for d in new["items"] for t in d["items"] for n in t["items"]]
        assert old_ids == new_ids
    # and reading the new file again changes nothing more
    again, _ = loads(json.dumps(written).encode(), forms)
    assert dumps(again, "2026-11-01T09:00:00Z") == dumps(dossier, "2026-11-01T09:00:00Z")


def test_the_comparison_of_a_migrated_dossier_says_what_to_choose(forms):
    dossier, _ = from_json_data(old_export(forms), forms)
    rows = {row.task.id: row for row in compare(dossier, forms["triadekaart"]).rows}
    # post: the client's "a naaste does it now" and "a hulpverlener should" are open again
    assert rows["post"].flags == {"review", "disagree"}
    assert "moet: een hulpverlener (kies wie)" in triad_text.answer_lines(
        rows["post"].answers["c"], "nl"
    )
    assert triad_text.answer_lines(rows["post"].answers["n1"], "nl") == ["nu: Nina", "moet: Cas"]
    # koken: the naasten's own "client" became Cas; one naaste did not know: no flag from that
    assert rows["koken"].flags == {"review", "disagree"}
    assert rows["koken"].answers["n2"].should == Who("person", "c", "Cas")
    lines = triad_text.summary_lines(compare(dossier, forms["triadekaart"]), forms["triadekaart"],
                                     "nl")  # fmt: skip
    assert lines == [
        "Huishouden en verzorging: verschil over wie: 1, kies wie er bedoeld is: 1",
        "Geld en regelzaken: verschil over wie: 1, kies wie er bedoeld is: 1",
    ]


def test_an_unknown_role_answer_is_still_refused(forms):
    data = old_export(forms)
    data["documents"][0]["items"][0]["items"][0]["items"][0]["value"] = "buurman"
    with pytest.raises(ValueError, match="expected"):
        from_json_data(data, forms)
