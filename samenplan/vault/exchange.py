"""Exchange files: a triad card or a whole dossier sent to another computer (security.md §2.10).

Encrypted with age (pyrage) either to the recipient profile's X25519 key or to a passphrase
the two people share in person. age does not say who sent a file, so inside it the sender
signs (Ed25519) the content together with whom it was meant for; a changed file, a file
re-encrypted for someone else or signed by another key is refused. Each profile gets its
exchange keys on first use, kept in its encrypted profile section.

The age header is checked here before pyrage sees it, since pyrage itself would run
whatever scrypt work factor a file names (22: 19 s and 4 GiB here, before the wrong
passphrase shows) and takes seconds to minutes over a header of a few thousand lines. A
file by passphrase is written here too (age's scrypt stanza with a fixed work factor of 18,
as age itself writes; pyrage would pick one by timing this machine, 21 or more on a fast
one), so that what we write is always within what we read: work factor ≤ 20, a header of
at most 4 KiB with at most 8 stanzas.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import os
import re
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
)

from samenplan.vault.errors import Tampered, VaultError

FORMAT = "samenplan-exchange"
VERSION = 1
ADDRESS_PREFIX = "samenplan1"
MAX_SIZE = 16 * 1024 * 1024
_CONTEXT = b"samenplan/v1/exchange\0"
AGE_MAGIC = b"age-encryption.org/v1"
WRITE_WORK_FACTOR = 18  # log2(N) of the scrypt stanza we write (r = 8, p = 1, as in age)
MAX_WORK_FACTOR = 20  # the most we run for a file we read: 1 GiB, about 3 s here
MAX_HEADER = 4096
MAX_STANZAS = 8
_ARMOR_BEGIN = b"-----BEGIN AGE ENCRYPTED FILE-----"
_ARMOR_END = b"-----END AGE ENCRYPTED FILE-----"
_WORK_FACTOR_RE = re.compile(rb"[1-9][0-9]?")


class ExchangeRefused(Tampered):
    code = "exchange_refused"


class NotSigned(ExchangeRefused):
    """The file opened (age) but holds no samenplan signature: made with another tool."""

    code = "not_signed"


class BadAddress(VaultError):
    code = "bad_address"


@dataclass(frozen=True)
class Keys:
    """A profile's exchange keys (private: kept only in the encrypted profile section)."""

    age_identity: str
    signing_key: bytes

    @property
    def recipient(self) -> str:
        import pyrage

        return str(pyrage.x25519.Identity.from_str(self.age_identity).to_public())

    @property
    def verify_key(self) -> bytes:
        private = Ed25519PrivateKey.from_private_bytes(self.signing_key)
        return private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)

    def address(self) -> str:
        """What to give others so they can send to this profile."""
        return f"{ADDRESS_PREFIX}:{self.recipient}:{self.verify_key.hex()}"


def new_keys() -> Keys:
    import pyrage

    identity = pyrage.x25519.Identity.generate()
    signing = Ed25519PrivateKey.generate()
    raw = signing.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    return Keys(str(identity), raw)


def keys_from_section(section: dict[str, Any]) -> Keys | None:
    data = section.get("exchange")
    if not isinstance(data, dict):
        return None
    return Keys(str(data["age_identity"]), bytes.fromhex(str(data["signing_key"])))


def keys_to_section(keys: Keys) -> dict[str, str]:
    return {"age_identity": keys.age_identity, "signing_key": keys.signing_key.hex()}


def parse_address(address: str) -> tuple[str, bytes]:
    """(age recipient, signing key) from an address; BadAddress when it is not one."""
    parts = address.strip().split(":")
    if len(parts) != 3 or parts[0] != ADDRESS_PREFIX or not parts[1].startswith("age1"):
        raise BadAddress()
    import pyrage

    try:
        key = bytes.fromhex(parts[2])
        pyrage.x25519.Recipient.from_str(parts[1])
    except (ValueError, pyrage.RecipientError):
        raise BadAddress() from None
    if len(key) != 32:
        raise BadAddress()
    return parts[1], key


