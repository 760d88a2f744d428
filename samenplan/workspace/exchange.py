"""Sending a triad card or a whole dossier to another computer, and taking one in.

The content is the export format (a dossier with just the one member and their card, or the
whole dossier), so it is validated like any import. A sender's signing key is remembered per
dossier and member the first time ("trust on first use", with a fingerprint to compare in
person); a card later signed by another key, meant for another dossier, or already taken in
is refused unless the person chooses to replace it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from samenplan.domain.dossier import TRIAD_FORM, Dossier, new_id
from samenplan.domain.export_format import ExportFormatError, dumps, loads
from samenplan.formkit.model import FormDef
from samenplan.vault import exchange
from samenplan.vault.errors import VaultError
from samenplan.vault.exchange import (
    BadAddress,
    ExchangeRefused,
    Keys,
    Opened,
    fingerprint,
    parse_address,
)
from samenplan.workspace.unlocked import Unlocked

__all__ = [
    "DOSSIER",
    "AlreadyImported",
    "BadAddress",
    "ExchangeRefused",
    "Keys",
    "Opened",
    "Received",
    "fingerprint",
    "keys",
    "open_with",
    "parse_address",
    "receive",
    "remember",
    "seal",
    "send_card",
    "send_dossier",
    "take_in_card",
    "take_in_dossier",
]

CARD = "triad-card"
DOSSIER = "dossier"


class WrongDossier(ExchangeRefused):
    nl = "Deze kaart hoort bij een ander dossier. Er is niets ingelezen."
    en = "This card belongs to another dossier. Nothing was imported."


class WrongSender(ExchangeRefused):
    nl = (
        "Deze kaart is ondertekend door iemand anders dan eerder voor deze deelnemer. "
        "Er is niets ingelezen; vraag de afzender of dit klopt."
    )
    en = (
        "This card was signed by someone else than before for this participant. Nothing was "
        "imported; ask the sender whether this is right."
    )


class AlreadyImported(VaultError):
    nl = "Deze kaart is al ingelezen. Kies 'vervangen' als je hem opnieuw wilt inlezen."
    en = "This card was already imported. Choose 'replace' to import it again."


def keys(unlocked: Unlocked) -> Keys:
    """The profile's exchange keys, made (and saved, encrypted) on first use."""
    with unlocked.using() as session:
        found = exchange.keys_from_section(session.section)
        if found is None:
            found = exchange.new_keys()
            session.section["exchange"] = exchange.keys_to_section(found)
            session.save_section()
        return found


Message = tuple[dict[str, str], bytes]  # (meta, payload) before sealing


def card_message(dossier: Dossier, person_id: str) -> Message:
    """One member and their card, as a dossier of its own (KeyError: no such member or card)."""
    member = next((m for m in dossier.members if m.person == person_id), None)
    card = dossier.document(TRIAD_FORM, person_id)
    person = dossier.person(person_id)
    if member is None or card is None or person is None:
        raise KeyError(person_id)
    one = Dossier(dossier.id, dossier.title, dossier.created, dossier.reviewed, dossier.review_by,
                  [person], [member], [card])  # fmt: skip
    meta = {"kind": CARD, "dossier": dossier.id, "member": person_id, "id": new_id(),
            "created": dt.datetime.now(dt.UTC).isoformat(timespec="seconds")}  # fmt: skip
    return meta, dumps(one).encode("utf-8")


def dossier_message(dossier: Dossier) -> Message:
    return {"kind": DOSSIER, "dossier": dossier.id, "id": new_id()}, dumps(dossier).encode("utf-8")


def seal(
    sender: Keys, message: Message, address: str | None = None, passphrase: str | None = None
) -> bytes:
    """The exchange file (slow with a passphrase: age's scrypt takes seconds; run it off the
    GUI thread)."""
    recipient = exchange.parse_address(address)[0] if address else None
    return exchange.seal(*message, sender, recipient=recipient, passphrase=passphrase)


