"""The card's fonts: Atkinson Hyperlegible (designed for low-vision readers, OFL), embedded.

Registered once per process. `missing_glyphs()` tells which characters of a text the font
cannot draw, so a card never shows blanks or boxes silently.
"""

from __future__ import annotations

from functools import cache

REGULAR = "SP-Regular"
BOLD = "SP-Bold"


@cache
def register() -> None:
    from fontpkg_atkinson_hyperlegible import ROOT
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    files = ROOT / "files"
    pdfmetrics.registerFont(TTFont(REGULAR, str(files / "AtkinsonHyperlegible-Regular.ttf")))
    pdfmetrics.registerFont(TTFont(BOLD, str(files / "AtkinsonHyperlegible-Bold.ttf")))
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, REGULAR)
    addMapping(REGULAR, 1, 1, BOLD)


def missing_glyphs(text: str) -> set[str]:
    from reportlab.pdfbase import pdfmetrics

    register()
    font = pdfmetrics.getFont(REGULAR)
    cmap = font.face.charToGlyph
    return {ch for ch in text if not ch.isspace() and ord(ch) not in cmap}
