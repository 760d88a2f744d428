"""The triad comparison in words (from the catalogue, `samenplan/words.py`): roles, who
answers, the points to discuss, one member's answer, the per-domain summary and an
agreement on one line. Shared by the comparison view, the who drop-down and the comparison
PDF, so all say the same thing."""

from __future__ import annotations

from samenplan.domain.dossier import Agreement, Dossier, Member
from samenplan.domain.triad import Answer, Comparison, Who
from samenplan.formkit.model import FormDef
from samenplan.words import say


def _word(code: str, lang: str, fallback: str) -> str:
    """The catalogue's word for `code`, or `fallback` (a code no catalogue knows, as read
    from a file made by a newer samenplan)."""
    try:
        return say(code, lang)
    except KeyError:
        return fallback


def role(code: str, lang: str) -> str:
    return _word(f"role.{code}", lang, code)


def status(code: str, lang: str) -> str:
    """An agreement's status in words."""
    return _word(f"triad.status.{code}", lang, code)


def who(answer: Who, lang: str, me: str | None = None) -> str:
    """A who answer in words: the person's name ("Ik" for `me`, on one's own card)."""
    if answer.kind == "person":
        if answer.value == me:
            return say("triad.me", lang)
        return answer.name or say("triad.unknown", lang)
    if answer.kind == "code":
        return _word(f"triad.code.{answer.value}", lang, answer.value)
    if answer.kind == "review":
        return _word(f"triad.review_role.{answer.value}", lang, answer.value)
    return say("triad.other", lang, text=answer.value)


def member_label(dossier: Dossier, member: Member, lang: str) -> str:
    """'Ellen Bakker (naaste)': a member in a list to choose from."""
    return f"{member_name(dossier, member.person)} ({role(member.role, lang)})"


def flag(name: str, lang: str) -> str:
    return say(f"triad.flag.{name}", lang)


def flags(names: set[str], lang: str) -> str:
    """The points to discuss about a task, one a line (a cell of the comparison)."""
    return "\n".join(flag(name, lang) for name in sorted(names))


def answer_lines(answer: Answer | None, lang: str) -> list[str]:
    """One member's answer about a task, a short line per part."""
    if answer is None:
        return []
    lines = []
    if answer.now:
        lines.append(f"{say('triad.answer.now', lang)}: {who(answer.now, lang)}")
    if answer.should:
        lines.append(f"{say('triad.answer.should', lang)}: {who(answer.should, lang)}")
    if answer.burden is not None:
        lines.append(f"{say('triad.answer.burden', lang)}: {answer.burden}/5")
    if answer.discuss:
        lines.append(say("triad.answer.discuss", lang))
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


def agreement_line(
    agreement: Agreement, dossier: Dossier, titles: dict[str, str], lang: str
) -> str:
    """'Task: what — who (nakijken op 03-03-2027)': the date says what it is for."""
    topic = titles.get(agreement.topic, agreement.topic)
    line = f"{topic}: {agreement.what} — {member_name(dossier, agreement.who)}"
    if agreement.review is None:
        return line
    return f"{line} ({say('triad.review_on', lang, date=f'{agreement.review:%d-%m-%Y}')})"
