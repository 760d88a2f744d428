"""PDFs of the triad: the comparison with the agreements (landscape, one column per member),
and a half-page summary of the agreements to hand out after the conversation.

Meaning is carried by words (no colour needed), so it reads in grey print. Tasks nobody
answered are left out; the open cards are named at the top.
"""

from __future__ import annotations

from typing import Any

from samenplan.domain import triad_text
from samenplan.domain.dossier import Dossier
from samenplan.domain.triad import compare, tasks
from samenplan.export import fonts
from samenplan.export.card_content import clean
from samenplan.export.geometry import MM, PAPERS
from samenplan.export.pdf_look import build, para, styles
from samenplan.formkit.model import FormDef

WORDS = {
    "nl": {
        "title": "Triadekaart naast elkaar",
        "agreements_title": "Afspraken",
        "made": "Gemaakt op {date}",
        "open": "Nog niet klaar: {names}. Hun antwoorden kunnen nog veranderen.",
        "summary": "Om te bespreken per domein",
        "nothing": "Geen bespreekpunten.",
        "task": "Taak",
        "points": "Om te bespreken",
        "what": "Wat",
        "who": "Wie doet het",
        "support": "Met welke steun",
        "start": "Vanaf",
        "review": "Nakijken",
        "status": "Status",
        "none": "Nog geen afspraken.",
        "more": "… en nog {count} afspraken: zie het volledige overzicht.",
    },
    "en": {
        "title": "Triad cards side by side",
        "agreements_title": "Agreements",
        "made": "Made on {date}",
        "open": "Not finished yet: {names}. Their answers may still change.",
        "summary": "To discuss per domain",
        "nothing": "Nothing to discuss.",
        "task": "Task",
        "points": "To discuss",
        "what": "What",
        "who": "Who does it",
        "support": "With which support",
        "start": "From",
        "review": "Review",
        "status": "Status",
        "none": "No agreements yet.",
        "more": "… and {count} more agreements: see the full overview.",
    },
}
STATUS_WORDS = {
    "active": ("loopt", "active"),
    "kept": ("gelukt", "kept"),
    "changed": ("veranderd", "changed"),
    "stopped": ("gestopt", "stopped"),
}


def _grid(rows: list[list[Any]], widths: list[float]) -> Any:
    from reportlab.platypus import Table, TableStyle

    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, (0, 0, 0)),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), (0.88, 0.88, 0.88)),
            ]
        )
    )
    return table


def _agreement_rows(
    dossier: Dossier, titles: dict[str, str], lang: str, style: dict[str, Any]
) -> list[list[Any]]:
    words = WORDS[lang]
    head = [words[k] for k in ("task", "what", "who", "support", "start", "review", "status")]
    rows = [[para(h, style["head"]) for h in head]]
    for a in dossier.agreements:
        cells = [
            titles.get(a.topic, a.topic), a.what, triad_text.member_name(dossier, a.who),
            a.support, f"{a.start:%d-%m-%Y}" if a.start else "",
            f"{a.review:%d-%m-%Y}" if a.review else "",
            triad_text.word(STATUS_WORDS.get(a.status, (a.status, a.status)), lang),
        ]  # fmt: skip
        rows.append([para(c, style["small"]) for c in cells])
    return rows


def _styles() -> dict[str, Any]:
    from reportlab.lib.styles import ParagraphStyle

    found = styles()
    found["head"] = ParagraphStyle("head", parent=found["small"], fontName=fonts.BOLD)
    return found


