"""The foldable pocket card (layout A): fitting that never hides text, and drawing.

One body size for the whole card, the largest of 9 / 8.5 / 8 / 7.5 / 7 pt at which
everything fits; what does not fit its home panel continues in the continuation panels
(B2–B4) with a "vervolg" note; whatever is still left is reported in a `FitReport`, never
clipped or shrunk below 7 pt. Phone numbers are at least 9 pt bold. Output is deterministic
(reportlab's invariant mode) and every font is embedded.
"""

from __future__ import annotations

import datetime as dt
import io
from typing import NamedTuple

from samenplan.export import card_sheet, fonts
from samenplan.export.card_content import Section
from samenplan.export.geometry import (
    MM,
    PAPERS,
    Paper,
    safe_box,
)
from samenplan.export.text_block import Block, Gap, Part, Style

SIZES = (9.0, 8.5, 8.0, 7.5, 7.0)
MIN_SIZE = 7.0
PHONE_SIZE = 9.5
CRISIS_PANELS = {
    "front": "A1",
    "crisis": "A2",
    "approach": "A3",
    "medication": "A4",
    "care": "A5",
    "practical": "B1",
    "call_first": "B5",
}
WRAP_PANELS = {
    "front": "A1",
    "daily": "A2",
    "triggers": "A3",
    "warning": "A4",
    "breaking_down": "A5",
    "approach": "B1",
    "call_first": "B5",
}
HOME_PANELS = ("A1", "A2", "A3", "A4", "A5", "B1", "B5")
CONTINUATION = ("B2", "B3", "B4")


class Overflow(NamedTuple):
    panel: str
    section: str
    lines: int
    characters: int
    item_id: str = ""


class FitReport(NamedTuple):
    size: float
    overflow: list[Overflow]
    missing_glyphs: set[str]

    @property
    def fits(self) -> bool:
        return not self.overflow and not self.missing_glyphs

    def lines(self, lang: str = "nl") -> list[str]:
        out = []
        for item in self.overflow:
            if lang == "en":
                out.append(
                    f"'{item.section}' (panel {item.panel}) does not fit: about "
                    f"{item.characters} characters ({item.lines} lines) too many; make it shorter."
                )
            else:
                out.append(
                    f"'{item.section}' (paneel {item.panel}) past niet: ongeveer "
                    f"{item.characters} tekens ({item.lines} regels) te veel; maak het korter."
                )
        if self.missing_glyphs:
            chars = " ".join(sorted(self.missing_glyphs))
            out.append(
                f"These characters cannot be printed on the card: {chars}"
                if lang == "en"
                else f"Deze tekens kunnen niet op de kaart: {chars}"
            )
        return out


class CardText(NamedTuple):
    """The card's own words (not user text)."""

    title: str
    notice: str
    made: str
    review: str
    footer: str
    continued_on: str  # "vervolg op {panel}"
    continued_from: str  # "vervolg van {panel}: {title}"
    instructions: list[str]  # printing and cutting out
    fold_steps: list[str]  # layout A: folded over along the centre
    strip_steps: list[str]  # layout A′: the centre line cut, two strips
    scale: str
    fold: str
    cut: str
    language: str  # of the PDF, for screen readers


DUTCH = CardText(
    title="Mijn crisiskaart",
    notice="Ben ik misschien in de war of in nood? Open deze kaart.",
    made="Bijgewerkt op {date}",
    review="Herzien vóór {date}",
    footer="Gemaakt met samenplan. Neem deze kaart mee naar je crisiskaartconsulent.",
    continued_on="vervolg op {panel}",
    continued_from="Vervolg van {panel}: {title}",
    instructions=[
        "Print op ware grootte (100 %), enkelzijdig.",
        "1. Knip de kaart uit langs de hoekstreepjes.",
    ],
    fold_steps=[
        "2. Vouw de rechterhelft naar achter langs de middelste streep-punt-lijn.",
        "3. Vouw als een harmonica langs de andere streep-punt-lijnen.",
    ],
    strip_steps=[
        "2. Knip langs de doorgetrokken middellijn: zo krijg je twee stroken.",
        "3. Vouw elke strook als een harmonica langs de streep-punt-lijnen.",
    ],
    scale="Deze balk moet precies 5 cm zijn",
    fold="vouwen",
    cut="knippen",
    language="nl-NL",
)

WRAP_DUTCH = DUTCH._replace(
    title="Mijn herstelplan",
    notice="Zo houd ik het goed, en dit doe ik als het minder gaat.",
    footer="Gemaakt met samenplan, naar de opzet van een WRAP.",
)

