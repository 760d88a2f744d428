"""The first panels of a pocket card as a phone picture: a PNG of 1080 × 2340 pixels (a phone
screen upright, 9:19.5) that a person keeps in their photos or sets as lock screen.

It shows the name to use, the people to call first with their numbers large and bold (and
when they can be reached), then what to do, what not to do and what helps, as much as fits
at a readable size; "meer op mijn kaart" says when something did not fit. The top fifth is
left calm for a lock screen's clock, the bottom for its buttons. The title is neutral (not
"Crisiskaart", a protected name).

The page is drawn with reportlab (the card's embedded fonts, one point is one pixel) and
rendered with pypdfium2; the PNG is written here with only the chunks a picture needs: no
text, date or other metadata chunk, and the same bytes for the same input.
"""

from __future__ import annotations

import datetime as dt
import io
import struct
import zlib
from collections.abc import Mapping
from typing import Any, NamedTuple

from samenplan import words
from samenplan.domain.dossier import Dossier
from samenplan.export import fonts
from samenplan.export.card_content import Section, card_sections
from samenplan.export.pocket import KINDS, NoPlan
from samenplan.export.text_block import Block, Part, Style
from samenplan.formkit.model import FormDef

WIDTH, HEIGHT = 1080, 2340  # pixels; the page is drawn in points, one point a pixel
CALM_TOP = 0.21  # part of the height left empty for a lock screen's clock
CALM_BOTTOM = 0.07  # and for its buttons at the bottom
MARGIN = 48  # between the screen's edge and the white card
PADDING = 56  # between the card's edge and its text
RADIUS = 40
BODY_SIZES = (46.0, 42.0, 38.0, 34.0, 30.0)  # the largest at which everything fits
SMALLEST = 30.0  # never smaller: readable on a phone held in the hand
SCREEN = (0.13, 0.25, 0.32)  # calm dark blue: a white clock stays readable on it
INK = (0.07, 0.07, 0.07)
QUIET = (0.30, 0.30, 0.30)
CALL_TINT = (0.91, 0.95, 0.97)
NAME_ITEMS = ("roepnaam", "naam")  # the name to use, else the full name


class PhoneText(NamedTuple):
    """The picture's own words (not user text)."""

    title: str
    made: str
    more: str
    language: str  # of the page, for screen readers


# the semantic panels shown, in this order: whom to call, then how to approach me
SHOWN_PANELS = ("call_first", "approach")


class PhonePicture(NamedTuple):
    png: bytes
    pdf: bytes  # the page the picture is rendered from (its text can be read back)
    complete: bool  # False: not everything fitted, the picture says "meer op mijn kaart"
    missing_glyphs: set[str]  # characters no font can draw (they would not show)


def phone_picture(
    dossier: Dossier, forms: Mapping[str, FormDef], lang: str = "nl", kind: str = "crisis"
) -> PhonePicture:
    """The phone picture of the dossier's crisis plan or WRAP (NoPlan when it has none)."""
    form_id = KINDS[kind][0]
    document = dossier.document(form_id)
    if document is None:
        raise NoPlan(form_id)
    own = words.area("phone", lang)
    text = PhoneText(
        own[f"{kind}.title"], own["made"], own["more"], words.say("language_tag", lang)
    )
    sections = card_sections(forms[form_id], document.answers, dossier, lang)
    label, name = _name(sections, dossier.title)
    shown = [s for panel in SHOWN_PANELS for s in sections if s.panel == panel]
    pdf, complete = _page(text, label, name, shown, document.reviewed)
    everything = "".join(s.text() for s in shown) + label + name
    return PhonePicture(_png(pdf), pdf, complete, fonts.missing_glyphs(everything))


def _name(sections: list[Section], fallback: str) -> tuple[str, str]:
    """The label and the name to use: the nickname if given, else the name, else the
    dossier's title."""
    for item_id in NAME_ITEMS:
        for section in sections:
            if section.item_id == item_id and section.entries and section.entries[0].lines:
                return section.title, section.entries[0].lines[0]
    return "", fallback


class _Styles(NamedTuple):
    title: Style
    label: Style
    name: Style
    heading: Style
    body: Style
    who: Style
    phone: Style
    small: Style
    bullet: Style


