"""What the command line says to people, in Dutch and English.

One line per message, saying what happened and what to do. The app's widgets use Qt
Linguist instead; form texts come from the YAML files. Whatever is filled into a message
(and every title or name printed) goes through `plain` first: no control character from a
file or an argument reaches the terminal.
"""

from __future__ import annotations

import os
import unicodedata

MESSAGES: dict[str, tuple[str, str]] = {
    "usage": (
        "samenplan: {detail}. Zie 'samenplan --help'.",
        "samenplan: {detail}. See 'samenplan --help'.",
    ),
    "unexpected": (
        "samenplan: er ging iets onverwachts mis ({kind}). Er is niets opgeslagen; probeer "
        "het opnieuw of meld het aan de makers.",
        "samenplan: something unexpected went wrong ({kind}). Nothing was saved; try again "
        "or report it to the makers.",
    ),
    "interrupted": ("samenplan: afgebroken.", "samenplan: interrupted."),
    "forms_ok": (
        "In orde: {count} formulier(en) gecontroleerd, {items} vragen en teksten.",
        "OK: {count} form(s) checked, {items} questions and texts.",
    ),
    "forms_failed": (
        "{count} probleem/problemen gevonden in de formulieren.",
        "{count} problem(s) found in the forms.",
    ),
    "file_missing": (
        "samenplan: het bestand {path} bestaat niet of kan niet gelezen worden.",
        "samenplan: the file {path} does not exist or cannot be read.",
    ),
    "unknown_form": (
        "samenplan: er is geen formulier '{form}'. Kies uit: {known}.",
        "samenplan: there is no form '{form}'. Choose from: {known}.",
    ),
    "selftest_ok": ("In orde: {what}", "OK: {what}"),
    "selftest_failed": ("MISLUKT: {what}", "FAILED: {what}"),
    "selftest_summary_ok": (
        "Zelftest geslaagd: {count} controles.",
        "Self-test passed: {count} checks.",
    ),
    "selftest_summary_failed": (
        "Zelftest mislukt: {failed} van {count} controles.",
        "Self-test failed: {failed} of {count} checks.",
    ),
    "passphrase": ("Wachtwoord: ", "Passphrase: "),
    "passphrase_again": ("Nog een keer: ", "Once more: "),
    "passphrase_mismatch": (
        "samenplan: de twee wachtwoorden zijn niet gelijk. Er is niets aangemaakt.",
        "samenplan: the two passphrases differ. Nothing was created.",
    ),
    "passphrase_empty": (
        "samenplan: er is geen wachtwoord gegeven. Er is niets veranderd.",
        "samenplan: no passphrase was given. Nothing was changed.",
    ),
    "recovery_code": (
        "Dit is je herstelcode. Schrijf hem op en bewaar hem goed: hij wordt maar één keer "
        "getoond. Met deze code open je je profiel als je je wachtwoord vergeten bent.",
        "This is your recovery code. Write it down and keep it safe: it is shown only once. "
        "It opens your profile if you forget your passphrase.",
    ),
    "passphrase_mismatch_change": (
        "samenplan: de twee nieuwe wachtwoorden zijn niet gelijk. Er is niets veranderd.",
        "samenplan: the two new passphrases differ. Nothing was changed.",
    ),
    "passphrase_current": ("Huidig wachtwoord: ", "Current passphrase: "),
    "passphrase_new": ("Nieuw wachtwoord: ", "New passphrase: "),
    "passphrase_too_short": (
        "samenplan: dit wachtwoord is te kort (minstens 8 tekens). Er is niets veranderd.",
        "samenplan: this passphrase is too short (at least 8 characters). Nothing was changed.",
    ),
    "passphrase_too_weak": (
        "samenplan: dit wachtwoord is te makkelijk te raden; kies bijvoorbeeld een paar woorden "
        "achter elkaar. Er is niets veranderd.",
        "samenplan: this passphrase is too easy to guess; choose for example a few words in a "
        "row. Nothing was changed.",
    ),
    "passphrase_changed": (
        "Je wachtwoord is gewijzigd. Het oude opent het profiel niet meer.",
        "Your passphrase was changed. The old one no longer opens the profile.",
    ),
    "computer_forgotten": (
        "Deze computer opent het profiel niet meer zonder wachtwoord.",
        "This computer no longer opens the profile without the passphrase.",
    ),
    "check_ok": (
        "In orde: geen problemen gevonden in dit profiel.",
        "OK: no problems found in this profile.",
    ),
    "check_problems": (
        "{count} probleem/problemen gevonden in dit profiel (zie hierboven). Er is niets "
        "weggehaald of veranderd.",
        "{count} problem(s) found in this profile (see above). Nothing was removed or changed.",
    ),
    "version_accept_how": (
        "samenplan: met --accept wordt deze versie de huidige.",
        "samenplan: with --accept this version becomes the current one.",
    ),
    "version_accepted": (
        "samenplan: deze versie is nu de huidige.",
        "samenplan: this version is now the current one.",
    ),
    "vault_error": ("samenplan: {message}", "samenplan: {message}"),
    "import_invalid": (
        "samenplan: dit exportbestand kan niet worden ingelezen ({where}). Er is niets opgeslagen.",
        "samenplan: this export file cannot be read ({where}). Nothing was saved.",
    ),
    "import_exists": (
        "samenplan: dit dossier staat al in het profiel. Er is niets opgeslagen.",
        "samenplan: this dossier is already in the profile. Nothing was saved.",
    ),
    "stored_invalid": (
        "samenplan: het opgeslagen dossier past niet bij deze versie van de formulieren "
        "({where}). Werk samenplan bij.",
        "samenplan: the stored dossier does not fit this version of the forms ({where}). "
        "Please update samenplan.",
    ),
    "no_crisis_plan": (
        "samenplan: dit dossier heeft dit plan nog niet, dus er is geen kaart van te maken.",
        "samenplan: this dossier does not have this plan yet, so there is no card to make.",
    ),
    "card_does_not_fit": (
        "samenplan: de kaart past niet. Er is geen PDF gemaakt. Maak deze onderdelen korter:",
        "samenplan: the card does not fit. No PDF was made. Shorten these parts:",
    ),
    "phone_unprintable": (
        "samenplan: deze tekens kunnen niet op de telefoonfoto: {chars}. Er is geen foto gemaakt.",
        "samenplan: these characters cannot be shown on the phone picture: {chars}. No picture "
        "was made.",
    ),
    "exchange_passphrase": (
        "Wachtwoord voor het uitwisselbestand: ",
        "Passphrase for the exchange file: ",
    ),
    "fingerprint": (
        "Vingerafdruk (vergelijk die met de ander): {fingerprint}",
        "Fingerprint (compare it with the other person): {fingerprint}",
    ),
    "new_sender": (
        "Nieuwe afzender. Vergelijk deze vingerafdruk met de afzender: {fingerprint}",
        "New sender. Compare this fingerprint with the sender: {fingerprint}",
    ),
    "no_member_card": (
        "samenplan: die deelnemer heeft in dit dossier nog geen kaart.",
        "samenplan: that participant has no card in this dossier yet.",
    ),
    "receive_needs_dossier": (
        "samenplan: geef met --dossier aan in welk dossier de kaart hoort.",
        "samenplan: say with --dossier which dossier the card belongs in.",
    ),
    "out_failed": (
        "samenplan: {path} kan niet geschreven worden. Kies een andere plek.",
        "samenplan: {path} cannot be written. Choose another place.",
    ),
    "backup_written": (
        "Reservekopie geschreven: {path}. Bewaar hem op een andere plek dan deze computer, "
        "bijvoorbeeld op een USB-stick.",
        "Backup written: {path}. Keep it somewhere other than this computer, for example on "
        "a USB stick.",
    ),
    "recovery_code_prompt": ("Herstelcode: ", "Recovery code: "),
    "restore_name_taken": (
        "samenplan: er is hier al een profiel '{name}'. Er is niets teruggezet; kies een "
        "andere naam met --as NAAM.",
        "samenplan: there already is a profile '{name}' here. Nothing was restored; choose "
        "another name with --as NAME.",
    ),
    "restored": (
        "Profiel '{name}' is teruggezet. Open het met je wachtwoord of je herstelcode.",
        "Profile '{name}' was restored. Open it with your passphrase or your recovery code.",
    ),
    "untrusted_sender": (
        "samenplan: dit dossier komt van een afzender die dit profiel nog niet kent, met "
        "vingerafdruk {fingerprint}; vergelijk die met de afzender en lees het dan opnieuw in "
        "met --trust-new-sender. Er is niets opgeslagen.",
        "samenplan: this dossier comes from a sender this profile does not know yet, with "
        "fingerprint {fingerprint}; compare it with the sender, then take it in again with "
        "--trust-new-sender. Nothing was saved.",
    ),
    "trusted_sender": (
        "Afzender vertrouwd en onthouden voor dit dossier, vingerafdruk: {fingerprint}",
        "Sender trusted and remembered for this dossier, fingerprint: {fingerprint}",
    ),
}

_SPACE = frozenset(("Cc", "Zl", "Zp"))  # control characters, line and paragraph separators
_DROP = frozenset(("Cf",))  # format characters: bidi overrides and isolates, zero widths


def plain(text: str) -> str:
    """`text` safe for one line of a terminal: a control character (newline, tab, escape,
    C1) or a line separator becomes a space; format characters (bidi overrides, zero
    widths) go; a lone surrogate becomes U+FFFD."""
    if text.isprintable():
        return text
    out = []
    for char in text:
        kind = unicodedata.category(char)
        if kind in _SPACE:
            out.append(" ")
        elif kind == "Cs":
            out.append("\ufffd")
        elif kind not in _DROP:
            out.append(char)
    return "".join(out)


def detect_lang(explicit: str | None = None) -> str:
    """The language to speak: `--lang` if given, else English for an English locale, else Dutch."""
    if explicit in ("nl", "en"):
        return explicit
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var, "")
        if value:
            return "en" if value.lower().startswith("en") else "nl"
    return "nl"


def say(key: str, lang: str, **params: object) -> str:
    nl, en = MESSAGES[key]
    safe = {name: plain(str(value)) for name, value in params.items()}
    return (en if lang == "en" else nl).format(**safe)
