"""Key derivation and encryption primitives (security.md §2.2–§2.3).

Argon2id turns a passphrase into a key-encryption key; HKDF derives every other key with a
`samenplan/v1/...` label; AES-256-GCM encrypts. Parameters of a stored slot are checked
against read bounds *before* any KDF runs, so a file cannot make us burn memory or time or
accept weakened settings outside the bounds.

The read bounds are what this app ever writes, with room to spare, and no more: calibration
keeps Argon2id at 64–256 MiB with t ≤ 10 and p = 4, and scrypt at log2(N) = 17, r = 8, p = 1.
A file asking for more (a crafted or damaged keys file) is refused as damaged at once; at
the caps one derivation takes a few seconds and at most 1 GiB.
"""

from __future__ import annotations

import hmac
import os
import secrets
import struct
import time
import unicodedata
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag, UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from samenplan.vault.errors import Damaged, Locked, UnsupportedKdf

KEY_LEN = 32
MIN_SECRET_LEN = 20  # the shortest key material HKDF takes: the 160-bit recovery code
NONCE_LEN = 12
SALT_LEN = 16
ARGON2ID = 1
SCRYPT = 2
_PARAMS = struct.Struct("<BIII")
# Read bounds (inclusive). Argon2id: memory in KiB, t, p. scrypt: log2(N), r, p; its memory
# is 128·r·N bytes, so the caps give at most 1 GiB, the same as Argon2id's.
ARGON2_MEMORY = (19 * 1024, 1024 * 1024)  # 19 MiB … 1 GiB
ARGON2_ITERATIONS = (1, 10)
ARGON2_LANES = (1, 8)
SCRYPT_LOG_N = (15, 20)
SCRYPT_R = (1, 8)
SCRYPT_P = (1, 1)


@dataclass(frozen=True)
class KdfParams:
    """Argon2id: cost = memory in KiB, iterations = t, lanes = p.
    scrypt: cost = log2(N), iterations = r, lanes = p."""

    algorithm: int
    cost: int
    iterations: int
    lanes: int

    def encode(self) -> bytes:
        return _PARAMS.pack(self.algorithm, self.cost, self.iterations, self.lanes)

    @classmethod
    def decode(cls, raw: bytes) -> KdfParams:
        if len(raw) != _PARAMS.size:
            raise Damaged("kdf params")
        return cls(*_PARAMS.unpack(raw))

    def within_read_bounds(self) -> bool:
        """Bounds for reading a stored slot: outside them we refuse without running the KDF."""
        if self.algorithm == ARGON2ID:
            bounds = (ARGON2_MEMORY, ARGON2_ITERATIONS, ARGON2_LANES)
        elif self.algorithm == SCRYPT:
            bounds = (SCRYPT_LOG_N, SCRYPT_R, SCRYPT_P)
        else:
            return False
        values = (self.cost, self.iterations, self.lanes)
        return all(low <= value <= high for value, (low, high) in zip(values, bounds, strict=True))

    @property
    def work(self) -> int:
        """How much work these settings ask, to compare settings of one algorithm."""
        if self.algorithm == ARGON2ID:
            return self.cost * self.iterations
        return int(2**self.cost) * self.iterations * self.lanes

    def meets_creation_floor(self) -> bool:
        """The weakest settings a new passphrase slot may get (RFC 9106, OWASP)."""
        if self.algorithm == ARGON2ID:
            return self.cost >= 64 * 1024 and self.iterations >= 3 and self.within_read_bounds()
        return self.cost >= 17 and self.within_read_bounds()


ARGON2_DEFAULT = KdfParams(ARGON2ID, 256 * 1024, 3, 4)
ARGON2_FLOOR = KdfParams(ARGON2ID, 64 * 1024, 3, 4)
SCRYPT_DEFAULT = KdfParams(SCRYPT, 17, 8, 1)