ENGLISH = CardText(
    title="My crisis card",
    notice="Am I perhaps confused or in distress? Open this card.",
    made="Updated {date}",
    review="Review by {date}",
    footer="Made with samenplan. Take this card to your crisis card consultant.",
    continued_on="continued on {panel}",
    continued_from="Continued from {panel}: {title}",
    instructions=[
        "Print at actual size (100 %), single-sided.",
        "1. Cut the card out along the corner marks.",
    ],
    fold_steps=[
        "2. Fold the right half backwards along the middle dash-dot line.",
        "3. Fold like an accordion along the other dash-dot lines.",
    ],
    strip_steps=[
        "2. Cut along the solid middle line: this gives you two strips.",
        "3. Fold each strip like an accordion along the dash-dot lines.",
    ],
    scale="This bar must be exactly 5 cm",
    fold="fold",
    cut="cut",
    language="en",
)

WRAP_ENGLISH = ENGLISH._replace(
    title="My recovery plan",
    notice="How I stay well, and what I do when things get harder.",
    footer="Made with samenplan, following the outline of a WRAP.",
)

# ------------------------------------------------------------------ blocks


class Styles(NamedTuple):
    body: Style
    heading: Style
    label: Style
    phone: Style
    note: Style
    bullet: Style


def _styles(size: float) -> Styles:
    phone = max(PHONE_SIZE, size)
    return Styles(
        body=Style(fonts.REGULAR, size),
        heading=Style(fonts.BOLD, size + 1.5),
        label=Style(fonts.BOLD, size),
        phone=Style(fonts.BOLD, phone),
        note=Style(fonts.REGULAR, MIN_SIZE),
        bullet=Style(fonts.REGULAR, size, indent=size * 0.8, first_indent=-size * 0.8),
    )


def _section_blocks(section: Section, styles: Styles, compact: bool = False) -> list[Block]:
    title = section.title
    if section.panel == "front":  # "Label: value" on one line each
        values = "; ".join(line for entry in section.entries for line in entry.lines)
        return [Block(f"{title}: {values}", styles.body, section_title=title)]
    gap = styles.body.size * 0.4
    if compact:  # call first: name and (big, bold) number on one line where it fits
        out = [Block(title, styles.heading, section_title=title, keep_with_next=True)]
        phone = styles.phone
        for entry in section.entries:
            who: list[Part] = [(entry.label or " ".join(entry.lines), None, None)]
            if entry.phone:
                who.append((f" {entry.phone}", phone.font, phone.size))
            out.append(Block(who, styles.body, section_title=title))
        return [*out, Gap(gap, section_title=title)]
    item = section.item_id
    out = [Block(title, styles.heading, section_title=title, item_id=item, keep_with_next=True)]
    for entry in section.entries:
        if entry.label:
            out.append(Block(entry.label, styles.label, section_title=title, item_id=item))
        bullets = len(section.entries) > 1 or len(entry.lines) > 1
        for line in entry.lines:
            out.append(
                Block(f"• {line}", styles.bullet, section_title=title, item_id=item)
                if bullets
                else Block(line, styles.body, section_title=title, item_id=item)
            )
        if entry.phone:
            out.append(Block(entry.phone, styles.phone, section_title=title, item_id=item))
    return [*out, Gap(gap, section_title=title, item_id=item)]


def _fill(blocks: list[Block], width: float, height: float) -> tuple[list[Block], list[Block]]:
    """Place what fits in a box, splitting a block at a line boundary if needed."""
    placed: list[Block] = []
    queue = list(blocks)
    used = 0.0
    while queue:
        chunk = queue[0]
        needed = chunk.height(width)
        if used + needed <= height + 0.01:
            placed.append(chunk)
            used += needed
            queue.pop(0)
            continue
        parts = chunk.split(width, height - used)
        if parts is not None:
            placed.append(parts[0])
            queue[0] = parts[1]
        break
    # a heading never stays alone at the bottom of a panel
    while placed and queue and placed[-1].keep_with_next:
        queue.insert(0, placed.pop())
    return placed, queue


class Layout(NamedTuple):
    size: float
    width: float  # points; every panel's safe area is as wide
    panels: dict[str, list[Block]]
    leftover: list[tuple[str, Block]]  # (home panel, what did not fit anywhere)


class _Continuation:
    """The continuation panels (B2–B4), filled in order."""

    def __init__(self, paper: Paper, width: float) -> None:
        self.paper, self.width = paper, width  # points; every panel is as wide
        self.free = list(CONTINUATION)
        self.used = 0.0
        self.panels: dict[str, list[Block]] = {name: [] for name in CONTINUATION}

    def current(self) -> str | None:
        return self.free[0] if self.free else None

    def place(self, queue: list[Block]) -> list[Block]:
        """Put as much of `queue` as fits; returns what is left when every panel is full."""
        while queue and self.free:
            height = safe_box(self.paper, self.free[0]).height * MM
            placed, queue = _fill(queue, self.width, height - self.used)
            self.panels[self.free[0]].extend(placed)
            self.used += sum(b.height(self.width) for b in placed)
            if queue:
                self.free.pop(0)
                self.used = 0.0
        return queue


