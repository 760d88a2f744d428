"""Full-page PDFs of a plan (the crisisplan, the WRAP), in the shared look — a header with
title and dates, page numbers, "vertrouwelijk".

Page 1 is a summary: what the pocket card puts first (whom to call, how to approach me, how
to recognise a crisis), taken from `card_content` so card and plan say the same. Then the
whole plan in the person's own words: every answered item under its `heading` (the item in
ik-form; else its card label, else its question), a heading never alone at the foot of a
page. A repeated group of short answers (the WRAP toolbox, practical tasks) is a list, one
line per entry; a longer one (phases, contacts) gets a small heading per entry, named by its
first answer.

The crisisplan ends with lines to sign for the person and for everyone who agreed to a task.
Hidden (conditional) answers are left out; user text is escaped before it reaches
reportlab's markup. Output is deterministic, fonts embedded.
"""

from __future__ import annotations

from typing import Any

from samenplan.domain.dossier import Document, Dossier
from samenplan.export.card_content import Section, card_sections, clean, value_lines
from samenplan.export.geometry import MM
from samenplan.export.pdf_look import build, grid, labelled, para
from samenplan.export.pdf_look import styles as styles_
from samenplan.formkit import picks
from samenplan.formkit.answers import Node, is_empty
from samenplan.formkit.conditions import item_enabled
from samenplan.formkit.model import FormDef, Item, ItemType
from samenplan.words import area

SIGN_GROUP = "ondertekening"
# The card panels the summary page shows, most urgent first.
SUMMARY_PANELS = ("call_first", "approach", "crisis", "breaking_down")
# Answers short enough to stand on one line of a list entry.
_SHORT = (
    ItemType.STRING, ItemType.TEXT, ItemType.CHOICE, ItemType.PERSON, ItemType.PHONE,
    ItemType.DATE,
)  # fmt: skip


def heading(item: Item, lang: str) -> str:
    """How the plan names an item: in the person's own words, else its card label, else the
    question."""
    if item.heading is not None:
        return item.heading.get(lang)
    if item.card is not None:
        return item.card.label.get(lang)
    return item.text.get(lang)


def shown_lines(item: Item, value: object, dossier: Dossier, lang: str) -> list[str]:
    """An answer as printed lines (a scale as "3 / 5")."""
    if item.scale is not None and isinstance(value, int):
        return [f"{value} / {item.scale.max}"]
    return value_lines(item, value, dossier, lang)


def _value(item: Item, lines: list[str], styles: dict[str, Any]) -> list[Any]:
    if len(lines) == 1 and item.type not in (ItemType.LIST, ItemType.MEDICATION):
        return [para(lines[0], styles["body"])]
    return [para(f"• {line}", styles["bullet"]) for line in lines]


def _short_group(group: Item) -> bool:
    """A repeated group whose entries each fit on one line of a list."""
    answerable = [i for i in group.items if i.type is not ItemType.DISPLAY]
    return group.repeats is not None and all(i.type in _SHORT for i in answerable)


def _entry_line(
    group: Item, node: Node, scopes: list[Node], dossier: Dossier, lang: str
) -> list[str]:
    values = {child.id: child.value for child in node.children}
    parts = []
    for item in group.items:
        if item.type is ItemType.DISPLAY or not item_enabled(item, [*scopes, node]):
            continue
        if not is_empty(values.get(item.id)):
            parts.extend(shown_lines(item, values[item.id], dossier, lang))
    return parts


def _group(
    group: Item, mine: list[Node], scopes: list[Node], dossier: Dossier, lang: str,
    styles: dict[str, Any],
) -> list[Any]:  # fmt: skip
    out: list[Any] = []
    if _short_group(group):
        for node in mine:
            parts = _entry_line(group, node, scopes, dossier, lang)
            if parts:
                rest = " — ".join(parts[1:])
                out.append(labelled(f"• {parts[0]}", f"— {rest}" if rest else "", styles["bullet"]))
        return [para(heading(group, lang), styles["question"]), *out] if out else []
    for number, node in enumerate(mine, start=1):
        items = group.items
        title = heading(group, lang) + (f" {number}" if group.repeats is not None else "")
        first = next((i for i in items if i.type is not ItemType.DISPLAY), None)
        named = [c.value for c in node.children if first is not None and c.id == first.id]
        if first is not None and first.type in _SHORT and named and not is_empty(named[0]):
            title = " ".join(shown_lines(first, named[0], dossier, lang)) or title
            items = tuple(i for i in items if i is not first)
        inner = _answers(items, node.children, [*scopes, node], dossier, lang, styles)
        if inner:
            out.append(para(title, styles["instance"]))
            out.extend(inner)
    return out


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
            out.extend(_group(item, mine, scopes, dossier, lang, styles))
            continue
        if not mine or is_empty(mine[0].value):
            continue
        lines = shown_lines(item, mine[0].value, dossier, lang)
        if lines:
            out.append(para(heading(item, lang), styles["question"]))
            out.extend(_value(item, lines, styles))
    return out


