"""A whole dossier out of and into the profile, from the dossier table: export as JSON (not
encrypted, after a warning; owner-only), hand-over as an encrypted exchange file (to a
shared passphrase or a samenplan address, `workspace.exchange`), and import of either.

Each step says in one sentence what happened. The dossier exported is the one on screen,
with what was typed and not stored yet.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QWidget

from samenplan.domain.export_format import ExportFormatError, dumps, loads
from samenplan.paths import INPUT_LIMIT, read_at_most, write_private
from samenplan.services.session import SessionService
from samenplan.ui import dialogs, exchange
from samenplan.ui.exchange import PATTERN, SendDialog
from samenplan.ui.strings import t
from samenplan.ui.widgets import in_background
from samenplan.workspace import exchange as sharing
from samenplan.workspace.errors import VaultError, describe

IMPORT_PATTERN = "samenplan (*.json *.age)"


def _say(parent: QWidget, title: str, lang: str) -> Callable[[Exception], None]:
    def say(exc: Exception) -> None:
        dialogs.inform(parent, title, describe(exc, lang, t("exchange_failed", lang)))

    return say


def export_json(parent: QWidget, service: SessionService, dossier_id: str, lang: str) -> None:
    title = t("dossier_export", lang).rstrip("…")
    try:
        dossier = service.document(dossier_id).dossier
    except (VaultError, ExportFormatError) as exc:
        dialogs.inform(parent, title, describe(exc, lang))
        return
    if not dialogs.confirm(parent, lang, title, t("export_warning", lang), t("export_yes", lang)):
        return
    name = dialogs.file_name("dossier", dossier.title, "json")
    chosen = dialogs.save_path(parent, title, name, "JSON (*.json)")
    if not chosen or service.session is None:  # cancelled, or locked meanwhile
        return
    try:
        write_private(Path(chosen), dumps(dossier).encode("utf-8"))
    except OSError:
        dialogs.inform(parent, title, t("file_write_failed", lang))
        return
    dialogs.inform(parent, title, t("exported", lang, name=dossier.title, path=chosen))


def hand_over(parent: QWidget, service: SessionService, dossier_id: str, lang: str) -> None:
    """The whole dossier as an exchange file, sealed to a shared passphrase or an address."""
    title = t("dossier_handover", lang).rstrip("…")
    try:
        dossier = service.document(dossier_id).dossier
    except (VaultError, ExportFormatError) as exc:
        dialogs.inform(parent, title, describe(exc, lang))
        return
    route = SendDialog.ask(parent, dossier.title, lang)
    if route is None:
        return
    # no name in the name: the file is sealed, and on a USB stick or in a mail its name
    # would still say whose plan it is
    chosen = dialogs.save_path(parent, title, dialogs.file_name("dossier", "", "age"), PATTERN)
    session = service.session
    if not chosen or session is None:
        return
    message = sharing.dossier_message(dossier)  # taken here, on the GUI thread

    def done(data: bytes) -> None:
        try:
            write_private(Path(chosen), data)
        except OSError:
            dialogs.inform(parent, title, t("file_write_failed", lang))
            return
        dialogs.inform(parent, title, t("handover_done", lang, name=dossier.title, path=chosen))

    in_background(
        lambda: sharing.seal(sharing.keys(session), message, *route),
        done,
        _say(parent, title, lang),
    )


def import_file(
    parent: QWidget, service: SessionService, lang: str, done: Callable[[str], None]
) -> None:
    """A JSON export or a handed-over exchange file becomes a dossier of this profile;
    `done(its id)` after it is stored."""
    from samenplan.shipped import forms

    title = t("dossier_import", lang).rstrip("…")
    chosen = dialogs.open_path(parent, title, IMPORT_PATTERN)
    session = service.session
    if not chosen or session is None:
        return
    try:
        data = read_at_most(Path(chosen), INPUT_LIMIT)  # a larger one is refused
    except OSError:
        dialogs.inform(parent, title, t("import_unreadable", lang))
        return
    failed = _say(parent, title, lang)

    def stored(dossier_id: str, name: str) -> None:
        dialogs.inform(parent, title, t("imported", lang, title=name))
        done(dossier_id)

    if not data.startswith(b"age-encryption.org/") and not data.startswith(b"-----BEGIN AGE"):
        try:
            dossier, exported_at = loads(data, forms())
        except ExportFormatError as exc:
            dialogs.inform(parent, title, t("import_bad", lang, where=exc.describe(lang)))
            return
        in_background(
            lambda: session.add(dossier, exported_at),
            lambda _g: stored(dossier.id, dossier.title),
            failed,
        )
        return

    def opened(found: sharing.Opened) -> None:
        if found.meta.get("kind") != sharing.DOSSIER:
            dialogs.inform(parent, title, t("import_card_here", lang))
            return
        exchange.take_in_dossier(
            parent, session, found, title, lang, lambda dossier: stored(dossier.id, dossier.title)
        )

    exchange.open_file(parent, session, data, title, lang, opened)
