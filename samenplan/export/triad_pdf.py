"""PDFs of the triad: the comparison with the agreements (landscape, one column per member),
and a half-page summary of the agreements to hand out after the conversation.

Per task each member's column shows their choices and what they wrote (the support they
need, their explanation); after the tasks, what each member wrote elsewhere on their card
(the statements about their situation, what they most want to discuss, anything else), side
by side. Meaning is carried by words (no colour needed), so it reads in grey print. Tasks
nobody answered are left out; the open cards are named at the top. The summary gives each
agreement with the support its person gets.
"""

from __future__ import annotations

from typing import Any

from samenplan.domain import triad_text
from samenplan.domain.dossier import TRIAD_FORM, Dossier
from samenplan.domain.triad import Answer, Comparison, compare, may_not_see, tasks, undecided
from samenplan.export import fonts
from samenplan.export.card_content import clean
from samenplan.export.geometry import MM, PAPERS
from samenplan.export.pdf_look import build, grid, labelled, para, styles
from samenplan.export.plan_pdf import heading, shown_lines
from samenplan.formkit.conditions import walk_enabled
from samenplan.formkit.model import FormDef, Item, ItemType
from samenplan.words import area


def _agreement_rows(
    dossier: Dossier, titles: dict[str, str], lang: str, style: dict[str, Any]
) -> list[list[Any]]:
    words = area("triad_pdf", lang)
    head = [words[k] for k in ("task", "what", "who", "support", "start", "review", "status")]
    rows = [[para(h, style["head"]) for h in head]]
    for a in dossier.agreements:
        cells = [
            titles.get(a.topic, a.topic), a.what, triad_text.member_name(dossier, a.who),
            a.support, f"{a.start:%d-%m-%Y}" if a.start else "",
            f"{a.review:%d-%m-%Y}" if a.review else "",
            triad_text.status(a.status, lang),
        ]  # fmt: skip
        rows.append([para(c, style["small"]) for c in cells])
    return rows


def _cell(answer: Answer | None, lang: str, style: dict[str, Any]) -> list[Any]:
    """One member's answer about a task: the choices, then what they wrote."""
    words = area("triad_pdf", lang)
    cell = [para("\n".join(triad_text.answer_lines(answer, lang)), style["small"])]
    if answer is not None and answer.support:
        cell.append(labelled(words["needs"], answer.support, style["small"]))
    if answer is not None and answer.remark:
        cell.append(labelled(words["remark"], answer.remark, style["small"]))
    return cell


def _own_words(
    form: FormDef, dossier: Dossier, comparison: Comparison, lang: str, style: dict[str, Any]
) -> list[list[Any]]:
    """Rows for what members answered outside the tasks, one column per member; an item that
    follows up another ("stelling.toelichting") goes in that item's row."""
    in_tasks = {item.id for task in tasks(form) for item in (task.item, *task.item.items)}
    rows: dict[str, tuple[Item, dict[str, list[Any]]]] = {}
    for member in comparison.members:
        card = dossier.document(TRIAD_FORM, member.person)
        if card is None:
            continue
        for item, _scopes, node in walk_enabled(form, card.answers):
            if item.id in in_tasks or node is None or not item.type.answerable:
                continue
            lines = shown_lines(item, node.value, dossier, lang)
            if not lines or item.type is ItemType.DATE:
                continue
            base = item.id.split(".")[0]
            if base != item.id and base in rows:
                text = " ".join(lines)
                rows[base][1].setdefault(member.person, []).append(
                    labelled(heading(item, lang), text, style["small"])
                )
                continue
            row = rows.setdefault(item.id, (item, {}))[1].setdefault(member.person, [])
            bullet = len(lines) > 1 or item.type is ItemType.LIST
            row.extend(para(f"• {line}" if bullet else line, style["small"]) for line in lines)
    order = {item.id: n for n, item in enumerate(_all_items(form.items))}
    return [
        [para(_question(item, lang), style["small"]),
         *[cells.get(m.person, []) for m in comparison.members]]
        for item, cells in sorted(rows.values(), key=lambda row: order[row[0].id])
    ]  # fmt: skip


def _all_items(items: tuple[Item, ...]) -> list[Item]:
    return [found for item in items for found in (item, *_all_items(item.items))]


def _title(text: str, style: dict[str, Any]) -> list[Any]:
    """A section title above a table: on a new page when less than a few rows fit below it
    (kept with the whole table, a long one would leave most of a page empty)."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import CondPageBreak

    loose = ParagraphStyle("table_title", parent=style["section"], keepWithNext=0)
    return [CondPageBreak(50 * MM), para(text, loose)]


def _question(item: Item, lang: str) -> str:
    """The item as a row's title; a scale with what its ends mean."""
    scale = item.scale
    if scale is None or scale.min_label is None or scale.max_label is None:
        return heading(item, lang)
    ends = f"{scale.min} = {scale.min_label.get(lang)}, {scale.max} = {scale.max_label.get(lang)}"
    return f"{heading(item, lang)} ({ends})"


