"""The form dialect (SPEC §3) as immutable records: named tuples for the items and their
parts (texts, choices, conditions ...), frozen dataclasses for perspectives and forms. A named
tuple costs a fraction of a dataclass to define, which shows in every command's start.

A `FormDef` is what the strict loader makes of one `forms/*.yaml` file. Nothing here
reads files or knows about Qt; the UI builder, the validator and the PDF export all
walk these objects.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property
from typing import NamedTuple

from samenplan.words import PSEUDO, languages, pseudo

LANGUAGES = languages()  # a form's texts may come in every language with a catalogue
PERSPECTIVES = ("client", "naaste", "hulpverlener")

# Places an item can take on a pocket card. The export layer maps them to physical panels.
CARD_PANELS = (
    "front",  # name and dates on the cover
    "call_first",  # whom to call, on the back cover
    "crisis",  # how you recognise my crisis
    "approach",  # please do / please don't
    "medication",  # medication, allergies, health
    "care",  # professionals and treatment wishes
    "practical",  # children, pets, post
    "daily",  # WRAP: daily maintenance
    "triggers",  # WRAP: triggers and what I do
    "warning",  # WRAP: early warning signs and what I do
    "breaking_down",  # WRAP: things are breaking down
)


class ItemType(StrEnum):
    GROUP = "group"
    DISPLAY = "display"
    STRING = "string"
    TEXT = "text"
    LIST = "list"
    BOOLEAN = "boolean"
    CHOICE = "choice"
    MULTICHOICE = "multichoice"
    SCALE = "scale"
    DATE = "date"
    PHONE = "phone"
    PERSON = "person"
    MEDICATION = "medication"
    WHO = "who"  # a person of the dossier, or a fixed code (choices), or someone else typed

    @property
    def answerable(self) -> bool:
        return self not in (ItemType.GROUP, ItemType.DISPLAY)


class Operator(StrEnum):
    EXISTS = "exists"
    EQ = "="
    NE = "!="
    LT = "<"
    GT = ">"
    LE = "<="
    GE = ">="


class Text(NamedTuple):
    """A user-visible text in several languages; Dutch is always there. English has its own
    field (most forms have it); a third language and further are in `more` as (code, text)."""

    nl: str
    en: str | None = None
    more: tuple[tuple[str, str], ...] = ()

    def get(self, lang: str) -> str:
        """The text in `lang`, falling back to Dutch (the pseudo-language: Dutch, made
        longer and accented, see `samenplan/words.py`)."""
        if lang == PSEUDO:
            return pseudo(self.nl)
        return self.texts().get(lang) or self.nl

    def texts(self) -> dict[str, str]:
        """Every language this text is in, by code, Dutch first."""
        return {"nl": self.nl, **({"en": self.en} if self.en else {}), **dict(self.more)}


class Choice(NamedTuple):
    code: str
    text: Text


class ChoiceList(NamedTuple):
    id: str
    choices: tuple[Choice, ...]

    def codes(self) -> tuple[str, ...]:
        return tuple(c.code for c in self.choices)

    def find(self, code: str) -> Choice | None:
        return next((c for c in self.choices if c.code == code), None)


AnswerValue = str | int | bool


class Condition(NamedTuple):
    question: str
    operator: Operator
    answer: AnswerValue | None = None


class Repeat(NamedTuple):
    min: int = 0
    max: int | None = None
    add_label: Text | None = None


class CardSpec(NamedTuple):
    panel: str
    priority: int
    label: Text


class Picks(NamedTuple):
    """A list whose entries may also be picked, by reference, from the instances of a
    repeated group of the same form (the WRAP's toolbox): `group` is that group's id,
    `label` the id of the text item that names an instance."""

    group: str
    label: str


class Scale(NamedTuple):
    min: int
    max: int
    min_label: Text | None = None
    max_label: Text | None = None


class Item(NamedTuple):
    id: str
    type: ItemType
    text: Text
    hint: Text | None = None
    guidance: Text | None = None
    examples: tuple[Text, ...] = ()
    heading: Text | None = None  # the item in the person's own words ("Wat mij helpt"), for print
    required: bool = False
    max_length: int | None = None
    pattern: str | None = None
    message: Text | None = None
    choices: ChoiceList | None = None
    repeats: Repeat | None = None
    enable_when: tuple[Condition, ...] = ()
    enable_behavior: str = "all"
    perspectives: tuple[str, ...] = PERSPECTIVES
    card: CardSpec | None = None
    scale: Scale | None = None
    picks: Picks | None = None
    items: tuple[Item, ...] = ()

    def walk(self) -> Iterator[Item]:
        """This item and every item below it, in document order."""
        yield self
        for child in self.items:
            yield from child.walk()


class Wording(NamedTuple):
    """A perspective's own wording of one item (triad card)."""

    text: Text | None = None
    hint: Text | None = None
    guidance: Text | None = None


@dataclass(frozen=True)
class Perspective:
    code: str
    title: Text
    intro: Text | None = None
    wording: Mapping[str, Wording] = field(default_factory=dict)
    choice_wording: Mapping[str, Mapping[str, Text]] = field(default_factory=dict)


@dataclass(frozen=True)
class Migrations:
    renamed: Mapping[str, str] = field(default_factory=dict)
    deleted: tuple[str, ...] = ()


@dataclass(frozen=True)
class FormDef:
    id: str
    version: int
    title: Text
    intro: Text | None
    items: tuple[Item, ...]
    perspectives: Mapping[str, Perspective] = field(default_factory=dict)
    migrations: Migrations = field(default_factory=Migrations)
    source: str = ""
    # each perspective's view, made once: the form is frozen, so the view never changes
    _seen_as: dict[str, FormDef] = field(
        default_factory=dict, init=False, repr=False, compare=False, hash=False
    )

    @cached_property
    def _walked(self) -> tuple[Item, ...]:
        """Every item in document order, listed once: forms are walked a great deal."""
        return tuple(i for item in self.items for i in item.walk())

    def walk(self) -> Iterator[Item]:
        return iter(self._walked)

    def item(self, item_id: str) -> Item:
        """The item with this id; KeyError when there is none."""
        for item in self.walk():
            if item.id == item_id:
                return item
        raise KeyError(item_id)

    def sections(self) -> tuple[Item, ...]:
        """The top-level groups: one page each in the guided form."""
        return tuple(i for i in self.items if i.type is ItemType.GROUP)

    def ids(self) -> list[str]:
        return [i.id for i in self.walk()]

    def for_perspective(self, code: str) -> FormDef:
        """The form as one triad perspective sees it: its items, in its own wording."""
        if code not in self._seen_as:
            self._seen_as[code] = self._reworded(code)
        return self._seen_as[code]

    def _reworded(self, code: str) -> FormDef:
        persp = self.perspectives[code]

        def reword(item: Item) -> Item | None:
            if code not in item.perspectives:
                return None
            kept = tuple(c for c in (reword(ch) for ch in item.items) if c is not None)
            w = persp.wording.get(item.id)
            choices = item.choices
            if choices is not None and choices.id in persp.choice_wording:
                own = persp.choice_wording[choices.id]
                choices = ChoiceList(
                    choices.id,
                    tuple(Choice(c.code, own.get(c.code, c.text)) for c in choices.choices),
                )
            same_children = len(kept) == len(item.items) and all(
                a is b for a, b in zip(kept, item.items, strict=True)
            )
            if w is None and choices is item.choices and same_children:
                return item  # shared with the form: nothing of it differs in this view
            w = w or Wording()
            return item._replace(
                items=kept,
                text=w.text or item.text,
                hint=w.hint or item.hint,
                guidance=w.guidance or item.guidance,
                choices=choices,
            )

        items = tuple(i for i in (reword(it) for it in self.items) if i is not None)
        return FormDef(
            self.id,
            self.version,
            self.title,
            persp.intro or self.intro,
            items,
            self.perspectives,
            self.migrations,
            self.source,
        )
