"""The `samenplan` command: starts the app, or runs one of the commands of SPEC §4.

Every error is one line on standard error in the chosen language, with the exit codes of
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

from samenplan import __version__, words
from samenplan.messages import detect_lang, say

if TYPE_CHECKING:
    from samenplan.domain.dossier import Dossier

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2


class UsageError(Exception):
    """The command line's words are off (exit 2)."""


class CliError(Exception):
    """A failure already worded for people: the message and the exit code."""

    def __init__(self, message: str, code: int) -> None:
        super().__init__(message)
        self.code = code


# argparse's usage errors as it words them (in English), each with the code of its sentence
# in the catalogue (`cli_help.argparse.error_<code>`); the parts it fills in are kept
ARGPARSE_ERRORS = (
    ("unrecognized", r"unrecognized arguments: (.*)"),
    ("required", r"the following arguments are required: (.*)"),
    ("one_required", r"one of the arguments (.*) is required"),
    ("invalid_choice", r"argument (.*?): invalid choice: (.*) \(choose from (.*)\)"),
    ("expected_one", r"argument (.*?): expected one argument"),
    ("expected_some", r"argument (.*?): expected at least one argument"),
    ("invalid_value", r"argument (.*?): invalid .* value: (.*)"),
    ("not_allowed_with", r"argument (.*?): not allowed with argument (.*)"),
    ("ignored_value", r"argument (.*?): ignored explicit argument (.*)"),
    ("ambiguous", r"ambiguous option: (.*) could match (.*)"),
)  # fmt: skip


def _argparse_error(message: str, lang: str) -> str:
    """argparse's usage error in `lang`; one it words in a way not listed here stays as it is."""
    for code, pattern in ARGPARSE_ERRORS:
        found = re.fullmatch(pattern, message, re.DOTALL)
        if found:
            return str(words.text(f"cli_help.argparse.error_{code}", lang)).format(*found.groups())
    return message


class _Languages(tuple[str, ...]):
    """The `--lang` choices: the languages with a catalogue, and (unlisted) the pseudo-language."""

    def __contains__(self, lang: object) -> bool:
        return lang == words.PSEUDO or super().__contains__(lang)


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
    """One of argparse's own words (its headings, its -h line, its errors) in `lang`."""
    return words.say(f"cli_help.argparse.{key}", lang)


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
        raise UsageError(_argparse_error(message, self.lang))


def build_parser(lang: str, commands: Sequence[str] | None = None) -> _Parser:
    """The command line with the named commands only (None: all of them). Building them all
    costs a few ms of a scripted command's start, or of the app's, which needs none."""

    def h(code: str) -> str:
        return words.say(f"cli_help.{code}", lang)

    parser = _Parser(
        prog="samenplan",
        lang=lang,
        description=h("description"),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"samenplan {__version__}",
        help=_word("version", lang),
    )
    parser.add_argument("--lang", choices=_Languages(words.languages()), help=h("lang"))
    parser.add_argument(
        "--data-dir",
        metavar=h("meta_dir"),
        help=h("data_dir"),
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help=h("demo"),
    )
    if commands is None:
        commands = tuple(_ADD)
    if not commands:
        parser.set_defaults(command=None)
        return parser
    subparsers = parser.add_subparsers(dest="command", metavar=h("meta_command"))
    for name in commands:
        _ADD[name](subparsers, h)
    return parser


def _add_selftest(commands: Any, h: Callable[[str], str]) -> None:
    commands.add_parser(
        "selftest",
        help=h("selftest"),
    )


def _add_profile(commands: Any, h: Callable[[str], str]) -> None:
    profile = commands.add_parser("profile", help=h("profile"))
    profile_commands = profile.add_subparsers(
        dest="profile_command", metavar=h("meta_action"), required=True
    )
    create = profile_commands.add_parser(
        "create",
        help=h("profile_create"),
    )
    create.add_argument("name", metavar=h("meta_name"))
    profile_commands.add_parser("list", help=h("profile_list"))
    address = profile_commands.add_parser("address", help=h("profile_address"))
    address.add_argument("--profile", required=True, metavar=h("meta_name"))
    for action in ("passphrase", "recovery-code", "forget-computer", "check"):
        secret = profile_commands.add_parser(action, help=h(f"profile_{action.replace('-', '_')}"))
        secret.add_argument("--profile", required=True, metavar=h("meta_name"))


