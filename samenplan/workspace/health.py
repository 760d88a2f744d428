"""The profile check and the choice about a dossier's conflict copy, for the screens and the
command line (the vault's `health` does the looking; this module adds the dossiers).

A conflict copy is the other version of a dossier that a sync engine kept when two computers
changed it. The person sees both side by side, per section of each plan, and keeps the
current version, the copy, or per section the one or the other (`resolve`). Nothing is
deleted before that choice. After it, the chosen dossier is saved and the copy's file is
removed; what was not chosen is not thrown away: each plan whose answers in the side not
chosen differ from the result gets those answers as a kept version, dated today, so
"Versies…" shows them against the plan as it is now and can put any answer back. (The
copy's file itself is not kept: in a synced folder it would travel to every computer and
come back in every check.) People, medicines, members and agreements of both sides are
kept (the chosen side's entry wins where both have one), so every answer's references
still resolve; kept versions of both sides are kept.
"""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from samenplan.domain.dossier import Document, Dossier, Version
from samenplan.domain.export_format import loads
from samenplan.formkit.answers import Answers, Node
from samenplan.formkit.diff import Change, changes
from samenplan.formkit.model import FormDef, Item
from samenplan.vault import health
from samenplan.vault.health import Kind, Problem, line
from samenplan.workspace.unlocked import Unlocked

__all__ = [
    "Conflict", "Kind", "Problem", "Section", "SectionKey", "both", "check", "line",
    "open_conflict", "remove_copy", "resolve",
]  # fmt: skip

DocKey = tuple[str, str | None]  # form id, member (None for the plans)
SectionKey = tuple[str, str | None, str]  # form id, member, top-level item id


def check(unlocked: Unlocked) -> list[Problem]:
    """Every problem of the unlocked profile's folder (see `vault.health`)."""
    with unlocked.using() as session:
        return health.check(session.dossiers)


@dataclass(frozen=True)
class Section:
    """One part of one plan in which the current version and the copy differ."""

    key: SectionKey
    item: Item  # the section (a top-level group of the form)
    found: list[Change]  # current → copy


@dataclass
class Conflict:
    problem: Problem
    current: Dossier
    copy: Dossier
    copy_saved_on: str  # ISO date the copy was saved ("" when unknown)
    sections: list[Section]


def open_conflict(unlocked: Unlocked, problem: Problem) -> Conflict:
    """Both versions of the dossier a conflict copy belongs to, and where they differ
    (VaultError when either does not open, ExportFormatError when one is no valid dossier)."""
    with unlocked.using() as session:
        found = health.open_copy(session.dossiers, problem)
    current = unlocked.read(found.dossier_id).dossier
    other, _ = loads(found.data, unlocked.forms)
    return Conflict(
        problem, current, other, found.saved_on, _sections(current, other, unlocked.forms)
    )


def _doc_keys(*dossiers: Dossier) -> list[DocKey]:
    keys: list[DocKey] = []
    for dossier in dossiers:
        for document in dossier.documents:
            if (document.form, document.member) not in keys:
                keys.append((document.form, document.member))
    return keys


def _answers(dossier: Dossier, key: DocKey) -> Answers:
    found = dossier.document(*key)
    return found.answers if found is not None else Answers()


def _sections(current: Dossier, other: Dossier, forms: Mapping[str, FormDef]) -> list[Section]:
    found: list[Section] = []
    for key in _doc_keys(current, other):
        form = forms.get(key[0])
        if form is None:
            continue
        differing = changes(form, _answers(current, key), _answers(other, key))
        for item in form.items:
            here = [c for c in differing if c.path[0][0] == item.id]
            if here:
                found.append(Section((*key, item.id), item, here))
    return found


def both(conflict: Conflict) -> Dossier:
    """The current version with the copy's people and medicines added: to name what the
    answers of either side refer to."""
    lookup = copy.deepcopy(conflict.current)
    _union(lookup, conflict.copy)
    return lookup


def resolve(
    unlocked: Unlocked, conflict: Conflict, from_copy: set[SectionKey], today: dt.date
) -> Dossier:
    """Keep the current version with the sections in `from_copy` taken from the copy (all
    of them: the copy; none: the current version), save it and remove the copy's file.
    Returns the dossier as saved."""
    everything = {s.key for s in conflict.sections}
    if everything and from_copy >= everything:  # the copy, whole
        base, other, taken = conflict.copy, conflict.current, set[SectionKey]()
    else:
        base, other, taken = conflict.current, conflict.copy, from_copy
    result = merged(base, other, taken, today)
    unlocked.save(result)
    with unlocked.using() as session:
        health.remove_copy(session.dossiers, conflict.problem)
    return result


def remove_copy(unlocked: Unlocked, problem: Problem) -> None:
    """Remove a conflict copy of the dossier list (the app offers only that one: the
    dossier files hold everything the list holds)."""
    with unlocked.using() as session:
        health.remove_copy(session.dossiers, problem)


def merged(base: Dossier, other: Dossier, taken: set[SectionKey], today: dt.date) -> Dossier:
    """`base` with the sections `taken` from `other`, both sides' registries and kept
    versions, and `other`'s answers kept as a version wherever they still differ."""
    result = copy.deepcopy(base)
    for key in _doc_keys(base, other):
        theirs = other.document(*key)
        mine = result.document(*key)
        if theirs is None:
            continue
        if mine is None:
            mine = Document(key[0], theirs.form_version, Answers(), member=key[1])
            result.documents.append(mine)
        chosen = {section for form, member, section in taken if (form, member) == key}
        if chosen:
            mine.edit(_replaced(mine.answers, theirs.answers, chosen), today)
        _keep_versions(mine, theirs, today)
    _union(result, other)
    return result


def _replaced(mine: Answers, theirs: Answers, chosen: set[str]) -> Answers:
    """`mine` with its top-level nodes in `chosen` replaced by those of `theirs`, each where
    it stood (or, new here, at the end)."""
    items: list[Node] = []
    for node in mine.items:
        if node.id not in chosen:
            items.append(copy.deepcopy(node))
        elif all(n.id != node.id for n in items):
            items += [copy.deepcopy(n) for n in theirs.items if n.id == node.id]
    placed = {n.id for n in items}
    items += [copy.deepcopy(n) for n in theirs.items if n.id in chosen and n.id not in placed]
    return Answers(items)


def _keep_versions(mine: Document, theirs: Document, today: dt.date) -> None:
    seen = [_shape(v.answers.items) for v in mine.history]
    for version in theirs.history:
        if _shape(version.answers.items) not in seen:
            mine.history.append(copy.deepcopy(version))
            seen.append(_shape(version.answers.items))
    if _shape(theirs.answers.items) != _shape(mine.answers.items):
        mine.history.append(Version(today, copy.deepcopy(theirs.answers)))


def _shape(nodes: list[Node]) -> object:
    return [n.to_json() for n in nodes]


def _union(result: Dossier, other: Dossier) -> None:
    """Add what only `other` has: people, medicines, members, agreements (by id)."""
    people = {p.id for p in result.people}
    result.people += [copy.deepcopy(p) for p in other.people if p.id not in people]
    medicines = {m.id for m in result.medicines}
    result.medicines += [copy.deepcopy(m) for m in other.medicines if m.id not in medicines]
    members = {m.person for m in result.members}
    result.members += [copy.deepcopy(m) for m in other.members if m.person not in members]
    agreements = {a.id for a in result.agreements}
    result.agreements += [copy.deepcopy(a) for a in other.agreements if a.id not in agreements]
