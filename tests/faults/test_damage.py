"""Damaged and tampered files (security.md C1–C12, D1–D6): never garbage, never a traceback."""

from __future__ import annotations

import hashlib
import os
import shutil
import struct
import subprocess
import sys

import pytest

from samenplan.vault import container as ct
from samenplan.vault import keyslots as ks
from samenplan.vault import sealed
from samenplan.vault.errors import (
    Damaged,
    NewerVersion,
    NothingValid,
    Tampered,
    VaultError,
    WrongPassphrase,
)
from samenplan.vault.profiles import ProfileStore
from tests.vaulthelp import FAST, PASSPHRASE, dossier_file, keys_file, make_profile, payload


def fix_trailer(raw: bytes) -> bytes:
    body = raw[:-32]
    return body + hashlib.sha256(body).digest()


def flips(raw: bytes):
    for index in range(len(raw)):
        for bit in range(8):
            damaged = bytearray(raw)
            damaged[index] ^= 1 << bit
            yield index, bytes(damaged)


@pytest.fixture
def profile(tmp_path):
    make_profile(tmp_path)
    return tmp_path


@pytest.fixture
def session(profile):
    store = ProfileStore(profile)
    with store.open("Ava") as opened, opened.unlock(PASSPHRASE) as unlocked:
        yield unlocked


# ------------------------------------------------------------------ every bit, every length


def test_every_bit_flip_of_a_dossier_file_is_damaged(session, profile):
    raw = dossier_file(profile).read_bytes()
    file_id = session.dossiers.file_id("d0")
    count = 0
    for _, damaged in flips(raw):
        with pytest.raises(Damaged):
            session.dossiers._open_raw(damaged, file_id)
        count += 1
    assert count == 8 * len(raw) > 30_000


def test_every_truncation_of_a_dossier_file_is_damaged(session, profile):
    raw = dossier_file(profile).read_bytes()
    file_id = session.dossiers.file_id("d0")
    for length in range(len(raw)):
        with pytest.raises(Damaged):
            session.dossiers._open_raw(raw[:length], file_id)
    for extra in (b"\0", b"x" * 1024, raw):
        with pytest.raises(Damaged):
            session.dossiers._open_raw(raw + extra, file_id)


def test_every_bit_flip_and_truncation_of_a_keyslot_file_is_damaged(profile):
    raw = keys_file(profile).read_bytes()
    for _, damaged in flips(raw):
        with pytest.raises(Damaged):
            ks.decode(damaged)
    for length in range(len(raw)):
        with pytest.raises(Damaged):
            ks.decode(raw[:length])


def test_flips_with_a_recomputed_trailer_never_give_content(session, profile):
    """A tamperer can recompute the keyless trailer: the AEAD must still catch every flip."""
    raw = dossier_file(profile).read_bytes()
    file_id = session.dossiers.file_id("d0")
    outcomes: dict[str, int] = {}
    for _, damaged in flips(raw[:-32]):
        with pytest.raises(VaultError) as caught:
            session.dossiers._open_raw(fix_trailer(damaged + bytes(32)), file_id)
        name = type(caught.value).__name__
        outcomes[name] = outcomes.get(name, 0) + 1
    assert set(outcomes) <= {"Damaged", "NotAVault", "Tampered", "NewerVersion"}
    assert outcomes["Tampered"] > 30_000  # nearly every flip is caught by authentication


def test_keyslot_flips_with_a_recomputed_trailer_never_unlock(profile):
    raw = keys_file(profile).read_bytes()
    for index in range(len(raw) - 32):
        damaged = bytearray(raw)
        damaged[index] ^= 1 << (index % 8)
        with pytest.raises(VaultError):
            keys = ks.decode(fix_trailer(bytes(damaged)))
            pmk = ks.unlock_passphrase(keys, PASSPHRASE)
            ks.read_section(keys, pmk)


# ------------------------------------------------------------------ through the command line


def cli(data_dir, *args, stdin=PASSPHRASE):
    return subprocess.run(
        [sys.executable, "-m", "samenplan", "--data-dir", str(data_dir), *args],
        input=stdin + "\n",
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"},
    )


@pytest.mark.parametrize("where", [0, 9, 20, 100, 300, -40, -1])
def test_cli_reports_a_damaged_keyslot_file_with_exit_4(tmp_path, where):
    make_profile(tmp_path)
    for backup in tmp_path.glob("profiles/*/backups/keys.*.spk"):
        backup.unlink()  # nothing to fall back on (with one, the list opens: test_heal.py)
    path = keys_file(tmp_path)
    raw = bytearray(path.read_bytes())
    raw[where] ^= 0x10
    path.write_bytes(bytes(raw))
    result = cli(tmp_path, "dossier", "list", "--profile", "Ava")
    assert result.returncode == 4
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert "beschadigd" in result.stderr


