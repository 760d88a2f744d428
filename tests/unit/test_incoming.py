"""What comes in from elsewhere never leaves a dossier that does not open (issue 13, findings
2, 4 and 8): a received card is taken in only when the dossier with it passes the strict
reader; a whole dossier needs a confirmed sender; nothing is written on a refusal; terminal
output holds no control characters.

The property test feeds generated cards (overlapping person and member ids, duplicate
documents, other shapes, replayed files, other signers) into a dossier, one after another.
"""

from __future__ import annotations

import copy
import dataclasses
import hashlib
import io
import json
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st

from samenplan import cli
from samenplan.domain.dossier import ROLES, TRIAD_FORM, Dossier, Member, Person
from samenplan.domain.export_format import dumps, loads
from samenplan.shipped import demo_dossier, forms
from samenplan.vault import exchange
from samenplan.vault.exchange import ExchangeRefused, Opened
from samenplan.vault.profiles import ProfileStore
from samenplan.workspace import exchange as sharing
from samenplan.workspace.unlocked import Unlocked
from tests.vaulthelp import FAST, PASSPHRASE

DOSSIER = "demo-noor"
SENDERS = [exchange.new_keys().verify_key for _ in range(2)]
REFUSALS = (
    ExchangeRefused,  # WrongDossier, WrongSender, PersonClash, DoesNotFit among them
    sharing.AlreadyImported,
)


@pytest.fixture(scope="module")
def profile(tmp_path_factory) -> Iterator[tuple[Unlocked, Path]]:
    data_dir = tmp_path_factory.mktemp("incoming")
    store = ProfileStore(data_dir)
    store.create("Noor", PASSPHRASE, FAST)
    with store.open("Noor") as opened, Unlocked(opened.unlock(PASSPHRASE)) as session:
        session.add(demo_dossier())
        yield session, data_dir


