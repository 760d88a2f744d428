"""Encrypted payload files: dossiers (kind 2) and the dossier index (kind 3), §2.5.

Every save derives a one-time payload key and a key commitment from the file's key with a
fresh 32-byte salt, and encrypts the padded plaintext with AES-256-GCM; the associated
data is the whole prefix (magic, versions, every header TLV, body length). Plaintext is
`u32 length ‖ content ‖ zeros` up to a multiple of 4 KiB, so sizes say little; content is
`u32 meta length ‖ meta JSON ‖ data`, and the meta repeats the file id and generation.

The meta may carry more (a dossier file holds its id, title and save date there, so the
index can be rebuilt from the files). Readers ignore meta fields they do not know, so a file
with more meta opens in every version; files written without it still open.
"""

from __future__ import annotations

import json
import os
import struct
from dataclasses import dataclass, field

from samenplan.vault import container as ct
from samenplan.vault.crypto import KEY_LEN, NONCE_LEN, hkdf, open_sealed, require_key, same
from samenplan.vault.errors import Damaged, Tampered

T_PROFILE_ID = 0x81
T_FILE_ID = 0x82
T_GENERATION = 0x83
T_CIPHER = 0x84
T_PMK_ID = 0x85
T_WRAPPED_KEY = 0x86
T_SALT = 0x87
T_NONCE = 0x88
T_COMMITMENT = 0x89
T_WRITER = 0x0A
T_DEVICE = 0x0B  # the device that wrote the file (devices.py); not critical: older files lack it
KNOWN_TLVS = frozenset(
    {T_PROFILE_ID, T_FILE_ID, T_GENERATION, T_CIPHER, T_PMK_ID, T_WRAPPED_KEY, T_SALT,
     T_NONCE, T_COMMITMENT, T_WRITER, T_DEVICE}
)  # fmt: skip
AES_256_GCM = b"\x01"
PAD = 4096


@dataclass
class Opened:
    """A decrypted payload file."""

    data: bytes
    generation: int
    read_only: bool
    meta: dict[str, object] = field(default_factory=dict)  # the encrypted meta, as written


def _pad(content: bytes) -> bytes:
    framed = struct.pack("<I", len(content)) + content
    return framed + b"\0" * (-len(framed) % PAD)


def _unpad(padded: bytes) -> bytes:
    if len(padded) < 4 or len(padded) % PAD:
        raise Tampered("padding")
    (length,) = struct.unpack_from("<I", padded)
    if 4 + length > len(padded) or any(padded[4 + length :]):
        raise Tampered("padding")
    return padded[4 : 4 + length]


def _keys(file_key: bytes, salt: bytes, file_id: bytes) -> tuple[bytes, bytes]:
    require_key(file_key, "file key")
    okm = hkdf(file_key, salt, b"samenplan/v1/payload" + file_id, 2 * KEY_LEN)
    return okm[:KEY_LEN], okm[KEY_LEN:]


def seal_file(
    kind: int,
    tlvs: dict[int, bytes],
    file_key: bytes,
    file_id: bytes,
    generation: int,
    data: bytes,
    extra: dict[str, object] | None = None,
    device: str = "",
) -> bytes:
    """The bytes of a payload file. `tlvs` must hold the profile id and, for dossiers,
    the file id, the PMK id and the wrapped file key. `extra` goes into the encrypted meta
    (it may not use the keys "id" and "generation"). `device` (hex) names the writer."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    from samenplan import __version__

    salt, nonce = os.urandom(32), os.urandom(NONCE_LEN)
    payload_key, commitment = _keys(file_key, salt, file_id)
    fields: dict[str, object] = {**(extra or {}), "id": file_id.hex(), "generation": generation}
    meta = json.dumps(fields, ensure_ascii=False, sort_keys=True).encode()
    padded = _pad(struct.pack("<I", len(meta)) + meta + data)
    box = ct.Container(
        kind,
        {
            **tlvs,
            T_GENERATION: ct.u64(generation),
            T_CIPHER: AES_256_GCM,
            T_SALT: salt,
            T_NONCE: nonce,
            T_COMMITMENT: commitment,
            T_WRITER: __version__.encode()[:32],
            **({T_DEVICE: bytes.fromhex(device)} if device else {}),
        },
    )
    aad = box.prefix(len(padded) + 16)
    box.body = AESGCM(payload_key).encrypt(nonce, padded, aad)
    return box.encode()


def parse(raw: bytes, kind: int) -> ct.Container:
    """Strict framing check, no key needed (Damaged, NotAVault, NewerVersion)."""
    box = ct.decode(raw, kind, KNOWN_TLVS)
    if ct.require(box.tlvs, T_CIPHER, 1) != AES_256_GCM:
        raise Damaged("cipher")
    for tlv_type, size in (
        (T_PROFILE_ID, 16),
        (T_SALT, 32),
        (T_NONCE, NONCE_LEN),
        (T_COMMITMENT, 32),
    ):
        ct.require(box.tlvs, tlv_type, size)
    ct.require(box.tlvs, T_GENERATION, 8)
    return box


def open_file(box: ct.Container, file_key: bytes, file_id: bytes) -> Opened:
    """Decrypt a parsed payload file; Tampered when anything does not belong together."""
    payload_key, commitment = _keys(file_key, box.tlvs[T_SALT], file_id)
    if not same(commitment, box.tlvs[T_COMMITMENT]):
        raise Tampered("commitment")
    padded = open_sealed(payload_key, box.tlvs[T_NONCE], box.body, box.prefix())
    if padded is None:
        raise Tampered("aead")
    content = _unpad(padded)
    if len(content) < 4:
        raise Tampered("content")
    (meta_len,) = struct.unpack_from("<I", content)
    try:
        meta = json.loads(content[4 : 4 + meta_len].decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise Tampered("meta") from None
    generation = ct.read_u64(box.tlvs[T_GENERATION])
    if (
        not isinstance(meta, dict)
        or meta.get("id") != file_id.hex()
        or meta.get("generation") != generation
        or 4 + meta_len > len(content)
    ):
        raise Tampered("meta")
    return Opened(content[4 + meta_len :], generation, box.read_only, meta)
