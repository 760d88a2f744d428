"""The keyslot file (`keys.spk`, kind 1): the profile master key (PMK), wrapped once per way in.

Slots: the passphrase (Argon2id or scrypt), the recovery code (HKDF of a 160-bit code), the
OS keyring (HKDF of a random device key) and, only during key rotation, the previous PMK
wrapped under the new one. Each slot's associated data binds the format version, the
profile, the PMK id and the slot's own KDF settings, so a slot cannot be moved to another
profile and its settings cannot be lowered without detection. An encrypted profile section
(JSON) follows the slots.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
import struct
from dataclasses import dataclass, field
from typing import Any

from samenplan.vault import container as ct
from samenplan.vault.crypto import (
    KEY_LEN,
    NONCE_LEN,
    SALT_LEN,
    KdfParams,
    derive_kek,
    hkdf,
    normalize_passphrase,
    open_sealed,
    require_key,
    seal,
)
from samenplan.vault.errors import Damaged, Tampered, WrongPassphrase, WrongRecoveryCode

SLOT_PASSPHRASE = 1
SLOT_RECOVERY = 2
SLOT_KEYRING = 3
SLOT_PREVIOUS_PMK = 4
T_PROFILE_ID = 0x81
T_PMK_ID = 0x82
T_GENERATION = 0x83
T_WRITER = 0x0A
KNOWN_TLVS = frozenset({T_PROFILE_ID, T_PMK_ID, T_GENERATION, T_WRITER})
NO_KDF = KdfParams(0, 0, 0, 0)
_SLOT_HEAD = struct.Struct("<B16s13sB")  # type, slot id, kdf params, salt length
_WRAPPED = KEY_LEN + 16
RECOVERY_BYTES = 20
_B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


@dataclass
class Slot:
    type: int
    slot_id: bytes
    params: KdfParams
    salt: bytes
    nonce: bytes
    wrapped: bytes

    def head(self) -> bytes:
        return (
            _SLOT_HEAD.pack(self.type, self.slot_id, self.params.encode(), len(self.salt))
            + self.salt
        )


@dataclass
class Keyslots:
    profile_id: bytes
    pmk_id: bytes
    generation: int
    slots: list[Slot]
    section_nonce: bytes = b""
    section: bytes = b""  # ciphertext of the profile section
    aad_prefix: bytes = field(default=b"", compare=False)  # what the section authenticates
    read_only: bool = field(default=False, compare=False)

    def container(self, body: bytes = b"") -> ct.Container:
        from samenplan import __version__

        return ct.Container(
            ct.KIND_KEYSLOTS,
            {
                T_PROFILE_ID: self.profile_id,
                T_PMK_ID: self.pmk_id,
                T_GENERATION: ct.u64(self.generation),
                T_WRITER: __version__.encode()[:32],
            },
            body,
        )

    def slot_aad(self, slot: Slot) -> bytes:
        return (
            b"samenplan/v1/slot"
            + struct.pack("<BHH", ct.KIND_KEYSLOTS, ct.FORMAT_MAJOR, ct.FORMAT_MINOR)
            + self.profile_id
            + self.pmk_id
            + slot.head()
        )

    def find(self, slot_type: int) -> list[Slot]:
        return [s for s in self.slots if s.type == slot_type]


def _section_key(pmk: bytes) -> bytes:
    return hkdf(pmk, None, b"samenplan/v1/profile-section")


def _slot_bytes(slot: Slot) -> bytes:
    return slot.head() + slot.nonce + struct.pack("<H", len(slot.wrapped)) + slot.wrapped


def encode(keys: Keyslots, pmk: bytes, section: dict[str, Any]) -> bytes:
    """The file's bytes, with the profile section encrypted afresh under `pmk`."""
    slots = struct.pack("<B", len(keys.slots)) + b"".join(_slot_bytes(s) for s in keys.slots)
    plain = json.dumps(section, ensure_ascii=False, sort_keys=True).encode("utf-8")
    body_len = len(slots) + NONCE_LEN + 4 + len(plain) + 16
    # The section authenticates the whole file before it: framing, header and every slot.
    aad = keys.container().prefix(body_len) + slots
    nonce, sealed = seal(_section_key(pmk), plain, aad)
    body = slots + nonce + struct.pack("<I", len(sealed)) + sealed
    keys.section_nonce, keys.section, keys.aad_prefix = nonce, sealed, aad
    return keys.container(body).encode()


