"""The two readers of files from elsewhere, fed by generators: the export reader (`loads`, on
arbitrary bytes and on arbitrary JSON trees put into the demo) and the exchange reader
(`open_file`, on age files with arbitrary content and on signed envelopes with arbitrary
content). Nothing but the documented errors comes out (ExportFormatError, VaultError
subclasses); what is accepted can be written and read back; every message names a place
without control characters and without quoting what the file holds.

The cases a red-team pass found giving a generic failure instead (issue 13, finding 8) are
explicit examples: a TypeError (a list where a person id belongs), a ValueError (a 5,000-digit
number), a UnicodeEncodeError later on (a lone surrogate '\\ud800' accepted, then unwritable),
a RecursionError (100,000-deep nesting), a byte order mark (refused), a real age file not made
by samenplan (the generic "changed" message instead of "not signed").
"""

from __future__ import annotations

import base64
import copy
import json
import re
from typing import Any

import pyrage
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from samenplan import resources
from samenplan.domain.export_format import ExportFormatError, dumps, loads
from samenplan.vault import exchange
from samenplan.vault.errors import VaultError
from samenplan.vault.exchange import ExchangeRefused, NotSigned

DEMO_BYTES = resources.resource("demo/dossier.json").read_bytes()
DEMO = json.loads(DEMO_BYTES)
BIG = "__5000_digits__"  # put in as a number of 5,000 digits (Python refuses to write one)
DEEP = b"[" * 100_000 + b"]" * 100_000
CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]")


def encode(tree: Any) -> bytes:
    """JSON as another program may write it: lone surrogates stay escapes (ensure_ascii)."""
    return json.dumps(tree).replace(f'"{BIG}"', "9" * 5000).encode("utf-8")


def paths(node: Any, prefix: tuple = ()) -> list[tuple]:
    found = [prefix]
    if isinstance(node, dict):
        for key, value in node.items():
            found += paths(value, (*prefix, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += paths(value, (*prefix, index))
    return found


PATHS = paths(DEMO)
IDS = ["p-noor", "p-ellen", "p-jesse", "triadekaart", "crisiskaart", "demo-noor", "naam"]
scalars = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()
    | st.text(max_size=12)
    | st.sampled_from([BIG, "\ud800", "a\udfffb", "\x1b[2J\nvals\u202e", "2026-01-01", *IDS])
)
trees = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(
            st.text(max_size=6) | st.sampled_from(["id", "items", "value"]), inner, max_size=3
        )
    ),
    max_leaves=10,
)


def put(tree: Any, path: tuple, value: Any) -> Any:
    if not path:
        return value
    tree = copy.deepcopy(tree)
    target = tree
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return tree


def check_export(raw: bytes, forms) -> None:
    """`raw` is refused with a documented error, or accepted and writes back the same."""
    try:
        dossier, stamp = loads(raw, forms)
    except ExportFormatError as exc:
        for lang in ("nl", "en"):
            said = exc.describe(lang)
            assert not CONTROL.search(said), said
            assert len(said) < 400
        return
    written = dumps(dossier, stamp).encode("utf-8")  # a UnicodeEncodeError fails the test
    again, _ = loads(written, forms)
    assert dumps(again, stamp).encode("utf-8") == written


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(PATHS), trees)
@example(("members", 0, "person"), ["p-noor"])  # TypeError: unhashable list
@example(("agreements", 0, "who"), {"p": 1})  # TypeError: unhashable dict
@example(("agreements", 0, "topic"), [])
@example(("documents", 2, "member"), ["p-jesse"])
@example(("format_version",), BIG)  # ValueError: 5,000 digits
@example(("documents", 0, "items", 0, "items", 0, "value"), BIG)
@example(("dossier", "title"), "\ud800")  # UnicodeEncodeError when stored
@example(("people", 0, "name"), "Noor \udc00")
@example(("documents", 0, "items", 0, "items", 0, "value"), "\ud800")
@example(("dossier", "compared"), {"\x1b[31mp-x\n": "0" * 64})  # quoted a raw escape
@example(("documents", 0, "items", 0, "items", 0, "id"), "\x1b]0;gotcha\x07")
def test_any_tree_in_the_demo_gives_only_export_errors(forms, path, value):
    check_export(encode(put(DEMO, path, value)), forms)


@settings(max_examples=300, deadline=None)
@given(trees)
@example(json.loads("[" * 70 + "1" + "]" * 70))  # deeper than the format
@example({"\ud800": 1})
def test_any_tree_gives_only_export_errors(forms, tree):
    check_export(encode(tree), forms)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=300))
@example(DEEP)  # RecursionError inside json
@example(b'{"a":' * 100_000 + b"1" + b"}" * 100_000)
@example(b'{"format_version": ' + b"9" * 5000 + b"}")
@example(b'["\\ud800"]')
@example(b'{"\\u001b[2J": 1, "\\u001b[2J": 2}')  # a duplicate key is not quoted
def test_any_bytes_give_only_export_errors(forms, raw):
    check_export(raw, forms)