def _styles(size: float) -> _Styles:
    small = max(SMALLEST, size * 0.8)
    return _Styles(
        title=Style(fonts.BOLD, size),
        label=Style(fonts.REGULAR, small),
        name=Style(fonts.BOLD, size * 1.6),
        heading=Style(fonts.BOLD, size * 1.1),
        body=Style(fonts.REGULAR, size),
        who=Style(fonts.BOLD, size),
        phone=Style(fonts.BOLD, size * 1.45),
        small=Style(fonts.REGULAR, small),
        bullet=Style(fonts.REGULAR, size, indent=size * 0.9, first_indent=-size * 0.9),
    )


class _Piece(NamedTuple):
    """Blocks that stay together (a heading with its first line, a person with their
    number), the space above them, whether they belong to the call-first box, and their
    turn when not everything fits (the people to call, then every list's first line, then
    every list's second line, ...)."""

    blocks: list[Block]
    space: float
    call: bool
    turn: int


def _pieces(sections: list[Section], styles: _Styles) -> list[_Piece]:
    """The people to call, then how to approach the person, as pieces in reading order."""
    dialled: set[str] = set()  # a number shows once (a partner may also speak for me)
    out: list[_Piece] = []
    for section in sections:
        if section.panel == "call_first":
            out += _call_pieces(section, styles, dialled)
        else:
            out += _approach_pieces(section, styles)
    return out


def _call_pieces(section: Section, styles: _Styles, dialled: set[str]) -> list[_Piece]:
    """Each person with a number not shown yet: their name (a person chosen for a role,
    like the GP, is named by the role: the section's title), the number large and bold
    with when they can be reached beside it. Entries without a number wait on the card."""
    out: list[_Piece] = []
    for entry in section.entries:
        if not entry.phone or entry.phone in dialled:
            continue
        dialled.add(entry.phone)
        parts: list[Part] = [(entry.label, None, None)] if entry.label else []
        parts.append(("\n" * bool(parts) + entry.phone, styles.phone.font, styles.phone.size))
        if entry.availability:
            parts.append(("  " + entry.availability, styles.small.font, styles.small.size))
        blocks = [] if out else [Block(section.title, styles.heading)]
        space = styles.body.size * (0.5 if out else 0.9)
        out.append(_Piece([*blocks, Block(parts, styles.who)], space, True, 0))
    return out


def _approach_pieces(section: Section, styles: _Styles) -> list[_Piece]:
    """The heading with the first line, then each further line (a list may be cut short)."""
    size = styles.body.size
    out: list[_Piece] = []
    bullets = len(section.entries) > 1 or any(len(e.lines) > 1 for e in section.entries)
    style = styles.bullet if bullets else styles.body
    for entry in section.entries:
        blocks = [Block(entry.label, styles.who)] if entry.label else []
        for line in entry.lines:
            blocks.append(Block(f"• {line}" if bullets else line, style))
            if not out:
                blocks.insert(0, Block(section.title, styles.heading))
            out.append(_Piece(blocks, size * (0.2 if out else 1.0), False, len(out) + 1))
            blocks = []
    return out


def _height(piece: _Piece, width: float) -> float:
    return piece.space + sum(b.height(width) for b in piece.blocks)


class _Fitted(NamedTuple):
    styles: _Styles
    head: list[Block]  # title, the name to use
    pieces: list[_Piece]  # what fits of the people to call and the approach
    foot: list[Block]  # "meer op mijn kaart" when something is left out, the date

    def height(self, width: float) -> float:
        """From the top of the text to the bottom of the footer."""
        size = self.styles.body.size
        height = sum(b.height(width) for b in self.head + self.foot) + size * 1.4
        height += sum(_height(p, width) for p in self.pieces)
        call = [p.call for p in self.pieces]
        return height + (size * 0.5 if True in call and False in call else 0.0)


