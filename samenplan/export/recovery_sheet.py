"""A one-page sheet with the profile's recovery code, to print and keep somewhere safe.

It holds the code (large, in groups of four), the profile's name, the date, what the code is
for, where to keep it and what to do when it is lost. It never holds anything from a plan.
`same_code()` is how the app checks a code typed back from paper.
"""

from __future__ import annotations

import datetime
from typing import Any

from samenplan.vault.keyslots import canonical_recovery_code as canonical
from samenplan.words import area

GROUP = 4
GROUPS_PER_LINE = 4


def same_code(typed: str, code: str) -> bool:
    """Whether `typed` is `code`, whatever spaces, hyphens or capitals were used."""
    return bool(typed.strip()) and canonical(typed) == canonical(code)


def typed_whole(typed: str, code: str) -> bool:
    """Whether as many letters and digits were typed as the code has."""
    return len(canonical(typed)) >= len(canonical(code))


def groups(code: str) -> list[str]:
    """The code in groups of four characters."""
    plain = canonical(code)
    return [plain[i : i + GROUP] for i in range(0, len(plain), GROUP)]


def recovery_sheet(code: str, profile: str, lang: str, today: datetime.date | None = None) -> bytes:
    """The A4 sheet as PDF bytes."""
    from reportlab.lib.styles import ParagraphStyle

    from samenplan.export.pdf_look import build, para, styles

    words = area("recovery_sheet", lang)
    look = styles()
    date = f"{today or datetime.date.today():%d-%m-%Y}"
    lead = ParagraphStyle("lead", parent=look["body"], fontSize=12, leading=16)
    story: list[Any] = [
        para(words["title"], look["title"]),
        para(words["profile"].format(name=profile), lead),
        para(words["made"].format(date=date), lead),
        *_code_box(code),
    ]
    for part in ("what", "where", "lost"):
        story.append(para(words[f"{part}_title"], look["section"]))
        story.append(para(words[part], lead))
    story.append(para(words["file"], lead))
    return build(story, words["title"], words["header"], words["nothing"], "a4", lang)


def _code_box(code: str) -> list[Any]:
    """The code large and bold, four groups a line, in a box with room around it."""
    from reportlab.platypus import Spacer, Table, TableStyle

    from samenplan.export import fonts
    from samenplan.export.geometry import MM

    parts = groups(code)
    rows = [parts[i : i + GROUPS_PER_LINE] for i in range(0, len(parts), GROUPS_PER_LINE)]
    for row in rows:
        row.extend([""] * (GROUPS_PER_LINE - len(row)))
    table = Table(rows, colWidths=[40 * MM] * GROUPS_PER_LINE, rowHeights=16 * MM, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), fonts.BOLD),
                ("FONTSIZE", (0, 0), (-1, -1), 26),
                ("LEADING", (0, 0), (-1, -1), 30),
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("BOX", (0, 0), (-1, -1), 1.5, (0, 0, 0)),
            ]
        )
    )
    return [Spacer(1, 8 * MM), table, Spacer(1, 4 * MM)]