def _summary(sections: list[Section], lang: str, styles: dict[str, Any]) -> list[Any]:
    """The summary page: the card's most urgent sections, whom to call first, in two
    columns (so that it stays one page)."""
    from reportlab.platypus import Spacer
    from reportlab.platypus.flowables import BalancedColumns

    words = area("pdf", lang)
    order = {panel: n for n, panel in enumerate(SUMMARY_PANELS)}
    chosen = sorted(
        (s for s in sections if s.panel in order), key=lambda s: (order[s.panel], s.priority)
    )
    out: list[Any] = []
    for section in chosen:
        out.append(para(section.title, styles["question"]))
        for entry in section.entries:
            lines = entry.lines
            if entry.phone:  # a person to call: name and number in bold on one line
                name, lines = (
                    (entry.label, lines) if entry.label else (" ".join(lines[:1]), lines[1:])
                )
                out.append(labelled(f"{name}  {entry.phone}", "", styles["body"]))
                if entry.availability:
                    out.append(labelled(words["reachable"], entry.availability, styles["bullet"]))
            elif entry.label:
                out.append(para(entry.label, styles["question"]))
            out.extend(para(f"• {line}", styles["bullet"]) for line in lines)
    return [
        para(words["summary_title"], styles["section"]),
        para(words["summary_intro"], styles["body"]),
        BalancedColumns(out, nCols=2, innerPadding=8 * MM) if out else Spacer(1, 0),
    ]


def _signatures(
    document: Document, dossier: Dossier, lang: str, styles: dict[str, Any]
) -> list[Any]:
    from reportlab.platypus import KeepTogether, Spacer

    words = area("pdf", lang)
    rows = [[words["name"], words["tasks"], words["signature"], words["date"]]]
    client = next(
        (p for p in dossier.people if p.relation.casefold() in ("cliënt", "client")), None
    )
    rows.append([clean(client.name if client else dossier.title), "", "", ""])
    for node in document.answers.root().find_all(SIGN_GROUP):
        values = {child.id: child.value for child in node.children}
        person = dossier.person(str(values.get("ondertekening_persoon", "")))
        rows.append(
            [
                clean(person.name) if person else "",
                clean(str(values.get("ondertekening_taken", ""))),
                "",
                "",
            ]
        )
    wrapped = [[para(str(cell), styles["head" if n == 0 else "small"]) for cell in row]
               for n, row in enumerate(rows)]  # fmt: skip
    widths = [45 * MM, 60 * MM, 45 * MM, 25 * MM]
    table = grid(wrapped, widths, [None] + [14 * MM] * (len(rows) - 1))
    return [
        KeepTogether(
            [
                para(words["sign_title"], styles["section"]),
                para(words["sign_intro"], styles["body"]),
                Spacer(1, 4),
                table,
                Spacer(1, 8),
                para(words["made_with"], styles["small"]),
            ]
        )
    ]


def plan_pdf(
    form: FormDef, document: Document, dossier: Dossier, paper: str = "a4", lang: str = "nl"
) -> bytes:
    """The whole plan as a PDF: the summary page, then every answer."""
    from reportlab.platypus import PageBreak, Spacer

    words = area("pdf", lang)
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
        *_summary(card_sections(form, document.answers, dossier, lang), lang, styles),
        PageBreak(),
        para(words["whole_plan"], styles["title"]),
    ]
    answers = picks.resolved(form, document.answers)  # picked toolbox items by their name
    root = answers.root()
    for section in form.sections():
        nodes = [n for n in answers.items if n.id == section.id]
        node = nodes[0] if nodes else Node(section.id, None, [])
        content = _answers(section.items, node.children, [root, node], dossier, lang, styles)
        if content:
            story.append(para(heading(section, lang), styles["section"]))
            story.extend(content)
    if form.id == "crisiskaart":
        story.extend(_signatures(document, dossier, lang, styles))
    else:
        story += [Spacer(1, 8), para(words["made_with"], styles["small"])]
    return build(story, title, f"{title} — {clean(dossier.title)}", dates, paper, lang)
