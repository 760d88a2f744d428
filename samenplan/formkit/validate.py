"""Checks on what a person filled in: required, length, pattern, how often a group repeats.

Only shown items are checked. Each issue carries the item id and a message (the form's own,
or a sentence of the catalogue, `validate.*`); it never contains the answer itself, so
issues are safe to log by code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from samenplan.formkit.answers import Answers, is_empty
from samenplan.formkit.conditions import walk_enabled
from samenplan.formkit.model import FormDef, Item, ItemType, Text
from samenplan.words import Said, said


@dataclass(frozen=True)
class Issue:
    item_id: str
    code: str  # required | too_long | pattern | too_few | too_many
    message: Text | Said


REQUIRED = said("validate.required")


def validate(form: FormDef, answers: Answers) -> list[Issue]:
    """Every problem with the shown answers, in form order."""
    issues: list[Issue] = []
    for item, scopes, node in walk_enabled(form, answers):
        if item.type is ItemType.GROUP:
            siblings = [n for n in scopes[-1].children if n.id == item.id]
            if item.repeats is not None and (node is None or node is siblings[0]):
                issues.extend(_repeat_issues(item, len(siblings)))
            continue
        if not item.type.answerable:
            continue
        value = node.value if node is not None else None
        if is_empty(value):
            if item.required:
                issues.append(Issue(item.id, "required", REQUIRED))
            continue
        if item.max_length is not None:
            texts = value if isinstance(value, list) else [value]
            if any(isinstance(t, str) and len(t) > item.max_length for t in texts):
                issues.append(
                    Issue(item.id, "too_long", said("validate.too_long", limit=item.max_length))
                )
        if (
            item.pattern is not None
            and isinstance(value, str)
            and re.fullmatch(item.pattern, value) is None
        ):
            message = item.message or said("validate.pattern")
            issues.append(Issue(item.id, "pattern", message))
    return issues


def _repeat_issues(item: Item, count: int) -> list[Issue]:
    assert item.repeats is not None
    low, high = item.repeats.min, item.repeats.max
    if count < low:
        return [
            Issue(
                item.id,
                "too_few",
                said("validate.too_few", low=low),
            )
        ]
    if high is not None and count > high:
        return [
            Issue(
                item.id,
                "too_many",
                said("validate.too_many", high=high),
            )
        ]
    return []
