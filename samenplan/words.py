"""The catalogue: every sentence samenplan shows a person, by code, apart from the app's own
widget words (Qt Linguist, `ui/strings.py`) and the form texts (`forms/*.yaml`).

One file per language, `resources/words/<lang>.yaml`, nested by area (`card:`, `pdf:`,
`cli:`, `error:`, …); a code is the dotted path (`card.notice`). Dutch is the source; a
translator adds a language by copying `nl.yaml` to `<lang>.yaml` and translating the values
(the `{names}` between braces stay as they are). The command line, the errors of the vault
and the workspace (`VaultError.code`), the PDFs and the screens all look sentences up here
with `say`; a result made before anyone knows the language (a form check) carries `said(…)`.

`PSEUDO` is a made-up language for testing: every sentence with accents, 40 % longer and in
brackets, so a test can see that no text is missing, clipped or built from pieces.
"""

from __future__ import annotations

import functools
import re
from typing import Any, NamedTuple

import yaml

from samenplan.resources import resource

SOURCE = "nl"
PSEUDO = "qps"  # as Windows' pseudo-locale qps-ploc
_FIELD = re.compile(r"(\{[^{}]*\})")
_ACCENTS = str.maketrans("aeiouyAEIOUYcnsz", "áéíóúýÁÉÍÓÚÝçñšž")


def _flatten(tree: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for key, value in tree.items():
        code = f"{prefix}{key}"
        if isinstance(value, dict):
            flat.update(_flatten(value, code + "."))
        else:
            flat[code] = value
    return flat


@functools.cache
def catalogue(lang: str) -> dict[str, Any]:
    """The sentences of `lang` by code: a text, or a list of texts for a list of lines."""
    if lang == PSEUDO:
        return {code: _pseudo_value(value) for code, value in catalogue(SOURCE).items()}
    path = resource(f"words/{lang}.yaml")
    with path.open(encoding="utf-8") as f:
        return _flatten(yaml.safe_load(f))


@functools.cache
def languages() -> tuple[str, ...]:
    """The languages with a catalogue, Dutch first (the pseudo-language not included). Read
    once: every sentence looks here, and the shipped catalogues do not change while running."""
    found = sorted(p.stem for p in resource("words").glob("*.yaml"))
    return (SOURCE, *(lang for lang in found if lang != SOURCE))


def text(code: str, lang: str) -> Any:
    """The raw entry for `code` in `lang`; Dutch where the language lacks it."""
    entries = catalogue(lang) if lang in (PSEUDO, *languages()) else {}
    if code in entries:
        return entries[code]
    return catalogue(SOURCE)[code]


def say(code: str, lang: str, /, **fields: object) -> str:
    """The sentence `code` in `lang`, with its `{fields}` filled in."""
    return str(text(code, lang)).format(**fields)


class Said(NamedTuple):
    """A sentence of the catalogue with its fields, said when it is shown (`get(lang)`, as a
    form's `Text`): for a result made before anyone knows the language (a checked form)."""

    code: str
    fields: tuple[tuple[str, object], ...] = ()

    def get(self, lang: str) -> str:
        return say(self.code, lang, **dict(self.fields))


def said(code: str, /, **fields: object) -> Said:
    """`code` with its fields, to be said later in whatever language is asked for."""
    return Said(code, tuple(fields.items()))


def area(prefix: str, lang: str) -> dict[str, Any]:
    """Every entry under `prefix.` (a table of a PDF, say) by its last name, in `lang`."""
    start = prefix + "."
    codes = [code for code in catalogue(SOURCE) if code.startswith(start)]
    return {code[len(start) :]: text(code, lang) for code in codes}


def lines(code: str, lang: str) -> list[str]:
    """An entry that is a list of lines (printing steps, say)."""
    return [str(line) for line in text(code, lang)]


def fields_of(sentence: str) -> set[str]:
    """The `{names}` a sentence fills in."""
    return {re.split(r"[.:\[!]", field.strip("{}"))[0] for field in _FIELD.findall(sentence)}


def pseudo(sentence: str) -> str:
    """`sentence` in the pseudo-language: accented, 40 % longer, in brackets; fields kept."""
    parts = _FIELD.split(sentence)
    shown = "".join(p if _FIELD.fullmatch(p) else p.translate(_ACCENTS) for p in parts)
    plain = sum(len(p) for p in parts if not _FIELD.fullmatch(p))
    return f"[{shown}{'·' * max(1, round(plain * 0.4))}]"


def _pseudo_value(value: Any) -> Any:
    if isinstance(value, list):
        return [pseudo(str(v)) for v in value]
    return pseudo(str(value))