def triad_pdf(
    form: FormDef, dossier: Dossier, today: Any, paper: str = "a4", lang: str = "nl"
) -> bytes:
    """The comparison (every task somebody answered) and the agreements, landscape."""
    words = area("triad_pdf", lang)
    style = styles()
    comparison = compare(dossier, form)
    sheet = PAPERS[paper]
    usable = sheet.height * MM - 40 * MM  # landscape: the long side is the width
    names = [
        f"{triad_text.member_name(dossier, m.person)} ({triad_text.role(m.role, lang)})"
        for m in comparison.members
    ]
    story: list[Any] = [para(f"{words['title']}: {dossier.title}", style["title"])]
    for key, members in (("may_not", may_not_see(dossier)), ("undecided", undecided(dossier))):
        if members:
            who = ", ".join(triad_text.member_name(dossier, m.person) for m in members)
            story.append(para(words[key].format(names=who), style["section"]))
    if comparison.open_members:
        open_names = ", ".join(
            triad_text.member_name(dossier, m.person) for m in comparison.open_members
        )
        story.append(para(words["open"].format(names=open_names), style["body"]))
    story.append(para(words["summary"], style["section"]))
    summary = triad_text.summary_lines(comparison, form, lang)
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
            r for r in rows if any(triad_text.answer_lines(a, lang) or a.support or a.remark
                                   for a in r.answers.values())
        ]  # fmt: skip
        if not answered:
            continue
        table = [[para(h, style["head"]) for h in [words["task"], *names, words["points"]]]]
        for row in answered:
            cells: list[Any] = [para(row.task.item.text.get(lang), style["small"])]
            for member in comparison.members:
                cells.append(_cell(row.answers.get(member.person), lang, style))
            points = [triad_text.flag(name, lang) for name in sorted(row.flags)]
            cells.append(para("\n".join(points), style["head"]))
            table.append(cells)
        story += _title(section_title, style)
        story.append(grid(table, widths))
    own = _own_words(form, dossier, comparison, lang, style)
    if own:
        head = [para(h, style["head"]) for h in [words["question"], *names]]
        own_widths = [70 * MM, *[(usable - 70 * MM) / max(len(names), 1)] * len(names)]
        story += _title(words["own_words"], style)
        story.append(grid([head, *own], own_widths))
    titles = {r.task.id: r.task.item.text.get(lang) for r in comparison.rows}
    story += _title(words["agreements_title"], style)
    if dossier.agreements:
        columns = [50 * MM, 60 * MM, 35 * MM, 45 * MM, 22 * MM, 22 * MM, usable - 234 * MM]
        story.append(grid(_agreement_rows(dossier, titles, lang, style), columns))
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

    words = area("triad_pdf", lang)
    sheet = PAPERS[paper]
    width, height = sheet.width * MM, sheet.height * MM
    titles = {task.id: task.item.text.get(lang) for task in tasks(form)}
    active = [a for a in dossier.agreements if a.status == "active"]
    base = styles()

    def story(size: float, shown: int) -> list[Any]:
        body = ParagraphStyle("b", parent=base["body"], fontSize=size, leading=size * 1.3,
                              leftIndent=size, firstLineIndent=-size * 0.8)  # fmt: skip
        support = ParagraphStyle(
            "s", parent=body, leftIndent=size * 2, firstLineIndent=0, spaceAfter=size * 0.4
        )
        items = [para(f"{words['agreements_title']}: {dossier.title}", base["section"]),
                 para(words["made"].format(date=f"{today:%d-%m-%Y}"), base["small"])]  # fmt: skip
        for agreement in active[:shown]:
            line = triad_text.agreement_line(agreement, dossier, titles, lang)
            items.append(para(f"• {line}", body))
            if agreement.support.strip():
                name = triad_text.member_name(dossier, agreement.who)
                items.append(labelled(words["gets"].format(name=name), agreement.support, support))
        if not active:
            items.append(para(words["none"], body))
        if shown < len(active):
            items.append(para(words["more"].format(count=len(active) - shown), base["small"]))
        return items

    def fits(items: list[Any]) -> bool:
        frame = Frame(0, 0, width - 30 * MM, height / 2 - 25 * MM, 0, 0, 0, 0)
        used = sum(item.wrap(frame._width, frame._height)[1] + item.getSpaceAfter()
                   + item.getSpaceBefore() for item in items)  # fmt: skip
        return bool(used <= frame._height)

    chosen = next(
        ((size, n) for n in range(len(active), -1, -1) for size in HALF_SIZES
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
