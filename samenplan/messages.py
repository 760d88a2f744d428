"""What the command line says to people: sentences from the catalogue, made safe for a terminal.

One line per message (under `cli.` in `resources/words/<lang>.yaml`), saying what happened
and what to do. Whatever is filled into a message (and every title or name printed) goes
through `plain` first: no control character from a file or an argument reaches the terminal.
"""

from __future__ import annotations

import os
import unicodedata

from samenplan import words

_SPACE = frozenset(("Cc", "Zl", "Zp"))  # control characters, line and paragraph separators
_DROP = frozenset(("Cf",))  # format characters: bidi overrides and isolates, zero widths


def plain(text: str) -> str:
    """`text` safe for one line of a terminal: a control character (newline, tab, escape,
    C1) or a line separator becomes a space; format characters (bidi overrides, zero
    widths) go; a lone surrogate becomes U+FFFD."""
    if text.isprintable():
        return text
    out = []
    for char in text:
        kind = unicodedata.category(char)
        if kind in _SPACE:
            out.append(" ")
        elif kind == "Cs":
            out.append("\ufffd")
        elif kind not in _DROP:
            out.append(char)
    return "".join(out)


def detect_lang(explicit: str | None = None) -> str:
    """The language to speak: `--lang` if given, else the locale's language when it has a
    catalogue, else Dutch."""
    if explicit in (*words.languages(), words.PSEUDO):
        return explicit
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var, "")
        if value:
            code = value.lower().split("_")[0].split(".")[0]
            return code if code in words.languages() else words.SOURCE
    return words.SOURCE


def say(code: str, lang: str, **params: object) -> str:
    """The catalogue's sentence `code` in `lang`, every filled-in value made `plain`."""
    return words.say(code, lang, **{name: plain(str(value)) for name, value in params.items()})
