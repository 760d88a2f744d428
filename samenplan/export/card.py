"""The foldable pocket card (layout A and A′): panels in order of urgency, fitting that
never hides text, and drawing.

The panels are filled in the order a person who finds the folded card sees them (see
`geometry.opening_order`): the cover (title, name, dates), then "Bel eerst" with when each
person can be reached on the panel behind it, then the sections in order of urgency — what
to do, what not to do, what helps — and practical matters last. Cut into two strips, each
strip has its own cover and its own "Bel eerst". The outside of the folded card holds only
the cover and whom to call: what a found card shows to anyone.

One body size for the whole card, the largest of 9 / 8.5 / 8 / 7.5 / 7 pt at which
everything fits, first with every part of the card starting on a panel of its own, then
packed. A section that runs on to another panel ends with "› vervolg op B3", and that panel
carries the printed label "B3"; whatever is still left is named in the `FitReport`, never
clipped or shrunk below 7 pt, and only once every panel is in use. Phone numbers are at
least 9 pt bold. Output is deterministic (reportlab's invariant mode), every font embedded.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterator
from typing import NamedTuple

from samenplan.export import card_sheet, fonts
from samenplan.export.card_content import Entry, Section
from samenplan.export.geometry import MM, PAPERS, Paper, opening_order, safe_box
from samenplan.export.text_block import Block, Gap, Part, Style
from samenplan.words import area, say

SIZES = (9.0, 8.5, 8.0, 7.5, 7.0)
MIN_SIZE = 7.0
PHONE_SIZE = 9.5
# The card's parts by urgency, after the cover and "Bel eerst" ("call_first"); a part not
# named here comes after these, and practical matters always last. "front" is what the
# form puts on the front besides the name (date of birth, languages): inside, not outside.
CRISIS_ORDER = ("approach", "crisis", "front", "medication", "care")
WRAP_ORDER = ("approach", "crisis", "breaking_down", "warning", "triggers", "daily", "front")
LAST = "practical"
COVER_ITEMS = 2  # the form's first front items (the name, the name to use) are the cover


class Overflow(NamedTuple):
    panel: str  # where the section begins; "" when there was no room left to begin it
    section: str
    lines: int
    characters: int
    item_id: str = ""


class FitReport(NamedTuple):
    size: float
    overflow: list[Overflow]
    missing_glyphs: set[str]
    # when something does not fit: the sections that take the most room on the card (the
    # place where shortening helps most), with the lines they take
    largest: tuple[Overflow, ...] = ()

    @property
    def fits(self) -> bool:
        return not self.overflow and not self.missing_glyphs

    def problems(self, lang: str = "nl") -> list[tuple[str, str]]:
        """Each line of `lines()` with the form item it is about ("" for none)."""
        items = [o.item_id for o in (*self.overflow, *self.largest)]
        lines = self.lines(lang)
        return list(zip(lines, items + [""] * (len(lines) - len(items)), strict=True))

    def lines(self, lang: str = "nl") -> list[str]:
        out = []
        for item in self.overflow:
            code = "card.fit.too_long_on" if item.panel else "card.fit.too_long"
            out.append(
                say(code, lang, section=item.section, panel=item.panel,
                    characters=item.characters, lines=item.lines)
            )  # fmt: skip
        for rank, item in enumerate(self.largest):
            code = "card.fit.largest" if rank == 0 else "card.fit.large"
            out.append(say(code, lang, section=item.section, lines=item.lines))
        if self.missing_glyphs:
            chars = " ".join(sorted(self.missing_glyphs))
            out.append(say("card.fit.glyphs", lang, chars=chars))
        return out


class CardText(NamedTuple):
    """The card's own words (not user text)."""

    title: str
    notice: str
    call_behind: str  # on the cover: where "Bel eerst" is, folded over
    call_inside: str  # the same for a strip, whose back is blank
    made: str
    review: str
    footer: str
    continued_on: str  # "vervolg op {panel}"
    continued_from: str  # "vervolg van {title}", after the panel's label
    instructions: list[str]  # printing and cutting out
    fold_steps: list[str]  # layout A: folded over along the centre
    strip_steps: list[str]  # layout A′: the centre line cut, two strips
    scale: str
    mountain: str  # a fold away from you: the line stays outside
    valley: str  # a fold towards you: the line goes inside
    cut: str
    language: str  # of the PDF, for screen readers


