"""The app's own words, Dutch first, English second.

Form texts come from the YAML files; these are the words of the app around them. Widgets
look them up through `t()` each time they (re)translate, so the language switches live.
"""

from __future__ import annotations

STRINGS: dict[str, tuple[str, str]] = {
    # form view
    "back": ("Vorige", "Back"),
    "next": ("Volgende", "Next"),
    "save_later": ("Opslaan en later verder", "Save and continue later"),
    "steps": ("Onderdelen", "Sections"),
    "help_for": ("Hulp bij: {text}", "Help with: {text}"),
    "help_title": ("Hulp", "Help"),
    "examples": ("Voorbeelden", "Examples"),
    "insert_example": ("Invoegen: {text}", "Insert: {text}"),
    "close": ("Sluiten", "Close"),
    "required": ("(verplicht)", "(required)"),
    "list_hint": ("Eén punt per regel.", "One point per line."),
    "empty_choice": ("— kies —", "— choose —"),
    "yes": ("Ja", "Yes"),
    "no": ("Nee", "No"),
    "date_placeholder": ("dd-mm-jjjj", "dd-mm-yyyy"),
    "date_invalid": (
        "Dit is geen datum. Schrijf hem als dag-maand-jaar, bijvoorbeeld 05-03-2026.",
        "This is not a date. Write it as day-month-year, for example 05-03-2026.",
    ),
    "new_person": ("Nieuwe persoon toevoegen…", "Add a new person…"),
    "no_person": ("— niemand gekozen —", "— nobody chosen —"),
    "med_name": ("Naam", "Name"),
    "med_dose": ("Hoeveel", "How much"),
    "med_when": ("Wanneer", "When"),
    "med_notes": ("Opmerking", "Notes"),
    "med_add": ("Medicijn toevoegen", "Add medication"),
    "med_remove": ("Gekozen medicijn verwijderen", "Remove the selected medication"),
    "remove_entry": ("Verwijder {label} {n}", "Remove {label} {n}"),
    "move_up": ("{label} {n} omhoog", "Move {label} {n} up"),
    "move_down": ("{label} {n} omlaag", "Move {label} {n} down"),
    "add_entry": ("{label} toevoegen", "Add {label}"),
    "entry": ("{label} {n}", "{label} {n}"),
    "done": ("ingevuld", "filled in"),
    "not_started": ("nog leeg", "not started"),
    "saved": ("Opgeslagen", "Saved"),
    "saving": ("Bezig met opslaan…", "Saving…"),
    "save_failed": ("Niet opgeslagen: {message}", "Not saved: {message}"),
    "demo_not_saved": ("Demo: er wordt niets opgeslagen", "Demo: nothing is saved"),
    # person dialog
    "person_title": ("Persoon", "Person"),
    "person_name": ("Naam", "Name"),
    "person_relation": ("Relatie of rol", "Relation or role"),
    "person_phone": ("Telefoon", "Phone"),
    "person_email": ("E-mail", "E-mail"),
    "person_organisation": ("Organisatie", "Organisation"),
    "person_availability": ("Bereikbaar", "Available"),
    "person_name_needed": ("Vul een naam in.", "Please fill in a name."),
    "ok": ("Opslaan", "Save"),
    "cancel": ("Annuleren", "Cancel"),
}


def t(key: str, lang: str, **params: object) -> str:
    nl, en = STRINGS[key]
    return (en if lang == "en" else nl).format(**params)
