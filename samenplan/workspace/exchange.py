"""Sending a triad card or a whole dossier to another computer, and taking one in.

The content is the export format (a dossier with just the one member and their card, or the
whole dossier), so it is validated like any import, and what it makes is checked again: the
dossier with the card taken in is read back by the strict reader before anyone stores it,
so nothing taken in can leave a dossier that does not open. A sender's signing key is
remembered per dossier and member the first time ("trust on first use", with a fingerprint
to compare in person); a card later signed by another key, meant for another dossier, or
already taken in is refused unless the person chooses to replace it. A whole dossier is
taken in only from a sender the person confirmed after seeing the fingerprint (once per
sender); its key is then pinned for that dossier.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from samenplan.domain.dossier import TRIAD_FORM, Dossier, Person, new_id
from samenplan.domain.export_format import ExportFormatError, dumps, loads
from samenplan.formkit.answers import PERSON_ID_RE
from samenplan.formkit.model import FormDef
from samenplan.vault import exchange
from samenplan.vault.errors import VaultError
from samenplan.vault.exchange import (
    BadAddress,
    ExchangeRefused,
    Keys,
    NotSigned,
    Opened,
    fingerprint,
    parse_address,
)
from samenplan.workspace.unlocked import Unlocked

__all__ = [
    "DOSSIER",
    "AlreadyImported",
    "BadAddress",
    "DoesNotFit",
    "ExchangeRefused",
    "Keys",
    "NotSigned",
    "Opened",
    "PersonClash",
    "Received",
    "UnknownSender",
    "fingerprint",
    "keys",
    "known_sender",
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
    code = "wrong_dossier"


class WrongSender(ExchangeRefused):
    code = "wrong_sender"


class PersonClash(ExchangeRefused):
    """The card's member has the id of someone else in this dossier who is not a member.
    Refused rather than given a new id: the sender's next card for that member would then
    not find it, and both sides would name one person differently."""

    code = "person_clash"


class DoesNotFit(ExchangeRefused):
    """With the card taken in, the dossier would not pass the strict reader."""

    code = "does_not_fit"


class UnknownSender(VaultError):
    """A whole dossier from a sender not confirmed before: compare the fingerprint first."""

    code = "unknown_sender"

    def __init__(self, fingerprint: str) -> None:
        super().__init__("unknown-sender")
        self.fingerprint = fingerprint


class AlreadyImported(VaultError):
    code = "already_imported"


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


def own_keys(unlocked: Unlocked) -> Keys | None:
    """The profile's exchange keys if it has any (made when it first sends or gives its
    address); taking a file in never makes them, so a refused file writes nothing."""
    with unlocked.using() as session:
        return exchange.keys_from_section(session.section)


def receive(unlocked: Unlocked, data: bytes, passphrase: str | None = None) -> Opened:
    return open_with(own_keys(unlocked), data, passphrase)


def open_with(own: Keys | None, data: bytes, passphrase: str | None = None) -> Opened:
    """Open an exchange file for this profile (slow with a passphrase, see `seal`). Without
    keys of its own nothing can have been sent to the profile's address."""
    if passphrase is not None:
        return exchange.open_file(data, passphrase=passphrase)
    if own is None:
        raise ExchangeRefused("no-keys")
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
    """Put a received card into `dossier` (changes the dossier object only, and only when
    the dossier with the card passes the strict reader with `forms`; any refusal leaves it
    as it was).

    The caller saves the dossier and then calls `remember`, so a failed save leaves nothing
    recorded and the same file can be taken in again.
    """
    meta = opened.meta
    if meta.get("kind") != CARD:
        raise ExchangeRefused("kind")
    if meta.get("dossier") != dossier.id:
        raise WrongDossier()
    person_id, file_id = meta.get("member"), meta.get("id")
    if not isinstance(person_id, str) or not PERSON_ID_RE.match(person_id):
        raise ExchangeRefused("meta")
    if not isinstance(file_id, str) or not 0 < len(file_id) <= 64:
        raise ExchangeRefused("meta")
    with unlocked.using() as session:
        pinned: dict[str, str] = dict(session.section.get("pinned", {}))
        imported = list(session.section.get("imported", []))
    pin = f"{dossier.id}:{person_id}"
    if pin in pinned and pinned[pin] != opened.sender.hex():
        raise WrongSender()
    if file_id in imported and not replace:
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
    people = _people_with(dossier, one, person_id)
    members = [m for m in dossier.members if m.person != person_id] + [one.members[0]]
    documents = [d for d in dossier.documents if d is not existing] + [card]
    combined = Dossier(dossier.id, dossier.title, dossier.created, dossier.reviewed,
                       dossier.review_by, people, members, documents, dossier.agreements,
                       dossier.compared)  # fmt: skip
    combined.medicines = dossier.medicines
    try:  # the next open reads it this way: never hand back what it would refuse
        loads(dumps(combined).encode("utf-8"), forms)
    except (ExportFormatError, UnicodeEncodeError):
        raise DoesNotFit() from None
    dossier.people, dossier.members, dossier.documents = people, members, documents
    return Received(
        dossier, person_id, pin not in pinned, fingerprint(opened.sender),
        pin, opened.sender.hex(), file_id,
    )  # fmt: skip