def _fit(
    text: PhoneText,
    label: str,
    name: str,
    sections: list[Section],
    made: dt.date,
    width: float,
    room: float,
) -> tuple[_Fitted, bool]:
    """The largest size at which everything fits in `room`; else the smallest size with
    the pieces that fit, taken by their turn, and "meer op mijn kaart". True when
    everything is on it."""
    for size in BODY_SIZES:
        styles = _styles(size)
        head = [Block(text.title, styles.title)]
        head += [Block(label, styles.label)] if label else []
        head += [Block(name, styles.name)]
        foot = [Block(text.made.format(date=f"{made:%d-%m-%Y}"), styles.small)]
        fitted = _Fitted(styles, head, _pieces(sections, styles), foot)
        if fitted.height(width) <= room:
            return fitted, True
    pieces = fitted.pieces
    fitted = fitted._replace(pieces=[], foot=[Block(text.more, styles.who), *foot])
    chosen: set[int] = set()
    for index in sorted(range(len(pieces)), key=lambda i: pieces[i].turn):
        longer = fitted._replace(pieces=[*fitted.pieces, pieces[index]])
        if longer.height(width) > room:
            break
        fitted = longer
        chosen.add(index)
    return fitted._replace(pieces=[p for i, p in enumerate(pieces) if i in chosen]), False


def _page(
    text: PhoneText,
    label: str,
    name: str,
    sections: list[Section],
    made: dt.date,
) -> tuple[bytes, bool]:
    """The page's PDF and whether everything is on it."""
    from reportlab.pdfgen.canvas import Canvas

    fonts.register()
    card_left, card_right = MARGIN, WIDTH - MARGIN
    card_top = HEIGHT * (1 - CALM_TOP)
    width = card_right - card_left - 2 * PADDING
    room = card_top - HEIGHT * CALM_BOTTOM - 2 * PADDING
    fitted, complete = _fit(text, label, name, sections, made, width, room)
    size = fitted.styles.body.size
    card_bottom = card_top - fitted.height(width) - 2 * PADDING

    out = io.BytesIO()
    canvas = Canvas(
        out, pagesize=(WIDTH, HEIGHT), invariant=1, initialFontName=fonts.REGULAR,
        lang=text.language,
    )  # fmt: skip
    canvas.setTitle(text.title)
    canvas.setAuthor("")
    canvas.setCreator("samenplan")
    canvas.setSubject("")
    canvas.setFillColorRGB(*SCREEN)
    canvas.rect(0, 0, WIDTH, HEIGHT, stroke=0, fill=1)
    canvas.setFillColorRGB(1, 1, 1)
    canvas.roundRect(
        card_left, card_bottom, card_right - card_left, card_top - card_bottom, RADIUS,
        stroke=0, fill=1,
    )  # fmt: skip
    x = card_left + PADDING
    top = _draw(canvas, fitted.head, x, card_top - PADDING, width, INK) - size * 0.4
    calls = [p for p in fitted.pieces if p.call]
    if calls:  # a tinted box behind the people to call
        box_top = top - calls[0].space * 0.5
        box_bottom = top - sum(_height(p, width) for p in calls) - size * 0.5
        canvas.setFillColorRGB(*CALL_TINT)
        canvas.roundRect(
            card_left + PADDING / 3, box_bottom, card_right - card_left - PADDING * 2 / 3,
            box_top - box_bottom, RADIUS / 2, stroke=0, fill=1,
        )  # fmt: skip
    previous_call = False
    for piece in fitted.pieces:
        extra = size * 0.5 if previous_call and not piece.call else 0.0
        top = _draw(canvas, piece.blocks, x, top - piece.space - extra, width, INK)
        previous_call = piece.call
    top -= size
    if not complete:
        top = _draw(canvas, fitted.foot[:1], x, top, width, INK)
    _draw(canvas, fitted.foot[-1:], x, top, width, QUIET)
    canvas.showPage()
    canvas.save()
    return out.getvalue(), complete


def _draw(
    canvas: Any, blocks: list[Block], x: float, top: float, width: float, colour: Any
) -> float:
    """Draw blocks one below the other from `top`; returns where the next one starts."""
    canvas.setFillColorRGB(*colour)
    for block in blocks:
        block.draw(canvas, x, top, width)
        top -= block.height(width)
    return top


def _png(pdf: bytes) -> bytes:
    """The page as an 8-bit RGB PNG of WIDTH × HEIGHT pixels: the header, the pixels and
    the end, nothing else."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    try:
        bitmap = document[0].render(scale=1, rev_byteorder=True)
        width, height, stride = bitmap.width, bitmap.height, bitmap.stride
        buffer = bytes(bitmap.buffer)
    finally:
        document.close()
    row = width * 3
    raw = b"".join(b"\x00" + buffer[y * stride : y * stride + row] for y in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw, 6))
        + chunk(b"IEND", b"")
    )
