"""The WRAP crisis plan and the crisiskaart ask partly the same things. This module fills the
empty parts of one from the other: first a preview of what would be copied (and of what
stays as it is because it was already filled in), then, after the person agreed, the copy.
Nothing that is filled in is ever overwritten.

A link joins an item of the WRAP to an item of the crisiskaart. Lists and texts are turned
into each other line by line; a repeated group (supporters, practical tasks) is copied
instance by instance with its own items joined. Medicines are not copied: both plans list
medicines of the dossier's one registry, so a medicine is typed and corrected once.
"""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from samenplan.domain.dossier import Dossier
from samenplan.formkit import picks
from samenplan.formkit.answers import Answers, Node, Value, is_empty, is_ref, section_of
from samenplan.formkit.model import FormDef, Item, ItemType

WRAP, CRISIS = "wrap", "crisiskaart"


@dataclass(frozen=True)
class Link:
    wrap: str
    crisis: str
    parts: Mapping[str, str] = field(default_factory=dict)  # groups: wrap child → crisis child


LINKS = (
    Link("overnemen_tekens", "crisis_herkennen"),  # signals
    Link("hulp_helpt", "wel_doen"),  # what helps
    Link("hulp_helpt_niet", "niet_doen"),  # what does not
    Link("medicatie_niet", "medicatie_vermijden"),
    Link("crisis_allergieen", "allergieen"),
    Link("behandeling_voorkeur", "behandeling_wel"),  # treatments
    Link("behandeling_vermijden", "behandeling_niet"),
    Link("plek_voorkeur", "opname_voorkeur"),  # facilities
    Link("plek_vermijden", "opname_niet"),
    Link("niet_betrekken", "niet_betrekken"),
    Link(
        "steunpersoon",
        "contact",
        {"steunpersoon_wie": "contact_persoon", "steunpersoon_taak": "contact_taak"},
    ),
    Link("hulp_taak", "taak", {"hulp_taak_wat": "taak_wat", "hulp_taak_wie": "taak_wie"}),
)


def other(form_id: str) -> str:
    """The plan linked to `form_id`: the crisiskaart for the WRAP, and the other way round."""
    return CRISIS if form_id == WRAP else WRAP


class State(StrEnum):
    COPY = "copy"  # the target is empty: it will be filled
    KEPT = "kept"  # the target is filled in already: it stays as it is


@dataclass(frozen=True)
class Copy:
    source: Item
    target: Item
    state: State
    values: tuple[Value, ...]  # what goes in: one value, or one group instance per entry


def preview(forms: Mapping[str, FormDef], dossier: Dossier, source: str) -> list[Copy]:
    """What copying from the plan `source` ("wrap" or "crisiskaart") to the other would do;
    links whose source is empty are left out."""
    target = other(source)
    have = dossier.document(source)
    if have is None:
        return []
    from_form, to_form = forms[source], forms[target]
    from_answers = picks.resolved(from_form, have.answers)  # toolbox picks by their name
    existing = dossier.document(target)
    to_answers = existing.answers if existing is not None else Answers()
    found = []
    for link in LINKS:
        src_id, dst_id = (link.wrap, link.crisis) if source == WRAP else (link.crisis, link.wrap)
        src, dst = from_form.item(src_id), to_form.item(dst_id)
        values = _values(src, dst, link, source == WRAP, from_answers)
        if not values:
            continue
        filled = any(_filled(node) for node in to_answers.root().find_all(dst_id))
        found.append(Copy(src, dst, State.KEPT if filled else State.COPY, tuple(values)))
    return found


def apply(
    forms: Mapping[str, FormDef], dossier: Dossier, source: str, today: dt.date | None = None
) -> list[Copy]:
    """Copy what `preview` says will be copied; returns those copies."""
    target = other(source)
    to_form = forms[target]
    copies = [c for c in preview(forms, dossier, source) if c.state is State.COPY]
    if not copies:
        return []
    document = dossier.document_or_new(target, to_form.version, today=today)
    answers = copy.deepcopy(document.answers)
    for found in copies:
        section = section_of(to_form, answers, found.target.id)
        if found.target.type is ItemType.GROUP:
            section.children.extend(copy.deepcopy(v) for v in found.values)
        else:
            section.children.append(Node(found.target.id, copy.deepcopy(found.values[0])))
    picks.ensure_keys(to_form, answers)
    document.edit(answers, today)
    return copies


def offer(
    forms: Mapping[str, FormDef], dossier: Dossier, target: str, item_id: str
) -> tuple[Item, Value] | None:
    """What the other plan has for the linked question `item_id` of plan `target` (its
    question and its answer), for offering it while that question is still empty."""
    source = other(target)
    have = dossier.document(source)
    link = next((k for k in LINKS if (k.crisis if target == CRISIS else k.wrap) == item_id), None)
    if have is None or link is None:
        return None
    src = forms[source].item(link.wrap if source == WRAP else link.crisis)
    dst = forms[target].item(item_id)
    answers = picks.resolved(forms[source], have.answers)
    values = _values(src, dst, link, source == WRAP, answers)
    return (src, values[0]) if values and dst.type is not ItemType.GROUP else None


def _values(src: Item, dst: Item, link: Link, from_wrap: bool, answers: Answers) -> list[Value]:
    nodes = list(answers.root().find_all(src.id))
    if src.type is ItemType.GROUP:
        parts = link.parts if from_wrap else {v: k for k, v in link.parts.items()}
        out = []
        for node in nodes:
            children = [Node(parts[c.id], c.value) for c in node.children if c.id in parts]
            if children:
                out.append(Node(dst.id, None, children))
        return out
    value = nodes[0].value if nodes else None
    if is_empty(value):
        return []
    return [_convert(value, src.type, dst.type)]


def _convert(value: Value, kind: ItemType, into: ItemType) -> Value:
    """A list into a text (one line per entry), a text into a list (one entry per line)."""
    if kind is ItemType.LIST and into is ItemType.TEXT:
        return "\n".join(str(v) for v in value if not is_ref(v))
    if kind is ItemType.TEXT and into is ItemType.LIST:
        return [line.strip() for line in str(value).splitlines() if line.strip()]
    return value


def _filled(node: Node) -> bool:
    return not is_empty(node.value) if node.items is None else bool(node.items)