def test_the_named_cases_are_refused_naming_the_place(forms):
    """Each of finding 8's cases is an ExportFormatError with the place it is in."""
    cases = {
        "members[0].person": put(DEMO, ("members", 0, "person"), ["p-noor"]),
        "format_version": put(DEMO, ("format_version",), BIG),
        "dossier.title": put(DEMO, ("dossier", "title"), "\ud800"),
        "documents[0].items[0].items[0].value": put(
            DEMO, ("documents", 0, "items", 0, "items", 0, "value"), "\ud800"
        ),
    }
    for where, tree in cases.items():
        with pytest.raises(ExportFormatError) as caught:
            loads(encode(tree), forms)
        assert caught.value.where == where
    with pytest.raises(ExportFormatError) as caught:
        loads(DEEP, forms)
    assert caught.value.describe("nl").startswith("regel 1: ")
    assert caught.value.describe("en").startswith("line 1: ")
    deep_in_place = put(DEMO, ("agreements", 0, "what"), json.loads("[" * 100 + "]" * 100))
    with pytest.raises(ExportFormatError) as caught:
        loads(encode(deep_in_place), forms)
    assert caught.value.where.startswith("agreements[0].what[0][0]")


def test_a_byte_order_mark_is_accepted(forms):
    dossier, _ = loads(b"\xef\xbb\xbf" + DEMO_BYTES, forms)
    assert dossier.id == "demo-noor"


def test_messages_never_quote_a_key_or_id_from_the_file(forms):
    secret = "Geheim_Woord"
    trees = [
        put(DEMO, ("dossier", "compared"), {f"{secret} zin": "0" * 64}),
        put(DEMO, ("dossier", "extra " + secret), 1),
        put(DEMO, ("documents", 0, "items", 0, "items", 0, "id"), f"{secret}!"),
    ]
    for tree in trees:
        with pytest.raises(ExportFormatError) as caught:
            loads(encode(tree), forms)
        assert secret not in caught.value.describe("nl") + caught.value.describe("en")
        assert secret not in str(caught.value)
    duplicate = b'{"' + secret.encode() + b' x": 1, "' + secret.encode() + b' x": 2}'
    with pytest.raises(ExportFormatError) as caught:
        loads(duplicate, forms)
    assert secret not in caught.value.describe("en")


# ------------------------------------------------------------------ the exchange reader

OWN = exchange.new_keys()
SENDER = exchange.new_keys()


def sign(body: bytes, signer=SENDER, recipient: str = OWN.recipient) -> bytes:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    key = Ed25519PrivateKey.from_private_bytes(signer.signing_key)
    return key.sign(exchange._CONTEXT + b"recipient:" + recipient.encode() + b"\0" + body)


def for_us(inner: bytes) -> bytes:
    """An age file for our address, as any program (age, rage) makes it."""
    return bytes(pyrage.encrypt(inner, [pyrage.x25519.Recipient.from_str(OWN.recipient)]))


def sealed(body: bytes, signature: bytes) -> bytes:
    b64 = base64.b64encode
    return for_us(
        json.dumps({"signed": b64(body).decode(), "signature": b64(signature).decode()}).encode()
    )


def envelope(content: Any) -> bytes:
    """A file anyone can make for our address: `content` as the signed body, correctly signed
    (by anyone: the signing key travels inside)."""
    body = encode(content)
    return sealed(body, sign(body))


def good_content(**changes: Any) -> dict[str, Any]:
    content = {
        "format": exchange.FORMAT,
        "version": exchange.VERSION,
        "meta": {"kind": "triad-card", "dossier": "demo-noor", "member": "p-ellen", "id": "x"},
        "sender": SENDER.verify_key.hex(),
        "payload": base64.b64encode(DEMO_BYTES).decode(),
    }
    content.update(changes)
    return content


def only_documented(data: bytes) -> exchange.Opened | None:
    try:
        return exchange.open_file(data, keys=OWN)
    except VaultError as exc:
        assert isinstance(exc, ExchangeRefused)
        for lang in ("nl", "en"):
            assert not CONTROL.search(exc.message(lang))
        return None


def test_a_real_age_file_is_not_signed():
    """Made with age (or rage) for our address, not by samenplan: said so, not "changed"."""
    with pytest.raises(NotSigned) as caught:
        exchange.open_file(for_us(b"hallo\n"), keys=OWN)
    assert "niet ondertekend" in caught.value.message("nl")
    by_passphrase = bytes(pyrage.passphrase.encrypt(b"{}", "zon maan sterren"))
    with pytest.raises(NotSigned):
        exchange.open_file(by_passphrase, passphrase="zon maan sterren")


def test_the_good_envelope_opens():
    opened = exchange.open_file(envelope(good_content()), keys=OWN)
    assert opened.payload == DEMO_BYTES and opened.sender == SENDER.verify_key


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=200) | trees.map(encode))
@example(DEEP)  # RecursionError in json.loads, before the signature is looked at
@example(b'{"signed": "", "signature": ""}')
@example(b'{"signed": [], "signature": {}}')
@example(b"\xef\xbb\xbf{}")
def test_any_age_file_for_us_gives_only_exchange_errors(inner):
    assert only_documented(for_us(inner)) is None


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(["format", "version", "meta", "sender", "payload", None]), trees)
@example("meta", "deep")  # nested 500 deep (made in the test: too deep to print)
@example("meta", {"kind": "\ud800"})
@example("version", BIG)
@example("sender", "\ud800")
@example(None, "\ud800")
def test_any_signed_content_gives_only_exchange_errors(key, value):
    if value == "deep":
        value = json.loads("[" * 500 + "]" * 500)
    content = good_content(**{key: value}) if key else value
    opened = only_documented(envelope(content))
    if opened is not None:
        assert isinstance(opened.meta, dict)


def test_a_signed_body_nested_100k_deep_is_refused():
    with pytest.raises(ExchangeRefused):
        exchange.open_file(sealed(DEEP, sign(DEEP)), keys=OWN)