def decode(raw: bytes) -> Keyslots:
    """Parse the file strictly (no keys needed). Raises Damaged, NotAVault or NewerVersion."""
    box = ct.decode(raw, ct.KIND_KEYSLOTS, KNOWN_TLVS)
    keys = Keyslots(
        ct.require(box.tlvs, T_PROFILE_ID, 16),
        ct.require(box.tlvs, T_PMK_ID, 16),
        ct.read_u64(ct.require(box.tlvs, T_GENERATION, 8)),
        [],
    )
    keys.read_only = box.read_only
    body = box.body
    pos = 1
    if not body:
        raise Damaged("no slots")
    for _ in range(body[0]):
        if pos + _SLOT_HEAD.size > len(body):
            raise Damaged("slot")
        slot_type, slot_id, params_raw, salt_len = _SLOT_HEAD.unpack_from(body, pos)
        pos += _SLOT_HEAD.size
        end = pos + salt_len + NONCE_LEN + 2
        if end > len(body) or slot_type not in (1, 2, 3, 4):
            raise Damaged("slot")
        salt = body[pos : pos + salt_len]
        nonce = body[pos + salt_len : pos + salt_len + NONCE_LEN]
        (wrapped_len,) = struct.unpack_from("<H", body, end - 2)
        if wrapped_len != _WRAPPED or end + wrapped_len > len(body):
            raise Damaged("slot")
        keys.slots.append(
            Slot(
                slot_type,
                slot_id,
                KdfParams.decode(params_raw),
                salt,
                nonce,
                body[end : end + wrapped_len],
            )
        )
        pos = end + wrapped_len
    if pos + NONCE_LEN + 4 > len(body):
        raise Damaged("section")
    keys.section_nonce = body[pos : pos + NONCE_LEN]
    (section_len,) = struct.unpack_from("<I", body, pos + NONCE_LEN)
    start = pos + NONCE_LEN + 4
    if start + section_len != len(body):
        raise Damaged("section length")
    keys.section = body[start:]
    keys.aad_prefix = box.prefix() + body[:pos]
    return keys


