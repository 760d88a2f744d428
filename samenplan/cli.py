"""The `samenplan` command: starts the app, or runs one of the commands of SPEC §4.

Every error is one line on standard error in Dutch or English, with the exit codes of
SPEC §4; never a traceback. Heavy modules (Qt, reportlab) are imported only by the
commands that need them, so scripted use starts fast.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import gc
import os
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from samenplan import __version__
from samenplan.messages import detect_lang, say

if TYPE_CHECKING:
    from samenplan.domain.dossier import Dossier

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2


STRIPS_NL = "zakkaart: de middellijn knippen (twee stroken) in plaats van vouwen"
STRIPS_EN = "pocket card: cut the centre line (two strips) instead of folding it"
PHONE_NL = "de eerste panelen als foto voor je telefoon (PNG), in plaats van de kaart"
PHONE_EN = "the first panels as a picture for your phone (PNG) instead of the card"


class UsageError(Exception):
    """The command line's words are off (exit 2)."""


class CliError(Exception):
    """A failure already worded for people: the message and the exit code."""

    def __init__(self, message: str, code: int) -> None:
        super().__init__(message)
        self.code = code


# argparse's own English words, in Dutch: its help headings and its usage errors (the
# messages as argparse words them, with the parts it fills in kept as they are)
HELP_WORDS = {
    "usage": ("gebruik: ", "usage: "),
    "positionals": ("argumenten", "positional arguments"),
    "optionals": ("opties", "options"),
    "help": ("toon deze hulp en stop", "show this help message and exit"),
    "version": ("toon het versienummer en stop", "show the version number and exit"),
}
ERROR_WORDS = (
    (r"unrecognized arguments: (.*)", "onbekende argumenten: {0}"),
    (r"the following arguments are required: (.*)", "deze argumenten zijn nodig: {0}"),
    (r"one of the arguments (.*) is required", "een van deze argumenten is nodig: {0}"),
    (r"argument (.*?): invalid choice: (.*) \(choose from (.*)\)",
     "{0}: onbekende keuze {1}, kies uit {2}"),
    (r"argument (.*?): expected one argument", "{0}: hier hoort een waarde bij"),
    (r"argument (.*?): expected at least one argument",
     "{0}: hier hoort minstens een waarde bij"),
    (r"argument (.*?): invalid .* value: (.*)", "{0}: {1} is geen geldige waarde"),
    (r"argument (.*?): not allowed with argument (.*)", "{0}: kan niet samen met {1}"),
    (r"argument (.*?): ignored explicit argument (.*)", "{0}: hier hoort geen waarde bij ({1})"),
    (r"ambiguous option: (.*) could match (.*)", "onduidelijke optie: {0} kan {1} zijn"),
)  # fmt: skip


def _dutch_error(message: str) -> str:
    """argparse's usage error in Dutch; one it words in a way not listed here stays as it is."""
    for pattern, dutch in ERROR_WORDS:
        found = re.fullmatch(pattern, message, re.DOTALL)
        if found:
            return dutch.format(*found.groups())
    return message


class _Formatter(argparse.HelpFormatter):
    """Help text whose "usage: " is in the parser's language."""

    lang = "nl"

    def add_usage(
        self, usage: str | None, actions: Any, groups: Any, prefix: str | None = None
    ) -> None:
        if prefix is None:
            prefix = _word("usage", self.lang)
        super().add_usage(usage, actions, groups, prefix)


def _word(key: str, lang: str) -> str:
    nl, en = HELP_WORDS[key]
    return en if lang == "en" else nl


