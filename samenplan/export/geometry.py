"""Pocket-card geometry, layout A (research pdf.md §3.1), in millimetres from the top-left
corner of the sheet, as a person measures with a ruler.

One-sided A4 or Letter; a block of 2 × 5 panels of 84 × 52 mm; side A is the left column,
side B the right; row 1 at the top. Folded over along the centre and zigzag along the rows,
A1 is the front cover and B5 the back cover.
"""

from __future__ import annotations

from itertools import pairwise
from typing import NamedTuple

MM = 72 / 25.4  # points per millimetre
PANEL_W = 84.0
PANEL_H = 52.0
COLUMNS = ("A", "B")
ROWS = 5
PADDING = 3.5


class Paper(NamedTuple):
    name: str
    width: float  # mm
    height: float
    block_left: float
    block_top: float


PAPERS = {
    "a4": Paper("a4", 210.0, 297.0, 21.0, 18.5),
    "letter": Paper("letter", 215.9, 279.4, 23.95, 9.7),
}


class Box(NamedTuple):
    """A rectangle in mm: left, top, width, height (y grows downwards)."""

    left: float
    top: float
    width: float
    height: float

    @property
    def right(self) -> float:
        return self.left + self.width

    @property
    def bottom(self) -> float:
        return self.top + self.height

    def inset(self, by: float) -> Box:
        return Box(self.left + by, self.top + by, self.width - 2 * by, self.height - 2 * by)


def panel_names() -> list[str]:
    """Reading order when unfolded: side A top to bottom, then side B."""
    return [f"{column}{row}" for column in COLUMNS for row in range(1, ROWS + 1)]


def block(paper: Paper) -> Box:
    return Box(paper.block_left, paper.block_top, 2 * PANEL_W, ROWS * PANEL_H)


def panel(paper: Paper, name: str) -> Box:
    column = COLUMNS.index(name[0])
    row = int(name[1:]) - 1
    return Box(
        paper.block_left + column * PANEL_W, paper.block_top + row * PANEL_H, PANEL_W, PANEL_H
    )


def safe_box(paper: Paper, name: str) -> Box:
    """Where text may go: the panel less 3.5 mm on every side (folds and cuts wander)."""
    return panel(paper, name).inset(PADDING)


def centre_fold(paper: Paper) -> float:
    return paper.block_left + PANEL_W


def row_folds(paper: Paper) -> list[float]:
    return [paper.block_top + row * PANEL_H for row in range(1, ROWS)]


# ------------------------------------------------------------------ folding
#
# The card is folded by a small simulation, not from a table: every cell of the block holds a
# stack of panel layers, top (towards the person folding) first; a fold mirrors one side of a
# line onto the other, turning each moved stack over (its order reversed, every layer
# flipped) and putting it behind what is there. Folded over (layout A): the right half goes
# behind the left, then the rows are folded up as an accordion, row 1 staying on top. Cut
# into strips (layout A′) each column is folded the same way on its own.
#
# What comes out, for layout A (checked in tests/unit/test_card_fold.py):
#
#   layer   face up   face down
#     1       A1        (B1)      A1 is the front cover
#     2      (B2)        A2       B1 faces B2: the first spread when the cover is opened
#     3       A3        (B3)      A2 faces A3
#     4      (B4)        A4       B3 faces B4
#     5       A5        (B5)      A4 faces A5; B5 faces down: the back cover
#
# So a folded card shows A1, and B5 when it is turned over; opening it like a booklet shows
# the spreads B1|B2, A2|A3, B3|B4, A4|A5. Seen from the printed side of the sheet, the centre
# is a mountain fold (printed faces outwards) and the row folds alternate, mountain first on
# side A and valley first on side B (side B is seen from the other side of the paper).
# A strip of five panels has a blank back: panel 1 is its cover, panel 2 the first printed
# panel after it.


class Layer(NamedTuple):
    panel: str
    printed_up: bool  # the printed face points up (towards the front cover)


