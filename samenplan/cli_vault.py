"""Command-line commands that use the encrypted vault: profiles, dossiers, import, export.

A passphrase comes from the terminal without echo (twice when a profile is created), or,
when standard input is not a terminal, as its first line. The profile's lock is taken
before the passphrase is asked, so "in use" (exit 5) comes first. Nothing is written
after a failure.
"""

from __future__ import annotations

import getpass
import sys
from pathlib import Path

from samenplan.messages import say
from samenplan.vault.errors import VaultError
from samenplan.vault.profiles import ProfileStore, Session

EXIT_ERROR = 1
EXIT_DAMAGED = 4


class CliError(Exception):
    """A failure already worded for people: the message and the exit code."""

    def __init__(self, message: str, code: int) -> None:
        super().__init__(message)
        self.code = code


def read_passphrase(lang: str, confirm: bool = False) -> str:
    if sys.stdin is not None and sys.stdin.isatty():
        first = getpass.getpass(say("passphrase", lang))
        if confirm and getpass.getpass(say("passphrase_again", lang)) != first:
            raise CliError(say("passphrase_mismatch", lang), EXIT_ERROR)
    else:
        line = sys.stdin.readline() if sys.stdin is not None else ""
        first = line[:-1] if line.endswith("\n") else line
        first = first.removesuffix("\r")
    if not first:
        raise CliError(say("passphrase_empty", lang), EXIT_ERROR)
    return first


def vault_error(exc: VaultError, lang: str) -> CliError:
    return CliError(say("vault_error", lang, message=exc.message(lang)), exc.exit_code)


def unlock(store: ProfileStore, name: str, lang: str) -> Session:
    profile = store.open(name)
    try:
        return profile.unlock(read_passphrase(lang))
    except BaseException:
        profile.close()
        raise


def profile_create(store: ProfileStore, name: str, lang: str) -> None:
    passphrase = read_passphrase(lang, confirm=True)
    profile, code = store.create(name, passphrase)
    print(f"{profile.id}\t{profile.name}")
    print(say("recovery_code", lang), file=sys.stderr)
    print(code)


def profile_list(store: ProfileStore) -> None:
    for profile in store.all():
        print(f"{profile.id}\t{profile.name}")


def dossier_list(store: ProfileStore, name: str, lang: str) -> None:
    with unlock(store, name, lang) as session:
        for dossier in session.dossiers.all():
            print(f"{dossier.id}\t{dossier.title}")


def import_file(store: ProfileStore, name: str, path: Path, lang: str) -> None:
    from samenplan.domain.export_format import ExportFormatError, dumps, loads
    from samenplan.shipped import forms

    try:
        raw = path.read_bytes()
    except OSError:
        raise CliError(say("file_missing", lang, path=path), EXIT_ERROR) from None
    try:
        dossier, exported_at = loads(raw, forms())
    except ExportFormatError as exc:
        raise CliError(
            say("import_invalid", lang, where=exc.describe(lang)), EXIT_DAMAGED
        ) from None
    with unlock(store, name, lang) as session:
        if session.dossiers.exists(dossier.id):
            raise CliError(say("import_exists", lang), EXIT_ERROR)
        data = dumps(dossier, exported_at).encode("utf-8")
        session.dossiers.create(dossier.id, dossier.title, data)
    print(dossier.id)


EXIT_DOES_NOT_FIT = 6


def export(
    store: ProfileStore, name: str, dossier_id: str, to: str, out: Path, paper: str, lang: str
) -> None:
    """Write a dossier as JSON, a pocket card or a full plan, to the place the person chose."""
    from samenplan.domain.export_format import ExportFormatError, dumps, loads
    from samenplan.shipped import forms

    with unlock(store, name, lang) as session:
        opened = session.dossiers.open(dossier_id)
    try:
        dossier, _ = loads(opened.data, forms())
    except ExportFormatError as exc:
        raise CliError(say("stored_invalid", lang, where=exc.describe(lang)), EXIT_ERROR) from None
    if to == "json":
        data = dumps(dossier).encode("utf-8")
    elif to in ("card", "wrap-card"):
        from samenplan.export.pocket import NoPlan, pocket_card

        try:
            data, report = pocket_card(
                dossier, forms(), paper, lang, "crisis" if to == "card" else "wrap"
            )
        except NoPlan:
            raise CliError(say("no_crisis_plan", lang), EXIT_ERROR) from None
        if not report.fits:
            lines = "\n".join(f"  {line}" for line in report.lines(lang))
            raise CliError(f"{say('card_does_not_fit', lang)}\n{lines}", EXIT_DOES_NOT_FIT)
    else:
        from samenplan.export.plan_pdf import plan_pdf

        form_id = "crisiskaart" if to == "plan" else "wrap"
        document = dossier.document(form_id)
        if document is None:
            raise CliError(say("no_crisis_plan", lang), EXIT_ERROR)
        data = plan_pdf(forms()[form_id], document, dossier, paper, lang)
    try:
        out.write_bytes(data)
    except OSError:
        raise CliError(say("out_failed", lang, path=out), EXIT_ERROR) from None
