"""Text blocks for the pocket card: user text cut into font runs, wrapped at spaces (a word
wider than the line is broken between characters, never hyphenated), split between panels at
line boundaries, and drawn as plain text on the canvas.

The card fits its text with these instead of reportlab's platypus: importing platypus'
paragraphs alone costs more time than the whole card may take (issue 5's bar: at most 1.5 ×
a bare reportlab script). Text goes to the canvas as strings, never as markup, so nothing a
person types can be read as formatting.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any, NamedTuple

from samenplan.export import fonts

LEADING = 1.2  # line height as a multiple of the largest size on the line


class Style(NamedTuple):
    font: str
    size: float
    indent: float = 0.0  # points, every line
    first_indent: float = 0.0  # points, added on the first line (negative: a hanging bullet)


class Segment:
    """Text drawn with one font at one size, from `x` (points from the block's left)."""

    __slots__ = ("font", "size", "text", "x")

    def __init__(self, x: float, font: str, size: float, text: str) -> None:
        self.x, self.font, self.size, self.text = x, font, size, text


class Line:
    """One line of a block: its segments, left to right."""

    __slots__ = ("segments",)

    def __init__(self) -> None:
        self.segments: list[Segment] = []

    @property
    def size(self) -> float:
        return max((s.size for s in self.segments), default=0.0)

    @property
    def height(self) -> float:
        return self.size * LEADING

    @property
    def text(self) -> str:
        return "".join(s.text for s in self.segments).strip()


@lru_cache(maxsize=4096)
def _width(text: str, font: str, size: float) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return float(stringWidth(text, font, size))


# a piece of text with its own font and size; None: the block style's
Part = tuple[str, str | None, float | None]


class Block:
    """A paragraph of the card: wrapped for a width on demand, split at a line boundary."""

    def __init__(
        self,
        parts: Sequence[Part] | str,
        style: Style,
        *,
        section_title: str = "",
        item_id: str = "",
        keep_with_next: bool = False,
    ) -> None:
        self.parts: Sequence[Part] = [(parts, None, None)] if isinstance(parts, str) else parts
        self.style = style
        self.section_title = section_title
        self.item_id = item_id
        self.keep_with_next = keep_with_next
        self.starts = False  # begins a part of the card, which may want a panel of its own
        self._wrapped: dict[float, list[Line]] = {}

    def lines(self, width: float) -> list[Line]:
        if width not in self._wrapped:
            self._wrapped[width] = _wrap(self._runs(), self.style, width)
        return self._wrapped[width]

    def height(self, width: float) -> float:
        return sum(line.height for line in self.lines(width))

    def text(self, width: float) -> str:
        return " ".join(line.text for line in self.lines(width))

    def split(self, width: float, height: float) -> tuple[Block, Block] | None:
        """The lines that fit in `height` and the rest, each at least two lines (a sentence
        is not left with one line at the foot of a panel or the top of the next); None when
        it fits whole or no such split exists. Both parts keep their lines as wrapped for
        `width`."""
        lines = self.lines(width)
        used, count = 0.0, 0
        while count < len(lines) and used + lines[count].height <= height + 0.01:
            used += lines[count].height
            count += 1
        if count == len(lines):
            return None  # it fits whole
        count = min(count, len(lines) - 2)
        if count < 2:
            return None
        return self._part(width, lines[:count]), self._part(width, lines[count:])

    def _part(self, width: float, lines: list[Line]) -> Block:
        part = Block(
            (), self.style, section_title=self.section_title, item_id=self.item_id,
            keep_with_next=self.keep_with_next,
        )  # fmt: skip
        part._wrapped[width] = lines
        return part

    def draw(self, canvas: Any, x: float, top: float, width: float) -> None:
        """Draw the lines for `width` with their first line's top at `top`."""
        y = top
        for line in self.lines(width):
            baseline = y - line.size
            for segment in line.segments:
                canvas.setFont(segment.font, segment.size)
                canvas.drawString(x + segment.x, baseline, segment.text)
            y -= line.height

    def _runs(self) -> list[tuple[str, float, str]]:
        """(font, size, text) runs: each part's own font, or a fallback where it lacks a
        character (the fallbacks have no bold face)."""
        out: list[tuple[str, float, str]] = []
        for text, font, size in self.parts:
            own = font or self.style.font
            for run_font, run in fonts.runs(text):
                out.append((own if run_font is None else run_font, size or self.style.size, run))
        return out


class Gap(Block):
    """Empty space of a fixed height (between sections)."""

    def __init__(self, height: float, *, section_title: str = "", item_id: str = "") -> None:
        super().__init__(
            (), Style(fonts.REGULAR, 0.0), section_title=section_title, item_id=item_id
        )
        self._gap = height

    def height(self, width: float) -> float:
        return self._gap

    def split(self, width: float, height: float) -> None:
        return None

    def draw(self, canvas: Any, x: float, top: float, width: float) -> None:
        return None


def _wrap(runs: list[tuple[str, float, str]], style: Style, width: float) -> list[Line]:
    """Greedy line filling: words go on the line while they fit; explicit line breaks kept."""
    lines: list[Line] = [Line()]
    x = 0.0
    spaces = 0  # spaces waiting to go between the line's last word and the next one

    def room() -> float:
        first = style.first_indent if len(lines) == 1 else 0.0
        return width - style.indent - first - x

    def start() -> float:
        return style.indent + (style.first_indent if len(lines) == 1 else 0.0)

    def new_line() -> None:
        nonlocal x, spaces
        lines.append(Line())
        x, spaces = 0.0, 0

    def put(font: str, size: float, text: str) -> None:
        """Add text right after what the line holds (with any waiting spaces)."""
        nonlocal x, spaces
        segments = lines[-1].segments
        if segments and spaces:
            last = segments[-1]
            last.text += " " * spaces
            x += _width(" " * spaces, last.font, last.size)
        spaces = 0
        if segments and (segments[-1].font, segments[-1].size) == (font, size):
            segments[-1].text += text
        else:
            segments.append(Segment(start() + x, font, size, text))
        x += _width(text, font, size)

    for word in _words(runs):
        if word is None:
            new_line()
            continue
        if word == []:
            spaces += 1 if lines[-1].segments else 0
            continue
        needed = sum(_width(text, font, size) for font, size, text in word)
        gap = _width(" " * spaces, *_last_font(lines[-1])) if spaces else 0.0
        if lines[-1].segments and gap + needed > room():
            new_line()
        if needed <= room():
            for font, size, text in word:
                put(font, size, text)
            continue
        for font, size, text in word:  # wider than a line: break between characters
            for char in text:
                if lines[-1].segments and _width(char, font, size) > room():
                    new_line()
                put(font, size, char)
    if not lines[-1].segments and len(lines) > 1:
        lines.pop()
    for line in lines:  # broken in reading order, Arabic is drawn right to left per line
        for segment in line.segments:
            if segment.font == fonts.ARABIC:
                segment.text = fonts.visual(segment.text)
    return lines


def _last_font(line: Line) -> tuple[str, float]:
    last = line.segments[-1]
    return last.font, last.size


Word = list[tuple[str, float, str]] | None


def _words(runs: list[tuple[str, float, str]]) -> list[Word]:
    """Words as lists of (font, size, text) pieces; [] for a space, None for a line break."""
    words: list[Word] = []
    current: list[tuple[str, float, str]] = []
    for font, size, text in runs:
        piece = ""
        for char in text:
            if char in " \t\n":
                if piece:
                    current.append((font, size, piece))
                    piece = ""
                if current:
                    words.append(current)
                    current = []
                words.append(None if char == "\n" else [])
            else:
                piece += char
        if piece:
            current.append((font, size, piece))
    if current:
        words.append(current)
    return words