def files(data_dir: Path) -> dict[str, str]:
    """Every file of the data folder by its digest: to see that nothing was written."""
    return {
        str(p.relative_to(data_dir)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(data_dir.rglob("*"))
        if p.is_file() and p.suffix != ".lock" and "logs" not in p.relative_to(data_dir).parts
    }


def card(dossier: Dossier, member: str, *, meta: dict | None = None, sender: int = 0) -> Opened:
    """A received card as the exchange reader hands it over (signature already checked)."""
    message_meta, payload = sharing.card_message(dossier, member)
    return Opened({**message_meta, **(meta or {})}, payload, SENDERS[sender])


def text(dossier: Dossier) -> str:
    """The dossier as stored, with a fixed export time (comparable across seconds)."""
    return dumps(dossier, "2026-01-01T00:00:00Z")


def payload_of(one: Dossier) -> bytes:
    return dumps(one).encode("utf-8")


# ------------------------------------------------------------- finding 2, one by one


def new_member_card(*extra: Person, file_id: str = "f1") -> Opened:
    """Ellen's card as that of a new member 'p-nieuw', with `extra` people listed too."""
    sent = demo_dossier()
    ellen = sent.person("p-ellen")
    card = dataclasses.replace(sent.document(TRIAD_FORM, "p-ellen"), member="p-nieuw")
    one = Dossier(sent.id, sent.title, sent.created, sent.reviewed, sent.review_by,
                  [dataclasses.replace(ellen, id="p-nieuw", name="Nieuw Lid"), *extra],
                  [Member("p-nieuw", "naaste", "open")], [card])  # fmt: skip
    meta = {"kind": "triad-card", "dossier": DOSSIER, "member": "p-nieuw", "id": file_id}
    return Opened(meta, payload_of(one), SENDERS[0])


def test_a_card_listing_someone_already_here_leaves_a_dossier_that_opens(profile):
    """Finding 2: the card's `people` reuses p-noor (with other details) next to its new
    member. Before: both were added, p-noor twice, taken in without a word, and the dossier
    no longer opened (saving it failed with a generic error, or the app kept it broken)."""
    session, _ = profile
    target = demo_dossier()
    session.save(target)
    received = sharing.take_in_card(
        session, target, new_member_card(Person("p-noor", "Iemand Anders")), forms()
    )
    session.save(target)
    stored = session.read(DOSSIER).dossier  # the strict reader of the next open
    assert [p.id for p in stored.people].count("p-noor") == 1
    assert stored.person("p-noor").name == "Noor Bakker"  # not taken from the card
    assert stored.person("p-nieuw").name == "Nieuw Lid"
    assert received.member == "p-nieuw"


def test_a_card_for_someone_here_who_is_not_a_member_must_name_the_same_person(profile):
    session, _ = profile
    target = demo_dossier()
    session.save(target)
    sent = demo_dossier()
    dewit = dataclasses.replace(sent.person("p-dewit"))
    for name, refused in (("Iemand Anders", True), ("dokter m.  de wit", False)):
        dewit.name = name
        one = Dossier(sent.id, sent.title, sent.created, sent.reviewed, sent.review_by,
                      [dewit], [dataclasses.replace(sent.members[3], person="p-dewit")],
                      [dataclasses.replace(sent.document(TRIAD_FORM, "p-ruben"), member="p-dewit")])  # fmt: skip
        meta = {"kind": "triad-card", "dossier": DOSSIER, "member": "p-dewit", "id": name}
        opened = Opened(meta, payload_of(one), SENDERS[0])
        before = text(target)
        if refused:
            with pytest.raises(sharing.PersonClash):
                sharing.take_in_card(session, target, opened, forms())
            assert text(target) == before
        else:
            sharing.take_in_card(session, target, opened, forms())
            assert target.person("p-dewit").name == "Dokter M. de Wit"  # ours is kept
            assert "p-dewit" in [m.person for m in target.members]
            loads(dumps(target).encode(), forms())


def test_the_combined_dossier_is_checked_whatever_the_merge_does(profile, monkeypatch):
    """The strict reader on the result is the safety net: with the old merge (every person
    of the card added) the same card is refused, and the dossier object is left as it was."""
    session, _ = profile

    def old_merge(dossier, one, person_id):
        if dossier.person(person_id) is None:
            return [*dossier.people, *one.people]
        return list(dossier.people)

    monkeypatch.setattr(sharing, "_people_with", old_merge)
    target = demo_dossier()
    before = text(target)
    with pytest.raises(sharing.DoesNotFit):
        sharing.take_in_card(
            session, target, new_member_card(Person("p-noor", "Iemand Anders")), forms()
        )
    assert text(target) == before


@pytest.mark.parametrize(
    "meta",
    [
        {"member": ["p-ellen"]},
        {"member": {"a": 1}},
        {"member": "P Ellen\x1b[2J"},
        {"id": ["x"]},
        {"id": None},
        {"id": "x" * 10_000},
        {"member": json.loads("[" * 900 + "]" * 900)},
    ],
)
def test_a_card_with_odd_meta_is_refused_plainly(profile, meta):
    session, _ = profile
    target = demo_dossier()
    with pytest.raises(ExchangeRefused):
        sharing.take_in_card(
            session, target, card(demo_dossier(), "p-ellen", meta=meta), forms(), replace=True
        )
    assert text(target) == text(demo_dossier())


# ------------------------------------------------------------- the property test

MEMBER_IDS = ["p-noor", "p-ellen", "p-jesse", "p-ruben", "p-dewit", "p-tom", "p-nieuw", "p-x"]
NAMES = ["Ellen Bakker", "Noor Bakker", "Dokter M. de Wit", "Tom Bakker", "Iemand Anders"]


def rarely(draw, times: int) -> bool:
    """True once in `times` (hypothesis leans to 0 for integers, so not `integers() == 0`)."""
    return draw(st.sampled_from([False] * (times - 1) + [True]))


class Drawn:
    """A generated card with a short description for hypothesis to print (not its bytes)."""

    def __init__(self, opened: Opened, note: str) -> None:
        self.opened, self.note = opened, note

    def __repr__(self) -> str:
        return self.note


@st.composite
def cards(draw) -> Drawn:
    """A card as anyone could sign it: a member id that may be someone here (or not), more
    people than the member (ids overlapping ours, or each other), a duplicated or foreign
    document, extra members, another dossier, a replayed file id, another signer."""
    demo = demo_dossier()
    member = draw(st.sampled_from(MEMBER_IDS))
    role = draw(st.sampled_from(ROLES))
    source = draw(st.sampled_from([m for m in demo.members if m.role == role] or demo.members))
    document = copy.deepcopy(demo.document(TRIAD_FORM, source.person))
    document.member = member
    people = [Person(member, draw(st.sampled_from(NAMES)))]
    others = [i for i in MEMBER_IDS if i != member or rarely(draw, 5)]
    for extra in draw(st.lists(st.sampled_from(others), max_size=3, unique=True)):
        people.append(Person(extra, draw(st.sampled_from(NAMES))))
    members = [dataclasses.replace(source, person=member, role=role)]
    if rarely(draw, 10):
        members.append(dataclasses.replace(source, person=draw(st.sampled_from(MEMBER_IDS))))
    documents = [document]
    shape = draw(st.sampled_from(["card"] * 7 + ["twice", "plan", "agreements"]))
    agreements = []
    if shape == "twice":
        documents.append(copy.deepcopy(document))
    elif shape == "plan":
        documents.append(copy.deepcopy(demo.document("crisiskaart")))
    elif shape == "agreements":
        agreements = copy.deepcopy(demo.agreements)
    one = Dossier(DOSSIER, demo.title, demo.created, demo.reviewed, demo.review_by, people,
                  members, documents, agreements)  # fmt: skip
    payload = payload_of(one)
    replaced = None
    if rarely(draw, 20):  # another shape altogether: a value replaced
        tree = json.loads(payload)
        key = draw(st.sampled_from(["people", "members", "documents", "dossier"]))
        value = draw(st.sampled_from([[], {}, None, "p-noor", [None], [tree["people"][0]] * 2]))
        tree[key], replaced = value, (key, value)
        payload = json.dumps(tree).encode()
    meta = {
        "kind": draw(st.sampled_from(["triad-card"] * 9 + ["dossier"])),
        "dossier": draw(st.sampled_from([DOSSIER] * 9 + ["ander"])),
        "member": draw(st.sampled_from([member] * 40 + MEMBER_IDS)),
        "id": draw(st.sampled_from(["f-1", "f-2", "f-3", "f-4", "f-5"])),
    }
    sender = draw(st.integers(0, 1))
    note = (
        f"card(member={member} role={role} people={[(p.id, p.name) for p in people]} "
        f"members={[m.person for m in members]} shape={shape} replaced={replaced} "
        f"meta={meta} sender={sender})"
    )
    return Drawn(Opened(meta, payload, SENDERS[sender]), note)


@st.composite
def targets(draw) -> Dossier:
    """The receiving side's dossier: the demo, some members gone, some cards gone."""
    dossier = demo_dossier()
    for member in draw(st.lists(st.sampled_from(MEMBER_IDS[:4]), max_size=3, unique=True)):
        dossier.remove_member(member)
        if draw(st.booleans()) and member not in {a.who for a in dossier.agreements}:
            dossier.people = [p for p in dossier.people if p.id != member]
    for member in draw(st.lists(st.sampled_from(MEMBER_IDS[:4]), max_size=2, unique=True)):
        dossier.documents = [d for d in dossier.documents if d.member != member]
    return dossier


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(targets(), st.lists(st.tuples(cards(), st.booleans()), min_size=1, max_size=3))
def test_no_card_taken_in_leaves_a_dossier_that_does_not_open(profile, target, received):
    session, data_dir = profile
    with session.using() as vault:  # every example starts with nothing pinned or taken in
        vault.section.pop("pinned", None)
        vault.section.pop("imported", None)
    session.save(target)
    for drawn, replace in received:
        opened = drawn.opened
        before, written = text(target), files(data_dir)
        try:
            got = sharing.take_in_card(session, target, opened, forms(), replace=replace)
        except REFUSALS as exc:
            event(f"{type(exc).__name__} {exc.detail}")
            assert text(target) == before, type(exc).__name__  # the dossier object untouched
            assert files(data_dir) == written  # nothing written
            continue
        event("taken in")
        session.save(target)
        sharing.remember(session, got)
        stored = session.read(DOSSIER).dossier  # the strict reader of the next open
        assert text(stored) == text(target)
        assert stored.document(TRIAD_FORM, got.member) is not None


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from(["title", "people", "members", "documents", "agreements", "id"]),
    st.sampled_from([None, [], "\ud800", "x\x1b[2J", [None], "demo-noor", "nieuw"]),
)
@example("title", "\ud800")  # accepted before, then failed to be written (UnicodeEncodeError)
def test_no_whole_dossier_taken_in_leaves_one_that_does_not_open(profile, key, value):
    session, data_dir = profile
    tree = json.loads(dumps(demo_dossier()))
    tree["dossier" if key in ("title", "id") else key] = (
        {**tree["dossier"], key: value} if key in ("title", "id") else value
    )
    dossier_id = tree["dossier"]["id"]
    opened = Opened({"kind": "dossier", "dossier": dossier_id, "id": "h"},
                    json.dumps(tree).encode(), SENDERS[0])  # fmt: skip
    written = files(data_dir)
    try:
        dossier = sharing.take_in_dossier(session, opened, forms(), trust_new_sender=True)
    except REFUSALS:
        assert files(data_dir) == written
        return
    assert text(session.read(dossier.id).dossier) == text(dossier)
    session.delete(dossier.id)


