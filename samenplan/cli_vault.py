"""Command-line commands that use the encrypted vault: profiles, dossiers, import, export.

A passphrase comes from the terminal without echo (twice when a profile is created), or,
when standard input is not a terminal, as its first line. The profile's lock is taken
before the passphrase is asked, so "in use" (exit 5) comes first. Nothing is written
after a failure.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable
from pathlib import Path

from samenplan.cli import CliError, phone_png
from samenplan.domain.dossier import Dossier
from samenplan.messages import plain, say
from samenplan.paths import INPUT_LIMIT, read_at_most, write_private
from samenplan.workspace.errors import VaultError
from samenplan.workspace.profiles import Profiles
from samenplan.workspace.unlocked import Unlocked

EXIT_ERROR = 1
EXIT_DAMAGED = 4


def read_passphrase(lang: str, confirm: bool = False, key: str = "cli.passphrase") -> str:
    if sys.stdin is not None and sys.stdin.isatty():
        first = getpass.getpass(say(key, lang))
        if confirm and getpass.getpass(say("cli.passphrase_again", lang)) != first:
            raise CliError(say("cli.passphrase_mismatch", lang), EXIT_ERROR)
    else:
        line = sys.stdin.readline() if sys.stdin is not None else ""
        first = line[:-1] if line.endswith("\n") else line
        first = first.removesuffix("\r")
    if not first:
        raise CliError(say("cli.passphrase_empty", lang), EXIT_ERROR)
    return first


def vault_error(exc: VaultError, lang: str) -> CliError:
    return CliError(say("cli.vault_error", lang, message=exc.message(lang)), exc.exit_code)


def unlock(
    profiles: Profiles, name: str, lang: str, ask: Callable[[], str] | None = None
) -> Unlocked:
    """The profile unlocked; its lock is taken before the passphrase is asked (`ask`).
    When another computer has it open, that is said on stderr (the command goes on)."""
    reserved = profiles.reserve(name)
    try:
        unlocked = reserved.unlock(ask() if ask is not None else read_passphrase(lang))
    except BaseException:
        reserved.close()
        raise
    notice = unlocked.elsewhere_notice(lang)
    if notice:
        print(f"samenplan: {notice}", file=sys.stderr)
    return unlocked


def profile_create(profiles: Profiles, name: str, lang: str) -> None:
    """A new profile; its passphrase must do what the app's welcome page asks (long enough,
    not too easy to guess)."""
    from samenplan.workspace import passphrases

    profiles.clean_name(name)  # a name that cannot be one is said before any passphrase
    passphrase = read_passphrase(lang, confirm=True)
    problem = passphrases.problem(passphrase, [name])
    if problem is not None:
        raise CliError(say(f"cli.{problem}", lang), EXIT_ERROR)
    profile, code = profiles.create(name, passphrase)
    print(f"{profile.id}\t{plain(profile.name)}")
    print(say("cli.recovery_code", lang), file=sys.stderr)
    print(code)


def profile_passphrase(profiles: Profiles, name: str, lang: str) -> None:
    """The current passphrase, then the new one twice; the old one then opens nothing."""
    from samenplan.workspace import passphrases

    given: list[str] = []

    def ask() -> str:
        given.append(read_passphrase(lang, key="cli.passphrase_current"))
        return given[0]

    with unlock(profiles, name, lang, ask) as unlocked:
        current = given[0]
        new = read_passphrase(lang, key="cli.passphrase_new")
        if read_passphrase(lang, key="cli.passphrase_again") != new:
            raise CliError(say("cli.passphrase_mismatch_change", lang), EXIT_ERROR)
        problem = passphrases.problem(new, [unlocked.info.name])
        if problem is not None:
            raise CliError(say(f"cli.{problem}", lang), EXIT_ERROR)
        unlocked.change_passphrase(current, new)
    print(say("cli.passphrase_changed", lang), file=sys.stderr)


def profile_recovery_code(profiles: Profiles, name: str, lang: str) -> None:
    """Prints the new code once; the old one opens nothing any more."""
    with unlock(profiles, name, lang) as unlocked:
        code = unlocked.new_recovery_code()
    print(say("cli.recovery_code", lang), file=sys.stderr)
    print(code)


def profile_forget_computer(profiles: Profiles, name: str, lang: str) -> None:
    with unlock(profiles, name, lang) as unlocked:
        unlocked.forget_computer()
    print(say("cli.computer_forgotten", lang), file=sys.stderr)


def profile_check(profiles: Profiles, name: str, lang: str) -> int:
    """One line per problem in the profile's folder (file names and dossier ids, never a
    title: this output is what people paste into a help request); exit 1 when there is one."""
    from samenplan.workspace import health

    with unlock(profiles, name, lang) as unlocked:
        problems = health.check(unlocked)
    for problem in problems:
        print(plain(health.line(problem, lang)))
    if problems:
        print(say("cli.check_problems", lang, count=len(problems)), file=sys.stderr)
        return EXIT_ERROR
    print(say("cli.check_ok", lang), file=sys.stderr)
    return 0


SECRETS = {
    "passphrase": profile_passphrase,
    "recovery-code": profile_recovery_code,
    "forget-computer": profile_forget_computer,
}


def profile_list(profiles: Profiles) -> None:
    for profile in profiles.all():
        print(f"{plain(profile.id)}\t{plain(profile.name)}")


def dossier_list(profiles: Profiles, name: str, lang: str) -> None:
    with unlock(profiles, name, lang) as unlocked:
        for dossier in unlocked.dossiers():
            print(f"{plain(dossier.id)}\t{plain(dossier.title)}")  # one line whatever it holds


def import_file(profiles: Profiles, name: str, path: Path, lang: str) -> None:
    from samenplan.domain.export_format import ExportFormatError, loads
    from samenplan.shipped import forms
    from samenplan.workspace.unlocked import AlreadyThere

    try:
        raw = read_at_most(path, INPUT_LIMIT)  # loads refuses a larger one
    except OSError:
        raise CliError(say("cli.file_missing", lang, path=path), EXIT_ERROR) from None
    try:
        dossier, exported_at = loads(raw, forms())
    except ExportFormatError as exc:
        raise CliError(
            say("cli.import_invalid", lang, where=exc.describe(lang)), EXIT_DAMAGED
        ) from None
    with unlock(profiles, name, lang) as unlocked:
        try:
            unlocked.add(dossier, exported_at)
        except AlreadyThere:
            raise CliError(say("cli.import_exists", lang), EXIT_ERROR) from None
    print(dossier.id)


EXIT_DOES_NOT_FIT = 6


def export(profiles: Profiles, args: argparse.Namespace, lang: str) -> None:
    """Write a dossier as JSON, a pocket card, its phone picture, a full plan or a triad PDF,
    where chosen."""
    from samenplan.domain.export_format import dumps
    from samenplan.shipped import forms

    to, out, paper = args.to, args.out, args.paper
    with unlock(profiles, args.profile, lang) as unlocked:
        dossier = _open_dossier(unlocked, args.dossier, lang, accept=args.accept)
    if to == "json":
        data = dumps(dossier).encode("utf-8")
    elif to in ("phone", "wrap-phone"):
        data = phone_png(dossier, "crisis" if to == "phone" else "wrap", lang)
    elif to in ("card", "wrap-card"):
        from samenplan.export.pocket import NoPlan, pocket_card

        try:
            kind = "crisis" if to == "card" else "wrap"
            data, report = pocket_card(dossier, forms(), paper, lang, kind, args.strips)
        except NoPlan:
            raise CliError(say("cli.no_crisis_plan", lang), EXIT_ERROR) from None
        if not report.fits:
            lines = "\n".join(f"  {line}" for line in report.lines(lang))
            raise CliError(f"{say('cli.card_does_not_fit', lang)}\n{lines}", EXIT_DOES_NOT_FIT)
    elif to in ("triad", "agreements"):
        import datetime as dt

        from samenplan.export.triad_pdf import agreements_summary_pdf, triad_pdf

        make = triad_pdf if to == "triad" else agreements_summary_pdf
        data = make(forms()["triadekaart"], dossier, dt.date.today(), paper, lang)
    else:
        from samenplan.export.plan_pdf import plan_pdf

        form_id = "crisiskaart" if to == "plan" else "wrap"
        document = dossier.document(form_id)
        if document is None:
            raise CliError(say("cli.no_crisis_plan", lang), EXIT_ERROR)
        data = plan_pdf(forms()[form_id], document, dossier, paper, lang)
    try:
        write_private(out, data)
    except OSError:
        raise CliError(say("cli.out_failed", lang, path=out), EXIT_ERROR) from None


def profile_address(profiles: Profiles, name: str, lang: str) -> None:
    from samenplan.workspace import exchange

    with unlock(profiles, name, lang) as unlocked:
        keys = exchange.keys(unlocked)
        print(keys.address())
        print(
            say("cli.fingerprint", lang, fingerprint=exchange.fingerprint(keys.verify_key)),
            file=sys.stderr,
        )


def _open_dossier(unlocked: Unlocked, dossier_id: str, lang: str, accept: bool = False) -> Dossier:
    """The dossier; a recovered or rolled-back copy is said on stderr (and, with `accept`,
    made the current version)."""
    from samenplan.workspace.errors import ExportFormatError

    try:
        opened = unlocked.read(dossier_id)
    except ExportFormatError as exc:
        raise CliError(
            say("cli.stored_invalid", lang, where=exc.describe(lang)), EXIT_ERROR
        ) from None
    notice = opened.notice(lang)
    if notice:
        print(f"samenplan: {notice}", file=sys.stderr)
        if accept:
            unlocked.accept(opened.dossier)
            print(say("cli.version_accepted", lang), file=sys.stderr)
        else:
            print(say("cli.version_accept_how", lang), file=sys.stderr)
    return opened.dossier


def send(profiles: Profiles, args: argparse.Namespace, lang: str) -> None:
    from samenplan.workspace import exchange

    with unlock(profiles, args.profile, lang) as unlocked:
        secret = read_passphrase(lang, key="exchange_passphrase") if args.passphrase else None
        dossier = _open_dossier(unlocked, args.dossier, lang)
        if args.whole:
            data = exchange.send_dossier(unlocked, dossier, address=args.to, passphrase=secret)
        else:
            try:
                data = exchange.send_card(
                    unlocked, dossier, args.member, address=args.to, passphrase=secret
                )
            except KeyError:
                raise CliError(say("cli.no_member_card", lang), EXIT_ERROR) from None
    try:
        write_private(args.out, data)
    except OSError:
        raise CliError(say("cli.out_failed", lang, path=args.out), EXIT_ERROR) from None


def receive(profiles: Profiles, args: argparse.Namespace, lang: str) -> None:
    from samenplan.shipped import forms
    from samenplan.workspace import exchange

    try:
        data = read_at_most(args.file, INPUT_LIMIT)
    except OSError:
        raise CliError(say("cli.file_missing", lang, path=args.file), EXIT_ERROR) from None
    with unlock(profiles, args.profile, lang) as unlocked:
        secret = read_passphrase(lang, key="exchange_passphrase") if args.passphrase else None
        opened = exchange.receive(unlocked, data, secret)
        if opened.meta.get("kind") == exchange.DOSSIER:
            trust = args.trust_new_sender
            try:
                dossier = exchange.take_in_dossier(
                    unlocked, opened, forms(), trust_new_sender=trust
                )
            except exchange.UnknownSender as exc:
                raise CliError(
                    say("cli.untrusted_sender", lang, fingerprint=exc.fingerprint), EXIT_ERROR
                ) from None
            print(dossier.id)
            if trust:
                print(
                    say(
                        "cli.trusted_sender", lang, fingerprint=exchange.fingerprint(opened.sender)
                    ),
                    file=sys.stderr,
                )
            return
        if not args.dossier:
            raise CliError(say("cli.receive_needs_dossier", lang), 2)
        dossier = _open_dossier(unlocked, args.dossier, lang)
        received = exchange.take_in_card(unlocked, dossier, opened, forms(), replace=args.replace)
        unlocked.save(dossier)
        exchange.remember(unlocked, received)
        print(received.member)
        if received.new_sender:
            print(say("cli.new_sender", lang, fingerprint=received.fingerprint), file=sys.stderr)


def backup(profiles: Profiles, args: argparse.Namespace, lang: str) -> None:
    """The whole profile in one sealed file (`--out`), written owner-only; an existing file
    is replaced only with `--force` (said before the passphrase is asked)."""
    from samenplan.workspace import backup as reservekopie

    if not args.force and (args.out.exists() or args.out.is_symlink()):
        raise CliError(say("cli.backup_exists", lang, path=args.out), EXIT_ERROR)
    with unlock(profiles, args.profile, lang) as unlocked:
        data = reservekopie.make(unlocked)
        try:
            write_private(args.out, data)
        except OSError:
            raise CliError(say("cli.out_failed", lang, path=args.out), EXIT_ERROR) from None
        reservekopie.made(unlocked)
    print(say("cli.backup_written", lang, path=args.out), file=sys.stderr)


def restore(profiles: Profiles, args: argparse.Namespace, lang: str) -> None:
    """A backup put back (under `--as` NAME, else its own name): checked whole before the
    passphrase (or, with --recovery-code, the recovery code) is asked, verified before
    anything is written; a profile of that name is never replaced."""
    from samenplan.workspace import backup as reservekopie

    if not args.file.is_file():
        raise CliError(say("cli.file_missing", lang, path=args.file), EXIT_ERROR)
    sealed = reservekopie.read(args.file)
    if args.as_name is not None and reservekopie.name_taken(profiles, args.as_name):
        raise CliError(say("cli.restore_name_taken", lang, name=args.as_name), EXIT_ERROR)
    key = "recovery_code_prompt" if args.recovery_code else "passphrase"
    secret = read_passphrase(lang, key=key)
    contents = reservekopie.unseal(sealed, secret, recovery=args.recovery_code)
    try:
        info = reservekopie.restore(profiles, contents, args.as_name)
    except reservekopie.ProfileExists:
        name = args.as_name if args.as_name is not None else contents.name
        raise CliError(say("cli.restore_name_taken", lang, name=name), EXIT_ERROR) from None
    print(f"{plain(info.id)}\t{plain(info.name)}")
    print(say("cli.restored", lang, name=info.name), file=sys.stderr)
