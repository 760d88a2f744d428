"""The triad comparison in words, Dutch and English: roles, the points to discuss, one member's
answer, the per-domain summary and an agreement on one line. Shared by the comparison view and
the comparison PDF, so both say the same thing."""

from __future__ import annotations

from samenplan.domain.dossier import Agreement, Dossier
from samenplan.domain.triad import Answer, Comparison
from samenplan.formkit.model import FormDef

ROLE_WORDS = {
    "client": ("cliënt", "client"),
    "naaste": ("naaste", "relative"),
    "hulpverlener": ("hulpverlener", "professional"),
    "niemand": ("niemand", "nobody"),
    "weet_niet": ("weet niet", "don't know"),
}
# symbol (for the screen), Dutch, English; the words carry the meaning, the symbol helps scanning
FLAG_WORDS = {
    "discuss": ("?", "wil bespreken", "wants to discuss"),
    "no_owner": ("∅", "niemand neemt het op", "nobody takes it on"),
    "double_claim": ("⇉", "meer dan één wil het doen", "more than one claims it"),
    "disagree": ("≠", "verschil over wie", "disagreement on who"),
    "heavy": ("⚠", "zwaar voor een naaste", "heavy for a relative"),
}
ANSWER_WORDS = {
    "now": ("nu", "now"),
    "should": ("moet", "should"),
    "burden": ("zwaar", "heavy"),
    "discuss": ("wil bespreken", "wants to discuss"),
}


def word(pair: tuple[str, str], lang: str) -> str:
    return pair[1] if lang == "en" else pair[0]


def role(code: str, lang: str) -> str:
    return word(ROLE_WORDS.get(code, (code, code)), lang)


def flag(name: str, lang: str, symbol: bool = True) -> str:
    sign, nl, en = FLAG_WORDS[name]
    text = en if lang == "en" else nl
    return f"{sign} {text}" if symbol else text


def flags(names: set[str], lang: str, symbol: bool = True) -> str:
    return "; ".join(flag(name, lang, symbol) for name in sorted(names))


def answer_lines(answer: Answer | None, lang: str) -> list[str]:
    """One member's answer about a task, a short line per part."""
    if answer is None:
        return []
    lines = []
    if answer.now:
        lines.append(f"{word(ANSWER_WORDS['now'], lang)}: {role(answer.now, lang)}")
    if answer.should:
        lines.append(f"{word(ANSWER_WORDS['should'], lang)}: {role(answer.should, lang)}")
    if answer.burden is not None:
        lines.append(f"{word(ANSWER_WORDS['burden'], lang)}: {answer.burden}/5")
    if answer.discuss:
        lines.append(word(ANSWER_WORDS["discuss"], lang))
    return lines


def summary_lines(
    comparison: Comparison, form: FormDef, lang: str, symbol: bool = True
) -> list[str]:
    """Per domain with points to discuss: how many tasks carry each flag."""
    titles = {s.id: s.text.get(lang) for s in form.sections()}
    lines = []
    for domain, counts in comparison.summary().items():
        parts = [f"{flag(name, lang, symbol)}: {n}" for name, n in counts.items() if n]
        if parts:
            lines.append(f"{titles[domain]}: {', '.join(parts)}")
    return lines


def member_name(dossier: Dossier, person_id: str) -> str:
    person = dossier.person(person_id)
    return person.name if person else person_id


def agreement_line(agreement: Agreement, dossier: Dossier, titles: dict[str, str]) -> str:
    """'Task: what — who (review date)'."""
    when = f" ({agreement.review:%d-%m-%Y})" if agreement.review else ""
    topic = titles.get(agreement.topic, agreement.topic)
    return f"{topic}: {agreement.what} — {member_name(dossier, agreement.who)}{when}"