# ------------------------------------------------------------- senders of whole dossiers


def test_a_whole_dossier_needs_a_confirmed_sender_and_pins_it(profile):
    session, data_dir = profile
    with session.using() as vault:
        vault.section.pop("pinned", None)
    first, second, = demo_dossier(), demo_dossier()  # fmt: skip
    first.id, second.id = "overdracht-1", "overdracht-2"

    def handed(dossier: Dossier, sender: int) -> Opened:
        return Opened({"kind": "dossier", "dossier": dossier.id, "id": "h"},
                      payload_of(dossier), SENDERS[sender])  # fmt: skip

    written = files(data_dir)
    with pytest.raises(sharing.UnknownSender) as caught:
        sharing.take_in_dossier(session, handed(first, 0), forms())
    assert caught.value.fingerprint == exchange.fingerprint(SENDERS[0])
    assert files(data_dir) == written and not session.exists(first.id)
    # a card from that key does not make it known
    with session.using() as vault:
        vault.section.setdefault("pinned", {})[f"{DOSSIER}:p-ellen"] = SENDERS[0].hex()
    assert not sharing.known_sender(session, handed(first, 0))
    sharing.take_in_dossier(session, handed(first, 0), forms(), trust_new_sender=True)
    assert sharing.known_sender(session, handed(second, 0))  # confirmed once: known
    assert not sharing.known_sender(session, handed(second, 1))
    session.delete(first.id)
    # the dossier is pinned to its sender: another (even known) key must be confirmed again
    sharing.take_in_dossier(session, handed(second, 1), forms(), trust_new_sender=True)
    assert sharing.known_sender(session, handed(second, 1))
    assert not sharing.known_sender(session, handed(first, 1))
    session.delete(second.id)


