"""The triad comparison: every task of the triadekaart with each member's answers side by side,
and the points that need talking about (research forms.md §2.4).

Per task:
- `discuss`: someone wants to discuss it;
- `no_owner`: nobody takes it on — everyone who answered says "niemand" or "weet ik niet",
  or every role named is named by others only (the client says a naaste should, the naasten
  say the client should);
- `double_claim`: more than one member says they should do it themselves;
- `disagree`: members name different roles for who should do it;
- `heavy`: a naaste rates the burden 4 or 5.
Answers are roles (client, naaste, hulpverlener), so cards of any number of members compare.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field

from samenplan.domain.dossier import TRIAD_FORM, Dossier, Member
from samenplan.formkit.answers import Answers
from samenplan.formkit.model import FormDef, Item, ItemType

ROLES = ("client", "naaste", "hulpverlener")
NOBODY = ("niemand", "weet_niet")
HEAVY = 4
PARTS = ("bespreken", "wie_nu", "wie_straks", "belasting", "steun", "toelichting")
FLAGS = ("discuss", "no_owner", "double_claim", "disagree", "heavy")


@dataclass(frozen=True)
class Task:
    id: str
    domain: str  # the section (domain) id
    item: Item


@dataclass
class Answer:
    """One member's answers about one task (None: not answered)."""

    discuss: bool | None = None
    now: str | None = None
    should: str | None = None
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


def _answer(answers: Answers, task_id: str) -> Answer:
    def get(part: str) -> object:
        return answers.get(f"{task_id}.{part}")

    discuss, now, should = get("bespreken"), get("wie_nu"), get("wie_straks")
    burden, support, remark = get("belasting"), get("steun"), get("toelichting")
    return Answer(
        discuss if isinstance(discuss, bool) else None,
        now if isinstance(now, str) else None,
        should if isinstance(should, str) else None,
        burden if isinstance(burden, int) and not isinstance(burden, bool) else None,
        support if isinstance(support, str) else None,
        remark if isinstance(remark, str) else None,
    )


def flags_for(answers: dict[str, Answer], roles: dict[str, str]) -> set[str]:
    """The points to talk about for one task, from each member's answer and role."""
    flags: set[str] = set()
    if any(a.discuss for a in answers.values()):
        flags.add("discuss")
    said = {person: a.should for person, a in answers.items() if a.should is not None}
    named = {role for role in said.values() if role in ROLES}
    if said and not named:
        flags.add("no_owner")
    elif named and not any(said.get(p) == roles[p] for p in said if roles[p] in named):
        flags.add("no_owner")  # every role named is named by others only
    claims = [person for person, role in said.items() if role == roles[person]]
    if len(claims) > 1:
        flags.add("double_claim")
    if len({role for role in said.values() if role != "weet_niet"}) > 1:
        flags.add("disagree")
    if any(roles[p] == "naaste" and (a.burden or 0) >= HEAVY for p, a in answers.items()):
        flags.add("heavy")
    return flags


def compare(dossier: Dossier, form: FormDef) -> Comparison:
    """Lay the members' triad cards side by side."""
    members = list(dossier.members)
    roles = {m.person: m.role for m in members}
    cards = {
        m.person: doc.answers
        for m in members
        if (doc := dossier.document(TRIAD_FORM, m.person)) is not None
    }
    rows = []
    for task in tasks(form):
        answers = {person: _answer(card, task.id) for person, card in cards.items()}
        rows.append(Row(task, answers, flags_for(answers, roles)))
    return Comparison(members, rows, [m for m in members if m.status != "klaar"])


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
