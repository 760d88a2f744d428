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
    "med_entry": ("medicijn {n}", "medication {n}"),
    "med_remove_n": ("Verwijder medicijn {n}", "Remove medication {n}"),
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
    "people": ("Mensen", "People"),
    "people_intro": (
        "Hier staan alle mensen uit je plannen. Verander je een telefoonnummer, dan klopt het "
        "meteen in elk plan.",
        "All the people in your plans are here. Change a phone number once and it is right "
        "in every plan.",
    ),
    "people_add": ("Persoon toevoegen", "Add person"),
    "people_edit": ("Persoon wijzigen", "Edit person"),
    "people_remove": ("Persoon verwijderen", "Remove person"),
    "people_remove_confirm": (
        "Wil je {name} verwijderen uit je lijst met mensen?",
        "Do you want to remove {name} from your list of people?",
    ),
    "cancel": ("Annuleren", "Cancel"),
    # first run
    "welcome_title": ("Welkom bij samenplan", "Welcome to samenplan"),
    "welcome_text": (
        "Met samenplan maak je je crisisplan en crisiskaart, je triadekaart en je herstelplan. "
        "Alles blijft op deze computer en is versleuteld. Maak eerst een profiel met een "
        "wachtwoord. Of kijk eerst rond in de demo met een verzonnen persoon.",
        "With samenplan you make your crisis plan and card, your triad card and your recovery "
        "plan. Everything stays on this computer, encrypted. First make a profile with a "
        "passphrase. Or look around first in the demo with a made-up person.",
    ),
    "profile_name": ("Je naam of bijnaam", "Your name or nickname"),
    "profile_name_hint": (
        "Deze naam staat op het startscherm. Anderen die deze computer gebruiken, kunnen hem zien.",
        "This name is shown on the start screen. Others using this computer can see it.",
    ),
    "passphrase": ("Wachtwoord", "Passphrase"),
    "passphrase_again": ("Wachtwoord nog een keer", "Passphrase once more"),
    "passphrase_hint": (
        "Kies een lange zin die je goed kunt onthouden, bijvoorbeeld vier losse woorden.",
        "Choose a long sentence you can remember, for example four separate words.",
    ),
    "strength": ("Sterkte van je wachtwoord: {label}", "Strength of your passphrase: {label}"),
    "strength_0": ("te kort", "too short"),
    "strength_1": ("zwak", "weak"),
    "strength_2": ("matig", "fair"),
    "strength_3": ("goed", "good"),
    "strength_4": ("sterk", "strong"),
    "passphrases_differ": ("De twee wachtwoorden zijn niet gelijk.", "The two passphrases differ."),
    "passphrase_too_short": (
        "Je wachtwoord is te kort. Gebruik minstens 8 tekens.",
        "Your passphrase is too short. Use at least 8 characters.",
    ),
    "name_needed": ("Vul een naam of bijnaam in.", "Please fill in a name or nickname."),
    "remember": ("Onthoud mij op deze computer", "Remember me on this computer"),
    "remember_hint": (
        "Dan hoef je je wachtwoord niet steeds te typen. Let op: iedereen die op deze computer "
        "met jouw account werkt, kan dan je profiel openen.",
        "Then you do not have to type your passphrase each time. Note: anyone who uses this "
        "computer with your account can then open your profile.",
    ),
    "remember_unavailable": (
        "Onthouden kan op deze computer niet (er is geen betrouwbare sleutelbos).",
        "Remembering is not possible on this computer (no trustworthy keyring).",
    ),
    "create_profile": ("Profiel maken", "Create profile"),
    "open_demo": ("Bekijk de demo", "Open the demo"),
    "creating": ("Profiel wordt gemaakt…", "Creating profile…"),
    "recovery_title": ("Je herstelcode", "Your recovery code"),
    "recovery_text": (
        "Schrijf deze code op papier en bewaar hem op een veilige plek. Ben je je wachtwoord "
        "vergeten, dan open je je profiel met deze code. Hij wordt maar één keer getoond.",
        "Write this code on paper and keep it somewhere safe. If you forget your passphrase, "
        "this code opens your profile. It is shown only once.",
    ),
    "written_down": ("Ik heb hem opgeschreven", "I have written it down"),
    "continue": ("Verder", "Continue"),
    # unlock
    "unlock_title": ("Profiel openen", "Open profile"),
    "profile": ("Profiel", "Profile"),
    "open": ("Openen", "Open"),
    "show_passphrase": ("Wachtwoord tonen", "Show passphrase"),
    "unlocking": ("Bezig met openen…", "Opening…"),
    "new_profile": ("Nieuw profiel", "New profile"),
    "use_recovery": ("Ik gebruik mijn herstelcode", "I am using my recovery code"),
    # dossiers
    "dossiers": ("Dossiers", "Dossiers"),
    "search": ("Zoeken", "Search"),
    "sort": ("Sorteren", "Sort"),
    "sort_name": ("Op naam", "By name"),
    "sort_changed": ("Laatst gewijzigd", "Last changed"),
    "dossier_new": ("Nieuw dossier", "New dossier"),
    "dossier_open": ("Dossier openen", "Open dossier"),
    "dossier_rename": ("Naam wijzigen", "Rename"),
    "dossier_delete": ("Verwijderen", "Delete"),
    "dossier_client_name": ("Naam van de cliënt", "Name of the client"),
    "dossier_delete_confirm": (
        "Wil je het dossier van {name} echt verwijderen? Dit kan niet ongedaan worden.",
        "Do you really want to delete the dossier of {name}? This cannot be undone.",
    ),
    "changed_on": ("gewijzigd {date}", "changed {date}"),
    # home
    "home": ("Overzicht", "Overview"),
    "open_plan": ("{plan} openen", "Open {plan}"),
    "sections_done": (
        "Onderdelen ingevuld: {done} van {total}",
        "Sections filled in: {done} of {total}",
    ),
    "review_by": ("Nakijken vóór {date}", "Review by {date}"),
    "review_soon": ("Bijna tijd om na te kijken", "Almost time to review"),
    "review_due": ("Verlopen: kijk je plan na", "Overdue: review your plan"),
    "review_stale": (
        "Meer dan 18 maanden oud: niet meer betrouwbaar",
        "Over 18 months old: no longer reliable",
    ),
    "not_started_yet": ("Nog niet begonnen", "Not started yet"),
    "members": ("Deelnemers", "Participants"),
    "demo_banner": (
        "DEMO — een verzonnen persoon. Er wordt niets opgeslagen.",
        "DEMO — a fictional person. Nothing is saved.",
    ),
    "to_overview": ("Terug naar het overzicht", "Back to the overview"),
    "to_dossiers": ("Alle dossiers", "All dossiers"),
    # pocket card
    "make_card": ("Zakkaart maken", "Make pocket card"),
    "paper": ("Papier", "Paper"),
    "card_preview": ("Voorbeeld van de zakkaart", "Preview of the pocket card"),
    "card_warning": (
        "Let op: wie de kaart vindt, kan alles lezen wat erop staat. Kies dus goed wat erop komt.",
        "Note: whoever finds the card can read everything on it. So choose well what goes on it.",
    ),
    "card_save": ("Opslaan als PDF…", "Save as PDF…"),
    "card_open": ("Openen in je PDF-lezer", "Open in your PDF viewer"),
    "card_folding": ("Hoe vouw ik de kaart?", "How do I fold the card?"),
    "card_folding_text": (
        "1. Print op ware grootte (100 %), enkelzijdig, op gewoon papier.\n"
        "2. Meet de balk onderaan: die moet precies 5 cm zijn.\n"
        "3. Knip de kaart uit langs de hoekstreepjes.\n"
        "4. Vouw de rechterhelft naar achter langs de middelste streep-punt-lijn.\n"
        "5. Vouw als een harmonica langs de andere streep-punt-lijnen. Je naam staat voorop.",
        "1. Print at actual size (100 %), single-sided, on plain paper.\n"
        "2. Measure the bar at the bottom: it must be exactly 5 cm.\n"
        "3. Cut the card out along the corner marks.\n"
        "4. Fold the right half backwards along the middle dash-dot line.\n"
        "5. Fold like an accordion along the other dash-dot lines. Your name is on the front.",
    ),
    "card_fits": (
        "Alles past op de kaart (letters van {size} punt).",
        "Everything fits on the card ({size} pt text).",
    ),
    "card_does_not_fit": (
        "Niet alles past op de kaart. Maak deze onderdelen korter (klik om erheen te gaan):",
        "Not everything fits on the card. Shorten these parts (click to go there):",
    ),
    "card_file_name": ("zakkaart.pdf", "pocket-card.pdf"),
    "card_saved": ("Opgeslagen in {path}", "Saved to {path}"),
    "card_save_failed": (
        "De kaart kon daar niet opgeslagen worden. Kies een andere plek.",
        "The card could not be saved there. Choose another place.",
    ),
    # triad comparison
    "triad_title": ("De kaarten naast elkaar", "The cards side by side"),
    "triad_compare": ("Kaarten naast elkaar leggen", "Lay the cards side by side"),
    "triad_task": ("Taak", "Task"),
    "triad_points": ("Om te bespreken", "To discuss"),
    "triad_filter": ("Laat zien", "Show"),
    "triad_filter_all": ("Alle taken", "All tasks"),
    "triad_filter_discuss": ("Alleen bespreekpunten", "Only points to discuss"),
    "triad_filter_differences": ("Alleen verschillen", "Only differences"),
    "triad_filter_no_owner": ("Alleen zonder eigenaar", "Only without an owner"),
    "triad_changed": (
        "Veranderd sinds de vergelijking werd geopend: de kaart van {names}.",
        "Changed since the comparison was opened: the card of {names}.",
    ),
    "triad_open_cards": (
        "Nog niet klaar: {names}. Je kunt al kijken, maar hun kaart kan nog veranderen.",
        "Not done yet: {names}. You can look already, but their card may still change.",
    ),
    # members and agreements
    "member_add": ("Deelnemer toevoegen", "Add participant"),
    "member_add_hint": (
        "Staat de persoon nog niet in je lijst? Voeg hem eerst toe bij Mensen.",
        "Not in your list yet? Add the person under People first.",
    ),
    "member_role": ("Rol", "Role"),
    "role_client": ("Cliënt", "Client"),
    "role_naaste": ("Naaste", "Relative or friend"),
    "role_hulpverlener": ("Hulpverlener", "Professional"),
    "fill_in_as": ("Invullen als {name}", "Fill in as {name}"),
    "mark_done": ("Klaar", "Done"),
    "mark_open": ("Toch nog niet klaar", "Not done after all"),
    "member_remove": ("Verwijder {name}", "Remove {name}"),
    "member_remove_confirm": (
        "Wil je {name} als deelnemer verwijderen? Zijn of haar kaart gaat dan ook weg.",
        "Do you want to remove {name} as a participant? Their card goes as well.",
    ),
    "card_of": ("Kaart van {name} ({role})", "Card of {name} ({role})"),
    "agreement_make": (
        "Afspraak maken over de gekozen taak",
        "Make an agreement about the chosen task",
    ),
    "agreement_title": ("Afspraak over: {task}", "Agreement about: {task}"),
    "agreement_what": ("Wat spreken jullie af?", "What do you agree?"),
    "agreement_who": ("Wie doet het?", "Who does it?"),
    "agreement_support": ("Welke steun krijgt die persoon?", "What support does that person get?"),
    "agreement_review": ("Nakijken op (dd-mm-jjjj)", "Review on (dd-mm-yyyy)"),
    "agreement_status": ("Stand", "Status"),
    "agreement_active": ("Loopt", "Active"),
    "agreement_kept": ("Gelukt", "Kept"),
    "agreement_changed": ("Veranderd", "Changed"),
    "agreement_stopped": ("Gestopt", "Stopped"),
    "agreements": ("Afspraken", "Agreements"),
    "agreements_due": ("Afspraken om na te kijken: {count}", "Agreements to review: {count}"),
    "pdf_triad": ("Vergelijking als PDF…", "Comparison as PDF…"),
    "pdf_agreements": ("Afspraken op een half A4…", "Agreements on half a page…"),
    "pdf_triad_file": ("triadekaart-vergelijking.pdf", "triad-comparison.pdf"),
    "pdf_agreements_file": ("afspraken.pdf", "agreements.pdf"),
    "pdf_warning": (
        "Let op: een PDF is niet versleuteld. Iedereen die het bestand of de afdruk vindt, "
        "kan lezen wat erin staat. Bewaar het op een veilige plek.",
        "Note: a PDF is not encrypted. Anyone who finds the file or the print-out can read "
        "it. Keep it in a safe place.",
    ),
    "pdf_go_on": ("Toch opslaan", "Save anyway"),
    # exchange between computers
    "send_card": ("Versturen…", "Send…"),
    "send_card_for": ("Kaart van {name} versturen", "Send {name}'s card"),
    "send_title": ("Kaart van {name} versturen", "Send {name}'s card"),
    "send_intro": (
        "De kaart gaat versleuteld in een bestand dat je zelf doorgeeft (mail, USB-stick). "
        "Alleen wie het wachtwoord of de sleutel heeft, kan hem openen.",
        "The card goes encrypted into a file you pass on yourself (e-mail, USB stick). "
        "Only someone with the passphrase or the key can open it.",
    ),
    "send_by_passphrase": (
        "Met een wachtwoord dat we samen hebben afgesproken (niet per mail sturen)",
        "With a passphrase we agreed on together (do not send it by e-mail)",
    ),
    "send_by_address": (
        "Naar het samenplan-adres van de ontvanger",
        "To the receiver's samenplan address",
    ),
    "shared_passphrase": ("Gedeeld wachtwoord", "Shared passphrase"),
    "their_address": ("Adres van de ontvanger", "Receiver's address"),
    "shared_too_short": (
        "Kies een gedeeld wachtwoord van minstens {count} tekens.",
        "Choose a shared passphrase of at least {count} characters.",
    ),
    "shared_mismatch": (
        "De twee wachtwoorden zijn niet gelijk. Typ ze nog een keer.",
        "The two passphrases differ. Type them again.",
    ),
    "send_make_file": ("Bestand maken…", "Make the file…"),
    "send_save": ("Kaart versturen", "Send card"),
    "send_file_name": ("kaart.age", "card.age"),
    "file_write_failed": (
        "Het bestand kon daar niet worden opgeslagen. Kies een andere plek.",
        "The file could not be saved there. Choose another place.",
    ),
    "send_done": (
        "Het bestand met de kaart van {name} is klaar. Geef het door aan de ontvanger.",
        "The file with {name}'s card is ready. Pass it on to the receiver.",
    ),
    "exchange_failed": (
        "Dat is niet gelukt. Probeer het nog een keer; er is niets veranderd.",
        "That did not work. Try again; nothing was changed.",
    ),
    "receive": ("Kaart ontvangen…", "Receive a card…"),
    "receive_title": ("Kaart ontvangen", "Receive a card"),
    "receive_unreadable": (
        "Dit bestand kan niet worden gelezen. Kies het bestand opnieuw.",
        "This file cannot be read. Choose the file again.",
    ),
    "receive_replace": (
        "Deze kaart staat al in het dossier. Wil je hem vervangen door de ontvangen kaart?",
        "This card is already in the dossier. Replace it with the received card?",
    ),
    "replace": ("Vervangen", "Replace"),
    "receive_done": (
        "De kaart van {name} staat nu in het dossier.",
        "{name}'s card is now in the dossier.",
    ),
    "receive_new_sender": (
        "Het is de eerste kaart van deze afzender: vergelijk samen deze vingerafdruk: "
        "{fingerprint}",
        "This is the first card from this sender: compare this fingerprint together: {fingerprint}",
    ),
    "receive_dossier_done": (
        "Het dossier '{title}' is toegevoegd. Je vindt het bij Dossiers.",
        "The dossier '{title}' was added. You find it under Dossiers.",
    ),
    "my_address": ("Mijn adres", "My address"),
    "my_address_text": (
        "Geef dit adres aan wie je een kaart wil sturen (het staat al op het klembord):\n\n"
        "{address}\n\nVingerafdruk om samen te vergelijken: {fingerprint}",
        "Give this address to whoever wants to send you a card (it is on the clipboard):\n\n"
        "{address}\n\nFingerprint to compare together: {fingerprint}",
    ),
    # menus
    "menu_file": ("&Bestand", "&File"),
    "menu_view": ("Beel&d", "&View"),
    "menu_language": ("&Taal", "&Language"),
    "lock_now": ("Vergrendel nu", "Lock now"),
    "quit": ("Afsluiten", "Quit"),
    "bigger": ("Grotere letters", "Larger text"),
    "smaller": ("Kleinere letters", "Smaller text"),
    "locked_message": ("samenplan is vergrendeld.", "samenplan is locked."),
}


def t(key: str, lang: str, **params: object) -> str:
    nl, en = STRINGS[key]
    return (en if lang == "en" else nl).format(**params)
