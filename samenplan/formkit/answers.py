"""The answer tree: what a person filled in for one form.

Shaped like a FHIR QuestionnaireResponse: a list of nodes keyed by item id; a group node
holds child nodes; a repeated group is several nodes with the same id. Values are plain
JSON (text, number, true/false, lists; for `who` a one-key object; for `medication` a list
of `{"ref": id}` into the dossier's medicines), checked against the
item's type when read, so a stored or imported tree is always one the form can show. Nodes
and trees have no generated repr, so their values never show in a traceback or a log line.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from samenplan.formkit.model import PERSPECTIVES, FormDef, Item, ItemType
from samenplan.words import Said, said

DATE_RE = re.compile(r"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$")
PERSON_ID_RE = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
KEY_RE = re.compile(r"^[0-9a-f]{16}$")  # an instance key of a repeated group (see picks)
MEDICATION_FIELDS = ("name", "dose", "when", "notes")  # of a medicine in the dossier
# Hard limits on an answer, whatever the form says (its `max_length` is a softer, shown
# advice below these). They keep a stored or imported plan to what a person types and a
# page can hold: a 15 MB answer made the full-plan PDF take minutes; 20,000 characters
# (some eight pages) take a fifth of a second. The form widgets stop typing at them too.
LINE_LIMIT = 2_000  # string, phone, and each field of a medicine
TEXT_LIMIT = 20_000  # text; and a list, its entries together
MEDICINES_LIMIT = 100  # medicines in one answer

Value = Any  # str | int | bool | list[str] | list[dict[str, str]]


class AnswerError(ValueError):
    """An answer tree does not fit its form. `where` is the path of the offending node.

    The reason never quotes the answer itself, so it is safe to show and to log.
    """

    def __init__(self, where: str, reason: Said) -> None:
        super().__init__(f"{where}: {reason.get('en')}")
        self.where = where
        self.reason = reason


@dataclass(repr=False)
class Node:
    """One answered item (`value`), or one instance of a group (`items`, a list). An
    instance of a repeated group that other answers pick (see `picks`) has a `key`."""

    id: str
    value: Value = None
    items: list[Node] | None = None
    key: str | None = None

    @property
    def children(self) -> list[Node]:
        return self.items if self.items is not None else []

    def to_json(self) -> dict[str, Any]:
        if self.items is not None:
            keyed = {"key": self.key} if self.key is not None else {}
            return {"id": self.id, **keyed, "items": [n.to_json() for n in self.items]}
        return {"id": self.id, "value": self.value}

    def find_all(self, item_id: str) -> Iterator[Node]:
        """Every node with this id below this one, in order."""
        for child in self.children:
            if child.id == item_id:
                yield child
            yield from child.find_all(item_id)


@dataclass(repr=False)
class Answers:
    """The answers to one form: the top-level nodes of the tree."""

    items: list[Node] = field(default_factory=list)

    def to_json(self) -> list[dict[str, Any]]:
        return [n.to_json() for n in self.items]

    def root(self) -> Node:
        """A virtual group node above the top-level nodes, for uniform walking."""
        return Node("", None, self.items)

    def get(self, item_id: str) -> Value:
        """The first value stored for `item_id` anywhere in the tree, or None."""
        return next((n.value for n in self.root().find_all(item_id)), None)


def section_of(form: FormDef, answers: Answers, item_id: str) -> Node:
    """The node of the top-level section that holds `item_id`, added when it is not there."""
    section = next(s for s in form.sections() if any(i.id == item_id for i in s.walk()))
    node = next((n for n in answers.items if n.id == section.id), None)
    if node is None:
        node = Node(section.id, None, [])
        answers.items.append(node)
    return node


def is_ref(entry: Any) -> bool:
    """A list entry that refers to an instance of a picked group, or a medication entry that
    refers to a medicine of the dossier: `{"ref": key}`."""
    return (
        isinstance(entry, dict)
        and set(entry) == {"ref"}
        and isinstance(entry["ref"], str)
        and KEY_RE.match(entry["ref"]) is not None
    )


def is_empty(value: Value) -> bool:
    return value is None or value in ("", [], {})


def _too_long(limit: int) -> Said:
    return said("answer_check.too_long", limit=limit)


def hard_limit(kind: ItemType) -> int | None:
    """The most characters an answer of this type holds (a list: its entries together)."""
    if kind in (ItemType.STRING, ItemType.PHONE):
        return LINE_LIMIT
    if kind in (ItemType.TEXT, ItemType.LIST):
        return TEXT_LIMIT
    return None


def _length_problem(item: Item, value: Value) -> Said | None:
    """Why an answer of the right shape is too long to take in, or None."""
    kind, limit = item.type, hard_limit(item.type)
    if kind is ItemType.LIST:
        value = "".join(v for v in value if isinstance(v, str))  # refs ({"ref": key}) are short
    if limit is not None and len(value) > limit:
        return _too_long(limit)
    if kind is ItemType.MEDICATION and len(value) > MEDICINES_LIMIT:
        return said("answer_check.more_than_medicines", MEDICINES_LIMIT=MEDICINES_LIMIT)
    return None


def check_value(item: Item, value: Value) -> Said | None:
    """Why `value` cannot be an answer to `item`, or None when it can."""
    reason = _check_shape(item, value)
    return reason if reason is not None else _length_problem(item, value)


_WHO_EXPECTED = said("answer_check.expected_person_id_code")


def who_kind(item: Item, value: Value) -> str | None:
    """Which of the four shapes a `who` answer has, or None when it has none of them:
    `{"person": id}` a person of the dossier; `{"code": c}` one of the item's choices
    ("niemand", "weet_niet"); `{"other": text}` someone else, typed; `{"review": role}` an
    answer from before persons that named only a role and still needs a person chosen."""
    if not isinstance(value, dict) or len(value) != 1:
        return None
    kind, inner = next(iter(value.items()))
    if not isinstance(inner, str):
        return None
    codes = item.choices.codes() if item.choices else ()
    ok = {
        "person": PERSON_ID_RE.match(inner) is not None,
        "code": inner in codes,
        "other": bool(inner.strip()) and len(inner) <= LINE_LIMIT,
        "review": inner in PERSPECTIVES,
    }
    return kind if ok.get(kind, False) else None


def _check_shape(item: Item, value: Value) -> Said | None:
    kind = item.type
    if kind in (ItemType.STRING, ItemType.TEXT, ItemType.PHONE):
        return None if isinstance(value, str) else said("answer_check.expected_text")
    if kind is ItemType.LIST:
        ok = isinstance(value, list) and all(
            isinstance(v, str) or (item.picks is not None and is_ref(v)) for v in value
        )
        return None if ok else said("answer_check.expected_list_texts")
    if kind is ItemType.BOOLEAN:
        return None if isinstance(value, bool) else said("answer_check.expected_true_or_false")
    if kind is ItemType.CHOICE:
        codes = item.choices.codes() if item.choices else ()
        return None if value in codes else said("answer_check.expected_one", value=", ".join(codes))
    if kind is ItemType.MULTICHOICE:
        codes = item.choices.codes() if item.choices else ()
        ok = (
            isinstance(value, list)
            and all(v in codes for v in value)
            and len(set(value)) == len(value)
        )
        return None if ok else said("answer_check.expected_list_from_each", value=", ".join(codes))
    if kind is ItemType.SCALE:
        assert item.scale is not None
        ok = isinstance(value, int) and not isinstance(value, bool)
        ok = ok and item.scale.min <= value <= item.scale.max
        return (
            None
            if ok
            else said("answer_check.expected_whole_number", low=item.scale.min, high=item.scale.max)
        )
    if kind is ItemType.DATE:
        ok = isinstance(value, str) and DATE_RE.match(value) is not None
        return None if ok else said("answer_check.expected_date_yyyy_mm")
    if kind is ItemType.PERSON:
        ok = isinstance(value, str) and PERSON_ID_RE.match(value) is not None
        return None if ok else said("answer_check.expected_person_id")
    if kind is ItemType.WHO:
        return None if who_kind(item, value) is not None else _WHO_EXPECTED
    if kind is ItemType.MEDICATION:
        ok = isinstance(value, list) and all(is_ref(m) for m in value)
        ok = ok and len({m["ref"] for m in value}) == len(value)
        return None if ok else said("answer_check.expected_list_ref_id")
    return said("answer_check.item_takes_no_answer")


def from_json(form: FormDef, data: Any, where: str = "items") -> Answers:
    """Read an answer tree for `form`, refusing anything that does not fit it."""
    return Answers(_read_nodes(data, {i.id: i for i in form.items}, where))


def _read_nodes(data: Any, allowed: dict[str, Item], where: str) -> list[Node]:
    if not isinstance(data, list):
        raise AnswerError(where, said("answer_check.expected_list"))
    nodes: list[Node] = []
    counts: dict[str, int] = {}
    for index, raw in enumerate(data):
        here = f"{where}[{index}]"
        if not isinstance(raw, dict):
            raise AnswerError(here, said("answer_check.expected_object"))
        item_id = raw.get("id")
        if not isinstance(item_id, str):
            raise AnswerError(here, said("answer_check.id_missing"))
        here = f"{where}[{index}] ({item_id})"
        item = allowed.get(item_id)
        if item is None:
            raise AnswerError(
                here,
                said("answer_check.no_such_question_at"),
            )
        counts[item_id] = counts.get(item_id, 0) + 1
        if counts[item_id] > 1 and item.repeats is None:
            raise AnswerError(
                here,
                said("answer_check.answered_twice_but_it"),
            )
        if item.type is ItemType.GROUP:
            keyed = item.repeats is not None and "key" in raw
            if set(raw) != ({"id", "key", "items"} if keyed else {"id", "items"}):
                raise AnswerError(
                    here,
                    said("answer_check.group_has_exactly_id"),
                )
            key = raw.get("key")
            if keyed and (not isinstance(key, str) or KEY_RE.match(key) is None):
                raise AnswerError(here, said("answer_check.invalid_key"))
            children = _read_nodes(raw["items"], {i.id: i for i in item.items}, f"{here}.items")
            nodes.append(Node(item_id, None, children, key))
            continue
        if set(raw) != {"id", "value"}:
            raise AnswerError(
                here,
                said("answer_check.answer_has_exactly_id"),
            )
        reason = check_value(item, raw["value"])
        if reason is not None:
            raise AnswerError(here, reason)
        nodes.append(Node(item_id, raw["value"]))
    for item_id, count in counts.items():
        reps = allowed[item_id].repeats
        if reps is not None and reps.max is not None and count > reps.max:
            raise AnswerError(
                where,
                said(
                    "answer_check.repeats_times_at_most",
                    item_id=item_id,
                    count=count,
                    most=reps.max,
                ),
            )
    return nodes


def migrate(form: FormDef, data: Any) -> Any:
    """Bring a stored tree (plain JSON) up to `form`: apply renamed ids, drop deleted ones.

    Ids are never reused (the loader enforces it), so renames can be applied whatever the
    stored version was.
    """
    renamed = form.migrations.renamed
    deleted = set(form.migrations.deleted)

    def walk(nodes: Any) -> Any:
        if not isinstance(nodes, list):
            return nodes
        out = []
        for raw in nodes:
            if not isinstance(raw, dict):
                out.append(raw)
                continue
            node = dict(raw)
            old = node.get("id")
            if isinstance(old, str) and old in deleted:
                continue
            if isinstance(old, str) and old in renamed:
                node["id"] = renamed[old]
            if "items" in node:
                node["items"] = walk(node["items"])
            out.append(node)
        return out

    return walk(data)
