"""Pocket-card geometry, layout A (research pdf.md §3.1), in millimetres from the top-left
corner of the sheet, as a person measures with a ruler.

One-sided A4 or Letter; a block of 2 × 5 panels of 84 × 52 mm; side A is the left column,
side B the right; row 1 at the top. Folded over along the centre and zigzag along the rows,
A1 is the front cover and B5 the back cover.
"""

from __future__ import annotations

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


def outside_panels() -> tuple[str, str]:
    """After folding B behind A and zigzagging the rows: (front cover, back cover).

    B is folded behind A along the centre, so B1 backs A1 ... B5 backs A5. With five rows
    zigzagged (mountain between 1 and 2, valley between 2 and 3, ...), row 1 faces out on
    one side and row 5 on the other; on the A side that is A1, on the B side B5.
    """
    stack: list[tuple[str, str]] = [(f"A{row}", f"B{row}") for row in range(1, ROWS + 1)]
    # zigzag: each fold flips the next panel pair over; after an even number of flips a
    # pair has its A face up, after an odd number its B face up.
    faces_up = [pair[0] if index % 2 == 0 else pair[1] for index, pair in enumerate(stack)]
    faces_down = [pair[1] if index % 2 == 0 else pair[0] for index, pair in enumerate(stack)]
    # the folded stack has row 1 on top and row 5 at the bottom
    return faces_up[0], faces_down[-1] if ROWS % 2 == 1 else faces_up[-1]