def test_receiving_makes_no_keys_so_a_refused_file_writes_nothing(tmp_path):
    store = ProfileStore(tmp_path)
    store.create("Noor", PASSPHRASE, FAST)
    other = exchange.new_keys()
    data = exchange.seal({"kind": "triad-card"}, b"{}", other, recipient=other.recipient)
    with store.open("Noor") as opened, Unlocked(opened.unlock(PASSPHRASE)) as session:
        written = files(tmp_path)
        with pytest.raises(ExchangeRefused):
            sharing.receive(session, data)
        assert files(tmp_path) == written
        assert sharing.own_keys(session) is None


# ------------------------------------------------------------- the command line


@pytest.fixture
def run(tmp_path, monkeypatch, capsys):
    """`samenplan ...` in this process with the passphrase on standard input."""
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    store = ProfileStore(tmp_path)
    store.create("Noor", PASSPHRASE, FAST)

    def samenplan(*args: str, stdin: str = PASSPHRASE) -> tuple[int, str, str]:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin + "\n"))
        code = cli.run(["--lang", "en", "--data-dir", str(tmp_path), *args])
        out = capsys.readouterr()
        return code, out.out, out.err

    samenplan.store = store  # type: ignore[attr-defined]
    return samenplan


def test_receive_of_a_whole_dossier_asks_for_trust_on_the_command_line(run, tmp_path):
    sender = exchange.new_keys()
    with run.store.open("Noor") as opened, Unlocked(opened.unlock(PASSPHRASE)) as session:
        address = sharing.keys(session).address()
    path = tmp_path / "dossier.age"
    path.write_bytes(sharing.seal(sender, sharing.dossier_message(demo_dossier()), address))
    print_ = exchange.fingerprint(sender.verify_key)
    written = files(tmp_path)
    code, out, err = run("receive", "--profile", "Noor", str(path))
    assert code == 1 and out == ""
    assert print_ in err and "--trust-new-sender" in err and len(err.strip().splitlines()) == 1
    assert files(tmp_path) == written
    code, out, err = run("receive", "--profile", "Noor", "--trust-new-sender", str(path))
    assert code == 0 and out.strip() == DOSSIER and print_ in err
    code, out, _ = run("dossier", "list", "--profile", "Noor")
    assert out.startswith(DOSSIER)