def _add_send(commands: Any, h: Callable[[str], str]) -> None:
    send = commands.add_parser("send", help=h("send"))
    send.add_argument("--profile", required=True, metavar=h("meta_name"))
    send.add_argument("--dossier", required=True, metavar="ID")
    what = send.add_mutually_exclusive_group(required=True)
    what.add_argument("--member", metavar=h("meta_person"))
    what.add_argument("--whole", action="store_true")
    to = send.add_mutually_exclusive_group(required=True)
    to.add_argument("--to", metavar=h("meta_address"))
    to.add_argument("--passphrase", action="store_true")
    send.add_argument("--out", required=True, type=Path, metavar=h("meta_file"))


def _add_receive(commands: Any, h: Callable[[str], str]) -> None:
    receive = commands.add_parser("receive", help=h("receive"))
    receive.add_argument("--profile", required=True, metavar=h("meta_name"))
    receive.add_argument("--dossier", metavar="ID")
    receive.add_argument("--passphrase", action="store_true")
    receive.add_argument("--replace", action="store_true")
    receive.add_argument(
        "--trust-new-sender",
        action="store_true",
        help=h("receive_trust_new_sender"),
    )
    receive.add_argument("file", type=Path, metavar=h("meta_file"))


def _add_dossier(commands: Any, h: Callable[[str], str]) -> None:
    dossier = commands.add_parser("dossier", help=h("dossier"))
    dossier_commands = dossier.add_subparsers(
        dest="dossier_command", metavar=h("meta_action"), required=True
    )
    dossier_list = dossier_commands.add_parser("list", help=h("dossier_list"))
    dossier_list.add_argument("--profile", required=True, metavar=h("meta_name"))


def _add_import(commands: Any, h: Callable[[str], str]) -> None:
    import_ = commands.add_parser("import", help=h("import"))
    import_.add_argument("--profile", required=True, metavar=h("meta_name"))
    import_.add_argument("file", type=Path, metavar=h("meta_file"))


def _add_export(commands: Any, h: Callable[[str], str]) -> None:
    export = commands.add_parser("export", help=h("export"))
    export.add_argument("--profile", required=True, metavar=h("meta_name"))
    export.add_argument("--dossier", required=True, metavar="ID")
    export.add_argument(
        "--to",
        required=True,
        choices=(
            "json", "card", "wrap-card", "phone", "wrap-phone", "plan", "wrap", "triad",
            "agreements",
        ),
        help=h("export_to"),
    )  # fmt: skip
    export.add_argument("--out", required=True, type=Path, metavar=h("meta_file"))
    export.add_argument("--paper", choices=("a4", "letter"), default="a4")
    export.add_argument("--strips", action="store_true", help=h("strips"))
    export.add_argument(
        "--accept",
        action="store_true",
        help=h("export_accept"),
    )


def _add_card(commands: Any, h: Callable[[str], str]) -> None:
    card = commands.add_parser("card", help=h("card"))
    card.add_argument("file", type=Path, metavar=h("meta_file"))
    card.add_argument("--out", required=True, type=Path, metavar=h("meta_file_pdf_png"))
    card.add_argument("--paper", choices=("a4", "letter"), default="a4")
    card.add_argument("--kind", choices=("crisis", "wrap"), default="crisis")
    card.add_argument("--strips", action="store_true", help=h("strips"))
    card.add_argument("--phone", action="store_true", help=h("phone"))


