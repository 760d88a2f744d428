"""The triad comparison: every task of the triadekaart with each member's answers side by side,
and the points that need talking about (research forms.md §2.4).

"Who does it now / who should" answers name a person of the dossier (`Who`): a member, or
anyone else in its people, or someone typed ("iemand anders"), or "niemand" / "weet ik
niet"; an answer carried over from role-based cards may still wait for a person
("een naaste (kies wie)", see triad_migration.py). The rules, per task, over the members
who answered "who should" (the others are silent, and silence proves nothing):

- `discuss`: a member wants to discuss it.
- `no_owner`: nobody takes it on. Either every answer is "niemand" or "weet ik niet"; or
  every answer names a member who answered too and named someone else, so each person
  named points away (Ellen says Jesse, Jesse says the client, the client says Ellen). A
  person is taken to accept when they name themselves, when they did not answer (not
  known yet), or when they cannot answer (not a member, someone typed, a role to choose).
- `double_claim`: more than one member names themselves.
- `disagree`: members name different people (or one names a person, another "niemand");
  "weet ik niet" disagrees with nobody.
- `heavy`: a naaste rates their burden 4 or 5.
- `review`: an answer still names a role instead of a person, or a person this dossier
  does not hold (a card sent alone may name people the receiving dossier has; see
  where_used for why they stay): choose who is meant.

Before the cards are compared the client decides per member whether they may see the
others' cards (`Dossier.consent`); `undecided` lists who is not decided yet.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from samenplan.domain.dossier import TRIAD_FORM, Dossier, Member
from samenplan.formkit.answers import Answers, who_kind
from samenplan.formkit.model import FormDef, Item, ItemType

HEAVY = 4
PARTS = ("bespreken", "wie_nu", "wie_straks", "belasting", "steun", "toelichting")
FLAGS = ("discuss", "no_owner", "double_claim", "disagree", "heavy", "review")


class Who(NamedTuple):
    """One "who" answer: `kind` is person, code, other or review; `value` the person id,
    the code, the typed text or the role; `name` the person's name (kind person)."""

    kind: str
    value: str
    name: str = ""

    def key(self) -> tuple[str, str]:
        """What counts as "the same answer" when answers are compared."""
        return (self.kind, " ".join(self.value.split()).casefold())


@dataclass(frozen=True)
class Task:
    id: str
    domain: str  # the section (domain) id
    item: Item


@dataclass
class Answer:
    """One member's answers about one task (None: not answered)."""

    discuss: bool | None = None
    now: Who | None = None
    should: Who | None = None
    burden: int | None = None
    support: str | None = None
    remark: str | None = None


@dataclass
class Row:
    task: Task
    answers: dict[str, Answer]  # by member person id
    flags: set[str] = field(default_factory=set)


@dataclass
class Comparison:
    members: list[Member]
    rows: list[Row]
    open_members: list[Member]  # cards not marked "klaar" yet

    def summary(self) -> dict[str, dict[str, int]]:
        """Per domain, how many tasks carry each flag."""
        out: dict[str, dict[str, int]] = {}
        for row in self.rows:
            counts = out.setdefault(row.task.domain, dict.fromkeys(FLAGS, 0))
            for flag in row.flags:
                counts[flag] += 1
        return out


def tasks(form: FormDef) -> list[Task]:
    """The tasks of the triad card: groups whose children are the six standard parts."""
    found = []
    for section in form.sections():
        for item in section.items:
            if item.type is ItemType.GROUP and [c.id for c in item.items] == [
                f"{item.id}.{part}" for part in PARTS
            ]:
                found.append(Task(item.id, section.id, item))
    return found


def who(item: Item, value: Any, dossier: Dossier) -> Who | None:
    """A stored "who" answer as a `Who`, with the person's name; None when not answered."""
    kind = who_kind(item, value)
    if kind is None:
        return None
    inner = str(value[kind])
    person = dossier.person(inner) if kind == "person" else None
    return Who(kind, inner, person.name if person else "")


def _values(answers: Answers) -> dict[str, Any]:
    """Each answered item's first value, by id: one walk per card, not one per question."""
    found: dict[str, Any] = {}
    stack = list(reversed(answers.items))
    while stack:
        node = stack.pop()
        if node.items is None:
            found.setdefault(node.id, node.value)
        stack.extend(reversed(node.children))
    return found