def test_dossier_list_is_one_line_per_dossier_whatever_the_title(run):
    titles = [
        "Plan\nd-fake\tNep",
        "\x1b[2J\x1b]0;titel\x07Noor",
        "Noor \u202eesreved\u202c",
        "a\x85b\u2028c",
    ]
    with run.store.open("Noor") as opened, Unlocked(opened.unlock(PASSPHRASE)) as session:
        for index, title in enumerate(titles):
            dossier = demo_dossier()
            dossier.id, dossier.title = f"d{index}", title
            session.add(dossier)
    code, out, err = run("dossier", "list", "--profile", "Noor")
    assert code == 0, err
    lines = out.splitlines()
    assert len(lines) == len(titles)
    for line in lines:
        assert line.count("\t") == 1
        assert not any(ord(c) < 32 or 0x7F <= ord(c) < 0xA0 for c in line.replace("\t", ""))
        assert not set(line) & {"\u202e", "\u202c", "\u2028"}
    assert "Plan d-fake Nep" in out


@pytest.mark.parametrize(
    ("change", "where"),
    [
        (
            {"members": [{"person": ["p-noor"], "role": "client", "status": "open"}]},
            "members[0].person",
        ),
        ({"format_version": "BIG"}, "format_version"),
        ({"title": "\ud800"}, "dossier.title"),
        ({"deep": True}, "line 1"),  # the command line speaks English here
        ({"bom": True}, None),
    ],
)
def test_import_of_a_bad_file_exits_4_naming_the_place(run, tmp_path, change, where):
    tree = json.loads(dumps(demo_dossier()))
    if "title" in change:
        tree["dossier"]["title"] = change["title"]
    elif "members" in change:
        tree["members"] = change["members"]
    raw = json.dumps(tree).encode()
    if "format_version" in change:
        raw = raw.replace(b'"format_version": 3', b'"format_version": ' + b"9" * 5000)
    if "deep" in change:
        raw = b"[" * 100_000 + b"]" * 100_000
    if "bom" in change:
        raw = b"\xef\xbb\xbf" + raw
    path = tmp_path / "bad.json"
    path.write_bytes(raw)
    written = files(tmp_path)
    code, out, err = run("import", "--profile", "Noor", str(path))
    if where is None:  # a byte order mark is fine
        assert code == 0 and out.strip() == DOSSIER
        return
    assert code == 4 and out == ""
    assert f"({where}:" in err and len(err.strip().splitlines()) == 1
    assert files(tmp_path) == written
