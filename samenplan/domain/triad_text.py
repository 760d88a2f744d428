"""The triad comparison in words, Dutch and English: roles, who answers, the points to
discuss, one member's answer, the per-domain summary and an agreement on one line. Shared by
the comparison view, the who drop-down and the comparison PDF, so all say the same thing."""

from __future__ import annotations

from samenplan.domain.dossier import Agreement, Dossier, Member
from samenplan.domain.triad import Answer, Comparison, Who
from samenplan.formkit.model import FormDef

ROLE_WORDS = {
    "client": ("cliënt", "client"),
    "naaste": ("naaste", "relative"),
    "hulpverlener": ("hulpverlener", "professional"),
}
CODE_WORDS = {"niemand": ("niemand", "nobody"), "weet_niet": ("weet niet", "don't know")}
# an answer from role-based cards that still needs a person chosen
REVIEW_WORDS = {
    "client": ("de cliënt (kies wie)", "the client (choose who)"),
    "naaste": ("een naaste (kies wie)", "a relative (choose who)"),
    "hulpverlener": ("een hulpverlener (kies wie)", "a professional (choose who)"),
}
OTHER_WORDS = ("iemand anders: {text}", "someone else: {text}")
ME_WORDS = ("Ik", "Me")
UNKNOWN_WORDS = ("iemand die niet in dit dossier staat", "someone not in this dossier")
# what needs talking about, in words only (a bare symbol means nothing to a newcomer)
FLAG_WORDS = {
    "discuss": ("wil bespreken", "wants to discuss"),
    "no_owner": ("niemand neemt het op", "nobody takes it on"),
    "double_claim": ("meer dan één wil het doen", "more than one claims it"),
    "disagree": ("verschil over wie", "disagreement on who"),
    "heavy": ("zwaar voor een naaste", "heavy for a relative"),
    "review": ("kies wie er bedoeld is", "choose who is meant"),
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


def who(answer: Who, lang: str, me: str | None = None) -> str:
    """A who answer in words: the person's name ("Ik" for `me`, on one's own card)."""
    if answer.kind == "person":
        if answer.value == me:
            return word(ME_WORDS, lang)
        return answer.name or word(UNKNOWN_WORDS, lang)
    if answer.kind == "code":
        return word(CODE_WORDS.get(answer.value, (answer.value, answer.value)), lang)
    if answer.kind == "review":
        return word(REVIEW_WORDS.get(answer.value, (answer.value, answer.value)), lang)
    return word(OTHER_WORDS, lang).format(text=answer.value)


def member_label(dossier: Dossier, member: Member, lang: str) -> str:
    """'Ellen Bakker (naaste)': a member in a list to choose from."""
    return f"{member_name(dossier, member.person)} ({role(member.role, lang)})"


def flag(name: str, lang: str) -> str:
    return word(FLAG_WORDS[name], lang)


def flags(names: set[str], lang: str) -> str:
    """The points to discuss about a task, one a line (a cell of the comparison)."""
    return "\n".join(flag(name, lang) for name in sorted(names))


def answer_lines(answer: Answer | None, lang: str) -> list[str]:
    """One member's answer about a task, a short line per part."""
    if answer is None:
        return []
    lines = []
    if answer.now:
        lines.append(f"{word(ANSWER_WORDS['now'], lang)}: {who(answer.now, lang)}")
    if answer.should:
        lines.append(f"{word(ANSWER_WORDS['should'], lang)}: {who(answer.should, lang)}")
    if answer.burden is not None:
        lines.append(f"{word(ANSWER_WORDS['burden'], lang)}: {answer.burden}/5")
    if answer.discuss:
        lines.append(word(ANSWER_WORDS["discuss"], lang))
    return lines


def summary_lines(comparison: Comparison, form: FormDef, lang: str) -> list[str]:
    """Per domain with points to discuss: how many tasks carry each flag."""
    titles = {s.id: s.text.get(lang) for s in form.sections()}
    lines = []
    for domain, counts in comparison.summary().items():
        parts = [f"{flag(name, lang)}: {n}" for name, n in counts.items() if n]
        if parts:
            lines.append(f"{titles[domain]}: {', '.join(parts)}")
    return lines


def member_name(dossier: Dossier, person_id: str) -> str:
    person = dossier.person(person_id)
    return person.name if person else person_id


REVIEW_ON_WORDS = ("nakijken op {date}", "review on {date}")


def agreement_line(
    agreement: Agreement, dossier: Dossier, titles: dict[str, str], lang: str
) -> str:
    """'Task: what — who (nakijken op 03-03-2027)': the date says what it is for."""
    topic = titles.get(agreement.topic, agreement.topic)
    line = f"{topic}: {agreement.what} — {member_name(dossier, agreement.who)}"
    if agreement.review is None:
        return line
    return f"{line} ({word(REVIEW_ON_WORDS, lang).format(date=f'{agreement.review:%d-%m-%Y}')})"
