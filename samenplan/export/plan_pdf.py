"""Full-page PDFs of a plan (the crisisplan, the WRAP): every section with its questions and
answers, in the shared look — a header with title and dates, page numbers, "vertrouwelijk".

The crisisplan ends with lines to sign for the person and for everyone who agreed to a task.
Hidden (conditional) answers are left out; user text is escaped before it reaches
reportlab's markup. Output is deterministic, fonts embedded.
"""

from __future__ import annotations

import io
from typing import Any
from xml.sax.saxutils import escape

from samenplan.domain.dossier import Document, Dossier
from samenplan.export import fonts
from samenplan.export.card_content import _value_lines, clean
from samenplan.export.geometry import MM, PAPERS
from samenplan.formkit.answers import Node
from samenplan.formkit.conditions import item_enabled
from samenplan.formkit.model import FormDef, Item, ItemType

SIGN_GROUP = "ondertekening"

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


def _styles() -> dict[str, Any]:
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


def _p(text: str, style: Any) -> Any:
    from reportlab.platypus import Paragraph

    return Paragraph(escape(clean(text)).replace("\n", "<br/>"), style)


def _answers(
    items: tuple[Item, ...], nodes: list[Node], scopes: list[Node], dossier: Dossier, lang: str,
    styles: dict[str, Any],
) -> list[Any]:  # fmt: skip
    out: list[Any] = []
    for item in items:
        if item.type is ItemType.DISPLAY or not item_enabled(item, scopes):
            continue
        mine = [n for n in nodes if n.id == item.id]
        if item.type is ItemType.GROUP:
            for number, node in enumerate(mine, start=1):
                label = item.text.get(lang) + (f" {number}" if item.repeats is not None else "")
                inner = _answers(item.items, node.children, [*scopes, node], dossier, lang, styles)
                if inner:
                    out.append(_p(label, styles["question"]))
                    out.extend(inner)
            continue
        if not mine or mine[0].value in (None, "", []):
            continue
        lines = _value_lines(item, mine[0].value, dossier, lang)
        out.append(_p(item.text.get(lang), styles["question"]))
        if len(lines) == 1 and item.type is not ItemType.LIST:
            out.append(_p(lines[0], styles["body"]))
        else:
            out.extend(_p(f"• {line}", styles["bullet"]) for line in lines)
    return out


def _signatures(
    document: Document, dossier: Dossier, lang: str, styles: dict[str, Any]
) -> list[Any]:
    from reportlab.platypus import Spacer, Table, TableStyle

    words = WORDS[lang]
    rows = [[words["name"], words["tasks"], words["signature"], words["date"]]]
    client = next(
        (p for p in dossier.people if p.relation.casefold() in ("cliënt", "client")), None
    )
    rows.append([clean(client.name if client else dossier.title), "", "", ""])
    for node in document.answers.root().find_all(SIGN_GROUP):
        values = {child.id: child.value for child in node.children}
        person = dossier.person(str(values.get("ondertekening_persoon", "")))
        rows.append([
            clean(person.name) if person else "",
            clean(str(values.get("ondertekening_taken", ""))),
            "",
            "",
        ])  # fmt: skip
    wrapped = [[_p(str(cell), styles["small"]) for cell in row] for row in rows]
    table = Table(
        wrapped,
        colWidths=[45 * MM, 60 * MM, 45 * MM, 25 * MM],
        rowHeights=[None] + [14 * MM] * (len(rows) - 1),
    )
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, (0, 0, 0)),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
                ("FONTNAME", (0, 0), (-1, 0), fonts.BOLD),
            ]
        )
    )
    return [
        _p(words["sign_title"], styles["section"]),
        _p(words["sign_intro"], styles["body"]),
        Spacer(1, 4),
        table,
    ]


def plan_pdf(
    form: FormDef, document: Document, dossier: Dossier, paper: str = "a4", lang: str = "nl"
) -> bytes:
    """The whole plan as a PDF."""
    from reportlab.platypus import SimpleDocTemplate

    words = WORDS[lang]
    styles = _styles()
    sheet = PAPERS[paper]
    out = io.BytesIO()
    title = form.title.get(lang)
    assert document.review_by is not None
    dates = " · ".join([
        words["made"].format(date=f"{document.created:%d-%m-%Y}"),
        words["reviewed"].format(date=f"{document.reviewed:%d-%m-%Y}"),
        words["review_by"].format(date=f"{document.review_by:%d-%m-%Y}"),
    ])  # fmt: skip

    def decorate(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(fonts.REGULAR, 8.5)
        width, height = sheet.width * MM, sheet.height * MM
        canvas.drawString(20 * MM, height - 12 * MM, f"{title} — {clean(dossier.title)}")
        canvas.drawRightString(width - 20 * MM, height - 12 * MM, words["confidential"])
        canvas.drawString(20 * MM, 10 * MM, dates)
        canvas.drawRightString(width - 20 * MM, 10 * MM, words["page"].format(n=doc.page))
        canvas.restoreState()

    template = SimpleDocTemplate(
        out,
        pagesize=(sheet.width * MM, sheet.height * MM),
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
    story: list[Any] = [
        _p(f"{title}: {dossier.title}", styles["title"]),
        _p(dates, styles["small"]),
    ]
    root = document.answers.root()
    for section in form.sections():
        nodes = [n for n in document.answers.items if n.id == section.id]
        node = nodes[0] if nodes else Node(section.id, None, [])
        content = _answers(section.items, node.children, [root, node], dossier, lang, styles)
        if content:
            story.append(_p(section.text.get(lang), styles["section"]))
            story.extend(content)
    if form.id == "crisiskaart":
        story.extend(_signatures(document, dossier, lang, styles))
    story.append(_p(words["made_with"], styles["small"]))
    from functools import partial

    from reportlab.pdfgen.canvas import Canvas

    # every canvas starts in our font, so no unembedded Helvetica is ever referenced
    canvasmaker = partial(Canvas, initialFontName=fonts.REGULAR, invariant=1)
    template.build(story, onFirstPage=decorate, onLaterPages=decorate, canvasmaker=canvasmaker)
    return out.getvalue()
