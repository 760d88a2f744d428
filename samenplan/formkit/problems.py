"""What can be wrong with a form file, said in Dutch and English.

Every problem names the file, the line, the item path and how to fix it, in the style of
pyxform's error codes: a stable code, a template per language, and the values to fill in.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# code: (Dutch, English). Each names what is wrong and what to do about it.
MESSAGES: dict[str, tuple[str, str]] = {
    "yaml": (
        "het bestand is geen geldige YAML ({detail}); zet teksten met ':', '?' of '#' "
        "tussen aanhalingstekens",
        "the file is not valid YAML ({detail}); quote texts that contain ':', '?' or '#'",
    ),
    "duplicate_key": (
        "de sleutel '{key}' staat er twee keer; haal er één weg",
        "the key '{key}' appears twice; remove one of them",
    ),
    "not_mapping": (
        "hier hoort een map (sleutel: waarde); schrijf het als '{key}: ...'",
        "a mapping (key: value) is expected here; write it as '{key}: ...'",
    ),
    "not_list": (
        "'{key}' moet een lijst zijn; begin elke regel met '- '",
        "'{key}' must be a list; start each entry with '- '",
    ),
    "unknown_key": (
        "onbekende sleutel '{key}'{suggestion}; toegestaan zijn: {allowed}",
        "unknown key '{key}'{suggestion}; allowed are: {allowed}",
    ),
    "missing_key": (
        "'{key}' ontbreekt; voeg '{key}: ...' toe",
        "'{key}' is missing; add '{key}: ...'",
    ),
    "unknown_type": (
        "onbekend type '{value}'{suggestion}; kies uit: {allowed}",
        "unknown type '{value}'{suggestion}; choose from: {allowed}",
    ),
    "bad_id": (
        "het id '{value}' is ongeldig; gebruik kleine letters, cijfers, '_' en '.', "
        "beginnend met een letter",
        "the id '{value}' is invalid; use lower-case letters, digits, '_' and '.', "
        "starting with a letter",
    ),
    "duplicate_id": (
        "het id '{value}' wordt al gebruikt op regel {line}; geef dit item een eigen id",
        "the id '{value}' is already used on line {line}; give this item an id of its own",
    ),
    "missing_nl": (
        "de Nederlandse tekst ontbreekt; voeg 'nl: ...' toe aan '{key}'",
        "the Dutch text is missing; add 'nl: ...' to '{key}'",
    ),
    "bad_text": (
        "'{key}' moet een tekst zijn als {{nl: ..., en: ...}}; zet de tekst tussen "
        "aanhalingstekens als YAML er iets anders van maakt",
        "'{key}' must be a text like {{nl: ..., en: ...}}; quote the text if YAML reads it "
        "as something else",
    ),
    "bad_value": (
        "'{key}' heeft een ongeldige waarde ({value}); verwacht: {expected}",
        "'{key}' has an invalid value ({value}); expected: {expected}",
    ),
    "not_for_type": (
        "'{key}' hoort niet bij een item van het type '{value}'; haal '{key}' weg of kies "
        "een ander type",
        "'{key}' does not belong on an item of type '{value}'; remove '{key}' or choose "
        "another type",
    ),
    "unknown_choices": (
        "de keuzelijst '{value}' bestaat niet{suggestion}; voeg hem toe aan choices.yaml "
        "of geef de keuzes hier",
        "the choice list '{value}' does not exist{suggestion}; add it to choices.yaml or "
        "list the choices here",
    ),
    "condition_missing": (
        "de voorwaarde verwijst naar '{value}', dat niet bestaat{suggestion}; gebruik het "
        "id van een eerdere vraag",
        "the condition refers to '{value}', which does not exist{suggestion}; use the id "
        "of an earlier question",
    ),
    "condition_later": (
        "de voorwaarde verwijst naar '{value}', dat pas later komt; een voorwaarde mag "
        "alleen naar een eerdere vraag verwijzen",
        "the condition refers to '{value}', which comes later; a condition may only refer "
        "to an earlier question",
    ),
    "condition_answer": (
        "de voorwaarde op '{value}' vergelijkt met {answer}, maar dat kan die vraag niet "
        "als antwoord hebben; verwacht: {expected}",
        "the condition on '{value}' compares with {answer}, which that question cannot "
        "have as an answer; expected: {expected}",
    ),
    "bad_pattern": (
        "het patroon is geen geldige reguliere expressie ({detail}); verbeter het patroon",
        "the pattern is not a valid regular expression ({detail}); correct the pattern",
    ),
    "unknown_item": (
        "'{value}' is geen id in dit formulier{suggestion}; gebruik een bestaand id",
        "'{value}' is not an id in this form{suggestion}; use an existing id",
    ),
    "migration_clash": (
        "'{value}' staat onder migrations maar is ook een id in het formulier; een id "
        "wordt nooit hergebruikt, kies een nieuw id",
        "'{value}' is listed under migrations but is also an id in the form; an id is "
        "never reused, choose a new id",
    ),
    "perspectives_not_declared": (
        "'perspectives' kan alleen als het formulier bovenaan perspectieven noemt; "
        "haal het weg of voeg 'perspectives:' bovenaan toe",
        "'perspectives' needs perspectives declared at the top of the form; remove it or "
        "add 'perspectives:' at the top",
    ),
    "empty_group": (
        "een groep moet vragen bevatten; voeg 'items:' met minstens één vraag toe",
        "a group must contain questions; add 'items:' with at least one question",
    ),
}


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a form file, with where it is and how to fix it."""

    file: str
    line: int | None
    path: str
    code: str
    params: dict[str, object] = field(default_factory=dict)

    def render(self, lang: str = "nl") -> str:
        nl, en = MESSAGES[self.code]
        template = en if lang == "en" else nl
        params = {"suggestion": "", **self.params}
        if params["suggestion"]:
            hint = (" (bedoel je '{}'?)" if lang != "en" else " (did you mean '{}'?)").format(
                params["suggestion"]
            )
            params["suggestion"] = hint
        where = self.file
        if self.line is not None:
            where += f":{self.line}"
        if self.path:
            where += f" [{self.path}]"
        return f"{where}: {template.format(**params)}"


class FormError(Exception):
    """A form file could not be loaded; `problems` lists every reason found."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(f"{len(problems)} problem(s) in form definitions")
        self.problems = problems
