"""Exchange files between two profiles: round trips by address and by passphrase, and every
way a file can be wrong (changed, for someone else, other signer, other dossier, replayed)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from samenplan.domain.dossier import TRIAD_FORM
from samenplan.domain.export_format import dumps, loads
from samenplan.shipped import demo_dossier, forms
from samenplan.vault import exchange
from samenplan.vault.exchange import BadAddress, ExchangeRefused
from samenplan.vault.profiles import ProfileStore
from samenplan.workspace import exchange as sharing
from samenplan.workspace.unlocked import Unlocked
from tests.vaulthelp import FAST, PASSPHRASE

SHARED = "zon maan sterren zee"


@contextlib.contextmanager
def session_of(data_dir: Path, name: str) -> Iterator[Unlocked]:
    store = ProfileStore(data_dir)
    if name not in [p.name for p in store.all()]:
        store.create(name, PASSPHRASE, FAST)
    with store.open(name) as profile, Unlocked(profile.unlock(PASSPHRASE)) as session:
        yield session


@pytest.fixture
def two(tmp_path) -> Iterator[tuple[Unlocked, Unlocked]]:
    with session_of(tmp_path / "a", "Ellen") as a, session_of(tmp_path / "b", "Noor") as b:
        yield a, b


def receiver_copy_without(person: str):
    """The receiving side's dossier: the same dossier, without that member's card."""
    dossier = demo_dossier()
    dossier.documents = [
        d for d in dossier.documents if not (d.form == TRIAD_FORM and d.member == person)
    ]
    return dossier


def test_a_card_goes_by_address_and_arrives_whole(two):
    a, b = two
    sent = demo_dossier()
    data = sharing.send_card(a, sent, "p-ellen", address=sharing.keys(b).address())
    assert b"Ellen" not in data and b"p-ellen" not in data  # encrypted, nothing readable
    target = receiver_copy_without("p-ellen")
    received = sharing.take_in_card(b, target, sharing.receive(b, data), forms())
    assert received.member == "p-ellen" and received.new_sender
    assert received.fingerprint == exchange.fingerprint(sharing.keys(a).verify_key)
    assert (
        target.document(TRIAD_FORM, "p-ellen").answers
        == sent.document(TRIAD_FORM, "p-ellen").answers
    )


def test_a_card_goes_by_passphrase(two):
    a, b = two
    data = sharing.send_card(a, demo_dossier(), "p-jesse", passphrase=SHARED)
    with pytest.raises(ExchangeRefused):
        sharing.receive(b, data, "verkeerd wachtwoord")
    with pytest.raises(ExchangeRefused):
        sharing.receive(b, data)  # not for b's key
    target = receiver_copy_without("p-jesse")
    sharing.take_in_card(b, target, sharing.receive(b, data, SHARED), forms())
    assert target.document(TRIAD_FORM, "p-jesse") is not None


def test_only_the_chosen_member_travels(two):
    a, b = two
    data = sharing.send_card(a, demo_dossier(), "p-ellen", address=sharing.keys(b).address())
    inside, _ = loads(sharing.receive(b, data).payload, forms())
    assert [p.id for p in inside.people] == ["p-ellen"]
    assert [(d.form, d.member) for d in inside.documents] == [(TRIAD_FORM, "p-ellen")]


def test_a_card_meant_for_someone_else_is_refused(two, tmp_path):
    a, b = two
    with session_of(tmp_path / "c", "Ruben") as c:
        data = sharing.send_card(a, demo_dossier(), "p-ellen", address=sharing.keys(c).address())
    with pytest.raises(ExchangeRefused):
        sharing.receive(b, data)


def test_the_signature_binds_the_recipient(two, tmp_path):
    """Someone who can read a file cannot re-encrypt it for another recipient unnoticed."""
    import pyrage

    a, b = two
    keys_b = sharing.keys(b)
    with session_of(tmp_path / "c", "Ruben") as c:
        data = sharing.send_card(a, demo_dossier(), "p-ellen", address=sharing.keys(c).address())
        inner = pyrage.decrypt(
            data, [pyrage.x25519.Identity.from_str(sharing.keys(c).age_identity)]
        )
    moved = pyrage.encrypt(bytes(inner), [pyrage.x25519.Recipient.from_str(keys_b.recipient)])
    with pytest.raises(ExchangeRefused):
        sharing.receive(b, moved)


def test_another_signer_for_a_known_member_is_refused(two, tmp_path):
    a, b = two
    target = receiver_copy_without("p-ellen")
    first = sharing.take_in_card(
        b, target,
        sharing.receive(b, sharing.send_card(a, demo_dossier(), "p-ellen", address=sharing.keys(b).address())),
        forms(),
    )  # fmt: skip
    sharing.remember(b, first)
    with session_of(tmp_path / "c", "Ruben") as c:
        forged = sharing.send_card(c, demo_dossier(), "p-ellen", address=sharing.keys(b).address())
    with pytest.raises(sharing.WrongSender):
        sharing.take_in_card(b, target, sharing.receive(b, forged), forms(), replace=True)


def test_a_card_for_another_dossier_is_refused(two):
    a, b = two
    other = demo_dossier()
    other.id = "ander-dossier"
    data = sharing.send_card(a, other, "p-ellen", address=sharing.keys(b).address())
    with pytest.raises(sharing.WrongDossier):
        sharing.take_in_card(b, receiver_copy_without("p-ellen"), sharing.receive(b, data), forms())


def test_the_same_file_twice_needs_replace(two):
    a, b = two
    data = sharing.send_card(a, demo_dossier(), "p-ellen", address=sharing.keys(b).address())
    target = receiver_copy_without("p-ellen")
    sharing.remember(b, sharing.take_in_card(b, target, sharing.receive(b, data), forms()))
    with pytest.raises(sharing.AlreadyImported):
        sharing.take_in_card(b, target, sharing.receive(b, data), forms())
    again = sharing.take_in_card(b, target, sharing.receive(b, data), forms(), replace=True)
    assert not again.new_sender
    assert len([d for d in target.documents if d.member == "p-ellen"]) == 1


def test_nothing_is_remembered_until_the_caller_says_so(two):
    """A failed dossier save must not leave the file marked as taken in."""
    a, b = two
    data = sharing.send_card(a, demo_dossier(), "p-ellen", address=sharing.keys(b).address())
    with b.using() as session:
        before = dict(session.section)
    sharing.take_in_card(b, receiver_copy_without("p-ellen"), sharing.receive(b, data), forms())
    with b.using() as session:
        assert "imported" not in session.section
        assert session.section.get("pinned") == before.get("pinned")
    sharing.take_in_card(b, receiver_copy_without("p-ellen"), sharing.receive(b, data), forms())


def test_keys_are_kept_encrypted_in_the_profile(tmp_path):
    with session_of(tmp_path, "Ellen") as s:
        address = sharing.keys(s).address()
    with session_of(tmp_path, "Ellen") as s:
        assert sharing.keys(s).address() == address
    for path in tmp_path.rglob("*"):
        if path.is_file():
            assert b"AGE-SECRET-KEY" not in path.read_bytes()


def test_a_whole_dossier_is_handed_over(two):
    a, b = two
    data = sharing.send_dossier(a, demo_dossier(), address=sharing.keys(b).address())
    with pytest.raises(sharing.UnknownSender) as caught:  # a new sender: confirm first
        sharing.take_in_dossier(b, sharing.receive(b, data), forms())
    assert caught.value.fingerprint == exchange.fingerprint(sharing.keys(a).verify_key)
    assert not b.exists("demo-noor")
    dossier = sharing.take_in_dossier(b, sharing.receive(b, data), forms(), trust_new_sender=True)
    stored = b.read(dossier.id).dossier
    assert dumps(stored) == dumps(demo_dossier())
    with pytest.raises(sharing.AlreadyImported):  # the sender is known now
        sharing.take_in_dossier(b, sharing.receive(b, data), forms())
    with pytest.raises(ExchangeRefused):  # a dossier is not a card
        sharing.take_in_card(b, demo_dossier(), sharing.receive(b, data), forms())


@pytest.mark.parametrize(
    "address",
    ["", "samenplan1", "samenplan1:age1abc:00", "other:age1x:" + "00" * 32, "samenplan1:x:y"],
)
def test_a_wrong_address_is_refused_plainly(address):
    with pytest.raises(BadAddress):
        exchange.parse_address(address)


KEYS = exchange.new_keys()
OTHER = exchange.new_keys()
SEALED = exchange.seal({"kind": "test"}, b"inhoud " * 50, KEYS, recipient=OTHER.recipient)


def test_an_untouched_file_opens():
    opened = exchange.open_file(SEALED, keys=OTHER)
    assert opened.payload == b"inhoud " * 50 and opened.sender == KEYS.verify_key


@settings(max_examples=150, deadline=None)
@given(st.data())
def test_any_changed_byte_is_refused(data):
    position = data.draw(st.integers(0, len(SEALED) - 1))
    flip = data.draw(st.integers(1, 255))
    changed = bytearray(SEALED)
    changed[position] ^= flip
    with pytest.raises(ExchangeRefused):
        exchange.open_file(bytes(changed), keys=OTHER)


@settings(max_examples=60, deadline=None)
@given(st.integers(0, len(SEALED) - 1))
def test_a_truncated_file_is_refused(length):
    with pytest.raises(ExchangeRefused):
        exchange.open_file(SEALED[:length], keys=OTHER)


@given(st.binary(max_size=400))
@settings(max_examples=100, deadline=None)
def test_rubbish_is_refused(rubbish):
    with pytest.raises(ExchangeRefused):
        exchange.open_file(rubbish, keys=OTHER)