def fingerprint(verify_key: bytes) -> str:
    """A short, readable fingerprint of a signing key, to compare by phone or in person."""
    digest = hashlib.sha256(verify_key).hexdigest()[:20].upper()
    return " ".join(digest[i : i + 4] for i in range(0, 20, 4))


def _binding(recipient: str | None) -> bytes:
    return b"recipient:" + recipient.encode() if recipient else b"passphrase"


def seal(
    meta: dict[str, Any],
    payload: bytes,
    sender: Keys,
    *,
    recipient: str | None = None,
    passphrase: str | None = None,
) -> bytes:
    """An exchange file: signed by `sender`, encrypted to `recipient` or to `passphrase`."""
    import pyrage

    if (recipient is None) == (passphrase is None):
        raise ValueError("give a recipient or a passphrase")
    body = json.dumps(
        {
            "format": FORMAT,
            "version": VERSION,
            "meta": meta,
            "sender": sender.verify_key.hex(),
            "payload": base64.b64encode(payload).decode("ascii"),
        },
        sort_keys=True,
    ).encode("utf-8")
    signer = Ed25519PrivateKey.from_private_bytes(sender.signing_key)
    signature = signer.sign(_CONTEXT + _binding(recipient) + b"\0" + body)
    inner = json.dumps(
        {
            "signed": base64.b64encode(body).decode(),
            "signature": base64.b64encode(signature).decode(),
        }
    ).encode("utf-8")
    if recipient is not None:
        return bytes(pyrage.encrypt(inner, [pyrage.x25519.Recipient.from_str(recipient)]))
    assert passphrase is not None
    return age_passphrase_encrypt(inner, passphrase)


def _b64(data: bytes) -> bytes:
    return base64.b64encode(data).rstrip(b"=")