def _add_forms(commands: Any, h: Callable[[str], str]) -> None:
    forms = commands.add_parser("forms", help=h("forms"))
    forms_commands = forms.add_subparsers(
        dest="forms_command", metavar=h("meta_action"), required=True
    )
    check = forms_commands.add_parser("check", help=h("forms_check"))
    check.add_argument(
        "files",
        nargs="*",
        type=Path,
        metavar=h("meta_file"),
        help=h("forms_files"),
    )
    show = forms_commands.add_parser("show", help=h("forms_show"))
    show.add_argument("form", metavar=h("meta_form"))
    show.add_argument("--json", action="store_true", help=h("forms_json"))


def _add_backup(commands: Any, h: Callable[[str], str]) -> None:
    backup = commands.add_parser(
        "backup",
        help=h("backup"),
    )
    backup.add_argument("--profile", required=True, metavar=h("meta_name"))
    backup.add_argument("--out", required=True, type=Path, metavar=h("meta_file"))
    backup.add_argument("--force", action="store_true", help=h("backup_force"))


def _add_restore(commands: Any, h: Callable[[str], str]) -> None:
    restore = commands.add_parser("restore", help=h("restore"))
    restore.add_argument("file", type=Path, metavar=h("meta_file"))
    restore.add_argument(
        "--as",
        dest="as_name",
        metavar=h("meta_name"),
        help=h("restore_as"),
    )
    restore.add_argument(
        "--recovery-code",
        action="store_true",
        help=h("restore_recovery_code"),
    )


_ADD: dict[str, Callable[[Any, Callable[[str], str]], None]] = {
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
                print(say("cli.file_missing", lang, path=path), file=sys.stderr)
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
        print(say("cli.forms_failed", lang, count=len(problems)), file=sys.stderr)
        return EXIT_ERROR
    items = sum(len(f.ids()) for f in loaded)
    print(say("cli.forms_ok", lang, count=len(loaded), items=items))
    return EXIT_OK


def _forms_show(form_id: str, as_json: bool, lang: str) -> int:
    from samenplan.formkit.outline import as_json as form_json
    from samenplan.formkit.outline import outline
    from samenplan.shipped import forms

    known = forms()
    form = known.get(form_id)
    if form is None:
        print(
            say("cli.unknown_form", lang, form=form_id, known=", ".join(sorted(known))),
            file=sys.stderr,
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
        raise CliError(say("cli.no_crisis_plan", lang), EXIT_ERROR) from None
    if picture.missing_glyphs:
        chars = " ".join(sorted(picture.missing_glyphs))
        raise CliError(say("cli.phone_unprintable", lang, chars=chars), EXIT_DOES_NOT_FIT)
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
        print(say("cli.file_missing", lang, path=source), file=sys.stderr)
        return EXIT_ERROR
    try:
        dossier, _ = loads(raw, forms())
        if args.phone:
            data = phone_png(dossier, kind, lang)
        else:
            data, report = pocket_card(dossier, forms(), args.paper, lang, kind, args.strips)
    except ExportFormatError as exc:
        print(say("cli.import_invalid", lang, where=exc.describe(lang)), file=sys.stderr)
        return EXIT_DAMAGED
    except NoPlan:
        print(say("cli.no_crisis_plan", lang), file=sys.stderr)
        return EXIT_ERROR
    except CliError as exc:
        print(exc, file=sys.stderr)
        return exc.code
    if not args.phone and not report.fits:
        print(say("cli.card_does_not_fit", lang), file=sys.stderr)
        for line in report.lines(lang):
            print(f"  {line}", file=sys.stderr)
        return EXIT_DOES_NOT_FIT
    try:
        write_private(out, data)
    except OSError:
        print(say("cli.out_failed", lang, path=out), file=sys.stderr)
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
        print(say("cli.usage", lang, detail=str(exc)), file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print(say("cli.interrupted", lang), file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:  # the reader went away (`| head`): nobody is left to tell
        return EXIT_ERROR
    except Exception as exc:
        print(say("cli.unexpected", lang, kind=type(exc).__name__), file=sys.stderr)
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