def card_text(kind: str = "crisis", lang: str = "nl") -> CardText:
    """The card's own words for a `kind` of card ("crisis" or "wrap") in `lang`."""
    entries = area("card", lang)
    if kind == "wrap":
        entries |= area("card.wrap", lang)
    fields = {name: entries[name] for name in CardText._fields if name != "language"}
    return CardText(**fields, language=say("language_tag", lang))


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


def _section_blocks(section: Section, styles: Styles) -> list[Block]:
    title, item = section.title, section.item_id
    gap = Gap(styles.body.size * 0.4, section_title=title, item_id=item)
    if section.panel == "front":  # "Label: value" on one line each
        values = "; ".join(line for entry in section.entries for line in entry.lines)
        return [Block(f"{title}: {values}", styles.body, section_title=title, item_id=item), gap]
    out = [Block(title, styles.heading, section_title=title, item_id=item, keep_with_next=True)]
    if section.panel == "call_first":  # name and (big, bold) number on one line where it fits
        phone = styles.phone
        for entry in section.entries:
            who: list[Part] = [(entry.label or " ".join(entry.lines), None, None)]
            if entry.phone:
                who.append((f" {entry.phone}", phone.font, phone.size))
            out.append(
                Block(who + _reach(entry, styles), styles.body, section_title=title, item_id=item)
            )
        return [*out, gap]
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
            number: list[Part] = [(entry.phone, None, None), *_reach(entry, styles)]
            out.append(Block(number, styles.phone, section_title=title, item_id=item))
    return [*out, gap]


def _reach(entry: Entry, styles: Styles) -> list[Part]:
    """When someone can be reached, after their number on the same line where it fits."""
    body = styles.body
    return [(f" · {entry.availability}", body.font, body.size)] if entry.availability else []


def _key(chunk: Block) -> tuple[str, str]:
    """Which section a block belongs to (two sections may share a title)."""
    return chunk.item_id, chunk.section_title


def _fill(
    blocks: list[Block], width: float, height: float, fresh: bool = False
) -> tuple[list[Block], list[Block]]:
    """Place what fits in a box, splitting a block at a line boundary if needed; `fresh`:
    a new part of the card (a block that `starts` one) begins on a panel of its own."""
    placed: list[Block] = []
    queue = list(blocks)
    used = 0.0
    while queue:
        chunk = queue[0]
        if not placed and isinstance(chunk, Gap):  # no space at the top of a panel
            queue.pop(0)
            continue
        if fresh and placed and chunk.starts:
            break
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


class _Continued(Block):
    """The first line of a panel where a section goes on: the panel's label, and which
    section this is the rest of. Not part of what a person wrote. It knows the panel that
    points to it, so both can name the panel it lands on."""

    source = ""
    words = ""


def _continued(panel: str, words: str, style: Style, title: str, item: str) -> _Continued:
    head = _Continued(
        [(f"{panel} ", fonts.BOLD, None), (words, None, None)], style,
        section_title=title, item_id=item,
    )  # fmt: skip
    head.words = words
    return head


class Slot(NamedTuple):
    panel: str
    pinned: tuple[str, ...]  # what it holds first: "cover", "call_first"
    flows: bool  # takes the flowing text after what is pinned (not on the outside)


def slots(strips: bool, shared: bool = False) -> list[Slot]:
    """The panels in the order they are filled: each stack's opening order, with its cover
    and "Bel eerst" pinned; folded over, the back cover holds only "Bel eerst". A strip's
    back is blank: its "Bel eerst" is the panel after its cover, or with `shared` (when the
    card would not fit otherwise) under the cover on the same panel."""
    out = []
    for order in opening_order(strips):
        if shared:
            out.append(Slot(order[0], ("cover", "call_first"), False))
            out += [Slot(name, (), True) for name in order[1:]]
            continue
        out.append(Slot(order[0], ("cover",), False))
        out.append(Slot(order[1], ("call_first",), strips))
        out += [Slot(name, (), True) for name in order[2:]]
    return out


class Layout(NamedTuple):
    size: float
    width: float  # points; every panel's safe area is as wide
    panels: dict[str, list[Block]]
    leftover: list[tuple[str, Block]]  # (panel where its section began or "", the block)
    calls_whole: bool  # every "Bel eerst" is whole on its own panel


