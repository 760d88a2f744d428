"""The PDFs' fonts: Atkinson Hyperlegible (designed for low-vision readers, OFL), with Noto
Sans (Greek, Cyrillic and more) and Noto Sans Arabic for what Atkinson cannot draw; all
embedded, registered once per process.

User text is cut into `runs()`: every run of characters Atkinson lacks put in the font that
has them, and Arabic runs shaped (joined letter forms), to be drawn right to left. The pocket
card draws those runs itself; the full-page PDFs get them as escaped paragraph `markup()`.
`missing_glyphs()` tells which characters no font can draw, so a PDF never shows blanks or
boxes silently. The fallbacks have no bold face: such runs print regular.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

REGULAR = "SP-Regular"
BOLD = "SP-Bold"
OTHER = "SP-Other"  # Noto Sans
ARABIC = "SP-Arabic"  # Noto Sans Arabic


@cache
def register() -> None:
    """Atkinson Hyperlegible; the fallbacks are read only when a text needs them. Also has
    reportlab write streams binary, without its ASCII85 text pass: the files come out a
    little smaller and a card is made 2 ms sooner."""
    from fontpkg_atkinson_hyperlegible import ROOT as ATKINSON
    from reportlab import rl_config

    rl_config.useA85 = 0

    files = ATKINSON / "files"
    _add(REGULAR, files / "AtkinsonHyperlegible-Regular.ttf", bold=BOLD)
    _add(BOLD, files / "AtkinsonHyperlegible-Bold.ttf")


@cache
def _register_fallbacks() -> None:
    from fontpkg_noto_sans import ROOT as NOTO
    from fontpkg_noto_sans_arabic import ROOT as NOTO_ARABIC

    _add(OTHER, NOTO / "files" / "NotoSans[wdth,wght].ttf")
    _add(ARABIC, NOTO_ARABIC / "files" / "NotoSansArabic[wdth,wght].ttf")


def _add(name: str, path: Path, bold: str | None = None) -> None:
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont(name, str(path)))
    for is_bold in (0, 1):
        for italic in (0, 1):
            addMapping(name, is_bold, italic, bold if is_bold and bold else name)


@cache
def _charmap(name: str) -> frozenset[int]:
    from reportlab.pdfbase import pdfmetrics

    register()
    if name != REGULAR:
        _register_fallbacks()
    return frozenset(pdfmetrics.getFont(name).face.charToGlyph)


def _font_for(char: str) -> str | None:
    """The first font that draws `char`: Atkinson, else Noto Sans Arabic for Arabic, else
    Noto Sans; None when none does."""
    code = ord(char)
    if code in _charmap(REGULAR):
        return REGULAR
    for name in (ARABIC, OTHER):
        if code in _charmap(name):
            return name
    return None


def runs(text: str) -> list[tuple[str | None, str]]:
    """`text` cut into runs of one font: None for Atkinson (and for characters no font has,
    which `missing_glyphs()` reports), else the fallback's name. Arabic runs come shaped
    (joined letter forms) but in reading order, so that lines can be broken between words;
    `visual()` turns each piece of a line around for drawing. Spaces go with the run they
    are in."""
    if _charmap(REGULAR).issuperset(map(ord, text)):  # the common case, at C speed
        return [(None, text)] if text else []
    out: list[tuple[str | None, str]] = []
    for char in text:
        font = out[-1][0] if out and char.isspace() else _font_for(char)
        font = None if font == REGULAR else font
        if out and out[-1][0] == font:
            out[-1] = (font, out[-1][1] + char)
        else:
            out.append((font, char))
    return [(font, _shaped(run) if font == ARABIC else run) for font, run in out]


def _shaped(arabic: str) -> str:
    import arabic_reshaper

    return str(arabic_reshaper.reshape(arabic))


def visual(arabic: str) -> str:
    """A shaped Arabic piece in the order it is drawn (right to left); spaces at its end
    stay at the end, where the next piece follows."""
    from bidi import get_display

    core = arabic.rstrip()
    return str(get_display(core)) + arabic[len(core) :]


def markup(text: str) -> str:
    """User text as reportlab paragraph markup: escaped, fallback fonts where needed, line
    breaks kept. (Platypus breaks the lines itself, so an Arabic run is turned around whole.)"""
    from xml.sax.saxutils import escape

    parts = []
    for line in text.split("\n"):
        pieces = []
        for font, run in runs(line):
            shown = visual(run) if font == ARABIC else run
            pieces.append(
                escape(shown) if font is None else f'<font face="{font}">{escape(shown)}</font>'
            )
        parts.append("".join(pieces))
    return "<br/>".join(parts)


def missing_glyphs(text: str) -> set[str]:
    """The characters of `text` that none of the fonts can draw."""
    return {ch for ch in set(text) if not ch.isspace() and _font_for(ch) is None}