@pytest.mark.parametrize("where", [0, 15, 40, 200, 2000, -33, -1, "cut"])
def test_cli_reports_a_damaged_dossier_with_exit_4(tmp_path, where):
    make_profile(tmp_path)  # generation 1: there is no backup to fall back on
    path = dossier_file(tmp_path)
    raw = bytearray(path.read_bytes())
    if where == "cut":
        raw = raw[: len(raw) // 2]
    else:
        raw[where] ^= 0x01
    path.write_bytes(bytes(raw))
    out = tmp_path / "out.json"
    result = cli(
        tmp_path, "export", "--profile", "Ava", "--dossier", "d0", "--to", "json", "--out", str(out)
    )
    assert result.returncode == 4
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert not out.exists()


def test_wrong_passphrase_is_exit_3(tmp_path):
    make_profile(tmp_path)
    result = cli(tmp_path, "dossier", "list", "--profile", "Ava", stdin="niet het wachtwoord")
    assert result.returncode == 3
    assert "wachtwoord klopt niet" in result.stderr


# ------------------------------------------------------------------ moved, renamed, swapped


def test_a_dossier_moved_to_another_profile_is_refused(tmp_path):
    make_profile(tmp_path / "a")
    make_profile(tmp_path / "b")
    shutil.copyfile(dossier_file(tmp_path / "a"), dossier_file(tmp_path / "b"))
    store = ProfileStore(tmp_path / "b")
    with (
        store.open("Ava") as profile,
        profile.unlock(PASSPHRASE) as session,
        pytest.raises(NothingValid),
    ):
        session.dossiers.open("d0")
    # the foreign file was set aside, not deleted and not used
    assert list((tmp_path / "b").glob("profiles/*/dossiers/*.damaged-*.spd"))
    result = cli(tmp_path / "b", "export", "--profile", "Ava", "--dossier", "d0", "--to", "json",
                 "--out", str(tmp_path / "x.json"))  # fmt: skip
    assert result.returncode == 4


def test_a_dossier_renamed_to_another_id_is_refused(tmp_path):
    store, _ = make_profile(tmp_path, dossiers=2)
    with store.open("Ava") as profile, profile.unlock(PASSPHRASE) as session:
        source = session.dossiers._path(session.dossiers.file_id("d0"))
        target = session.dossiers._path(session.dossiers.file_id("d1"))
        shutil.copyfile(source, target)
        with pytest.raises(Tampered):
            session.dossiers._open_raw(target.read_bytes(), session.dossiers.file_id("d1"))
        with pytest.raises(NothingValid):
            session.dossiers.open("d1")
        assert session.dossiers.open("d0").data == payload(1)


def test_header_of_one_dossier_with_the_body_of_another_is_refused(tmp_path):
    store, _ = make_profile(tmp_path, dossiers=2)
    with store.open("Ava") as profile, profile.unlock(PASSPHRASE) as session:
        d0 = session.dossiers._path(session.dossiers.file_id("d0")).read_bytes()
        d1 = session.dossiers._path(session.dossiers.file_id("d1")).read_bytes()
        box0 = sealed.parse(d0, ct.KIND_DOSSIER)
        box1 = sealed.parse(d1, ct.KIND_DOSSIER)
        box0.body = box1.body
        with pytest.raises(Tampered):
            session.dossiers._open_raw(box0.encode(), session.dossiers.file_id("d0"))


# ------------------------------------------------------------------ versions and KDF settings


def rewrite(raw: bytes, offset: int, fmt: str, value: int) -> bytes:
    data = bytearray(raw[:-32])
    struct.pack_into(fmt, data, offset, value)
    return fix_trailer(bytes(data) + bytes(32))


def no_kdf(monkeypatch):
    """Make any key derivation fail loudly, to prove a refusal came before it."""
    from cryptography.hazmat.primitives.kdf import argon2

    class Spy:
        def __init__(self, *args, **kwargs):
            raise AssertionError("the KDF ran")

    monkeypatch.setattr(argon2, "Argon2id", Spy)


@pytest.mark.parametrize(("major", "error"), [(0, Damaged), (2, NewerVersion)])
def test_keyslot_file_version_changes_are_refused_before_the_kdf(
    profile, monkeypatch, major, error
):
    raw = rewrite(keys_file(profile).read_bytes(), 9, "<H", major)
    no_kdf(monkeypatch)
    with pytest.raises(error):
        ks.unlock_passphrase(ks.decode(raw), PASSPHRASE)


def test_newer_major_dossier_is_refused_and_left_untouched(session, profile):
    path = dossier_file(profile)
    newer = rewrite(path.read_bytes(), 9, "<H", 2)
    path.write_bytes(newer)
    before = path.stat().st_mtime_ns
    with pytest.raises(NewerVersion):
        session.dossiers.open("d0")
    assert path.read_bytes() == newer and path.stat().st_mtime_ns == before


def test_lowered_dossier_version_is_refused(session, profile):
    raw = rewrite(dossier_file(profile).read_bytes(), 9, "<H", 0)
    with pytest.raises(Damaged):
        session.dossiers._open_raw(raw, session.dossiers.file_id("d0"))


def test_newer_minor_opens_read_only_and_refuses_to_save(session, profile):
    """A "future writer": same keys, format minor 1, and a non-critical TLV we do not know."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    from samenplan.vault.errors import ReadOnly

    path = dossier_file(profile)
    file_id = session.dossiers.file_id("d0")
    box = sealed.parse(path.read_bytes(), ct.KIND_DOSSIER)
    key = session.dossiers._unwrap_key(box, file_id)
    box.minor = 1
    box.tlvs[0x0C] = b"from the future"  # 0x0B is the writing device now
    box.tlvs[sealed.T_GENERATION] = ct.u64(2)
    payload_key, commitment = sealed._keys(key, box.tlvs[sealed.T_SALT], file_id)
    box.tlvs[sealed.T_COMMITMENT] = commitment
    meta = b'{"id": "%s", "generation": 2}' % file_id.hex().encode()
    padded = sealed._pad(struct.pack("<I", len(meta)) + meta + payload(2))
    box.body = AESGCM(payload_key).encrypt(
        box.tlvs[sealed.T_NONCE], padded, box.prefix(len(padded) + 16)
    )
    path.write_bytes(box.encode())
    opened = session.dossiers.open("d0")
    assert opened.read_only and opened.data == payload(2)
    with pytest.raises(ReadOnly):
        session.dossiers.save("d0", "Dossier 0", payload(3))
    assert sealed.parse(path.read_bytes(), ct.KIND_DOSSIER).minor == 1  # untouched


def keyslot_params_offset(raw: bytes) -> int:
    keys = ks.decode(raw)
    slot = keys.find(ks.SLOT_PASSPHRASE)[0]
    head = slot.head()
    return raw.index(head) + 1 + 16  # type, slot id, then the KDF settings


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("cost", 8 * 1024),
        ("cost", 64 * 1024 * 1024),
        ("iterations", 0),
        ("iterations", 10**6),
        ("lanes", 0),
    ],
)
def test_kdf_settings_outside_the_bounds_are_refused_before_the_kdf(
    profile, monkeypatch, field, value
):
    raw = keys_file(profile).read_bytes()
    offset = keyslot_params_offset(raw) + 1 + 4 * ("cost", "iterations", "lanes").index(field)
    lowered = rewrite(raw, offset, "<I", value)
    no_kdf(monkeypatch)
    with pytest.raises(Damaged):
        ks.unlock_passphrase(ks.decode(lowered), PASSPHRASE)


def test_kdf_settings_changed_within_bounds_do_not_unlock(profile):
    raw = keys_file(profile).read_bytes()
    offset = keyslot_params_offset(raw) + 1
    assert FAST.cost == 19 * 1024
    lowered = rewrite(raw, offset, "<I", 20 * 1024)  # another memory cost, still within bounds
    with pytest.raises(WrongPassphrase):
        ks.unlock_passphrase(ks.decode(lowered), PASSPHRASE)


# ------------------------------------------------------------------ crafted framing


@pytest.mark.parametrize(
    "craft",
    [
        "duplicate_tlv", "out_of_order", "unknown_critical", "huge_header", "huge_body",
        "zero", "random", "png",
    ],
)  # fmt: skip
def test_crafted_files_are_refused(profile, craft):
    raw = dossier_file(profile).read_bytes()
    header_len = struct.unpack_from("<H", raw, 13)[0]
    if craft == "duplicate_tlv":
        head = raw[15 : 15 + header_len]
        data = (
            raw[:13]
            + struct.pack("<H", header_len + 19)
            + head[:19]
            + head
            + raw[15 + header_len : -32]
        )
        data = fix_trailer(data + bytes(32))
    elif craft == "out_of_order":
        head = raw[15 : 15 + header_len]
        data = fix_trailer(
            raw[:15] + head[19:] + head[:19] + raw[15 + header_len : -32] + bytes(32)
        )
    elif craft == "unknown_critical":
        box = ct.decode(raw, ct.KIND_DOSSIER, sealed.KNOWN_TLVS)
        box.tlvs[0xF0] = b"x"
        data = box.encode()
    elif craft == "huge_header":
        data = rewrite(raw, 13, "<H", 60_000)
    elif craft == "huge_body":
        data = rewrite(raw, 15 + header_len, "<Q", 2**62)
    elif craft == "zero":
        data = bytes(4096)
    elif craft == "random":
        data = os.urandom(5000)
    else:
        data = b"\x89PNG\r\n\x1a\n" + os.urandom(200)
    with pytest.raises((Damaged, NewerVersion)):
        sealed.parse(data, ct.KIND_DOSSIER)
