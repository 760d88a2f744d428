"""What goes on the crisiskaart pocket card: the answers of items with a `card:` key,
gathered per card panel in priority order, with people and medicines resolved from the
dossier's registries.

Hidden (conditional) answers are left out. Texts are cleaned (NFC, no control characters);
escaping for the PDF happens when the card is drawn. Sections have no generated repr
(they hold what a person wrote).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from samenplan.domain.dossier import Dossier, Person
from samenplan.formkit import picks
from samenplan.formkit.answers import Answers, Node
from samenplan.formkit.conditions import walk_enabled
from samenplan.formkit.model import FormDef, Item, ItemType
from samenplan.words import say

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def clean(text: str) -> str:
    """NFC, no control characters, no trailing spaces."""
    return _CONTROL.sub("", unicodedata.normalize("NFC", text)).strip()


@dataclass(repr=False)
class Entry:
    """One block of a card section: a label (may be empty) and its lines."""

    label: str
    lines: list[str]
    phone: str = ""  # shown large and bold on the call-first panel
    availability: str = ""  # when this person can be reached (call-first panel)


@dataclass(repr=False)
class Section:
    panel: str  # semantic panel of forms (front, call_first, crisis, ...)
    priority: int
    title: str
    entries: list[Entry] = field(default_factory=list)
    item_id: str = ""  # the form item it comes from, so the app can take you there

    def text(self) -> str:
        """Everything the section says, for completeness checks."""
        parts = [self.title]
        for entry in self.entries:
            parts += [entry.label, *entry.lines, entry.phone, entry.availability]
        return "\n".join(p for p in parts if p)


def _person_entry(person: Person) -> Entry:
    """A person to call: name, relation and organisation; number; when to reach them."""
    name, phone = _person_line(person)
    return Entry(name, [], phone, clean(person.availability))


def _person_line(person: Person) -> tuple[str, str]:
    name = person.name
    if person.relation:
        name += f" ({person.relation})"
    if person.organisation:
        name += f", {person.organisation}"
    return clean(name), unbroken(person.phone)


def unbroken(phone: str) -> str:
    """A phone number with no-break spaces: it never breaks across two lines, where a
    reader in a hurry could dial half of it."""
    return clean(phone).replace(" ", "\u00a0")


def value_lines(item: Item, value: object, dossier: Dossier, lang: str) -> list[str]:
    if item.type is ItemType.LIST and isinstance(value, list):
        return [clean(str(v)) for v in value if str(v).strip()]
    if item.type is ItemType.MEDICATION and isinstance(value, list):
        lines = []
        for entry in value:  # {"ref": id} into the dossier's medicines
            medicine = dossier.medicine(entry["ref"])
            if medicine is None:
                continue
            line = " ".join(p for p in (medicine.name, medicine.dose, medicine.when) if p)
            if medicine.notes:
                line += f" ({medicine.notes})"
            if clean(line):
                lines.append(clean(line))
        return lines
    if item.type in (ItemType.CHOICE, ItemType.MULTICHOICE) and item.choices is not None:
        codes = value if isinstance(value, list) else [value]
        return [clean(c.text.get(lang)) for c in item.choices.choices if c.code in codes]
    if item.type is ItemType.BOOLEAN:
        return [say("answer.yes" if value else "answer.no", lang)]
    if item.type is ItemType.DATE and isinstance(value, str):
        year, month, day = value.split("-")
        return [f"{day}-{month}-{year}"]
    if item.type is ItemType.PERSON and isinstance(value, str):
        person = dossier.person(value)
        if person is None:
            return []
        name, phone = _person_line(person)
        return [f"{name} {phone}".strip()]
    if item.type is ItemType.PHONE and isinstance(value, str):
        return [unbroken(value)] if value.strip() else []
    return [clean(str(value))] if value not in (None, "") else []


def card_sections(form: FormDef, answers: Answers, dossier: Dossier, lang: str) -> list[Section]:
    """The card's sections, in the form's order within each panel, by priority."""
    answers = picks.resolved(form, answers)  # picked toolbox items by their name
    sections: dict[tuple[str, str], Section] = {}
    shown: dict[int, Node | None] = {}
    for item, _scopes, node in walk_enabled(form, answers):
        shown[id(node)] = node
        if item.card is None:
            continue
        key = (item.card.panel, item.id)
        section = sections.setdefault(
            key,
            Section(
                item.card.panel, item.card.priority, clean(item.card.label.get(lang)), [], item.id
            ),
        )
        if item.type is ItemType.GROUP:
            if node is not None:
                section.entries.extend(_group_entries(item, node, dossier, lang))
            continue
        if node is None or node.value in (None, "", []):
            continue
        lines = value_lines(item, node.value, dossier, lang)
        if item.type is ItemType.PERSON and isinstance(node.value, str):
            person = dossier.person(node.value)
            if person is not None:
                entry = _person_entry(person)
                section.entries.append(Entry("", [entry.label], entry.phone, entry.availability))
                continue
        section.entries.append(Entry("", lines))
    filled = [s for s in sections.values() if s.entries]
    return sorted(filled, key=lambda s: s.priority)


def _group_entries(group: Item, node: Node, dossier: Dossier, lang: str) -> list[Entry]:
    """One entry per group instance: on the call-first panel a person and their number;
    elsewhere (e.g. practical tasks) the answers in one line with who does it."""
    items = {i.id: i for i in group.items}
    values = [(items[child.id], child.value) for child in node.children]
    person = next(
        (dossier.person(v) for i, v in values if i.type is ItemType.PERSON and isinstance(v, str)),
        None,
    )
    if group.card is not None and group.card.panel == "call_first":
        if person is None or any(i.type is ItemType.BOOLEAN and v is False for i, v in values):
            return []  # only the people marked "call first"
        return [_person_entry(person)]
    parts: list[str] = []
    for item, value in values:
        if item.type in (ItemType.PERSON, ItemType.BOOLEAN, ItemType.MULTICHOICE):
            continue
        parts.extend(value_lines(item, value, dossier, lang))
    line = ": ".join(parts)
    if person is not None:
        name, phone = _person_line(person)
        line = f"{line} – {name} {phone}".strip(" –")
    return [Entry("", [line])] if line else []