def _people_with(dossier: Dossier, one: Dossier, person_id: str) -> list[Person]:
    """The dossier's people with the card's member: only that one person is taken from the
    card (whoever else it lists stays out). Someone already here keeps their own details; a
    person here who is not a triad member becomes one only when the card names the same
    person, else the ids clash (PersonClash)."""
    incoming = one.person(person_id)
    here = dossier.person(person_id)
    if incoming is None:
        raise ExchangeRefused("content")
    if here is None:
        return [*dossier.people, incoming]
    is_member = any(m.person == person_id for m in dossier.members)
    if not is_member and _same_name(here.name) != _same_name(incoming.name):
        raise PersonClash()
    return list(dossier.people)


def _same_name(name: str) -> str:
    return " ".join(name.split()).casefold()


def remember(unlocked: Unlocked, received: Received) -> None:
    """Record the sender's key for this member and that this file was taken in."""
    with unlocked.using() as session:
        session.section.setdefault("pinned", {})[received._pin] = received._sender
        imported: list[str] = session.section.setdefault("imported", [])
        if received._file_id not in imported:
            imported.append(received._file_id)
        session.save_section()


def _dossier_pin(dossier_id: str) -> str:
    return f"{dossier_id}:*"  # never a card's pin: a person id has no '*'


def known_sender(unlocked: Unlocked, opened: Opened) -> bool:
    """Whether a whole dossier in `opened` may be taken in without asking: its sender is
    pinned for this dossier, or (nothing pinned for it) handed over a dossier before that the
    person confirmed. A card's sender does not count: cards are taken in without asking."""
    dossier_id = opened.meta.get("dossier")
    sender = opened.sender.hex()
    with unlocked.using() as session:
        pinned: dict[str, str] = dict(session.section.get("pinned", {}))
    if isinstance(dossier_id, str) and _dossier_pin(dossier_id) in pinned:
        return pinned[_dossier_pin(dossier_id)] == sender
    return any(key.endswith(":*") and value == sender for key, value in pinned.items())


def take_in_dossier(
    unlocked: Unlocked, opened: Opened, forms: Mapping[str, FormDef], *,
    trust_new_sender: bool = False,
) -> Dossier:  # fmt: skip
    """A whole dossier handed over (e.g. from a consultant); stored as a new dossier, then
    its sender pinned for it. UnknownSender (with the fingerprint) unless the sender is
    known or the person confirmed it (`trust_new_sender`)."""
    if opened.meta.get("kind") != DOSSIER:
        raise ExchangeRefused("kind")
    try:
        dossier, exported_at = loads(opened.payload, forms)
    except ExportFormatError:
        raise ExchangeRefused("content") from None
    if opened.meta.get("dossier") != dossier.id:
        raise ExchangeRefused("meta")
    if not trust_new_sender and not known_sender(unlocked, opened):
        raise UnknownSender(fingerprint(opened.sender))
    if unlocked.exists(dossier.id):
        raise AlreadyImported()
    unlocked.add(dossier, exported_at)  # checked by the strict reader before it is written
    with unlocked.using() as session:
        session.section.setdefault("pinned", {})[_dossier_pin(dossier.id)] = opened.sender.hex()
        session.save_section()
    return dossier