def send_card(
    unlocked: Unlocked, dossier: Dossier, person_id: str, *, address: str | None = None,
    passphrase: str | None = None,
) -> bytes:  # fmt: skip
    return seal(keys(unlocked), card_message(dossier, person_id), address, passphrase)


def send_dossier(
    unlocked: Unlocked,
    dossier: Dossier,
    *,
    address: str | None = None,
    passphrase: str | None = None,
) -> bytes:
    return seal(keys(unlocked), dossier_message(dossier), address, passphrase)


def receive(unlocked: Unlocked, data: bytes, passphrase: str | None = None) -> Opened:
    return open_with(keys(unlocked), data, passphrase)


def open_with(own: Keys, data: bytes, passphrase: str | None = None) -> Opened:
    """Open an exchange file for this profile (slow with a passphrase, see `seal`)."""
    if passphrase is not None:
        return exchange.open_file(data, passphrase=passphrase)
    return exchange.open_file(data, keys=own)


@dataclass
class Received:
    dossier: Dossier
    member: str
    new_sender: bool  # first card from this key: show the fingerprint to compare
    fingerprint: str
    _pin: str
    _sender: str
    _file_id: str


def take_in_card(
    unlocked: Unlocked, dossier: Dossier, opened: Opened, forms: Mapping[str, FormDef], *,
    replace: bool = False,
) -> Received:  # fmt: skip
    """Put a received card into `dossier` (changes the dossier object only).

    The caller saves the dossier and then calls `remember`, so a failed save leaves nothing
    recorded and the same file can be taken in again.
    """
    meta = opened.meta
    if meta.get("kind") != CARD:
        raise ExchangeRefused("kind")
    if meta.get("dossier") != dossier.id:
        raise WrongDossier()
    person_id = str(meta.get("member", ""))
    with unlocked.using() as session:
        pinned: dict[str, str] = dict(session.section.get("pinned", {}))
        imported = list(session.section.get("imported", []))
    pin = f"{dossier.id}:{person_id}"
    if pin in pinned and pinned[pin] != opened.sender.hex():
        raise WrongSender()
    if meta.get("id") in imported and not replace:
        raise AlreadyImported()
    try:
        one, _ = loads(opened.payload, forms)
    except ExportFormatError:
        raise ExchangeRefused("content") from None
    if one.id != dossier.id or [m.person for m in one.members] != [person_id]:
        raise ExchangeRefused("content")
    card = one.document(TRIAD_FORM, person_id)
    if card is None:
        raise ExchangeRefused("content")
    existing = dossier.document(TRIAD_FORM, person_id)
    if existing is not None and not replace:
        raise AlreadyImported()
    if dossier.person(person_id) is None:
        dossier.people.extend(one.people)
    member = one.members[0]
    dossier.members = [m for m in dossier.members if m.person != person_id] + [member]
    dossier.documents = [d for d in dossier.documents if d is not existing] + [card]
    return Received(
        dossier, person_id, pin not in pinned, fingerprint(opened.sender),
        pin, opened.sender.hex(), str(meta.get("id")),
    )  # fmt: skip


def remember(unlocked: Unlocked, received: Received) -> None:
    """Record the sender's key for this member and that this file was taken in."""
    with unlocked.using() as session:
        session.section.setdefault("pinned", {})[received._pin] = received._sender
        imported: list[str] = session.section.setdefault("imported", [])
        if received._file_id not in imported:
            imported.append(received._file_id)
        session.save_section()


def take_in_dossier(unlocked: Unlocked, opened: Opened, forms: Mapping[str, FormDef]) -> Dossier:
    """A whole dossier handed over (e.g. from a consultant); stored as a new dossier."""
    if opened.meta.get("kind") != DOSSIER:
        raise ExchangeRefused("kind")
    try:
        dossier, exported_at = loads(opened.payload, forms)
    except ExportFormatError:
        raise ExchangeRefused("content") from None
    if unlocked.exists(dossier.id):
        raise AlreadyImported()
    unlocked.add(dossier, exported_at)
    return dossier
