"""The shared look of the full-page PDFs (plans, triad comparison): styles, escaped
paragraphs, and a page frame with title, "vertrouwelijk", dates and page numbers.

Output is deterministic and every font is embedded (each canvas starts in our font).
"""

from __future__ import annotations

import io
from functools import partial
from typing import Any

from samenplan.export import fonts
from samenplan.export.card_content import clean
from samenplan.export.geometry import MM, PAPERS

WORDS = {
    "nl": {
        "made": "Gemaakt op {date}",
        "reviewed": "bijgewerkt op {date}",
        "review_by": "herzien vóór {date}",
        "page": "Pagina {n}",
        "confidential": "Vertrouwelijk",
        "sign_title": "Handtekeningen",
        "sign_intro": "Iedereen tekent alleen voor de eigen taak.",
        "name": "Naam",
        "signature": "Handtekening",
        "date": "Datum",
        "tasks": "Taken",
        "made_with": "Gemaakt met samenplan.",
    },
    "en": {
        "made": "Made on {date}",
        "reviewed": "updated on {date}",
        "review_by": "review by {date}",
        "page": "Page {n}",
        "confidential": "Confidential",
        "sign_title": "Signatures",
        "sign_intro": "Everyone signs only for their own task.",
        "name": "Name",
        "signature": "Signature",
        "date": "Date",
        "tasks": "Tasks",
        "made_with": "Made with samenplan.",
    },
}


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
            spaceBefore=10,
            spaceAfter=4,
        ),
        "question": ParagraphStyle(
            "question", parent=body, fontName=fonts.BOLD, spaceBefore=4, spaceAfter=1
        ),
        "body": body,
        "bullet": ParagraphStyle(
            "bullet", parent=body, leftIndent=12, firstLineIndent=-8, spaceAfter=1
        ),
        "small": ParagraphStyle("small", parent=body, fontSize=9, leading=12),
    }


def para(text: str, style: Any) -> Any:
    from reportlab.platypus import Paragraph

    return Paragraph(fonts.markup(clean(text)), style)


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
    words = WORDS[lang]

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
        lang="nl-NL" if lang == "nl" else "en",
    )
    canvasmaker = partial(Canvas, initialFontName=fonts.REGULAR, invariant=1)
    template.build(story, onFirstPage=decorate, onLaterPages=decorate, canvasmaker=canvasmaker)
    return out.getvalue()
