"""The shared look of the full-page PDFs (plans, triad comparison): styles, escaped
paragraphs, a grid table, and a page frame with title, "vertrouwelijk", dates and page
numbers.

Headings keep with what follows them (never alone at the foot of a page). Output is
deterministic and every font is embedded: each canvas starts in our font and every table
cell is set in it, so reportlab's default Helvetica never reaches a page.
"""

from __future__ import annotations

import io
from functools import partial
from typing import Any

from samenplan.export import fonts
from samenplan.export.card_content import clean
from samenplan.export.geometry import MM, PAPERS
from samenplan.words import area, say


def styles() -> dict[str, Any]:
    from reportlab.lib.styles import ParagraphStyle

    fonts.register()
    body = ParagraphStyle("body", fontName=fonts.REGULAR, fontSize=10.5, leading=14, spaceAfter=3)
    return {
        "title": ParagraphStyle(
            "title", parent=body, fontName=fonts.BOLD, fontSize=18, leading=22, spaceAfter=6
        ),
        "section": ParagraphStyle(
            "section",
            parent=body,
            fontName=fonts.BOLD,
            fontSize=14,
            leading=18,
            spaceBefore=12,
            spaceAfter=4,
            keepWithNext=1,
        ),
        "question": ParagraphStyle(
            "question",
            parent=body,
            fontName=fonts.BOLD,
            spaceBefore=5,
            spaceAfter=1,
            keepWithNext=1,
        ),
        "instance": ParagraphStyle(
            "instance",
            parent=body,
            fontName=fonts.BOLD,
            fontSize=12,
            leading=16,
            spaceBefore=8,
            spaceAfter=1,
            keepWithNext=1,
        ),
        "body": body,
        "bullet": ParagraphStyle(
            "bullet", parent=body, leftIndent=12, firstLineIndent=-8, spaceAfter=1
        ),
        "small": ParagraphStyle("small", parent=body, fontSize=9, leading=12),
        "head": ParagraphStyle("head", parent=body, fontName=fonts.BOLD, fontSize=9, leading=12),
    }


def para(text: str, style: Any) -> Any:
    from reportlab.platypus import Paragraph

    return Paragraph(fonts.markup(clean(text)), style)


def labelled(label: str, text: str, style: Any) -> Any:
    """A paragraph that starts with a bold `label` (our words) before the person's text."""
    from xml.sax.saxutils import escape

    from reportlab.platypus import Paragraph

    return Paragraph(f"<b>{escape(label)}</b> {fonts.markup(clean(text))}", style)


def grid(rows: list[list[Any]], widths: list[float], heights: list[Any] | None = None) -> Any:
    """A table with thin lines, its first row a grey head repeated on every page."""
    from reportlab.platypus import Table, TableStyle

    table = Table(rows, colWidths=widths, rowHeights=heights, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, (0, 0, 0)),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
                ("BACKGROUND", (0, 0), (-1, 0), (0.88, 0.88, 0.88)),
            ]
        )
    )
    return table


def build(
    story: list[Any], title: str, header: str, footer: str, paper: str, lang: str,
    landscape: bool = False,
) -> bytes:  # fmt: skip
    """Lay out `story` on pages of `paper` with the shared header and footer."""
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import SimpleDocTemplate

    sheet = PAPERS[paper]
    width, height = sheet.width * MM, sheet.height * MM
    if landscape:
        width, height = height, width
    words = area("pdf", lang)

    def decorate(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(fonts.REGULAR, 8.5)
        canvas.drawString(20 * MM, height - 12 * MM, header)
        canvas.drawRightString(width - 20 * MM, height - 12 * MM, words["confidential"])
        canvas.drawString(20 * MM, 10 * MM, footer)
        canvas.drawRightString(width - 20 * MM, 10 * MM, words["page"].format(n=doc.page))
        canvas.restoreState()

    out = io.BytesIO()
    template = SimpleDocTemplate(
        out,
        pagesize=(width, height),
        leftMargin=20 * MM,
        rightMargin=20 * MM,
        topMargin=20 * MM,
        bottomMargin=18 * MM,
        title=title,
        author="",
        creator="samenplan",
        invariant=1,
        initialFontName=fonts.REGULAR,
        lang=say("language_tag", lang),
    )
    canvasmaker = partial(Canvas, initialFontName=fonts.REGULAR, invariant=1)
    template.build(story, onFirstPage=decorate, onLaterPages=decorate, canvasmaker=canvasmaker)
    return out.getvalue()
