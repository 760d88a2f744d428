"""What is printed around the pocket card: the block outline and crop marks, fold lines
and cut lines (solid, "knippen"), the numbered folding steps with a small diagram of them
in the right margin, and the 5 cm scale bar. Mountain folds (away from you, the printed side
stays outside) are dash-dot, valley folds (towards you) dashed, each as `geometry.fold_kinds`
works out for the half of the sheet it crosses, and labelled in the left margin for side A.
Nothing here comes closer than 6.35 mm to the sheet's edge, where many printers cannot print.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from samenplan.export import fonts
from samenplan.export.geometry import (
    COLUMNS,
    MM,
    PANEL_W,
    Paper,
    block,
    centre_fold,
    fold_kinds,
    row_folds,
)

MOUNTAIN = [3 * MM, 1 * MM, 0.3 * MM, 1 * MM]  # dash-dot
VALLEY = [2 * MM, 1.2 * MM]  # dashes

if TYPE_CHECKING:
    from samenplan.export.card import CardText


def draw(canvas: Any, paper: Paper, text: CardText, strips: bool) -> None:
    """Everything outside the panels, for layout A (folded over) or A′ (`strips`)."""
    _marks(canvas, paper, text, strips)
    steps = text.instructions + (text.strip_steps if strips else text.fold_steps)
    _instructions(canvas, paper, steps, text)
    _diagram(canvas, paper, strips)


def pt(paper: Paper, x_mm: float, y_mm: float) -> tuple[float, float]:
    """mm from the top-left → reportlab points from the bottom-left."""
    return x_mm * MM, (paper.height - y_mm) * MM


def _marks(canvas: Any, paper: Paper, text: CardText, strips: bool) -> None:
    from reportlab.lib.colors import Color, black

    grey = Color(0.5, 0.5, 0.5)
    outer = block(paper)
    canvas.setStrokeColor(grey)
    canvas.setLineWidth(0.25)
    x, y = pt(paper, outer.left, outer.bottom)
    canvas.rect(x, y, outer.width * MM, outer.height * MM, stroke=1, fill=0)
    # crop marks: 6 mm long, 2 mm from each corner, outside the block
    canvas.setStrokeColor(black)
    canvas.setLineWidth(0.3)
    for cx in (outer.left, outer.right):
        for cy in (outer.top, outer.bottom):
            dx = -1 if cx == outer.left else 1
            dy = -1 if cy == outer.top else 1
            canvas.line(*pt(paper, cx + dx * 2, cy), *pt(paper, cx + dx * 8, cy))
            if paper.block_top >= 10:
                canvas.line(*pt(paper, cx, cy + dy * 2), *pt(paper, cx, cy + dy * 8))
    fx = centre_fold(paper)
    if strips:  # layout A′: the centre is cut, a solid line with crop marks like the edges
        canvas.line(*pt(paper, fx, outer.top), *pt(paper, fx, outer.bottom))
        if paper.block_top >= 10:
            for cy, dy in ((outer.top, -1), (outer.bottom, 1)):
                canvas.line(*pt(paper, fx, cy + dy * 2), *pt(paper, fx, cy + dy * 8))
            canvas.setFont(fonts.REGULAR, 7)
            canvas.drawString(*pt(paper, fx + 1.5, outer.top - 3), text.cut)
    # fold lines: the centre (folded over) is a mountain fold; each half of a row fold is
    # drawn as it folds seen from its own printed side; labelled in the margin for side A
    canvas.setStrokeColor(grey)
    dashes = {"mountain": MOUNTAIN, "valley": VALLEY}
    kinds = fold_kinds(strips)
    if not strips:
        canvas.setDash(MOUNTAIN)
        canvas.line(*pt(paper, fx, outer.top), *pt(paper, fx, outer.bottom))
    for fold, fy in enumerate(row_folds(paper), start=1):
        for index, column in enumerate(COLUMNS):
            canvas.setDash(dashes[kinds[(column, fold)]])
            left = outer.left + index * PANEL_W
            canvas.line(*pt(paper, left, fy), *pt(paper, left + PANEL_W, fy))
    canvas.setDash([])
    canvas.setFillColor(black)
    canvas.setFont(fonts.REGULAR, 7)
    words = {"mountain": text.mountain, "valley": text.valley}
    for fold, fy in enumerate(row_folds(paper), start=1):
        label = words[kinds[(COLUMNS[0], fold)]]
        canvas.drawRightString(*pt(paper, outer.left - 1.5, fy + 1), label)
    canvas.drawString(*pt(paper, outer.right + 1.5, outer.top + 3), text.cut)


def _instructions(canvas: Any, paper: Paper, steps: list[str], text: CardText) -> None:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    outer = block(paper)
    canvas.setFont(fonts.REGULAR, 7)
    if paper.block_top >= 15:  # A4: three lines above the block, two below
        left, width = outer.left + 2, outer.width - 4  # clear of the crop marks
        rows = [9.0, 12.2, 15.4, outer.bottom + 4.5, outer.bottom + 7.7]
    else:  # Letter: 9.7 mm above and below the block, of which a printer may take 6.35
        left, width = 8.0, paper.width - 16.0
        rows = [outer.top - 1.2, outer.bottom + 2.3]
    lines = list(steps)
    if len(steps) > len(rows):  # as many steps on a line as fit, in order
        lines = [steps[0]]
        for step in steps[1:]:
            joined = f"{lines[-1]} {step}"
            if stringWidth(joined, fonts.REGULAR, 7) <= width * MM:
                lines[-1] = joined
            else:
                lines.append(step)
    assert len(lines) <= len(rows), "the folding steps do not fit the margins"
    assert all(stringWidth(line, fonts.REGULAR, 7) <= width * MM for line in lines)
    for y, line in zip(rows, lines, strict=False):
        canvas.drawString(*pt(paper, left, y), line)
    if paper.block_top >= 15:  # a 5 cm scale bar in the bottom margin, right
        bar_y = outer.bottom + 10
        start = outer.right - 53  # clear of the crop mark
        canvas.setLineWidth(1)
        canvas.line(*pt(paper, start, bar_y), *pt(paper, start + 50, bar_y))
        for tick in (0, 10, 20, 30, 40, 50):
            canvas.line(*pt(paper, start + tick, bar_y - 1), *pt(paper, start + tick, bar_y + 1))
        canvas.drawRightString(*pt(paper, start - 2, bar_y + 0.3), text.scale)
    else:  # Letter: upright in the right margin, beside side B's lower panels
        bar_x = outer.right + 8
        start = outer.bottom - 60
        canvas.setLineWidth(1)
        canvas.line(*pt(paper, bar_x, start), *pt(paper, bar_x, start + 50))
        for tick in (0, 10, 20, 30, 40, 50):
            canvas.line(*pt(paper, bar_x - 1, start + tick), *pt(paper, bar_x + 1, start + tick))
        canvas.saveState()
        canvas.translate(*pt(paper, bar_x + 4, start + 50))
        canvas.rotate(90)
        canvas.drawString(0, 0, text.scale)
        canvas.restoreState()


def _diagram(canvas: Any, paper: Paper, strips: bool) -> None:
    """The folding steps as small pictures down the right margin, numbered as in the text:
    1 cut out the block; 2 fold the right half behind (or, for strips, cut the centre);
    3 fold like an accordion; and the card that results. Sizes in mm."""
    from reportlab.lib.colors import black

    outer = block(paper)
    x = outer.right + 4.5  # left edge of the pictures
    y = outer.top + 12.0
    w, h = 8.0, 12.4  # the block in proportion (168 × 260 mm)
    canvas.setStrokeColor(black)
    canvas.setFillColor(black)
    canvas.setFont(fonts.BOLD, 7)
    canvas.setLineWidth(0.5)

    def rect(left: float, top: float, width: float, height: float) -> None:
        canvas.rect(*pt(paper, left, top + height), width * MM, height * MM, stroke=1, fill=0)

    def line(x0: float, y0: float, x1: float, y1: float) -> None:
        canvas.line(*pt(paper, x0, y0), *pt(paper, x1, y1))

    def step(n: int, height: float) -> None:
        """Number this step, and point from its picture to the next."""
        nonlocal y
        canvas.drawString(*pt(paper, x - 3.5, y + 2.5), str(n))
        y += height + 1.0
        line(x + w / 2, y, x + w / 2, y + 3)
        line(x + w / 2 - 0.8, y + 2.1, x + w / 2, y + 3)
        line(x + w / 2 + 0.8, y + 2.1, x + w / 2, y + 3)
        y += 4.5

    # 1: the block with its crop marks
    rect(x, y, w, h)
    for cx, dx in ((x, -1), (x + w, 1)):
        for cy, dy in ((y, -1), (y + h, 1)):
            line(cx + dx * 0.6, cy, cx + dx * 1.8, cy)
            line(cx, cy + dy * 0.6, cx, cy + dy * 1.8)
    step(1, h)
    # 2: the right half folded behind, or the centre cut into two strips
    if strips:
        rect(x, y, w / 2 - 0.5, h)
        rect(x + w / 2 + 0.5, y, w / 2 - 0.5, h)
    else:
        rect(x, y, w, h)
        canvas.setDash([0.9 * MM, 0.35 * MM, 0.15 * MM, 0.35 * MM])
        line(x + w / 2, y - 0.8, x + w / 2, y + h + 0.8)
        canvas.setDash([])
        path = canvas.beginPath()  # the right half swings over to behind the left
        path.moveTo(*pt(paper, x + 0.8 * w, y + 0.55 * h))
        tip = (x + 0.2 * w, y + 0.45 * h)
        controls = (x + 0.8 * w, y + 0.2 * h), (x + 0.2 * w, y + 0.2 * h), tip
        path.curveTo(*(value for point in controls for value in pt(paper, *point)))
        canvas.drawPath(path, stroke=1, fill=0)
        line(tip[0] - 0.8, tip[1] - 0.9, *tip)
        line(tip[0] + 0.8, tip[1] - 0.9, *tip)
    step(2, h)
    # 3: an accordion, seen from the side
    path = canvas.beginPath()
    path.moveTo(*pt(paper, x + w - 1, y))
    for fold in range(1, 6):
        path.lineTo(*pt(paper, x + (1 if fold % 2 else w - 1), y + fold * 2.0))
    canvas.drawPath(path, stroke=1, fill=0)
    step(3, 10.0)
    # the folded card, bank-card size in proportion
    rect(x, y, w, w * 52 / 84)