def read_section(keys: Keyslots, pmk: bytes) -> dict[str, Any]:
    """The decrypted profile section; Tampered if it does not belong with this PMK."""
    plain = open_sealed(_section_key(pmk), keys.section_nonce, keys.section, keys.aad_prefix)
    if plain is None:
        raise Tampered("profile section")
    try:
        data = json.loads(plain.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise Tampered("profile section json") from None
    if not isinstance(data, dict):
        raise Tampered("profile section shape")
    return data


# ------------------------------------------------------------------ slots


def _wrap(
    keys: Keyslots, slot_type: int, kek: bytes, pmk: bytes, params: KdfParams, salt: bytes
) -> Slot:
    """A slot holding `pmk` under `kek`; neither may be empty (a closed session's key)."""
    require_key(pmk, "wrapped pmk")
    slot = Slot(slot_type, secrets.token_bytes(16), params, salt, b"", b"")
    slot.nonce, slot.wrapped = seal(kek, pmk, keys.slot_aad(slot))
    return slot


def _unwrap(keys: Keyslots, slot: Slot, kek: bytes) -> bytes | None:
    return open_sealed(kek, slot.nonce, slot.wrapped, keys.slot_aad(slot))


def passphrase_slot(keys: Keyslots, passphrase: str, pmk: bytes, params: KdfParams) -> Slot:
    salt = secrets.token_bytes(SALT_LEN)
    kek = derive_kek(normalize_passphrase(passphrase), salt, params)
    return _wrap(keys, SLOT_PASSPHRASE, kek, pmk, params, salt)


def new_recovery_code() -> str:
    """160 random bits as 8 groups of 4 base32 characters, e.g. ABCD-EFGH-..."""
    text = base64.b32encode(secrets.token_bytes(RECOVERY_BYTES)).decode("ascii")
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def canonical_recovery_code(code: str) -> str:
    """The code as the vault reads it: letters and digits only, in capitals, the look-alikes
    0, 1 and 8 read as O, I and B (base32 has no 0, 1 or 8)."""
    cleaned = "".join(ch for ch in code.upper() if ch.isalnum())
    return cleaned.replace("0", "O").replace("1", "I").replace("8", "B")


def _recovery_secret(code: str) -> bytes | None:
    cleaned = canonical_recovery_code(code)
    if len(cleaned) != 32 or any(ch not in _B32 for ch in cleaned):
        return None
    return base64.b32decode(cleaned)


def recovery_slot(keys: Keyslots, code: str, pmk: bytes) -> Slot:
    secret = _recovery_secret(code)
    assert secret is not None
    salt = secrets.token_bytes(SALT_LEN)
    return _wrap(
        keys, SLOT_RECOVERY, hkdf(secret, salt, b"samenplan/v1/recovery"), pmk, NO_KDF, salt
    )


def device_slot(keys: Keyslots, device_key: bytes, pmk: bytes) -> Slot:
    salt = secrets.token_bytes(SALT_LEN)
    kek = hkdf(device_key, salt, b"samenplan/v1/keyring-slot")
    return _wrap(keys, SLOT_KEYRING, kek, pmk, NO_KDF, salt)


def previous_pmk_slot(keys: Keyslots, old_pmk: bytes, new_pmk: bytes) -> Slot:
    """During key rotation: the old PMK, wrapped under the new one."""
    salt = secrets.token_bytes(SALT_LEN)
    kek = hkdf(new_pmk, salt, b"samenplan/v1/previous-pmk")
    return _wrap(keys, SLOT_PREVIOUS_PMK, kek, old_pmk, NO_KDF, salt)


def unlock_passphrase(keys: Keyslots, passphrase: str) -> bytes:
    slots = keys.find(SLOT_PASSPHRASE)
    if not slots:
        raise Damaged("no passphrase slot")
    for slot in slots:
        if not slot.params.within_read_bounds():
            raise Damaged("kdf params out of bounds")  # before any KDF runs
    secret = normalize_passphrase(passphrase)
    for slot in slots:
        pmk = _unwrap(keys, slot, derive_kek(secret, slot.salt, slot.params))
        if pmk is not None:
            return pmk
    raise WrongPassphrase()


def unlock_recovery(keys: Keyslots, code: str) -> bytes:
    secret = _recovery_secret(code)
    if secret is None:
        raise WrongRecoveryCode("format")
    for slot in keys.find(SLOT_RECOVERY):
        pmk = _unwrap(keys, slot, hkdf(secret, slot.salt, b"samenplan/v1/recovery"))
        if pmk is not None:
            return pmk
    raise WrongRecoveryCode()


def unlock_device(keys: Keyslots, device_key: bytes) -> bytes | None:
    for slot in keys.find(SLOT_KEYRING):
        pmk = _unwrap(keys, slot, hkdf(device_key, slot.salt, b"samenplan/v1/keyring-slot"))
        if pmk is not None:
            return pmk
    return None


def previous_pmk(keys: Keyslots, pmk: bytes) -> bytes | None:
    for slot in keys.find(SLOT_PREVIOUS_PMK):
        return _unwrap(keys, slot, hkdf(pmk, slot.salt, b"samenplan/v1/previous-pmk"))
    return None


def new_keyslots(profile_id: bytes) -> tuple[Keyslots, bytes]:
    """An empty keyslot set with a fresh PMK (the caller adds the slots)."""
    pmk = os.urandom(KEY_LEN)
    return Keyslots(profile_id, secrets.token_bytes(16), 0, []), pmk