def triad_pdf(
    form: FormDef, dossier: Dossier, today: Any, paper: str = "a4", lang: str = "nl"
) -> bytes:
    """The comparison (every task somebody answered) and the agreements, landscape."""
    words = WORDS[lang]
    style = _styles()
    comparison = compare(dossier, form)
    sheet = PAPERS[paper]
    usable = sheet.height * MM - 40 * MM  # landscape: the long side is the width
    names = [
        f"{triad_text.member_name(dossier, m.person)} ({triad_text.role(m.role, lang)})"
        for m in comparison.members
    ]
    story: list[Any] = [para(f"{words['title']}: {dossier.title}", style["title"])]
    if comparison.open_members:
        open_names = ", ".join(
            triad_text.member_name(dossier, m.person) for m in comparison.open_members
        )
        story.append(para(words["open"].format(names=open_names), style["body"]))
    story.append(para(words["summary"], style["section"]))
    summary = triad_text.summary_lines(comparison, form, lang, symbol=False)
    story += [para(f"• {line}", style["bullet"]) for line in summary] or [
        para(words["nothing"], style["body"])
    ]
    sections = {s.id: s.text.get(lang) for s in form.sections()}
    task_width, points_width = 45 * MM, 50 * MM
    member_width = (usable - task_width - points_width) / max(len(names), 1)
    widths = [task_width, *[member_width] * len(names), points_width]
    for domain, section_title in sections.items():
        rows = [r for r in comparison.rows if r.task.domain == domain]
        answered = [
            r for r in rows if any(triad_text.answer_lines(a, lang) for a in r.answers.values())
        ]
        if not answered:
            continue
        table = [[para(h, style["head"]) for h in [words["task"], *names, words["points"]]]]
        for row in answered:
            cells = [para(row.task.item.text.get(lang), style["small"])]
            for member in comparison.members:
                lines = triad_text.answer_lines(row.answers.get(member.person), lang)
                cells.append(para("\n".join(lines), style["small"]))
            points = [triad_text.flag(name, lang, symbol=False) for name in sorted(row.flags)]
            cells.append(para("\n".join(points), style["head"]))
            table.append(cells)
        story.append(para(section_title, style["section"]))
        story.append(_grid(table, widths))
    titles = {r.task.id: r.task.item.text.get(lang) for r in comparison.rows}
    story.append(para(words["agreements_title"], style["section"]))
    if dossier.agreements:
        columns = [50 * MM, 60 * MM, 35 * MM, 45 * MM, 22 * MM, 22 * MM, usable - 234 * MM]
        story.append(_grid(_agreement_rows(dossier, titles, lang, style), columns))
    else:
        story.append(para(words["none"], style["body"]))
    footer = words["made"].format(date=f"{today:%d-%m-%Y}")
    header = f"{words['title']} — {clean(dossier.title)}"
    return build(story, words["title"], header, footer, paper, lang, landscape=True)


HALF_SIZES = (10.5, 9.5, 8.5, 7.5)


def agreements_summary_pdf(
    form: FormDef, dossier: Dossier, today: Any, paper: str = "a4", lang: str = "nl"
) -> bytes:
    """The agreements on the top half of one page (cut or fold along the middle).

    The text gets smaller step by step (10.5 down to 7.5 pt) until it fits; agreements that
    still do not fit are counted with a pointer to the full overview.
    """
    import io

    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Frame

    words = WORDS[lang]
    sheet = PAPERS[paper]
    width, height = sheet.width * MM, sheet.height * MM
    titles = {task.id: task.item.text.get(lang) for task in tasks(form)}
    lines = [triad_text.agreement_line(a, dossier, titles) for a in dossier.agreements
             if a.status == "active"]  # fmt: skip
    base = styles()

    def story(size: float, shown: int) -> list[Any]:
        body = ParagraphStyle("b", parent=base["body"], fontSize=size, leading=size * 1.3)
        items = [para(f"{words['agreements_title']}: {dossier.title}", base["section"]),
                 para(words["made"].format(date=f"{today:%d-%m-%Y}"), base["small"])]  # fmt: skip
        items += [para(f"• {line}", body) for line in lines[:shown]] or [para(words["none"], body)]
        if shown < len(lines):
            items.append(para(words["more"].format(count=len(lines) - shown), base["small"]))
        return items

    def fits(items: list[Any]) -> bool:
        frame = Frame(0, 0, width - 30 * MM, height / 2 - 25 * MM, 0, 0, 0, 0)
        used = sum(item.wrap(frame._width, frame._height)[1] + item.getSpaceAfter()
                   + item.getSpaceBefore() for item in items)  # fmt: skip
        return bool(used <= frame._height)

    chosen = next(
        ((size, n) for n in range(len(lines), -1, -1) for size in HALF_SIZES
         if fits(story(size, n))),
        (HALF_SIZES[-1], 0),
    )  # fmt: skip
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=(width, height), invariant=1, initialFontName=fonts.REGULAR)
    canvas.setTitle(words["agreements_title"])
    canvas.setCreator("samenplan")
    frame = Frame(15 * MM, height / 2 + 10 * MM, width - 30 * MM, height / 2 - 25 * MM,
                  0, 0, 0, 0)  # fmt: skip
    frame.addFromList(story(*chosen), canvas)
    canvas.setDash(3, 3)
    canvas.setLineWidth(0.5)
    canvas.line(10 * MM, height / 2, width - 10 * MM, height / 2)
    canvas.showPage()
    canvas.save()
    return out.getvalue()