def _answer(values: dict[str, Any], task: Task, dossier: Dossier) -> Answer:
    def get(part: str) -> object:
        return values.get(f"{task.id}.{part}")

    now_item, should_item = task.item.items[1], task.item.items[2]
    discuss, burden = get("bespreken"), get("belasting")
    support, remark = get("steun"), get("toelichting")
    return Answer(
        discuss if isinstance(discuss, bool) else None,
        who(now_item, get("wie_nu"), dossier),
        who(should_item, get("wie_straks"), dossier),
        burden if isinstance(burden, int) and not isinstance(burden, bool) else None,
        support if isinstance(support, str) else None,
        remark if isinstance(remark, str) else None,
    )


def _unsure(answer: Who | None) -> bool:
    """A role still to be made a person, or a person the dossier does not hold (no name)."""
    return answer is not None and (
        answer.kind == "review" or (answer.kind == "person" and not answer.name)
    )


def _self(person: str, answer: Who | None) -> bool:
    return answer is not None and answer.kind == "person" and answer.value == person


def flags_for(answers: dict[str, Answer], roles: dict[str, str]) -> set[str]:
    """The points to talk about for one task, from each member's answer and role (see the
    module docstring for the rules)."""
    flags: set[str] = set()
    if any(a.discuss for a in answers.values()):
        flags.add("discuss")
    said = {person: a.should for person, a in answers.items() if a.should is not None}
    owners = [w for w in said.values() if w.kind != "code"]

    def points_away(named: Who) -> bool:  # a member who answered and named someone else
        return (
            named.kind == "person"
            and named.value in said
            and not _self(named.value, said[named.value])
        )

    if said and all(points_away(named) for named in owners):
        flags.add("no_owner")
    if sum(_self(person, answer) for person, answer in said.items()) > 1:
        flags.add("double_claim")
    if len({w.key() for w in said.values() if w.key() != ("code", "weet_niet")}) > 1:
        flags.add("disagree")
    if any(roles.get(p) == "naaste" and (a.burden or 0) >= HEAVY for p, a in answers.items()):
        flags.add("heavy")
    if any(_unsure(w) for a in answers.values() for w in (a.now, a.should)):
        flags.add("review")
    return flags


def compare(dossier: Dossier, form: FormDef) -> Comparison:
    """Lay the members' triad cards side by side."""
    members = list(dossier.members)
    roles = {m.person: m.role for m in members}
    cards = {
        m.person: _values(doc.answers)
        for m in members
        if (doc := dossier.document(TRIAD_FORM, m.person)) is not None
    }
    rows = []
    for task in tasks(form):
        answers = {person: _answer(card, task, dossier) for person, card in cards.items()}
        rows.append(Row(task, answers, flags_for(answers, roles)))
    return Comparison(members, rows, [m for m in members if m.status != "klaar"])


def named_people(answers: Answers) -> set[str]:
    """The person ids a card's "who" answers name (`{"person": id}`; no other answer has
    that shape)."""
    found: set[str] = set()
    stack = list(answers.items)
    while stack:
        node = stack.pop()
        stack.extend(node.children)
        value = node.value
        if (
            isinstance(value, dict)
            and set(value) == {"person"}
            and isinstance(value["person"], str)
        ):
            found.add(value["person"])
    return found


def undecided(dossier: Dossier) -> list[Member]:
    """The members (not the client) for whom the client has not yet said whether they may
    see the others' cards: the comparison asks this first."""
    return [m for m in dossier.members if m.role != "client" and m.person not in dossier.consent]


def may_not_see(dossier: Dossier) -> list[Member]:
    """The members the client said may not (yet) see the others' cards."""
    return [m for m in dossier.members if dossier.consent.get(m.person) is False]


def card_marks(dossier: Dossier) -> dict[str, str]:
    """A digest of each member's card, to tell later whether it changed (no content kept)."""
    marks = {}
    for member in dossier.members:
        card = dossier.document(TRIAD_FORM, member.person)
        data = json.dumps(card.answers.to_json() if card else None, sort_keys=True)
        marks[member.person] = hashlib.sha256(data.encode("utf-8")).hexdigest()
    return marks


def mark_compared(dossier: Dossier) -> None:
    """Remember (in the dossier, so also after a restart) how the cards were when compared."""
    dossier.compared = card_marks(dossier)


def changed_since_compared(dossier: Dossier) -> list[str]:
    """The members whose card is different from when the comparison was last opened (new
    members too); nobody when it was never opened."""
    if not dossier.compared:
        return []
    now = card_marks(dossier)
    return [person for person, mark in now.items() if dossier.compared.get(person) != mark]
