"""A one-page sheet with the profile's recovery code, to print and keep somewhere safe.

It holds the code (large, in groups of four), the profile's name, the date, what the code is
for, where to keep it and what to do when it is lost. It never holds anything from a plan.
`same_code()` is how the app checks a code typed back from paper.
"""

from __future__ import annotations

import datetime
from typing import Any

from samenplan.vault.keyslots import canonical_recovery_code as canonical

GROUP = 4
GROUPS_PER_LINE = 4

WORDS = {
    "nl": {
        "title": "Je herstelcode voor samenplan",
        "profile": "Profiel: {name}",
        "made": "Gemaakt op {date}",
        "header": "samenplan · herstelcode",
        "what_title": "Waarvoor is deze code?",
        "what": "Ben je je wachtwoord vergeten? Dan open je je profiel met deze code. Kies bij "
        "'Profiel openen' voor 'Ik gebruik mijn herstelcode' en typ de code over. Spaties, "
        "streepjes en hoofdletters maken niet uit.",
        "where_title": "Waar bewaar je hem?",
        "where": "Op een veilige plek thuis, bij je belangrijke papieren. Niet bij je computer "
        "of in je laptoptas. Wie deze code heeft en bij je computer kan, kan je profiel openen.",
        "lost_title": "Kwijt, of heeft iemand anders hem gezien?",
        "lost": "Open samenplan en kies in het menu Bestand 'Nieuwe herstelcode…'. De oude code "
        "werkt dan niet meer. Gooi dit vel daarna weg.",
        "file": "Heb je dit vel als bestand bewaard? Gooi het bestand weg als je het hebt "
        "afgedrukt.",
        "nothing": "Op dit vel staat niets uit je plannen.",
    },
    "en": {
        "title": "Your recovery code for samenplan",
        "profile": "Profile: {name}",
        "made": "Made on {date}",
        "header": "samenplan · recovery code",
        "what_title": "What is this code for?",
        "what": "Forgot your passphrase? Then you open your profile with this code. Under "
        "'Open profile' choose 'I am using my recovery code' and type the code. Spaces, hyphens "
        "and capital letters do not matter.",
        "where_title": "Where do you keep it?",
        "where": "In a safe place at home, with your important papers. Not with your computer "
        "or in your laptop bag. Whoever has this code and can get to your computer can open "
        "your profile.",
        "lost_title": "Lost it, or has someone else seen it?",
        "lost": "Open samenplan and choose 'New recovery code…' in the File menu. The old code "
        "then stops working. Throw this sheet away afterwards.",
        "file": "Did you save this sheet as a file? Delete the file once you have printed it.",
        "nothing": "This sheet holds nothing from your plans.",
    },
}


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

    words = WORDS[lang]
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
