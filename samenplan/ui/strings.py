"""The app's own words: Dutch here, other languages through Qt Linguist.

Form texts come from the YAML files; these are the words of the app around them. The
Dutch source texts are marked with `QT_TRANSLATE_NOOP` so `pyside6-lupdate` finds them;
translations live in `resources/i18n/samenplan_<lang>.ts` (edited in Qt Linguist) and are
compiled to `.qm` by `pyside6-lrelease` (see `packaging/translations.sh`). Widgets look
their words up through `t()` each time they (re)translate, so the language switches live.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QTranslator

from samenplan import resources, words
from samenplan.ui.pseudo import PseudoTranslator

CONTEXT = "samenplan"


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # the name lupdate looks for
    """Mark `source` for lupdate; PySide6's own marker is typed as returning `object`."""
    return source


STRINGS: dict[str, str] = {
    # form view
    "back": QT_TRANSLATE_NOOP("samenplan", "Vorige"),
    "next": QT_TRANSLATE_NOOP("samenplan", "Volgende"),
    "save_later": QT_TRANSLATE_NOOP("samenplan", "Opslaan en later verder"),
    "steps": QT_TRANSLATE_NOOP("samenplan", "Onderdelen"),
    "help_for": QT_TRANSLATE_NOOP("samenplan", "Hulp bij: {text}"),
    "help_title": QT_TRANSLATE_NOOP("samenplan", "Hulp"),
    "examples": QT_TRANSLATE_NOOP("samenplan", "Voorbeelden"),
    "insert_example": QT_TRANSLATE_NOOP("samenplan", "Invoegen: {text}"),
    # reading aloud (ui/read_aloud.py)
    "read_aloud": QT_TRANSLATE_NOOP("samenplan", "Voorlezen"),
    "read_aloud_for": QT_TRANSLATE_NOOP("samenplan", "Voorlezen: {text}"),
    "read_aloud_tip": QT_TRANSLATE_NOOP(
        "samenplan", "Voorlezen ({shortcut}). Druk nog een keer om te stoppen."
    ),
    "read_aloud_missing_linux": QT_TRANSLATE_NOOP(
        "samenplan",
        "Voorlezen kan niet: er is geen Nederlandse stem. "
        "Installeer speech-dispatcher en espeak-ng.",
    ),
    "read_aloud_missing": QT_TRANSLATE_NOOP(
        "samenplan",
        "Voorlezen kan niet: er is geen Nederlandse stem. "
        "Zet er een aan bij Spraak in de instellingen van je computer.",
    ),
    "example_replace_title": QT_TRANSLATE_NOOP("samenplan", "Voorbeeld invullen?"),
    "example_replace_text": QT_TRANSLATE_NOOP(
        "samenplan", "Hier staat al: {typed}\n\nWil je dat vervangen door: {example}?"
    ),
    "example_replace_yes": QT_TRANSLATE_NOOP("samenplan", "Ja, vervangen"),
    "close": QT_TRANSLATE_NOOP("samenplan", "Sluiten"),
    "required": QT_TRANSLATE_NOOP("samenplan", "(verplicht)"),
    "list_hint": QT_TRANSLATE_NOOP("samenplan", "Eén punt per regel."),
    "empty_choice": QT_TRANSLATE_NOOP("samenplan", "— kies —"),
    "yes": QT_TRANSLATE_NOOP("samenplan", "Ja"),
    "no": QT_TRANSLATE_NOOP("samenplan", "Nee"),
    "date_placeholder": QT_TRANSLATE_NOOP("samenplan", "dd-mm-jjjj"),
    "date_invalid": QT_TRANSLATE_NOOP(
        "samenplan", "Dit is geen datum. Schrijf hem als dag-maand-jaar, bijvoorbeeld 05-03-2026."
    ),
    "pick_from": QT_TRANSLATE_NOOP("samenplan", "Kies uit '{source}':"),
    "pick_none_yet": QT_TRANSLATE_NOOP(
        "samenplan", "Er staat nog niets in '{source}'. Vul dat eerst in, dan kun je hier kiezen."
    ),
    "pick_own": QT_TRANSLATE_NOOP("samenplan", "Eigen punten (één per regel):"),
    "pick_remove_title": QT_TRANSLATE_NOOP("samenplan", "Weghalen?"),
    "pick_remove_text": QT_TRANSLATE_NOOP(
        "samenplan",
        "'{name}' staat ook in:\n\n{places}\n\nAls je het weghaalt, verdwijnt het daar ook.",
    ),
    "pick_remove_yes": QT_TRANSLATE_NOOP("samenplan", "Toch weghalen"),
    "new_person": QT_TRANSLATE_NOOP("samenplan", "Nieuwe persoon toevoegen…"),
    "no_person": QT_TRANSLATE_NOOP("samenplan", "— niemand gekozen —"),
    "med_name": QT_TRANSLATE_NOOP("samenplan", "Naam"),
    "med_dose": QT_TRANSLATE_NOOP("samenplan", "Hoeveel"),
    "med_when": QT_TRANSLATE_NOOP("samenplan", "Wanneer"),
    "med_notes": QT_TRANSLATE_NOOP("samenplan", "Opmerking"),
    "med_shared": QT_TRANSLATE_NOOP(
        "samenplan",
        "Deze medicijnen staan ook hier:\n{places}\n"
        "Verander je hier iets, dan verandert het daar ook.",
    ),
    "med_tick_n": QT_TRANSLATE_NOOP("samenplan", "Medicijn {n} hoort in deze lijst"),
    "med_remove_title": QT_TRANSLATE_NOOP("samenplan", "Medicijn weghalen?"),
    "med_still_used": QT_TRANSLATE_NOOP(
        "samenplan",
        "{name} staat nog in:\n{places}\n\nHaal daar eerst het vinkje weg. Daarna kun je "
        "het medicijn weghalen. Wil je het alleen hier niet? Haal dan hier het vinkje weg.",
    ),
    "med_add": QT_TRANSLATE_NOOP("samenplan", "Medicijn toevoegen"),
    "med_entry": QT_TRANSLATE_NOOP("samenplan", "medicijn {n}"),
    "med_remove_n": QT_TRANSLATE_NOOP("samenplan", "Verwijder medicijn {n}"),
    "remove_entry": QT_TRANSLATE_NOOP("samenplan", "Verwijder {label} {n}"),
    "move_up": QT_TRANSLATE_NOOP("samenplan", "{label} {n} omhoog"),
    "move_down": QT_TRANSLATE_NOOP("samenplan", "{label} {n} omlaag"),
    "add_entry": QT_TRANSLATE_NOOP("samenplan", "{label} toevoegen"),
    "entry": QT_TRANSLATE_NOOP("samenplan", "{label} {n}"),
    "done": QT_TRANSLATE_NOOP("samenplan", "ingevuld"),
    "not_started": QT_TRANSLATE_NOOP("samenplan", "nog leeg"),
    # an empty cell of the triad comparison, as a screen reader says it (ui/triad_view.py)
    "cell_not_filled": QT_TRANSLATE_NOOP("samenplan", "nog niet ingevuld"),
    "cell_nothing_to_discuss": QT_TRANSLATE_NOOP("samenplan", "niets te bespreken"),
    "saved": QT_TRANSLATE_NOOP("samenplan", "Opgeslagen"),
    "saving": QT_TRANSLATE_NOOP("samenplan", "Bezig met opslaan…"),
    "save_failed": QT_TRANSLATE_NOOP("samenplan", "Niet opgeslagen: {message}"),
    "demo_not_saved": QT_TRANSLATE_NOOP("samenplan", "Demo: er wordt niets opgeslagen"),
    # person dialog
    "person_title": QT_TRANSLATE_NOOP("samenplan", "Persoon"),
    "person_name": QT_TRANSLATE_NOOP("samenplan", "Naam"),
    "person_relation": QT_TRANSLATE_NOOP("samenplan", "Relatie of rol"),
    "person_phone": QT_TRANSLATE_NOOP("samenplan", "Telefoon"),
    "person_email": QT_TRANSLATE_NOOP("samenplan", "E-mail"),
    "person_organisation": QT_TRANSLATE_NOOP("samenplan", "Organisatie"),
    "person_availability": QT_TRANSLATE_NOOP("samenplan", "Bereikbaar"),
    "person_name_needed": QT_TRANSLATE_NOOP("samenplan", "Vul een naam in."),
    "ok": QT_TRANSLATE_NOOP("samenplan", "Opslaan"),
    "people": QT_TRANSLATE_NOOP("samenplan", "Mensen"),
    "people_intro": QT_TRANSLATE_NOOP(
        "samenplan",
        "Hier staan alle mensen uit je plannen. Verander je een telefoonnummer, dan klopt het "
        "meteen in elk plan.",
    ),
    "people_add": QT_TRANSLATE_NOOP("samenplan", "Persoon toevoegen"),
    "people_edit": QT_TRANSLATE_NOOP("samenplan", "Persoon wijzigen"),
    "people_remove": QT_TRANSLATE_NOOP("samenplan", "Persoon verwijderen"),
    "people_remove_confirm": QT_TRANSLATE_NOOP(
        "samenplan", "Wil je {name} verwijderen uit je lijst met mensen?"
    ),
    "person_used_in": QT_TRANSLATE_NOOP(
        "samenplan",
        "Deze persoon staat ook in:\n{places}\nWat je hier verandert, verandert daar ook.",
    ),
    "person_still_used": QT_TRANSLATE_NOOP(
        "samenplan",
        "{name} staat nog in:\n{places}\n\nKies daar eerst iemand anders, of haal het weg. "
        "Dan kun je {name} hier verwijderen.",
    ),
    "cancel": QT_TRANSLATE_NOOP("samenplan", "Annuleren"),
    # first run
    "welcome_title": QT_TRANSLATE_NOOP("samenplan", "Welkom bij samenplan"),
    "welcome_what": QT_TRANSLATE_NOOP(
        "samenplan",
        "Met samenplan maak je je crisisplan, crisiskaart, triadekaart en herstelplan.",
    ),
    "welcome_data": QT_TRANSLATE_NOOP(
        "samenplan", "Je plannen blijven op deze computer, versleuteld met je wachtwoord."
    ),
    "welcome_share": QT_TRANSLATE_NOOP(
        "samenplan", "Jij kiest wat je deelt: een kaart op papier, of een bestand dat jij maakt."
    ),
    "welcome_start": QT_TRANSLATE_NOOP("samenplan", "Maak je profiel"),
    "welcome_demo": QT_TRANSLATE_NOOP(
        "samenplan", "Liever eerst rondkijken? De demo laat een verzonnen persoon zien."
    ),
    "profile_name": QT_TRANSLATE_NOOP("samenplan", "Je naam of bijnaam"),
    "profile_name_hint": QT_TRANSLATE_NOOP(
        "samenplan",
        "Deze naam staat op het startscherm. Anderen die deze computer gebruiken, kunnen hem zien.",
    ),
    "passphrase": QT_TRANSLATE_NOOP("samenplan", "Wachtwoord"),
    "passphrase_again": QT_TRANSLATE_NOOP("samenplan", "Wachtwoord nog een keer"),
    "passphrase_hint": QT_TRANSLATE_NOOP(
        "samenplan",
        "Kies een lange zin die je goed kunt onthouden, bijvoorbeeld vier losse woorden.",
    ),
    "strength": QT_TRANSLATE_NOOP("samenplan", "Sterkte van je wachtwoord: {label}"),
    "strength_0": QT_TRANSLATE_NOOP("samenplan", "te kort"),
    "strength_1": QT_TRANSLATE_NOOP("samenplan", "zwak"),
    "strength_2": QT_TRANSLATE_NOOP("samenplan", "matig"),
    "strength_3": QT_TRANSLATE_NOOP("samenplan", "goed"),
    "strength_4": QT_TRANSLATE_NOOP("samenplan", "sterk"),
    "passphrases_differ": QT_TRANSLATE_NOOP("samenplan", "De twee wachtwoorden zijn niet gelijk."),
    "passphrase_too_short": QT_TRANSLATE_NOOP(
        "samenplan", "Je wachtwoord is te kort. Gebruik minstens 8 tekens."
    ),
    "name_needed": QT_TRANSLATE_NOOP("samenplan", "Vul een naam of bijnaam in."),
    "remember": QT_TRANSLATE_NOOP("samenplan", "Onthoud mij op deze computer"),
    "remember_hint": QT_TRANSLATE_NOOP(
        "samenplan",
        "Dan hoef je je wachtwoord niet steeds te typen. Let op: iedereen die op deze computer "
        "met jouw account werkt, kan dan je profiel openen.",
    ),
    "remember_unavailable": QT_TRANSLATE_NOOP(
        "samenplan",
        "Deze computer kan je wachtwoord niet veilig onthouden. Je typt het dus elke keer.",
    ),
    "create_profile": QT_TRANSLATE_NOOP("samenplan", "Profiel maken"),
    "open_demo": QT_TRANSLATE_NOOP("samenplan", "Bekijk de demo"),
    "creating": QT_TRANSLATE_NOOP("samenplan", "Profiel wordt gemaakt…"),
    "recovery_title": QT_TRANSLATE_NOOP("samenplan", "Je herstelcode"),
    "recovery_text": QT_TRANSLATE_NOOP(
        "samenplan",
        "Ben je je wachtwoord vergeten, dan open je je profiel met deze code. Schrijf hem op "
        "papier of druk hem af, en bewaar hem op een veilige plek. Je ziet hem maar één keer.",
    ),
    "recovery_copy": QT_TRANSLATE_NOOP("samenplan", "Kopiëren"),
    "recovery_copied": QT_TRANSLATE_NOOP(
        "samenplan",
        "De code staat op het klembord. Over een minuut halen we hem daar weer weg.",
    ),
    "recovery_sheet": QT_TRANSLATE_NOOP("samenplan", "Als PDF bewaren om af te drukken…"),
    "recovery_sheet_warning": QT_TRANSLATE_NOOP(
        "samenplan",
        "Op dit vel staat je herstelcode, verder niets. Wie het bestand vindt en bij je "
        "computer kan, kan je profiel openen. Druk het af en gooi het bestand daarna weg.",
    ),
    "recovery_sheet_file": QT_TRANSLATE_NOOP("samenplan", "herstelcode"),
    "recovery_to_check": QT_TRANSLATE_NOOP("samenplan", "Ik heb hem bewaard: nu controleren"),
    "recovery_type_back": QT_TRANSLATE_NOOP(
        "samenplan", "Typ de code over van je papier, om te zien of hij klopt"
    ),
    "recovery_type_hint": QT_TRANSLATE_NOOP(
        "samenplan", "Spaties, streepjes en hoofdletters maken niet uit."
    ),
    "recovery_match": QT_TRANSLATE_NOOP("samenplan", "De code klopt. Je kunt verder."),
    "recovery_mismatch": QT_TRANSLATE_NOOP(
        "samenplan",
        "Deze code is niet gelijk aan je herstelcode: kijk nog eens goed, of laat de code "
        "nog eens zien.",
    ),
    "recovery_show_again": QT_TRANSLATE_NOOP("samenplan", "Laat de code nog eens zien"),
    "continue": QT_TRANSLATE_NOOP("samenplan", "Verder"),
    # unlock
    "unlock_title": QT_TRANSLATE_NOOP("samenplan", "Profiel openen"),
    "profile": QT_TRANSLATE_NOOP("samenplan", "Profiel"),
    "open": QT_TRANSLATE_NOOP("samenplan", "Openen"),
    "show_passphrase": QT_TRANSLATE_NOOP("samenplan", "Wachtwoord tonen"),
    "open_with_computer": QT_TRANSLATE_NOOP("samenplan", "Openen met deze computer"),
    "unlocking": QT_TRANSLATE_NOOP("samenplan", "Bezig met openen…"),
    "new_profile": QT_TRANSLATE_NOOP("samenplan", "Nieuw profiel"),
    "use_recovery": QT_TRANSLATE_NOOP("samenplan", "Ik gebruik mijn herstelcode"),
    # dossiers
    "dossiers": QT_TRANSLATE_NOOP("samenplan", "Dossiers"),
    "search": QT_TRANSLATE_NOOP("samenplan", "Zoek op naam"),
    "dossier_new": QT_TRANSLATE_NOOP("samenplan", "Nieuw dossier"),
    "dossier_open": QT_TRANSLATE_NOOP("samenplan", "Dossier openen"),
    "dossier_rename": QT_TRANSLATE_NOOP("samenplan", "Naam wijzigen"),
    "dossier_delete": QT_TRANSLATE_NOOP("samenplan", "Verwijderen"),
    "dossier_for_whom": QT_TRANSLATE_NOOP("samenplan", "Voor wie is dit dossier? (naam)"),
    "dossier_delete_confirm": QT_TRANSLATE_NOOP(
        "samenplan", "Wil je het dossier van {name} echt verwijderen? Dit kan niet ongedaan worden."
    ),
    "dossiers_empty": QT_TRANSLATE_NOOP(
        "samenplan", "Nog geen dossiers. Maak er een met 'Nieuw dossier'."
    ),
    "dossiers_none_shown": QT_TRANSLATE_NOOP(
        "samenplan",
        "Geen dossiers die hierbij passen. Maak het zoekveld leeg of zet een filter uit.",
    ),
    "dossiers_count": QT_TRANSLATE_NOOP("samenplan", "{shown} van {total} dossiers"),
    "quick_filters": QT_TRANSLATE_NOOP("samenplan", "Snelfilters"),
    "filter_overdue": QT_TRANSLATE_NOOP("samenplan", "Nakijken verlopen"),
    "filter_no_card": QT_TRANSLATE_NOOP("samenplan", "Kaart nog niet gemaakt"),
    "col_name": QT_TRANSLATE_NOOP("samenplan", "Naam"),
    "col_born": QT_TRANSLATE_NOOP("samenplan", "Geboren"),
    "col_changed": QT_TRANSLATE_NOOP("samenplan", "Gewijzigd"),
    "col_review": QT_TRANSLATE_NOOP("samenplan", "Nakijken"),
    "col_crisis": QT_TRANSLATE_NOOP("samenplan", "Crisiskaart"),
    "col_card": QT_TRANSLATE_NOOP("samenplan", "Zakkaart"),
    "col_wrap": QT_TRANSLATE_NOOP("samenplan", "WRAP"),
    "col_triad": QT_TRANSLATE_NOOP("samenplan", "Triadekaart"),
    "months_short": QT_TRANSLATE_NOOP(
        "samenplan", "jan feb mrt apr mei jun jul aug sep okt nov dec"
    ),
    "state_none": QT_TRANSLATE_NOOP("samenplan", "nog niet begonnen"),
    "state_draft": QT_TRANSLATE_NOOP("samenplan", "bezig"),
    "state_final": QT_TRANSLATE_NOOP("samenplan", "klaar"),
    "card_made_on": QT_TRANSLATE_NOOP("samenplan", "gemaakt {date}"),
    "card_not_made": QT_TRANSLATE_NOOP("samenplan", "nog niet gemaakt"),
    "triad_nobody": QT_TRANSLATE_NOOP("samenplan", "geen deelnemers"),
    "triad_members": QT_TRANSLATE_NOOP("samenplan", "{members} deelnemers, {klaar} klaar"),
    "table_overdue": QT_TRANSLATE_NOOP("samenplan", "verlopen sinds {date}"),
    "table_soon": QT_TRANSLATE_NOOP("samenplan", "binnenkort: {date}"),
    "table_due_by": QT_TRANSLATE_NOOP("samenplan", "vóór {date}"),
    "summary_unknown": QT_TRANSLATE_NOOP(
        "samenplan", "Nog niet bekend: open dit dossier één keer om het hier te zien."
    ),
    "dossier_export": QT_TRANSLATE_NOOP("samenplan", "Exporteren…"),
    "dossier_import": QT_TRANSLATE_NOOP("samenplan", "Importeren…"),
    "dossier_handover": QT_TRANSLATE_NOOP("samenplan", "Overdragen…"),
    "export_warning": QT_TRANSLATE_NOOP(
        "samenplan",
        "Een export is niet versleuteld: wie dit bestand vindt, kan het lezen. Bewaar het "
        "op een veilige plek en gooi het weg als je het niet meer nodig hebt.",
    ),
    "export_yes": QT_TRANSLATE_NOOP("samenplan", "Toch exporteren"),
    "exported": QT_TRANSLATE_NOOP("samenplan", "Het dossier van {name} staat nu in {path}."),
    "import_bad": QT_TRANSLATE_NOOP(
        "samenplan", "Dit bestand is geen samenplan-dossier dat te lezen is ({where})."
    ),
    "import_unreadable": QT_TRANSLATE_NOOP(
        "samenplan", "Dit bestand kon niet worden gelezen. Kies een ander bestand."
    ),
    "import_card_here": QT_TRANSLATE_NOOP(
        "samenplan",
        "Dit is de kaart van één deelnemer. Lees hem in vanuit het overzicht van het dossier.",
    ),
    "imported": QT_TRANSLATE_NOOP("samenplan", "Het dossier '{title}' is ingelezen."),
    "handover_done": QT_TRANSLATE_NOOP(
        "samenplan",
        "Het overdrachtsbestand van {name} staat nu in {path}. Het is versleuteld: alleen "
        "de ontvanger kan het openen. Geef een gedeeld wachtwoord apart door.",
    ),
    "hide_names": QT_TRANSLATE_NOOP("samenplan", "Namen van cliënten niet in de titelbalk"),
    # home
    "home": QT_TRANSLATE_NOOP("samenplan", "Overzicht"),
    "open_plan": QT_TRANSLATE_NOOP("samenplan", "{plan} openen"),
    "sections_done": QT_TRANSLATE_NOOP("samenplan", "Onderdelen ingevuld: {done} van {total}"),
    "still_good": QT_TRANSLATE_NOOP("samenplan", "Bekeken, nog steeds goed"),
    "review_every": QT_TRANSLATE_NOOP("samenplan", "Nakijken:"),
    "every_months": QT_TRANSLATE_NOOP("samenplan", "elke {n} maanden"),
    "reviewed_now": QT_TRANSLATE_NOOP(
        "samenplan", "Fijn. Nakijken is nu pas weer nodig vóór {date}."
    ),
    "versions": QT_TRANSLATE_NOOP("samenplan", "Versies…"),
    "post_crisis": QT_TRANSLATE_NOOP("samenplan", "Na een crisis…"),
    "post_crisis_title": QT_TRANSLATE_NOOP("samenplan", "Na een crisis"),
    "post_crisis_intro": QT_TRANSLATE_NOOP(
        "samenplan",
        "Kijk terug zonder jezelf iets kwalijk te nemen. Schrijf op wat je hebt geleerd. "
        "Daarna kun je het op de goede plek in je plannen zetten.",
    ),
    "post_crisis_save": QT_TRANSLATE_NOOP("samenplan", "Bewaren"),
    "post_crisis_where": QT_TRANSLATE_NOOP("samenplan", "Waar hoort het bij? Open:"),
    "fill_from": QT_TRANSLATE_NOOP("samenplan", "Lege delen invullen uit {plan}…"),
    "fill_title": QT_TRANSLATE_NOOP("samenplan", "Overnemen uit {plan}"),
    "fill_will": QT_TRANSLATE_NOOP("samenplan", "Dit wordt ingevuld in {plan}:"),
    "fill_kept": QT_TRANSLATE_NOOP(
        "samenplan", "Dit blijft zoals het is, want het is al ingevuld:"
    ),
    "fill_line": QT_TRANSLATE_NOOP("samenplan", "• {target}  (uit: {source})"),
    "fill_yes": QT_TRANSLATE_NOOP("samenplan", "Invullen"),
    "fill_nothing": QT_TRANSLATE_NOOP(
        "samenplan", "Er is niets om over te nemen: alles is al ingevuld, of nog leeg in {plan}."
    ),
    "fill_done": QT_TRANSLATE_NOOP("samenplan", "{n} vragen ingevuld uit {plan}."),
    "versions_title": QT_TRANSLATE_NOOP("samenplan", "Versies van {plan}"),
    "versions_intro": QT_TRANSLATE_NOOP(
        "samenplan",
        "Leg je plan vast als het klaar is. Dan wordt deze versie met de datum bewaard. "
        "Later zie je wat er sindsdien veranderd is, en kun je een oud antwoord terugzetten.",
    ),
    "version_keep": QT_TRANSLATE_NOOP("samenplan", "Vastleggen als definitieve versie"),
    "version_kept": QT_TRANSLATE_NOOP("samenplan", "De versie van {date} is bewaard."),
    "version_same": QT_TRANSLATE_NOOP(
        "samenplan", "Er is niets veranderd sinds de vorige versie. Er is niets nieuws bewaard."
    ),
    "version_from": QT_TRANSLATE_NOOP("samenplan", "Vergelijk"),
    "version_to": QT_TRANSLATE_NOOP("samenplan", "met"),
    "version_of": QT_TRANSLATE_NOOP("samenplan", "versie van {date}"),
    "version_now": QT_TRANSLATE_NOOP("samenplan", "zoals het nu is"),
    "version_changes": QT_TRANSLATE_NOOP("samenplan", "Wat is er veranderd"),
    "version_no_changes": QT_TRANSLATE_NOOP("samenplan", "Geen verschillen."),
    "version_put_back": QT_TRANSLATE_NOOP("samenplan", "Het oude antwoord terugzetten"),
    "version_none_yet": QT_TRANSLATE_NOOP(
        "samenplan",
        "Er is nog geen versie vastgelegd, dus er is nog niets om te vergelijken. "
        "Leg deze versie vast als het plan klaar is.",
    ),
    "version_pick_two": QT_TRANSLATE_NOOP(
        "samenplan", "Dit is twee keer dezelfde versie. Kies twee verschillende versies."
    ),
    "change_added": QT_TRANSLATE_NOOP("samenplan", "Nieuw — {where}\n{new}"),
    "change_removed": QT_TRANSLATE_NOOP("samenplan", "Weggehaald — {where}\nwas: {old}"),
    "change_changed": QT_TRANSLATE_NOOP("samenplan", "Veranderd — {where}\nwas: {old}\nnu: {new}"),
    "change_changed_list": QT_TRANSLATE_NOOP("samenplan", "Veranderd — {where}"),
    "change_out": QT_TRANSLATE_NOOP("samenplan", "eraf: {entries}"),
    "change_in": QT_TRANSLATE_NOOP("samenplan", "erbij: {entries}"),
    "change_order": QT_TRANSLATE_NOOP("samenplan", "alleen een andere volgorde"),
    "last_change": QT_TRANSLATE_NOOP("samenplan", "Laatst gewijzigd op {date}"),
    "review_by": QT_TRANSLATE_NOOP("samenplan", "Nakijken vóór {date}"),
    "review_soon": QT_TRANSLATE_NOOP("samenplan", "Bijna tijd om na te kijken"),
    "review_due": QT_TRANSLATE_NOOP("samenplan", "Verlopen: kijk je plan na"),
    "review_stale": QT_TRANSLATE_NOOP(
        "samenplan", "Meer dan 18 maanden oud: niet meer betrouwbaar"
    ),
    "not_started_yet": QT_TRANSLATE_NOOP("samenplan", "Nog niet begonnen"),
    "members": QT_TRANSLATE_NOOP("samenplan", "Deelnemers"),
    "demo_banner": QT_TRANSLATE_NOOP(
        "samenplan", "DEMO — een verzonnen persoon. Er wordt niets opgeslagen."
    ),
    "to_overview": QT_TRANSLATE_NOOP("samenplan", "Terug naar het overzicht"),
    "to_dossiers": QT_TRANSLATE_NOOP("samenplan", "Alle dossiers"),
    # pocket card
    "make_card": QT_TRANSLATE_NOOP("samenplan", "Zakkaart maken"),
    "paper": QT_TRANSLATE_NOOP("samenplan", "Papier"),
    "card_preview": QT_TRANSLATE_NOOP("samenplan", "Voorbeeld van de zakkaart"),
    "card_warning": QT_TRANSLATE_NOOP(
        "samenplan",
        "Let op: wie de kaart vindt, kan alles lezen wat erop staat. Kies dus goed wat erop komt.",
    ),
    "card_save": QT_TRANSLATE_NOOP("samenplan", "Opslaan als PDF…"),
    "card_open": QT_TRANSLATE_NOOP("samenplan", "Openen in je PDF-lezer"),
    "card_folding": QT_TRANSLATE_NOOP("samenplan", "Hoe vouw ik de kaart?"),
    "card_folding_text": QT_TRANSLATE_NOOP(
        "samenplan",
        "1. Print op ware grootte (100 %), enkelzijdig, op gewoon papier.\n"
        "2. Meet de balk onderaan: die moet precies 5 cm zijn.\n"
        "3. Knip de kaart uit langs de hoekstreepjes.\n"
        "4. Vouw de rechterhelft naar achter langs de middelste streep-punt-lijn.\n"
        "5. Vouw als een harmonica langs de andere streep-punt-lijnen. Je naam staat voorop.",
    ),
    "card_folding_text_strips": QT_TRANSLATE_NOOP(
        "samenplan",
        "1. Print op ware grootte (100 %), enkelzijdig, op gewoon papier.\n"
        "2. Meet de balk onderaan: die moet precies 5 cm zijn.\n"
        "3. Knip de kaart uit langs de hoekstreepjes.\n"
        "4. Knip langs de doorgetrokken middellijn: zo krijg je twee stroken.\n"
        "5. Vouw elke strook als een harmonica langs de streep-punt-lijnen. Je naam staat "
        "voorop de linker strook.",
    ),
    "card_shape": QT_TRANSLATE_NOOP("samenplan", "Vorm"),
    "card_folded": QT_TRANSLATE_NOOP("samenplan", "Eén kaart: dubbelvouwen"),
    "card_strips": QT_TRANSLATE_NOOP("samenplan", "Twee stroken: middellijn knippen"),
    "card_fits": QT_TRANSLATE_NOOP(
        "samenplan", "Alles past op de kaart (letters van {size} punt)."
    ),
    "card_does_not_fit": QT_TRANSLATE_NOOP(
        "samenplan",
        "Niet alles past op de kaart. Maak deze onderdelen korter (klik om erheen te gaan):",
    ),
    "card_file_name": QT_TRANSLATE_NOOP("samenplan", "zakkaart"),
    "card_saved": QT_TRANSLATE_NOOP("samenplan", "Opgeslagen in {path}"),
    "phone_save": QT_TRANSLATE_NOOP("samenplan", "Bewaar als foto voor je telefoon…"),
    "phone_warning": QT_TRANSLATE_NOOP(
        "samenplan",
        "Let op: wie dit vindt, kan het lezen. De foto is niet versleuteld. Zet je hem op je "
        "vergrendelscherm, dan kan iedereen die je telefoon ziet lezen wat erop staat.",
    ),
    "phone_file": QT_TRANSLATE_NOOP("samenplan", "telefoonfoto"),
    "phone_saved": QT_TRANSLATE_NOOP(
        "samenplan", "De foto is opgeslagen in {path}. Zet hem op je telefoon."
    ),
    "phone_save_failed": QT_TRANSLATE_NOOP(
        "samenplan", "De foto kon daar niet opgeslagen worden. Kies een andere plek."
    ),
    # triad comparison
    "triad_title": QT_TRANSLATE_NOOP("samenplan", "De kaarten naast elkaar"),
    "triad_compare": QT_TRANSLATE_NOOP("samenplan", "Kaarten naast elkaar leggen"),
    "triad_task": QT_TRANSLATE_NOOP("samenplan", "Taak"),
    "triad_points": QT_TRANSLATE_NOOP("samenplan", "Om te bespreken"),
    "triad_filter": QT_TRANSLATE_NOOP("samenplan", "Laat zien"),
    "triad_filter_all": QT_TRANSLATE_NOOP("samenplan", "Alle taken"),
    "triad_filter_discuss": QT_TRANSLATE_NOOP("samenplan", "Alleen bespreekpunten"),
    "triad_filter_differences": QT_TRANSLATE_NOOP("samenplan", "Alleen verschillen"),
    "triad_filter_no_owner": QT_TRANSLATE_NOOP("samenplan", "Alleen zonder eigenaar"),
    "triad_changed": QT_TRANSLATE_NOOP(
        "samenplan", "Veranderd sinds de vergelijking werd geopend: de kaart van {names}."
    ),
    "triad_open_cards": QT_TRANSLATE_NOOP(
        "samenplan",
        "Nog niet klaar: {names}. Je kunt al kijken, maar hun kaart kan nog veranderen.",
    ),
    # the triad's "who" drop-down (ui/formview/binders.py WhoBinder)
    "who_me": QT_TRANSLATE_NOOP("samenplan", "Ik"),
    "who_other": QT_TRANSLATE_NOOP("samenplan", "Iemand anders…"),
    "who_other_name": QT_TRANSLATE_NOOP("samenplan", "Wie is het? Typ een naam"),
    # consent before the comparison: what each member may see (ui/triad_view.py)
    "consent_title": QT_TRANSLATE_NOOP("samenplan", "Eerst: wat mag ieder zien?"),
    "consent_intro": QT_TRANSLATE_NOOP(
        "samenplan",
        "Zo meteen leg je de kaarten naast elkaar. Dan zie je wat iedereen heeft ingevuld. "
        "De cliënt beslist per persoon: mag die de kaarten van de anderen zien? "
        "Je kunt dit later weer veranderen.",
    ),
    "consent_question": QT_TRANSLATE_NOOP(
        "samenplan", "Mag {name} de kaarten van de anderen zien?"
    ),
    "consent_yes": QT_TRANSLATE_NOOP("samenplan", "Ja, dat mag"),
    "consent_no": QT_TRANSLATE_NOOP("samenplan", "Nee, nog niet"),
    "consent_save": QT_TRANSLATE_NOOP("samenplan", "Opslaan en kaarten vergelijken"),
    "consent_missing": QT_TRANSLATE_NOOP("samenplan", "Kies voor iedereen ja of nee."),
    "consent_change": QT_TRANSLATE_NOOP("samenplan", "Wie mag wat zien?"),
    "consent_may_not": QT_TRANSLATE_NOOP(
        "samenplan",
        "Laat deze vergelijking niet zien aan: {names}. De cliënt wil dat (nog) niet.",
    ),
    # members and agreements
    "member_add": QT_TRANSLATE_NOOP("samenplan", "Deelnemer toevoegen"),
    "member_add_hint": QT_TRANSLATE_NOOP(
        "samenplan",
        "Ieder vult een eigen triadekaart in. De rol bepaalt welke vragen iemand krijgt.",
    ),
    "member_role": QT_TRANSLATE_NOOP("samenplan", "Rol"),
    "member_role_suggested": QT_TRANSLATE_NOOP(
        "samenplan", "Voorstel: {role}. Klopt dat niet? Kies dan zelf een andere rol."
    ),
    "home_triad": QT_TRANSLATE_NOOP("samenplan", "Wie doet wat? (triadekaart)"),
    "home_triad_intro": QT_TRANSLATE_NOOP(
        "samenplan",
        "Op de triadekaart zegt ieder voor zich wie nu wat doet en wie het zou moeten doen: "
        "jij, je naasten en je hulpverleners. Daarna leg je de kaarten naast elkaar.",
    ),
    "role_client": QT_TRANSLATE_NOOP("samenplan", "Cliënt"),
    "role_naaste": QT_TRANSLATE_NOOP("samenplan", "Naaste"),
    "role_hulpverlener": QT_TRANSLATE_NOOP("samenplan", "Hulpverlener"),
    "fill_in_as": QT_TRANSLATE_NOOP("samenplan", "Invullen als {name}"),
    "mark_done": QT_TRANSLATE_NOOP("samenplan", "Klaar"),
    "mark_open": QT_TRANSLATE_NOOP("samenplan", "Toch nog niet klaar"),
    "member_remove": QT_TRANSLATE_NOOP("samenplan", "Verwijder {name}"),
    "member_remove_confirm": QT_TRANSLATE_NOOP(
        "samenplan", "Wil je {name} als deelnemer verwijderen? Zijn of haar kaart gaat dan ook weg."
    ),
    "card_of": QT_TRANSLATE_NOOP("samenplan", "Kaart van {name} ({role})"),
    "agreement_make": QT_TRANSLATE_NOOP("samenplan", "Afspraak maken over de gekozen taak"),
    "agreement_title": QT_TRANSLATE_NOOP("samenplan", "Afspraak over: {task}"),
    "agreement_what": QT_TRANSLATE_NOOP("samenplan", "Wat spreken jullie af?"),
    "agreement_who": QT_TRANSLATE_NOOP("samenplan", "Wie doet het?"),
    "agreement_support": QT_TRANSLATE_NOOP("samenplan", "Welke steun krijgt die persoon?"),
    "agreement_review": QT_TRANSLATE_NOOP("samenplan", "Nakijken op (dd-mm-jjjj)"),
    "agreement_status": QT_TRANSLATE_NOOP("samenplan", "Stand"),
    "agreement_active": QT_TRANSLATE_NOOP("samenplan", "Loopt"),
    "agreement_kept": QT_TRANSLATE_NOOP("samenplan", "Gelukt"),
    "agreement_changed": QT_TRANSLATE_NOOP("samenplan", "Veranderd"),
    "agreement_stopped": QT_TRANSLATE_NOOP("samenplan", "Gestopt"),
    "agreements": QT_TRANSLATE_NOOP("samenplan", "Afspraken"),
    "agreements_due": QT_TRANSLATE_NOOP("samenplan", "Afspraken om na te kijken: {count}"),
    "pdf_triad": QT_TRANSLATE_NOOP("samenplan", "Vergelijking als PDF…"),
    "pdf_agreements": QT_TRANSLATE_NOOP("samenplan", "Afspraken op een half A4…"),
    "pdf_triad_file": QT_TRANSLATE_NOOP("samenplan", "triadekaart-vergelijking"),
    "pdf_agreements_file": QT_TRANSLATE_NOOP("samenplan", "triadekaart-afspraken"),
    "pdf_warning": QT_TRANSLATE_NOOP(
        "samenplan",
        "Let op: een PDF is niet versleuteld. Iedereen die het bestand of de afdruk vindt, "
        "kan lezen wat erin staat. Bewaar het op een veilige plek.",
    ),
    "pdf_go_on": QT_TRANSLATE_NOOP("samenplan", "Toch opslaan"),
    # the whole plan as a PDF (ui/plan_print.py)
    "plan_pdf": QT_TRANSLATE_NOOP("samenplan", "Maak PDF van het hele plan…"),
    "plan_pdf_file_crisiskaart": QT_TRANSLATE_NOOP("samenplan", "crisisplan"),
    "plan_pdf_file_wrap": QT_TRANSLATE_NOOP("samenplan", "herstelplan-wrap"),
    # exchange between computers
    "send_card": QT_TRANSLATE_NOOP("samenplan", "Versturen…"),
    "send_card_for": QT_TRANSLATE_NOOP("samenplan", "Kaart van {name} versturen"),
    "send_title": QT_TRANSLATE_NOOP("samenplan", "Kaart van {name} versturen"),
    "send_intro": QT_TRANSLATE_NOOP(
        "samenplan",
        "De kaart gaat versleuteld in een bestand dat je zelf doorgeeft (mail, USB-stick). "
        "Alleen wie het wachtwoord of de sleutel heeft, kan hem openen.",
    ),
    "send_by_passphrase": QT_TRANSLATE_NOOP(
        "samenplan", "Met een wachtwoord dat we samen hebben afgesproken (niet per mail sturen)"
    ),
    "send_by_address": QT_TRANSLATE_NOOP("samenplan", "Naar het samenplan-adres van de ontvanger"),
    "shared_passphrase": QT_TRANSLATE_NOOP("samenplan", "Gedeeld wachtwoord"),
    "their_address": QT_TRANSLATE_NOOP("samenplan", "Adres van de ontvanger"),
    "shared_too_short": QT_TRANSLATE_NOOP(
        "samenplan", "Kies een gedeeld wachtwoord van minstens {count} tekens."
    ),
    "shared_mismatch": QT_TRANSLATE_NOOP(
        "samenplan", "De twee wachtwoorden zijn niet gelijk. Typ ze nog een keer."
    ),
    "send_make_file": QT_TRANSLATE_NOOP("samenplan", "Bestand maken…"),
    "send_save": QT_TRANSLATE_NOOP("samenplan", "Kaart versturen"),
    "send_file_name": QT_TRANSLATE_NOOP("samenplan", "kaart.age"),
    "file_write_failed": QT_TRANSLATE_NOOP(
        "samenplan", "Het bestand kon daar niet worden opgeslagen. Kies een andere plek."
    ),
    "send_done": QT_TRANSLATE_NOOP(
        "samenplan", "Het bestand met de kaart van {name} is klaar. Geef het door aan de ontvanger."
    ),
    "exchange_failed": QT_TRANSLATE_NOOP(
        "samenplan", "Dat is niet gelukt. Probeer het nog een keer; er is niets veranderd."
    ),
    "receive": QT_TRANSLATE_NOOP("samenplan", "Kaart ontvangen…"),
    "receive_title": QT_TRANSLATE_NOOP("samenplan", "Kaart ontvangen"),
    "receive_unreadable": QT_TRANSLATE_NOOP(
        "samenplan", "Dit bestand kan niet worden gelezen. Kies het bestand opnieuw."
    ),
    "receive_replace": QT_TRANSLATE_NOOP(
        "samenplan",
        "Deze kaart staat al in het dossier. Wil je hem vervangen door de ontvangen kaart?",
    ),
    "replace": QT_TRANSLATE_NOOP("samenplan", "Vervangen"),
    "receive_done": QT_TRANSLATE_NOOP("samenplan", "De kaart van {name} staat nu in het dossier."),
    "receive_new_sender": QT_TRANSLATE_NOOP(
        "samenplan",
        "Het is de eerste kaart van deze afzender: vergelijk samen deze vingerafdruk: "
        "{fingerprint}",
    ),
    "receive_dossier_done": QT_TRANSLATE_NOOP(
        "samenplan", "Het dossier '{title}' is toegevoegd. Je vindt het bij Dossiers."
    ),
    "receive_dossier_new_sender": QT_TRANSLATE_NOOP(
        "samenplan",
        "Dit dossier komt van een afzender die dit profiel nog niet kent. Vergelijk deze "
        "vingerafdruk met de afzender (samen of telefonisch): {fingerprint}. Neem het dossier "
        "alleen aan als die klopt.",
    ),
    "trust_sender": QT_TRANSLATE_NOOP("samenplan", "Afzender vertrouwen"),
    "my_address": QT_TRANSLATE_NOOP("samenplan", "Mijn adres"),
    "my_address_text": QT_TRANSLATE_NOOP(
        "samenplan",
        "Met dit adres kan iemand jou een triadekaart sturen die alleen jij kunt openen. "
        "Het is lang; hier zie je het begin en het eind.",
    ),
    "my_address_short": QT_TRANSLATE_NOOP("samenplan", "Je adres, ingekort:"),
    "my_address_fingerprint": QT_TRANSLATE_NOOP(
        "samenplan", "Vingerafdruk om samen te vergelijken: {fingerprint}"
    ),
    "address_copy": QT_TRANSLATE_NOOP("samenplan", "Kopieer adres"),
    "address_copied": QT_TRANSLATE_NOOP(
        "samenplan", "Het hele adres staat op het klembord. Plak het in je bericht."
    ),
    # menus
    "menu_file": QT_TRANSLATE_NOOP("samenplan", "&Bestand"),
    "menu_view": QT_TRANSLATE_NOOP("samenplan", "Beel&d"),
    "menu_language": QT_TRANSLATE_NOOP("samenplan", "&Taal"),
    # Hulp → Over samenplan (ui/about.py)
    "menu_help": QT_TRANSLATE_NOOP("samenplan", "&Hulp"),
    "about": QT_TRANSLATE_NOOP("samenplan", "Over samenplan…"),
    "about_title": QT_TRANSLATE_NOOP("samenplan", "Over samenplan"),
    "about_text": QT_TRANSLATE_NOOP(
        "samenplan",
        "samenplan {version}\n\nMet samenplan maak je je crisiskaart, je triadekaart en je "
        "WRAP. Alles blijft versleuteld op je eigen computer.\n\nsamenplan is vrije software: "
        "je mag het gebruiken, delen en veranderen volgens de GNU General Public License, "
        "versie 3 of later. Het is gemaakt met programma's van anderen. Onder Licenties zie "
        "je welke, met hun licenties.",
    ),
    "about_licences": QT_TRANSLATE_NOOP("samenplan", "&Licenties"),
    "licences_title": QT_TRANSLATE_NOOP("samenplan", "Licenties van gebruikte programma's"),
    "licences_missing": QT_TRANSLATE_NOOP(
        "samenplan", "De lijst met licenties ontbreekt in deze installatie."
    ),
    "menu_edit": QT_TRANSLATE_NOOP("samenplan", "Be&werken"),
    "undo": QT_TRANSLATE_NOOP("samenplan", "Ongedaan maken"),
    "redo": QT_TRANSLATE_NOOP("samenplan", "Opnieuw doen"),
    "version_accept": QT_TRANSLATE_NOOP("samenplan", "Verder met deze versie"),
    "version_accepted": QT_TRANSLATE_NOOP(
        "samenplan", "Deze versie is nu de huidige en wordt weer gewoon bewaard."
    ),
    "nothing_to_undo": QT_TRANSLATE_NOOP("samenplan", "Er is niets om ongedaan te maken."),
    "undone": QT_TRANSLATE_NOOP("samenplan", "De laatste wijziging is ongedaan gemaakt."),
    "redone": QT_TRANSLATE_NOOP("samenplan", "De wijziging is opnieuw gedaan."),
    "nothing_to_redo": QT_TRANSLATE_NOOP("samenplan", "Er is niets om opnieuw te doen."),
    "lock_now": QT_TRANSLATE_NOOP("samenplan", "Vergrendel nu"),
    "passphrase_change": QT_TRANSLATE_NOOP("samenplan", "Wachtwoord wijzigen…"),
    "passphrase_change_do": QT_TRANSLATE_NOOP("samenplan", "Wachtwoord wijzigen"),
    "passphrase_current": QT_TRANSLATE_NOOP("samenplan", "Huidig wachtwoord"),
    "passphrase_new": QT_TRANSLATE_NOOP("samenplan", "Nieuw wachtwoord"),
    "passphrase_current_needed": QT_TRANSLATE_NOOP("samenplan", "Typ eerst je huidige wachtwoord."),
    "passphrase_too_weak": QT_TRANSLATE_NOOP(
        "samenplan",
        "Dit wachtwoord is te makkelijk te raden. Maak het langer, bijvoorbeeld met een paar "
        "woorden achter elkaar.",
    ),
    "passphrase_changed": QT_TRANSLATE_NOOP(
        "samenplan", "Je wachtwoord is gewijzigd. Het oude opent je profiel niet meer."
    ),
    "recovery_new": QT_TRANSLATE_NOOP("samenplan", "Nieuwe herstelcode…"),
    "recovery_new_text": QT_TRANSLATE_NOOP(
        "samenplan",
        "Je krijgt een nieuwe herstelcode. De oude werkt daarna niet meer. Houd pen en papier "
        "klaar.",
    ),
    "computer_remember": QT_TRANSLATE_NOOP("samenplan", "Onthoud deze computer"),
    "computer_remembered": QT_TRANSLATE_NOOP(
        "samenplan",
        "Deze computer opent je profiel nu ook zonder wachtwoord, met de knop 'Openen met "
        "deze computer'. Iedereen die deze computer als jou gebruikt, kan dat ook.",
    ),
    "computer_forget": QT_TRANSLATE_NOOP("samenplan", "Vergeet deze computer…"),
    "computer_forget_text": QT_TRANSLATE_NOOP(
        "samenplan", "Daarna opent deze computer je profiel alleen nog met je wachtwoord."
    ),
    "computer_forgotten": QT_TRANSLATE_NOOP(
        "samenplan", "Deze computer opent je profiel niet meer zonder wachtwoord."
    ),
    "profile_delete": QT_TRANSLATE_NOOP("samenplan", "Profiel verwijderen…"),
    "profile_delete_text": QT_TRANSLATE_NOOP(
        "samenplan",
        "Hiermee verdwijnen alle dossiers van het profiel '{name}' van deze computer, ook de "
        "reservekopieën. Dat kan niet ongedaan worden gemaakt.\n\n"
        "Typ de naam van het profiel om dit te bevestigen:",
    ),
    "profile_delete_wrong": QT_TRANSLATE_NOOP(
        "samenplan", "Die naam klopt niet. Er is niets verwijderd."
    ),
    "profile_deleted": QT_TRANSLATE_NOOP("samenplan", "Het profiel '{name}' is verwijderd."),
    # the profile check and a conflict copy (ui/profile_health.py, ui/conflicts.py)
    "profile_check": QT_TRANSLATE_NOOP("samenplan", "Profiel controleren…"),
    "profile_check_title": QT_TRANSLATE_NOOP("samenplan", "Profiel controleren"),
    "profile_check_intro": QT_TRANSLATE_NOOP(
        "samenplan",
        "samenplan kijkt in de map van je profiel. Staan daar conflictkopieën (twee versies "
        "van één bestand, gemaakt door je synchronisatieprogramma) of bestanden die niet "
        "kloppen, dan zie je ze hier. Er gaat niets weg zonder dat jij kiest.",
    ),
    "profile_check_none": QT_TRANSLATE_NOOP(
        "samenplan", "Alles in orde: er zijn geen problemen gevonden."
    ),
    "profile_check_compare": QT_TRANSLATE_NOOP("samenplan", "Vergelijken en kiezen…"),
    "profile_check_remove": QT_TRANSLATE_NOOP("samenplan", "Kopie weghalen"),
    "profile_check_remove_text": QT_TRANSLATE_NOOP(
        "samenplan",
        "Deze kopie van de dossierlijst wordt weggehaald. Al je dossiers blijven bewaard.",
    ),
    "conflict_title": QT_TRANSLATE_NOOP("samenplan", "Twee versies van {title}"),
    "conflict_intro": QT_TRANSLATE_NOOP(
        "samenplan",
        "Twee computers hebben dit dossier allebei veranderd. Links staat de huidige versie, "
        "rechts de conflictkopie{saved}. Kies per onderdeel welke je houdt. Wat je niet "
        "kiest, gaat niet verloren: het blijft bewaard als vastgelegde versie (onder Versies).",
    ),
    "conflict_saved_on": QT_TRANSLATE_NOOP("samenplan", " (bewaard op {date})"),
    "conflict_current": QT_TRANSLATE_NOOP("samenplan", "Huidige versie"),
    "conflict_copy": QT_TRANSLATE_NOOP("samenplan", "Conflictkopie"),
    "conflict_empty": QT_TRANSLATE_NOOP("samenplan", "(leeg)"),
    "conflict_keep_current": QT_TRANSLATE_NOOP("samenplan", "Huidige houden"),
    "conflict_keep_copy": QT_TRANSLATE_NOOP("samenplan", "Kopie houden"),
    "conflict_all_current": QT_TRANSLATE_NOOP("samenplan", "Huidige versie houden"),
    "conflict_all_copy": QT_TRANSLATE_NOOP("samenplan", "Conflictkopie houden"),
    "conflict_merge": QT_TRANSLATE_NOOP("samenplan", "Bewaren zoals gekozen"),
    "conflict_same": QT_TRANSLATE_NOOP(
        "samenplan", "De twee versies hebben dezelfde antwoorden. De kopie kan weg."
    ),
    "conflict_confirm": QT_TRANSLATE_NOOP(
        "samenplan",
        "Je keuze wordt bewaard en de conflictkopie wordt weggehaald. Wat je niet koos, "
        "blijft bewaard als vastgelegde versie.",
    ),
    "conflict_confirm_yes": QT_TRANSLATE_NOOP("samenplan", "Bewaren"),
    "conflict_done": QT_TRANSLATE_NOOP(
        "samenplan", "Je keuze is bewaard. De conflictkopie is weggehaald."
    ),
    # another computer with the same profile (ui/other_computer.py)
    "elsewhere_title": QT_TRANSLATE_NOOP("samenplan", "Ook open op een andere computer"),
    "elsewhere_ask": QT_TRANSLATE_NOOP("samenplan", "Wil je het profiel hier toch openen?"),
    "elsewhere_open": QT_TRANSLATE_NOOP("samenplan", "Toch openen"),
    "reloaded_elsewhere": QT_TRANSLATE_NOOP(
        "samenplan", "Dit dossier is op een andere computer veranderd. Je ziet nu die versie."
    ),
    "quit": QT_TRANSLATE_NOOP("samenplan", "Afsluiten"),
    "quit_unsaved": QT_TRANSLATE_NOOP(
        "samenplan",
        "Je laatste wijzigingen konden niet worden bewaard (de balk onderin zegt waarom). "
        "Als je nu afsluit, gaan ze verloren.",
    ),
    "quit_anyway": QT_TRANSLATE_NOOP("samenplan", "Toch afsluiten"),
    "bigger": QT_TRANSLATE_NOOP("samenplan", "Grotere letters"),
    "smaller": QT_TRANSLATE_NOOP("samenplan", "Kleinere letters"),
    "high_contrast": QT_TRANSLATE_NOOP("samenplan", "Hoog contrast"),
    "opening": QT_TRANSLATE_NOOP("samenplan", "samenplan wordt geopend…"),
    "locked_message": QT_TRANSLATE_NOOP("samenplan", "samenplan is vergrendeld."),
    # unexpected errors (ui/error_hook.py)
    "unexpected_error": QT_TRANSLATE_NOOP(
        "samenplan", "Er ging iets mis; wat je hebt ingevuld is bewaard."
    ),
    # Reservekopie: a whole profile in one file (ui/profile_backup.py)
    "backup_make": QT_TRANSLATE_NOOP("samenplan", "Reservekopie maken…"),
    "backup_restore": QT_TRANSLATE_NOOP("samenplan", "Reservekopie terugzetten…"),
    "backup_make_title": QT_TRANSLATE_NOOP("samenplan", "Reservekopie maken"),
    "backup_restore_title": QT_TRANSLATE_NOOP("samenplan", "Reservekopie terugzetten"),
    "backup_making": QT_TRANSLATE_NOOP("samenplan", "De reservekopie wordt gemaakt…"),
    "backup_checking": QT_TRANSLATE_NOOP("samenplan", "De reservekopie wordt gecontroleerd…"),
    "backup_made": QT_TRANSLATE_NOOP(
        "samenplan",
        "Je reservekopie staat in {path}. Hij is versleuteld: alleen je wachtwoord of je "
        "herstelcode opent hem. Bewaar hem op een andere plek dan deze computer, bijvoorbeeld "
        "op een USB-stick.",
    ),
    "backup_secret": QT_TRANSLATE_NOOP(
        "samenplan", "Het wachtwoord of de herstelcode van het profiel in deze reservekopie:"
    ),
    "backup_name_taken": QT_TRANSLATE_NOOP(
        "samenplan",
        "Er is op deze computer al een profiel '{name}'. Dat blijft zoals het is. Wil je de "
        "reservekopie terugzetten als '{other}'?",
    ),
    "backup_restore_as": QT_TRANSLATE_NOOP("samenplan", "Ja, terugzetten"),
    "backup_restored_name": QT_TRANSLATE_NOOP("samenplan", "{name} (teruggezet {day})"),
    "backup_restored": QT_TRANSLATE_NOOP(
        "samenplan",
        "Profiel '{name}' is teruggezet. Open het met je wachtwoord of je herstelcode.",
    ),
    "backup_reminder_never": QT_TRANSLATE_NOOP(
        "samenplan",
        "Je hebt nog geen reservekopie van dit profiel. Zet er een op een USB-stick: dan ben "
        "je je plannen niet kwijt als deze computer stukgaat of zoekraakt.",
    ),
    "backup_reminder_last": QT_TRANSLATE_NOOP(
        "samenplan",
        "Je laatste reservekopie is van {day}. Maak een nieuwe, bijvoorbeeld op een USB-stick: "
        "dan ben je je plannen niet kwijt als deze computer stukgaat of zoekraakt.",
    ),
    "backup_interval": QT_TRANSLATE_NOOP("samenplan", "Herinner me:"),
    "backup_every_14": QT_TRANSLATE_NOOP("samenplan", "elke 2 weken"),
    "backup_every_28": QT_TRANSLATE_NOOP("samenplan", "elke 4 weken"),
    "backup_every_91": QT_TRANSLATE_NOOP("samenplan", "elke 3 maanden"),
    "backup_every_0": QT_TRANSLATE_NOOP("samenplan", "nooit"),
    "backup_later": QT_TRANSLATE_NOOP("samenplan", "Later"),
}


@cache
def translator(lang: str) -> QTranslator | None:
    """The compiled translation for `lang`; None for Dutch, the source language."""
    if lang == words.SOURCE:
        return None
    if lang == words.PSEUDO:
        return PseudoTranslator()
    found = QTranslator()
    if not found.load(str(resources.resource(f"i18n/samenplan_{lang}.qm"))):
        raise FileNotFoundError(f"no translation for {lang!r}")
    return found


def t(key: str, lang: str, **params: object) -> str:
    """The app's word `key` in `lang`, with `{params}` filled in."""
    source = STRINGS[key]
    found = translator(lang)
    text = found.translate(CONTEXT, source) if found is not None else ""
    return (text or source).format(**params)
