"""A form as readable text or as JSON, for `samenplan forms show`."""

from __future__ import annotations

import dataclasses
from enum import Enum
from typing import Any

from samenplan.formkit.model import FormDef, Item, ItemType, Text
from samenplan.formkit.text import tr
from samenplan.words import say


def outline(form: FormDef, lang: str) -> list[str]:
    """An indented outline: sections, questions with their type, hint and choices."""
    required = say("outline.required", lang)
    version = say("outline.version", lang)
    lines = [f"{tr(form.title, lang)} ({form.id}, {version} {form.version})"]

    def walk(item: Item, depth: int) -> None:
        pad = "  " * depth
        kind = say(f"outline.type.{item.type.value}", lang)
        flags = f", {required}" if item.required else ""
        if item.repeats is not None:
            flags += ", +"
        if item.type is ItemType.DISPLAY:
            lines.append(f"{pad}  ({tr(item.text, lang)})")
            return
        lines.append(f"{pad}- {tr(item.text, lang)}  [{item.id}: {kind}{flags}]")
        if item.hint is not None:
            lines.append(f"{pad}    {tr(item.hint, lang)}")
        if item.choices is not None:
            options = [tr(c.text, lang) for c in item.choices.choices]
            if item.type is ItemType.WHO:
                person, other = say("outline.who_person", lang), say("outline.who_other", lang)
                options = [person, *options, other]
            lines.append(f"{pad}    {' / '.join(options)}")
        for child in item.items:
            walk(child, depth + 1)

    for item in form.items:
        walk(item, 0)
    return lines


def _plain(value: Any) -> Any:
    if isinstance(value, Text):
        return value.texts()
    if isinstance(value, Enum):
        return value.value
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, tuple) and hasattr(value, "_fields"):  # the model's value records
        return {name: _plain(getattr(value, name)) for name in value._fields}
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def as_json(form: FormDef) -> dict[str, Any]:
    """The loaded form as plain JSON data (choice lists resolved, defaults filled in)."""
    data = _plain(form)
    assert isinstance(data, dict)
    data.pop("source", None)
    return data