def _layout(
    sections: list[Section],
    front: list[Block],
    paper: Paper,
    size: float,
    text: CardText,
    panel_map: dict[str, str],
) -> Layout:
    styles = _styles(size)
    panels: dict[str, list[Block]] = {}
    leftover: list[tuple[str, Block]] = []
    width = safe_box(paper, "A1").width * MM
    more = _Continuation(paper, width)
    by_panel: dict[str, list[Section]] = {}
    for section in sections:
        by_panel.setdefault(panel_map.get(section.panel, "B2"), []).append(section)
    for name in HOME_PANELS:
        height = safe_box(paper, name).height * MM
        content = list(front) if name == "A1" else []
        for section in by_panel.get(name, []):
            content += _section_blocks(section, styles, compact=section.panel == "call_first")
        placed, rest = _fill(content, width, height)
        if rest:
            target = more.current()
            marker = Block(f"› {text.continued_on.format(panel=target or '?')}", styles.note)
            placed, rest = _fill(content, width, height - marker.height(width))
            placed.append(marker)
            title = rest[0].section_title
            head = Block(text.continued_from.format(panel=name, title=title), styles.note)
            leftover += [(name, b) for b in more.place([head, *rest]) if b is not head]
        panels[name] = placed
    panels.update(more.panels)
    return Layout(size, width, panels, leftover)


def _front(name: str, made: dt.date, review: dt.date, size: float, text: CardText) -> list[Block]:
    styles = _styles(size)
    made_text = text.made.format(date=f"{made:%d-%m-%Y}")
    review_text = text.review.format(date=f"{review:%d-%m-%Y}")
    return [
        Block(text.title, styles.heading),
        Block(name, styles.phone),
        Block(text.notice, styles.label),
        Block(f"{made_text} · {review_text}", styles.body),
        Block(text.footer, styles.note),
    ]


def fit(
    sections: list[Section], dossier_title: str, made: dt.date, review: dt.date, paper: str = "a4",
    text: CardText = DUTCH, panel_map: dict[str, str] | None = None,
) -> tuple[Layout, FitReport]:  # fmt: skip
    """The layout at the largest size where everything fits, and what did not fit at 7 pt."""
    fonts.register()
    sheet = PAPERS[paper]
    names = [s for s in sections if s.panel == "front" and s.priority == 1]
    name = names[0].entries[0].lines[0] if names and names[0].entries else dossier_title
    rest = [s for s in sections if not (s.panel == "front" and s.priority == 1)]
    for size in SIZES:
        front = _front(name, made, review, size, text)
        layout = _layout(rest, front, sheet, size, text, panel_map or CRISIS_PANELS)
        if not layout.leftover:
            break
    grouped: dict[tuple[str, str], list[Block]] = {}
    for origin, chunk in layout.leftover:
        grouped.setdefault((origin, chunk.section_title), []).append(chunk)
    overflow = []
    for (origin, title), blocks in grouped.items():
        lines = sum(len(b.lines(layout.width)) for b in blocks if not isinstance(b, Gap))
        characters = sum(len(b.text(layout.width)) for b in blocks)
        item_id = next((b.item_id for b in blocks if b.item_id), "")
        overflow.append(Overflow(origin, title, lines, characters, item_id))
    everything = "".join(s.text() for s in sections) + dossier_title
    report = FitReport(layout.size, overflow, fonts.missing_glyphs(everything))
    return layout, report


# ------------------------------------------------------------------ drawing


def render(
    layout: Layout, paper: str = "a4", text: CardText = DUTCH, title: str = "", strips: bool = False
) -> bytes:
    """The PDF of a fitted card: folded over along the centre (layout A), or with `strips`
    the centre cut into two strips of five panels (layout A′); only the centre line and the
    instructions differ."""
    from reportlab.pdfgen.canvas import Canvas

    fonts.register()
    sheet = PAPERS[paper]
    out = io.BytesIO()
    canvas = Canvas(
        out, pagesize=(sheet.width * MM, sheet.height * MM), invariant=1,
        initialFontName=fonts.REGULAR, lang=text.language,
    )  # fmt: skip
    canvas.setTitle(title or text.title)
    canvas.setAuthor("")
    canvas.setCreator("samenplan")
    canvas.setSubject("")
    canvas.setViewerPreference("PrintScaling", "None")
    canvas.setViewerPreference("Duplex", "Simplex")
    card_sheet.draw(canvas, sheet, text, strips)
    for name, placed in layout.panels.items():
        box = safe_box(sheet, name)
        x, top = card_sheet.pt(sheet, box.left, box.top)
        for chunk in placed:
            chunk.draw(canvas, x, top, layout.width)
            top -= chunk.height(layout.width)
    canvas.showPage()
    canvas.save()
    return out.getvalue()