def normalize_passphrase(passphrase: str) -> bytes:
    """NFC, so a passphrase typed on macOS (NFD) opens the same profile."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def argon2_available() -> bool:
    try:
        from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

        Argon2id(salt=b"\0" * 16, length=32, iterations=1, lanes=1, memory_cost=8).derive(b"x")
    except (ImportError, UnsupportedAlgorithm):
        return False
    return True


def derive_kek(secret: bytes, salt: bytes, params: KdfParams) -> bytes:
    """The key-encryption key for a passphrase slot. Checks the bounds first."""
    if not params.within_read_bounds() or not SALT_LEN <= len(salt) <= 64:
        raise Damaged("kdf params out of bounds")
    if params.algorithm == ARGON2ID:
        try:
            from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

            kdf = Argon2id(
                salt=salt,
                length=KEY_LEN,
                iterations=params.iterations,
                lanes=params.lanes,
                memory_cost=params.cost,
            )
        except (ImportError, UnsupportedAlgorithm):
            raise UnsupportedKdf("argon2id") from None
        return kdf.derive(secret)
    scrypt = Scrypt(
        salt=salt, length=KEY_LEN, n=2**params.cost, r=params.iterations, p=params.lanes
    )
    return scrypt.derive(secret)


def calibrate(target: tuple[float, float] = (0.5, 1.0)) -> KdfParams:
    """Argon2id settings that take 0.5–1.0 s on this machine, never below the floor.

    Falls back to scrypt when this installation has no Argon2id.
    """
    if not argon2_available():
        return SCRYPT_DEFAULT
    low, high = target
    params = ARGON2_DEFAULT
    salt = secrets.token_bytes(SALT_LEN)
    took = _time(params, salt)
    # Too slow: halve the memory, down to the floor.
    while took > high and params.cost > ARGON2_FLOOR.cost:
        params = KdfParams(ARGON2ID, params.cost // 2, params.iterations, params.lanes)
        took = _time(params, salt)
    # Too fast: more iterations, scaled from what we measured (never beyond the read bound).
    if took < low:
        wanted = (low + high) / 2
        most = ARGON2_ITERATIONS[1]
        iterations = min(most, max(params.iterations, round(params.iterations * wanted / took)))
        params = KdfParams(ARGON2ID, params.cost, iterations, params.lanes)
    return params


def _time(params: KdfParams, salt: bytes) -> float:
    start = time.perf_counter()
    derive_kek(b"calibration", salt, params)
    return time.perf_counter() - start


def require_key(key: bytes, what: str = "key", length: int = KEY_LEN) -> bytes:
    """`key` itself when it is exactly `length` bytes long.

    An empty key is what a closed session holds: Locked, so nothing is ever encrypted,
    wrapped or derived under it. Any other wrong length is a programming error: ValueError.
    """
    if not key:
        raise Locked(what)
    if len(key) != length:
        raise ValueError(f"{what}: {len(key)} bytes, expected {length}")
    return key


def hkdf(key: bytes, salt: bytes | None, info: bytes, length: int = KEY_LEN) -> bytes:
    """HKDF-SHA256 of `key` (at least MIN_SECRET_LEN bytes; an empty key raises Locked)."""
    if not key:
        raise Locked("hkdf")
    if len(key) < MIN_SECRET_LEN:
        raise ValueError(f"hkdf: {len(key)} bytes of key material, expected >= {MIN_SECRET_LEN}")
    return HKDF(algorithm=hashes.SHA256(), length=length, salt=salt, info=info).derive(key)


def seal(key: bytes, plaintext: bytes, aad: bytes) -> tuple[bytes, bytes]:
    """AES-256-GCM with a fresh random nonce: (nonce, ciphertext with tag).

    Locked for an empty key, ValueError for a key that is not KEY_LEN bytes."""
    require_key(key, "seal")
    nonce = os.urandom(NONCE_LEN)
    return nonce, AESGCM(key).encrypt(nonce, plaintext, aad)


def open_sealed(key: bytes, nonce: bytes, ciphertext: bytes, aad: bytes) -> bytes | None:
    """The plaintext, or None when the key, nonce, ciphertext or aad do not match.

    Locked for an empty key, ValueError for a key that is not KEY_LEN bytes: those are
    never a file's fault."""
    require_key(key, "open")
    if len(nonce) != NONCE_LEN:
        return None
    try:
        return AESGCM(key).decrypt(nonce, ciphertext, aad)
    except InvalidTag:
        return None


def same(a: bytes, b: bytes) -> bool:
    return hmac.compare_digest(a, b)
