"""Full-page PDFs of a plan (the crisisplan, the WRAP): every section with its questions and
answers, in the shared look — a header with title and dates, page numbers, "vertrouwelijk".

The crisisplan ends with lines to sign for the person and for everyone who agreed to a task.
Hidden (conditional) answers are left out; user text is escaped before it reaches
reportlab's markup. Output is deterministic, fonts embedded.
"""

from __future__ import annotations

from typing import Any

from samenplan.domain.dossier import Document, Dossier
from samenplan.export import fonts
from samenplan.export.card_content import clean, value_lines
from samenplan.export.geometry import MM
from samenplan.export.pdf_look import WORDS, build, para
from samenplan.export.pdf_look import styles as styles_
from samenplan.formkit import picks
from samenplan.formkit.answers import Node
from samenplan.formkit.conditions import item_enabled
from samenplan.formkit.model import FormDef, Item, ItemType

SIGN_GROUP = "ondertekening"


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
                    out.append(para(label, styles["question"]))
                    out.extend(inner)
            continue
        if not mine or mine[0].value in (None, "", []):
            continue
        lines = value_lines(item, mine[0].value, dossier, lang)
        out.append(para(item.text.get(lang), styles["question"]))
        if len(lines) == 1 and item.type is not ItemType.LIST:
            out.append(para(lines[0], styles["body"]))
        else:
            out.extend(para(f"• {line}", styles["bullet"]) for line in lines)
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
    wrapped = [[para(str(cell), styles["small"]) for cell in row] for row in rows]
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
        para(words["sign_title"], styles["section"]),
        para(words["sign_intro"], styles["body"]),
        Spacer(1, 4),
        table,
    ]


def plan_pdf(
    form: FormDef, document: Document, dossier: Dossier, paper: str = "a4", lang: str = "nl"
) -> bytes:
    """The whole plan as a PDF."""
    words = WORDS[lang]
    styles = styles_()
    title = form.title.get(lang)
    assert document.review_by is not None
    dates = " · ".join([
        words["made"].format(date=f"{document.created:%d-%m-%Y}"),
        words["reviewed"].format(date=f"{document.reviewed:%d-%m-%Y}"),
        words["review_by"].format(date=f"{document.review_by:%d-%m-%Y}"),
    ])  # fmt: skip

    story: list[Any] = [
        para(f"{title}: {dossier.title}", styles["title"]),
        para(dates, styles["small"]),
    ]
    answers = picks.resolved(form, document.answers)  # picked toolbox items by their name
    root = answers.root()
    for section in form.sections():
        nodes = [n for n in answers.items if n.id == section.id]
        node = nodes[0] if nodes else Node(section.id, None, [])
        content = _answers(section.items, node.children, [root, node], dossier, lang, styles)
        if content:
            story.append(para(section.text.get(lang), styles["section"]))
            story.extend(content)
    if form.id == "crisiskaart":
        story.extend(_signatures(document, dossier, lang, styles))
    story.append(para(words["made_with"], styles["small"]))
    return build(story, title, f"{title} — {clean(dossier.title)}", dates, paper, lang)
