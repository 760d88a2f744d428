"""The common file framing of every samenplan data file (security.md §2.4).

    magic "SAMENPLN" | kind u8 | major u16 | minor u16 | header_len u16 | header TLVs
    | body_len u64 | body | SHA-256 of everything before it

Integers are little-endian. TLVs are `type u8, len u16, value` in strictly ascending type
order; bit 0x80 marks a critical TLV. Parsing is strict and canonical, so
`encode(decode(x)) == x`. The keyless trailer tells damage (bit rot, torn writes) apart
from a wrong passphrase or tampering, before any key is asked for.
"""

from __future__ import annotations

import hashlib
import struct
from dataclasses import dataclass, field

from samenplan.vault.errors import Damaged, NewerVersion, NotAVault

MAGIC = b"SAMENPLN"
KIND_KEYSLOTS = 1
KIND_DOSSIER = 2
KIND_INDEX = 3
FORMAT_MAJOR = 1
FORMAT_MINOR = 0
MAX_HEADER = 4096
MAX_BODY = 64 * 1024 * 1024
CRITICAL = 0x80
_FIXED = struct.Struct("<8sBHHH")  # magic, kind, major, minor, header_len
_BODY_LEN = struct.Struct("<Q")
TRAILER = 32


@dataclass
class Container:
    kind: int
    tlvs: dict[int, bytes]
    body: bytes = b""
    major: int = FORMAT_MAJOR
    minor: int = FORMAT_MINOR
    # Set by decode: the file is from a newer minor version or has TLVs we do not know.
    read_only: bool = field(default=False, compare=False)

    def header_bytes(self) -> bytes:
        out = bytearray()
        for tlv_type in sorted(self.tlvs):
            value = self.tlvs[tlv_type]
            if not 0 <= tlv_type <= 0xFF or len(value) > 0xFFFF:
                raise ValueError("TLV out of range")
            out += struct.pack("<BH", tlv_type, len(value)) + value
        if len(out) > MAX_HEADER:
            raise ValueError("header too large")
        return bytes(out)

    def prefix(self, body_len: int | None = None) -> bytes:
        """Everything before the body: the associated data of the body's encryption."""
        header = self.header_bytes()
        length = len(self.body) if body_len is None else body_len
        return (
            _FIXED.pack(MAGIC, self.kind, self.major, self.minor, len(header))
            + header
            + _BODY_LEN.pack(length)
        )

    def encode(self) -> bytes:
        if len(self.body) > MAX_BODY:
            raise ValueError("body too large")
        data = self.prefix() + self.body
        return data + hashlib.sha256(data).digest()


def decode(raw: bytes, kind: int, known_tlvs: frozenset[int]) -> Container:
    """Parse a file of `kind` strictly. Raises Damaged, NotAVault or NewerVersion only."""
    if len(raw) < _FIXED.size + _BODY_LEN.size + TRAILER:
        if len(raw) >= len(MAGIC) and not raw.startswith(MAGIC):
            raise NotAVault("short, no magic")
        raise Damaged("truncated")
    if hashlib.sha256(raw[:-TRAILER]).digest() != raw[-TRAILER:]:
        if not raw.startswith(MAGIC[:4]):
            raise NotAVault("no magic")
        raise Damaged("checksum")
    magic, file_kind, major, minor, header_len = _FIXED.unpack_from(raw, 0)
    if magic != MAGIC:
        raise NotAVault("magic")
    if file_kind != kind:
        raise NotAVault("kind")
    if major > FORMAT_MAJOR:
        raise NewerVersion(f"major {major}")
    if major < 1:
        raise Damaged("version")  # there never was a version 0: a lowered version
    if header_len > MAX_HEADER:
        raise Damaged("header length")
    body_start = _FIXED.size + header_len + _BODY_LEN.size
    if len(raw) < body_start + TRAILER:
        raise Damaged("truncated header")
    (body_len,) = _BODY_LEN.unpack_from(raw, body_start - _BODY_LEN.size)
    if body_len > MAX_BODY or len(raw) != body_start + body_len + TRAILER:
        raise Damaged("length")
    tlvs = _parse_tlvs(raw[_FIXED.size : _FIXED.size + header_len])
    read_only = minor > FORMAT_MINOR
    for tlv_type in tlvs:
        if tlv_type not in known_tlvs:
            if tlv_type & CRITICAL:
                raise NewerVersion(f"critical TLV {tlv_type:#x}")
            read_only = True
    container = Container(file_kind, tlvs, raw[body_start : body_start + body_len], major, minor)
    container.read_only = read_only
    return container


def intact(raw: bytes) -> bool:
    """Whether `raw` is a whole samenplan file as written (magic, lengths, trailer), without
    any key: what a backup must be before it is kept. Says nothing about tampering."""
    if len(raw) < _FIXED.size + _BODY_LEN.size + TRAILER or not raw.startswith(MAGIC):
        return False
    if hashlib.sha256(raw[:-TRAILER]).digest() != raw[-TRAILER:]:
        return False
    header_len = int(_FIXED.unpack_from(raw, 0)[4])
    body_start = _FIXED.size + header_len + _BODY_LEN.size
    if len(raw) < body_start + TRAILER:
        return False
    body_len = int(_BODY_LEN.unpack_from(raw, body_start - _BODY_LEN.size)[0])
    return len(raw) == body_start + body_len + TRAILER


def _parse_tlvs(header: bytes) -> dict[int, bytes]:
    tlvs: dict[int, bytes] = {}
    pos = 0
    last = -1
    while pos < len(header):
        if pos + 3 > len(header):
            raise Damaged("TLV header")
        tlv_type, length = struct.unpack_from("<BH", header, pos)
        pos += 3
        if tlv_type <= last:
            raise Damaged("TLV order")
        if pos + length > len(header):
            raise Damaged("TLV length")
        tlvs[tlv_type] = header[pos : pos + length]
        pos += length
        last = tlv_type
    return tlvs


def require(tlvs: dict[int, bytes], tlv_type: int, size: int | None = None) -> bytes:
    """A TLV that must be there (with `size` bytes, if given)."""
    value = tlvs.get(tlv_type)
    if value is None or (size is not None and len(value) != size):
        raise Damaged(f"TLV {tlv_type:#x}")
    return value


def u64(value: int) -> bytes:
    return struct.pack("<Q", value)


def read_u64(value: bytes) -> int:
    if len(value) != 8:
        raise Damaged("u64")
    return int(struct.unpack("<Q", value)[0])