class _Parser(argparse.ArgumentParser):
    """argparse in the app's language: its headings, its -h line and its usage errors (which
    raise `UsageError` instead of leaving). Sub-commands get the same kind of parser."""

    def __init__(self, *args: Any, lang: str = "nl", **kwargs: Any) -> None:
        kwargs["formatter_class"] = type("Formatter", (_Formatter,), {"lang": lang})
        kwargs["add_help"] = False  # added below, in the parser's language
        super().__init__(*args, **kwargs)
        self.lang = lang
        self._positionals.title = _word("positionals", lang)
        self._optionals.title = _word("optionals", lang)
        self.add_argument("-h", "--help", action="help", help=_word("help", lang))

    def add_subparsers(self, **kwargs: Any) -> Any:
        kwargs.setdefault("parser_class", functools.partial(_Parser, lang=self.lang))
        return super().add_subparsers(**kwargs)

    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(message if self.lang == "en" else _dutch_error(message))


def build_parser(lang: str, commands: Sequence[str] | None = None) -> _Parser:
    """The command line with the named commands only (None: all of them). Building them all
    costs a few ms of a scripted command's start, or of the app's, which needs none."""

    def h(nl: str, en: str) -> str:
        return en if lang == "en" else nl

    parser = _Parser(
        prog="samenplan",
        lang=lang,
        description=h(
            "Maak je crisisplan en crisiskaart, je triadekaart en je herstelplan, "
            "versleuteld op je eigen computer.",
            "Make your crisis plan and card, your triad card and your recovery plan, "
            "encrypted on your own computer.",
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"samenplan {__version__}",
        help=_word("version", lang),
    )
    parser.add_argument("--lang", choices=("nl", "en"), help=h("taal", "language"))
    parser.add_argument(
        "--data-dir",
        metavar=h("MAP", "DIR"),
        help=h(
            "map met de profielen (anders SAMENPLAN_DATA_DIR of de standaardmap)",
            "folder with the profiles (else SAMENPLAN_DATA_DIR or the default folder)",
        ),
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help=h(
            "start met het demodossier; er wordt niets opgeslagen",
            "start with the demo dossier; nothing is written",
        ),
    )
    if commands is None:
        commands = tuple(_ADD)
    if not commands:
        parser.set_defaults(command=None)
        return parser
    subparsers = parser.add_subparsers(dest="command", metavar=h("OPDRACHT", "COMMAND"))
    for name in commands:
        _ADD[name](subparsers, h)
    return parser


def _add_selftest(commands: Any, h: Callable[[str, str], str]) -> None:
    commands.add_parser(
        "selftest",
        help=h(
            "controleer of deze installatie werkt (formulieren, versleuteling, kaart, Qt)",
            "check that this installation works (forms, encryption, card, Qt)",
        ),
    )


def _add_profile(commands: Any, h: Callable[[str, str], str]) -> None:
    profile = commands.add_parser("profile", help=h("profielen", "profiles"))
    profile_commands = profile.add_subparsers(
        dest="profile_command", metavar=h("ACTIE", "ACTION"), required=True
    )
    create = profile_commands.add_parser(
        "create",
        help=h(
            "maak een profiel; toont de herstelcode", "create a profile; shows the recovery code"
        ),
    )
    create.add_argument("name", metavar=h("NAAM", "NAME"))
    profile_commands.add_parser("list", help=h("toon de profielen", "list the profiles"))
    address = profile_commands.add_parser(
        "address", help=h("adres om kaarten naar dit profiel te sturen", "address to send cards to")
    )
    address.add_argument("--profile", required=True, metavar=h("NAAM", "NAME"))
    for action, nl, en in (
        ("passphrase", "wachtwoord wijzigen (invoer: het huidige, dan het nieuwe twee keer)",
         "change the passphrase (input: the current one, then the new one twice)"),
        ("recovery-code", "maak een nieuwe herstelcode; de oude werkt dan niet meer",
         "make a new recovery code; the old one stops working"),
        ("forget-computer", "deze computer opent het profiel niet meer zonder wachtwoord",
         "this computer no longer opens the profile without the passphrase"),
        ("check", "zoek conflictkopieën en andere problemen in de map van het profiel "
         "(exit 1 als er een is)",
         "look for conflict copies and other problems in the profile's folder "
         "(exit 1 when there is one)"),
    ):  # fmt: skip
        secret = profile_commands.add_parser(action, help=h(nl, en))
        secret.add_argument("--profile", required=True, metavar=h("NAAM", "NAME"))


def _add_send(commands: Any, h: Callable[[str, str], str]) -> None:
    send = commands.add_parser(
        "send", help=h("stuur een triadekaart of dossier", "send a triad card or a dossier")
    )
    send.add_argument("--profile", required=True, metavar=h("NAAM", "NAME"))
    send.add_argument("--dossier", required=True, metavar="ID")
    what = send.add_mutually_exclusive_group(required=True)
    what.add_argument("--member", metavar=h("PERSOON", "PERSON"))
    what.add_argument("--whole", action="store_true")
    to = send.add_mutually_exclusive_group(required=True)
    to.add_argument("--to", metavar=h("ADRES", "ADDRESS"))
    to.add_argument("--passphrase", action="store_true")
    send.add_argument("--out", required=True, type=Path, metavar=h("BESTAND", "FILE"))


def _add_receive(commands: Any, h: Callable[[str, str], str]) -> None:
    receive = commands.add_parser(
        "receive", help=h("lees een uitwisselbestand in", "take in an exchange file")
    )
    receive.add_argument("--profile", required=True, metavar=h("NAAM", "NAME"))
    receive.add_argument("--dossier", metavar="ID")
    receive.add_argument("--passphrase", action="store_true")
    receive.add_argument("--replace", action="store_true")
    receive.add_argument(
        "--trust-new-sender",
        action="store_true",
        help=h(
            "neem een heel dossier aan van een afzender die dit profiel nog niet kent "
            "(vergelijk eerst de vingerafdruk)",
            "take in a whole dossier from a sender this profile does not know yet "
            "(compare the fingerprint first)",
        ),
    )
    receive.add_argument("file", type=Path, metavar=h("BESTAND", "FILE"))


def _add_dossier(commands: Any, h: Callable[[str, str], str]) -> None:
    dossier = commands.add_parser("dossier", help=h("dossiers", "dossiers"))
    dossier_commands = dossier.add_subparsers(
        dest="dossier_command", metavar=h("ACTIE", "ACTION"), required=True
    )
    dossier_list = dossier_commands.add_parser(
        "list", help=h("toon de dossiers", "list the dossiers")
    )
    dossier_list.add_argument("--profile", required=True, metavar=h("NAAM", "NAME"))


def _add_import(commands: Any, h: Callable[[str, str], str]) -> None:
    import_ = commands.add_parser(
        "import", help=h("lees een samenplan-exportbestand in", "import a samenplan export file")
    )
    import_.add_argument("--profile", required=True, metavar=h("NAAM", "NAME"))
    import_.add_argument("file", type=Path, metavar=h("BESTAND", "FILE"))


def _add_export(commands: Any, h: Callable[[str, str], str]) -> None:
    export = commands.add_parser("export", help=h("exporteer een dossier", "export a dossier"))
    export.add_argument("--profile", required=True, metavar=h("NAAM", "NAME"))
    export.add_argument("--dossier", required=True, metavar="ID")
    export.add_argument(
        "--to",
        required=True,
        choices=(
            "json", "card", "wrap-card", "phone", "wrap-phone", "plan", "wrap", "triad",
            "agreements",
        ),
        help=h(
            "phone en wrap-phone: de eerste panelen van de kaart als foto voor je telefoon (PNG)",
            "phone and wrap-phone: the card's first panels as a picture for your phone (PNG)",
        ),
    )  # fmt: skip
    export.add_argument("--out", required=True, type=Path, metavar=h("BESTAND", "FILE"))
    export.add_argument("--paper", choices=("a4", "letter"), default="a4")
    export.add_argument("--strips", action="store_true", help=h(STRIPS_NL, STRIPS_EN))
    export.add_argument(
        "--accept",
        action="store_true",
        help=h(
            "ga verder met een herstelde of oudere versie: die wordt de huidige",
            "go on with a recovered or older version: it becomes the current one",
        ),
    )


def _add_card(commands: Any, h: Callable[[str, str], str]) -> None:
    card = commands.add_parser(
        "card", help=h("zakkaart uit een exportbestand", "pocket card from an export file")
    )
    card.add_argument("file", type=Path, metavar=h("BESTAND", "FILE"))
    card.add_argument(
        "--out", required=True, type=Path, metavar=h("BESTAND.pdf|BESTAND.png", "FILE.pdf|FILE.png")
    )
    card.add_argument("--paper", choices=("a4", "letter"), default="a4")
    card.add_argument("--kind", choices=("crisis", "wrap"), default="crisis")
    card.add_argument("--strips", action="store_true", help=h(STRIPS_NL, STRIPS_EN))
    card.add_argument("--phone", action="store_true", help=h(PHONE_NL, PHONE_EN))


def _add_forms(commands: Any, h: Callable[[str, str], str]) -> None:
    forms = commands.add_parser("forms", help=h("formulieren", "form definitions"))
    forms_commands = forms.add_subparsers(
        dest="forms_command", metavar=h("ACTIE", "ACTION"), required=True
    )
    check = forms_commands.add_parser(
        "check", help=h("controleer formulierbestanden", "validate form definitions")
    )
    check.add_argument(
        "files",
        nargs="*",
        type=Path,
        metavar=h("BESTAND", "FILE"),
        help=h("standaard: de meegeleverde formulieren", "default: the shipped forms"),
    )
    show = forms_commands.add_parser("show", help=h("toon een formulier", "show a form"))
    show.add_argument("form", metavar=h("FORMULIER", "FORM"))
    show.add_argument("--json", action="store_true", help=h("als JSON", "as JSON"))


def _add_backup(commands: Any, h: Callable[[str, str], str]) -> None:
    backup = commands.add_parser(
        "backup",
        help=h(
            "maak een reservekopie van een heel profiel (versleuteld)",
            "make a backup of a whole profile (encrypted)",
        ),
    )
    backup.add_argument("--profile", required=True, metavar=h("NAAM", "NAME"))
    backup.add_argument("--out", required=True, type=Path, metavar=h("BESTAND", "FILE"))


def _add_restore(commands: Any, h: Callable[[str, str], str]) -> None:
    restore = commands.add_parser(
        "restore", help=h("zet een reservekopie terug", "restore a backup of a profile")
    )
    restore.add_argument("file", type=Path, metavar=h("BESTAND", "FILE"))
    restore.add_argument(
        "--as",
        dest="as_name",
        metavar=h("NAAM", "NAME"),
        help=h("onder een andere naam terugzetten", "restore under another name"),
    )
    restore.add_argument(
        "--recovery-code",
        action="store_true",
        help=h(
            "open met de herstelcode in plaats van het wachtwoord",
            "open with the recovery code instead of the passphrase",
        ),
    )


_ADD: dict[str, Callable[[Any, Callable[[str, str], str]], None]] = {
    "selftest": _add_selftest,
    "profile": _add_profile,
    "send": _add_send,
    "receive": _add_receive,
    "dossier": _add_dossier,
    "import": _add_import,
    "export": _add_export,
    "card": _add_card,
    "forms": _add_forms,
    "backup": _add_backup,
    "restore": _add_restore,
}


def _forms_check(files: Sequence[Path], lang: str) -> int:
    from samenplan import resources
    from samenplan.formkit.loader import CHOICES_FILE, load_choices, load_form
    from samenplan.formkit.problems import FormError, Problem
    from samenplan.shipped import forms as shipped_forms

    problems: list[Problem] = []
    loaded = []
    if not files:
        try:
            loaded = list(shipped_forms().values())
        except FormError as exc:
            problems = exc.problems
    else:
        for path in files:
            if not path.is_file():
                print(say("file_missing", lang, path=path), file=sys.stderr)
                return EXIT_ERROR
            try:
                # A form is checked with the choice lists next to it, else the shipped ones.
                own = path.parent / CHOICES_FILE
                choices = load_choices(
                    own if own.is_file() else resources.forms_dir() / CHOICES_FILE
                )
                if path.name != CHOICES_FILE:
                    loaded.append(load_form(path, choices))
            except FormError as exc:
                problems.extend(exc.problems)
    if problems:
        for problem in problems:
            print(problem.render(lang), file=sys.stderr)
        print(say("forms_failed", lang, count=len(problems)), file=sys.stderr)
        return EXIT_ERROR
    items = sum(len(f.ids()) for f in loaded)
    print(say("forms_ok", lang, count=len(loaded), items=items))
    return EXIT_OK


def _forms_show(form_id: str, as_json: bool, lang: str) -> int:
    from samenplan.formkit.outline import as_json as form_json
    from samenplan.formkit.outline import outline
    from samenplan.shipped import forms

    known = forms()
    form = known.get(form_id)
    if form is None:
        print(
            say("unknown_form", lang, form=form_id, known=", ".join(sorted(known))), file=sys.stderr
        )
        return EXIT_ERROR
    if as_json:
        import json

        print(json.dumps(form_json(form), ensure_ascii=False, indent=2))
    else:
        print("\n".join(outline(form, lang)))
    return EXIT_OK


EXIT_DAMAGED = 4
EXIT_DOES_NOT_FIT = 6


def phone_png(dossier: Dossier, kind: str, lang: str) -> bytes:
    """The phone picture of the crisis plan or WRAP as a PNG; refused when the dossier has
    no such plan or when a character would not show."""
    from samenplan.export.phone_picture import phone_picture
    from samenplan.export.pocket import NoPlan
    from samenplan.shipped import forms

    try:
        picture = phone_picture(dossier, forms(), lang, kind)
    except NoPlan:
        raise CliError(say("no_crisis_plan", lang), EXIT_ERROR) from None
    if picture.missing_glyphs:
        chars = " ".join(sorted(picture.missing_glyphs))
        raise CliError(say("phone_unprintable", lang, chars=chars), EXIT_DOES_NOT_FIT)
    return picture.png


def _card(args: argparse.Namespace, lang: str) -> int:
    """A pocket card (PDF) or, with --phone, its phone picture (PNG) from an export file."""
    from samenplan.domain.export_format import ExportFormatError, loads
    from samenplan.export.pocket import NoPlan, pocket_card
    from samenplan.paths import INPUT_LIMIT, read_at_most, write_private
    from samenplan.shipped import forms

    source, out, kind = args.file, args.out, args.kind
    try:
        raw = read_at_most(source, INPUT_LIMIT)  # loads refuses a larger one
    except OSError:
        print(say("file_missing", lang, path=source), file=sys.stderr)
        return EXIT_ERROR
    try:
        dossier, _ = loads(raw, forms())
        if args.phone:
            data = phone_png(dossier, kind, lang)
        else:
            data, report = pocket_card(dossier, forms(), args.paper, lang, kind, args.strips)
    except ExportFormatError as exc:
        print(say("import_invalid", lang, where=exc.describe(lang)), file=sys.stderr)
        return EXIT_DAMAGED
    except NoPlan:
        print(say("no_crisis_plan", lang), file=sys.stderr)
        return EXIT_ERROR
    except CliError as exc:
        print(exc, file=sys.stderr)
        return exc.code
    if not args.phone and not report.fits:
        print(say("card_does_not_fit", lang), file=sys.stderr)
        for line in report.lines(lang):
            print(f"  {line}", file=sys.stderr)
        return EXIT_DOES_NOT_FIT
    try:
        write_private(out, data)
    except OSError:
        print(say("out_failed", lang, path=out), file=sys.stderr)
        return EXIT_ERROR
    return EXIT_OK


def _vault_command(args: argparse.Namespace, lang: str) -> int:
    from samenplan import cli_vault, log, paths
    from samenplan.workspace.errors import VaultError
    from samenplan.workspace.profiles import Profiles

    data_dir = paths.data_dir(args.data_dir)
    if args.command != "restore":  # nothing is written in the data folder before it is verified
        log.setup(data_dir)
    profiles = Profiles.at(data_dir)
    try:
        if args.command == "profile" and args.profile_command == "create":
            cli_vault.profile_create(profiles, args.name, lang)
        elif args.command == "profile" and args.profile_command == "address":
            cli_vault.profile_address(profiles, args.profile, lang)
        elif args.command == "profile" and args.profile_command == "check":
            return cli_vault.profile_check(profiles, args.profile, lang)
        elif args.command == "profile" and args.profile_command in cli_vault.SECRETS:
            cli_vault.SECRETS[args.profile_command](profiles, args.profile, lang)
        elif args.command == "send":
            cli_vault.send(profiles, args, lang)
        elif args.command == "receive":
            cli_vault.receive(profiles, args, lang)
        elif args.command == "profile":
            cli_vault.profile_list(profiles)
        elif args.command == "dossier":
            cli_vault.dossier_list(profiles, args.profile, lang)
        elif args.command == "backup":
            cli_vault.backup(profiles, args, lang)
        elif args.command == "restore":
            cli_vault.restore(profiles, args, lang)
        elif args.command == "import":
            cli_vault.import_file(profiles, args.profile, args.file, lang)
        else:
            cli_vault.export(profiles, args, lang)
    except VaultError as exc:
        error = cli_vault.vault_error(exc, lang)
        print(error, file=sys.stderr)
        return error.code
    except CliError as exc:
        print(exc, file=sys.stderr)
        return exc.code
    return EXIT_OK


def run(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    lang = detect_lang(_peek_lang(args_list))
    try:
        args = build_parser(lang, _commands_needed(args_list)).parse_args(args_list)
        if args.command == "selftest":
            from samenplan.selftest import run_selftest

            return run_selftest(lang)
        if args.command == "forms":
            if args.forms_command == "check":
                return _forms_check(args.files, lang)
            return _forms_show(args.form, args.json, lang)
        if args.command == "card":
            return _card(args, lang)
        if args.command in (
            "profile", "dossier", "import", "export", "send", "receive", "backup", "restore",
        ):  # fmt: skip
            return _vault_command(args, lang)
        from samenplan.app import run_app

        return run_app(lang=lang, demo=args.demo, data_dir=args.data_dir)
    except UsageError as exc:
        print(say("usage", lang, detail=str(exc)), file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print(say("interrupted", lang), file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:  # the reader went away (`| head`): nobody is left to tell
        return EXIT_ERROR
    except Exception as exc:
        print(say("unexpected", lang, kind=type(exc).__name__), file=sys.stderr)
        return EXIT_ERROR


def _commands_needed(args: list[str]) -> tuple[str, ...] | None:
    """The commands the parser needs for these arguments: the one they name; none when
    only the app's own options are given; all (None) for a stray word or a request for
    help without a command, so that help and "choose from" list every command."""
    values_follow = {"--lang", "--data-dir"}
    for index, arg in enumerate(args):
        if not arg.startswith("-") and (index == 0 or args[index - 1] not in values_follow):
            return (arg,) if arg in _ADD else None
    return None if {"-h", "--help"} & set(args) else ()


def _peek_lang(args: list[str]) -> str | None:
    """`--lang` before parsing, so that help and usage errors speak the right language."""
    for index, arg in enumerate(args):
        if arg == "--lang" and index + 1 < len(args):
            return args[index + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None


def main() -> None:
    """Console entry point. The app exits normally (Qt and the settings close properly). A
    command runs for a moment and makes few reference cycles, so the cyclic garbage collector
    waits, and it ends the way mypy does: output flushed, then out without freeing every
    object one by one, which took longer than making a card. Nothing of ours waits for the
    interpreter's clean-up: files are written and closed before `run` returns."""
    args = sys.argv[1:]
    if _commands_needed(args) == ():
        raise SystemExit(run(args))
    gc.disable()
    code = run(args)
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):  # a closed pipe: nothing more to say
            stream.flush()
    os._exit(code)