Stack = list[Layer]


def _fold(cells: dict[tuple[int, int], Stack], axis: int, line: int, side: int) -> None:
    """Fold the cells on `side` (+1: coordinates ≥ line, -1: below it) of the `line` along
    `axis` (0: a vertical line, columns; 1: a horizontal line, rows) behind the rest."""
    moving = [key for key in cells if (key[axis] >= line) == (side > 0)]
    for key in sorted(moving, key=lambda k: abs(k[axis] - line)):
        stack = cells.pop(key)
        target = list(key)
        target[axis] = 2 * line - key[axis] - 1
        turned = [Layer(layer.panel, not layer.printed_up) for layer in reversed(stack)]
        cells.setdefault((target[0], target[1]), []).extend(turned)


def _accordion(cells: dict[tuple[int, int], Stack]) -> None:
    """Fold the rows up as an accordion, row 1 on top: each fold puts the rest behind."""
    for fold in range(1, ROWS):
        # after `fold - 1` folds the part still to fold hangs below (odd) or above (even)
        line, side = (1, 1) if fold % 2 else (0, -1)
        _fold(cells, 1, line, side)


def folded(strips: bool = False) -> list[Stack]:
    """The folded card as stacks of layers, top first: one stack (layout A), or one per
    strip (layout A′)."""
    sheet = {
        (column, row): [Layer(f"{COLUMNS[column]}{row + 1}", True)]
        for column in range(len(COLUMNS))
        for row in range(ROWS)
    }
    if strips:
        out = []
        for column in range(len(COLUMNS)):
            cells = {(0, row): stack for (c, row), stack in sheet.items() if c == column}
            _accordion(cells)
            out.append(next(iter(cells.values())))
        return out
    _fold(sheet, 0, 1, 1)  # the right half behind the left
    _accordion(sheet)
    return list(sheet.values())


def outside(stack: Stack) -> tuple[str, str | None]:
    """(front cover, back cover) of a folded stack; None where the back is blank paper."""
    top, bottom = stack[0], stack[-1]
    assert top.printed_up
    return top.panel, None if bottom.printed_up else bottom.panel


def spreads(stack: Stack) -> list[tuple[str, str]]:
    """The printed faces that face each other inside the folded card, top to bottom: what
    someone sees opening it like a booklet, one spread after another."""
    out = []
    for upper, lower in pairwise(stack):
        if not upper.printed_up and lower.printed_up:
            out.append((upper.panel, lower.panel))
    return out


def opening_order(strips: bool = False) -> list[list[str]]:
    """The panels in the order a person finding the folded card sees them, per stack: the
    front cover, the back cover (turning it over), then the spreads as it is opened; for a
    strip, whose back is blank, panel 1 and then the spreads."""
    out = []
    for stack in folded(strips):
        front, back = outside(stack)
        order = [front] + ([back] if back else [])
        order += [name for pair in spreads(stack) for name in pair]
        out.append(order)
    return out


def outside_panels() -> tuple[str, str]:
    """Layout A folded: (front cover, back cover)."""
    front, back = outside(folded()[0])
    assert back is not None
    return front, back


def fold_kinds(strips: bool = False) -> dict[tuple[str, int], str]:
    """ "mountain" or "valley" for each row fold, by (column, fold number 1–4), as seen
    on the printed side of the flat sheet: valley where the printed faces come together."""
    out = {}
    for stack in folded(strips):
        where = {layer.panel: (index, layer) for index, layer in enumerate(stack)}
        for column in COLUMNS:
            for fold in range(1, ROWS):
                if f"{column}{fold}" not in where:
                    continue
                upper, layer = where[f"{column}{fold}"]
                lower = where[f"{column}{fold + 1}"][0]
                # the printed face points towards the neighbour across the fold: valley
                towards = (lower > upper) != layer.printed_up
                out[(column, fold)] = "valley" if towards else "mountain"
    return out