def _runs_on(placed: list[Block], rest: list[Block], calls: list[Block]) -> bool:
    """Whether a section, or "Bel eerst" with the other numbers to call, is cut off at the
    end of the placed blocks."""
    written = [b for b in placed if not isinstance(b, Gap)]
    going = [b for b in rest if not isinstance(b, Gap)]
    if not (written and going):
        return False
    calling = {_key(b) for b in calls}
    together = _key(written[-1]) in calling and _key(going[0]) in calling
    return together or _key(written[-1]) == _key(going[0])


def _layout(
    cover: list[Block], calls: list[Block], flow: list[Block], paper: Paper, size: float,
    text: CardText, strips: bool, fresh: bool, shared: bool = False,
) -> Layout:  # fmt: skip
    styles = _styles(size)
    width = safe_box(paper, "A1").width * MM
    order = slots(strips, shared)
    panels: dict[str, list[Block]] = {}
    began: dict[tuple[str, str], str] = {}
    queue = list(flow)
    calls_whole = True
    for index, slot in enumerate(order):
        height = safe_box(paper, slot.panel).height * MM
        pinned = [b for part in slot.pinned for b in {"cover": cover, "call_first": calls}[part]]
        content = pinned + (queue if slot.flows else [])
        placed, rest = _fill(content, width, height, fresh)
        later = [s.panel for s in order[index + 1 :] if s.flows]
        if later and _runs_on(placed, rest, calls):
            marker = Block(f"› {text.continued_on.format(panel=later[0])}", styles.note)
            placed, rest = _fill(content, width, height - marker.height(width), fresh)
            if _runs_on(placed, rest, calls):
                placed.append(marker)
                going = next(b for b in rest if not isinstance(b, Gap))
                calling = calls and _key(going) in {_key(b) for b in calls}
                title = calls[0].section_title if calling else going.section_title
                words = text.continued_from.format(title=title)
                head = _continued(later[0], words, styles.note, title, going.item_id)
                head.source = slot.panel
                rest.insert(rest.index(going), head)
        for index_placed, chunk in enumerate(placed):  # a head that landed further on
            if isinstance(chunk, _Continued) and not chunk.parts[0][0].startswith(slot.panel):
                moved = _continued(
                    slot.panel, chunk.words, chunk.style, chunk.section_title, chunk.item_id
                )
                placed[index_placed] = moved
                source = panels[chunk.source]
                source[-1] = Block(f"› {text.continued_on.format(panel=slot.panel)}", styles.note)
        if "call_first" in slot.pinned:
            keys = {_key(b) for b in calls}
            calls_whole &= not any(_key(b) in keys for b in rest if not isinstance(b, Gap))
        for chunk in placed:
            began.setdefault(_key(chunk), slot.panel)
        panels[slot.panel] = placed
        queue = rest + ([] if slot.flows else queue)
    leftover = [(began.get(_key(b), ""), b) for b in queue if not isinstance(b, (Gap, _Continued))]
    return Layout(size, width, panels, leftover, calls_whole)


def _front(
    name: str, call_me: str, made: dt.date, review: dt.date, size: float, text: CardText,
    strips: bool,
) -> list[Block]:  # fmt: skip
    styles = _styles(size)
    made_text = text.made.format(date=f"{made:%d-%m-%Y}")
    review_text = text.review.format(date=f"{review:%d-%m-%Y}")
    lines = [
        (text.title, styles.heading),
        (name, styles.phone),
        *([(call_me, styles.body)] if call_me else []),
        (text.notice, styles.label),
        (text.call_inside if strips else text.call_behind, styles.body),
        (f"{made_text} · {review_text}", styles.body),
        (text.footer, styles.note),
    ]
    return [Block(line, style, section_title=text.title) for line, style in lines]


def _rank(panel: str, order: tuple[str, ...]) -> int:
    if panel == LAST:
        return len(order) + 1
    return order.index(panel) if panel in order else len(order)


def _candidates(
    name: str, call_me: str, made: dt.date, review: dt.date, text: CardText,
    calls: list[Section], rest: list[Section], sheet: Paper, strips: bool, shared: bool,
) -> Iterator[Layout]:  # fmt: skip
    """Layouts from the largest size down, each first with every part of the card on a
    panel of its own, then packed."""
    for size in SIZES:
        styles = _styles(size)
        cover = _front(name, call_me, made, review, size, text, strips)
        call_blocks = [b for s in calls for b in _section_blocks(s, styles)]
        flow: list[Block] = []
        part = None
        for section in rest:
            blocks = _section_blocks(section, styles)
            blocks[0].starts = section.panel != part  # a new part of the card
            part = section.panel
            flow += blocks
        for fresh in (True, False):
            yield _layout(cover, call_blocks, flow, sheet, size, text, strips, fresh, shared)