def _hkdf(key: bytes, salt: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(key)


def age_passphrase_encrypt(
    plaintext: bytes, passphrase: str, work_factor: int = WRITE_WORK_FACTOR
) -> bytes:
    """An age v1 file (age-encryption.org/v1) with one scrypt stanza of `work_factor`.

    Written here rather than by pyrage, which picks the work factor by timing this machine:
    a fast sender would write a file the receiver refuses. It follows the age v1 format
    (header, HMAC, 64 KiB STREAM chunks); pyrage (rage) opens it with the passphrase."""
    if not passphrase:
        raise ValueError("empty passphrase")
    file_key = os.urandom(16)
    salt = os.urandom(16)
    wrap_key = Scrypt(
        salt=b"age-encryption.org/v1/scrypt" + salt, length=32, n=2**work_factor, r=8, p=1
    ).derive(passphrase.encode("utf-8"))
    body = _b64(ChaCha20Poly1305(wrap_key).encrypt(bytes(12), file_key, None))
    lines = [body[i : i + 64] for i in range(0, len(body), 64)]
    if not lines or len(lines[-1]) == 64:
        lines.append(b"")  # a stanza's body ends with a line shorter than 64 columns
    header = b"\n".join(
        [AGE_MAGIC, b"-> scrypt " + _b64(salt) + b" " + str(work_factor).encode(), *lines, b"---"]
    )
    mac = hmac.new(_hkdf(file_key, b"", b"header"), header, "sha256").digest()
    nonce = os.urandom(16)
    stream = ChaCha20Poly1305(_hkdf(file_key, nonce, b"payload"))
    chunk = 64 * 1024
    count = max(1, -(-len(plaintext) // chunk))
    parts = [header, b" ", _b64(mac), b"\n", nonce]
    for index in range(count):
        last = b"\x01" if index == count - 1 else b"\x00"
        piece = plaintext[index * chunk : (index + 1) * chunk]
        parts.append(stream.encrypt(index.to_bytes(11, "big") + last, piece, None))
    return b"".join(parts)


def check_age_header(data: bytes) -> None:
    """ExchangeRefused, at once, for an age header we will not hand to pyrage: not age v1,
    longer than MAX_HEADER, more than MAX_STANZAS stanzas, or an scrypt work factor above
    MAX_WORK_FACTOR (also inside ASCII armor)."""
    stripped = data.lstrip(b" \t\r\n")
    if stripped.startswith(_ARMOR_BEGIN):
        end = stripped.find(_ARMOR_END)
        if end < 0:
            raise ExchangeRefused("armor")
        text = b"".join(stripped[len(_ARMOR_BEGIN) : end].split())
        try:
            data = base64.b64decode(text[: MAX_HEADER * 2], validate=True)
        except (binascii.Error, ValueError):
            raise ExchangeRefused("armor") from None
    end = data.find(b"\n--- ", 0, MAX_HEADER)
    if end < 0:
        raise ExchangeRefused("header")
    lines = data[:end].split(b"\n")
    if lines[0] != AGE_MAGIC:
        raise ExchangeRefused("header")
    stanzas = [line[3:].split(b" ") for line in lines[1:] if line.startswith(b"-> ")]
    if not stanzas or len(stanzas) > MAX_STANZAS:
        raise ExchangeRefused("stanzas")
    for args in stanzas:
        if args[0] == b"scrypt" and (
            len(args) != 3
            or _WORK_FACTOR_RE.fullmatch(args[2]) is None
            or int(args[2]) > MAX_WORK_FACTOR
        ):
            raise ExchangeRefused("work factor")


@dataclass(frozen=True)
class Opened:
    meta: dict[str, Any]
    payload: bytes
    sender: bytes  # the signing key that signed it (verified)


def open_file(data: bytes, *, keys: Keys | None = None, passphrase: str | None = None) -> Opened:
    """Decrypt and verify; ExchangeRefused for anything changed, misdirected or malformed."""
    import pyrage

    if len(data) > MAX_SIZE:
        raise ExchangeRefused("size")
    check_age_header(data)
    try:
        if keys is not None:
            identity = pyrage.x25519.Identity.from_str(keys.age_identity)
            inner = pyrage.decrypt(data, [identity])
            recipient: str | None = keys.recipient
        elif passphrase is not None:
            inner = pyrage.passphrase.decrypt(data, passphrase)
            recipient = None
        else:
            raise ValueError("give keys or a passphrase")
    except Exception:  # DecryptError, and plain errors for some malformed headers
        raise ExchangeRefused("decrypt") from None
    try:  # age authenticated the bytes: what is not our signed envelope came from elsewhere
        outer = json.loads(bytes(inner).decode("utf-8"))
        if not isinstance(outer, dict) or set(outer) != {"signed", "signature"}:
            raise NotSigned("envelope")
        body = base64.b64decode(outer["signed"], validate=True)
        signature = base64.b64decode(outer["signature"], validate=True)
    except NotSigned:
        raise
    except (ValueError, TypeError, UnicodeDecodeError, RecursionError):
        raise NotSigned("envelope") from None
    try:
        content = json.loads(body.decode("utf-8"))
        sender = bytes.fromhex(content["sender"])
        Ed25519PublicKey.from_public_bytes(sender).verify(
            signature, _CONTEXT + _binding(recipient) + b"\0" + body
        )
        if content["format"] != FORMAT or content["version"] != VERSION:
            raise ExchangeRefused("format")
        payload = base64.b64decode(content["payload"], validate=True)
        meta = content["meta"]
        if not isinstance(meta, dict):
            raise ExchangeRefused("meta")
    except ExchangeRefused:
        raise
    except (
        InvalidSignature, ValueError, KeyError, TypeError, binascii.Error, UnicodeDecodeError,
        RecursionError,
    ):  # fmt: skip
        raise ExchangeRefused("content") from None
    return Opened(meta, payload, sender)