def fit(
    sections: list[Section], dossier_title: str, made: dt.date, review: dt.date, paper: str = "a4",
    text: CardText | None = None, order: tuple[str, ...] = CRISIS_ORDER, strips: bool = False,
) -> tuple[Layout, FitReport]:  # fmt: skip
    """The layout at the largest size where everything fits, and what did not fit at 7 pt."""
    text = text or card_text()
    fonts.register()
    sheet = PAPERS[paper]
    front = sorted((s for s in sections if s.panel == "front"), key=lambda s: s.priority)
    on_cover = [s for s in front[:COVER_ITEMS] if s.entries and s.entries[0].lines]
    name = on_cover[0].entries[0].lines[0] if on_cover else dossier_title
    call_me = f"{on_cover[1].title}: {on_cover[1].entries[0].lines[0]}" if len(on_cover) > 1 else ""
    inside = [s for s in sections if s not in on_cover]
    calls = [s for s in inside if s.panel == "call_first"]
    rest = sorted(
        (s for s in inside if s.panel != "call_first"), key=lambda s: _rank(s.panel, order)
    )  # stable: within a part, the form's order by priority
    # the largest size where all fits with "Bel eerst" whole; else where all fits; else 7 pt;
    # strips that do not fit so try "Bel eerst" under the cover
    best: Layout | None = None
    for shared in (False, True) if strips else (False,):
        words = (name, call_me, made, review, text)
        for layout in _candidates(*words, calls, rest, sheet, strips, shared):
            if not layout.leftover and (layout.calls_whole or best is None):
                best = layout
                if layout.calls_whole:
                    break
        if best is not None:
            break
    layout = best or layout
    grouped: dict[tuple[str, str], list[Block]] = {}
    origins: dict[tuple[str, str], str] = {}
    for origin, chunk in layout.leftover:
        grouped.setdefault(_key(chunk), []).append(chunk)
        origins.setdefault(_key(chunk), origin)
    overflow = []
    for key, blocks in grouped.items():
        lines = sum(len(b.lines(layout.width)) for b in blocks)
        characters = sum(len(b.text(layout.width)) for b in blocks)
        overflow.append(Overflow(origins[key], key[1], lines, characters, key[0]))
    everything = "".join(s.text() for s in sections) + dossier_title
    report = FitReport(
        layout.size, overflow, fonts.missing_glyphs(everything),
        _largest(layout, overflow, {s.item_id for s in (*on_cover, *calls)}),
    )  # fmt: skip
    return layout, report


LARGEST_SHOWN = 2


def _largest(layout: Layout, overflow: list[Overflow], pinned: set[str]) -> tuple[Overflow, ...]:
    """When something did not fit: the sections that take the most lines on the card, of
    those that did fit and are not `pinned` (the cover, "Bel eerst": not the place to cut)."""
    if not overflow:
        return ()
    left_out = {o.item_id for o in overflow}
    placed: dict[tuple[str, str], list[Block]] = {}
    began: dict[tuple[str, str], str] = {}
    for panel, blocks in layout.panels.items():
        for block in blocks:
            if isinstance(block, (Gap, _Continued)) or not block.item_id:
                continue
            placed.setdefault(_key(block), []).append(block)
            began.setdefault(_key(block), panel)
    sizes = [
        Overflow(
            began[key],
            key[1],
            sum(len(b.lines(layout.width)) for b in blocks),
            sum(len(b.text(layout.width)) for b in blocks),
            key[0],
        )
        for key, blocks in placed.items()
        if key[0] not in left_out | pinned
    ]
    sizes.sort(key=lambda o: -o.lines)
    return tuple(sizes[:LARGEST_SHOWN])


# ------------------------------------------------------------------ drawing


def render(
    layout: Layout,
    paper: str = "a4",
    text: CardText | None = None,
    title: str = "",
    strips: bool = False,
) -> bytes:
    """The PDF of a fitted card: folded over along the centre (layout A), or with `strips`
    the centre cut into two strips of five panels (layout A′); only the centre line and the
    instructions differ."""
    text = text or card_text()
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
