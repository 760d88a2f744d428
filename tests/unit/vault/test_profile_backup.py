"""Reservekopie in the vault: a whole profile in one sealed file, put back in another data
folder; every changed byte is found before anything is written."""

from __future__ import annotations

import datetime as dt
import errno
import hashlib
from pathlib import Path

import pytest

from samenplan.vault import profile_backup as pb
from samenplan.vault.errors import (
    BadName,
    Damaged,
    NewerVersion,
    ProfileExists,
    VaultError,
    WrongPassphrase,
    WrongRecoveryCode,
)
from samenplan.vault.profiles import NAME_LIMIT, ProfileStore
from tests.vaulthelp import PASSPHRASE, make_profile, payload

DAY = dt.date(2026, 12, 3)


def _backup(data_dir: Path, name: str = "Ava", dossiers: int = 1) -> tuple[bytes, str]:
    store, code = make_profile(data_dir, name, dossiers)
    with store.open(name) as profile, profile.unlock(PASSPHRASE) as session:
        session.dossiers.save("d0", "Dossier 0", payload(2))  # a kept version in backups/
        return pb.make(session, name, DAY), code


def _tree(folder: Path) -> dict[str, bytes]:
    """Every file below `folder` with its bytes (no lock files)."""
    if not folder.exists():
        return {}
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name != ".lock"
    }


def _reseal(raw: bytes) -> bytes:
    """The file with a fresh keyless checksum, as someone changing it on purpose would."""
    return raw[:-32] + hashlib.sha256(raw[:-32]).digest()


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> tuple[bytes, str, Path]:
    source = tmp_path_factory.mktemp("source")
    raw, code = _backup(source)
    return raw, code, source


def test_round_trip_into_an_empty_folder_copies_every_file(small, tmp_path):
    raw, code, source = small
    contents = pb.unseal(pb.read(raw), PASSPHRASE)
    assert contents.name == "Ava" and contents.made == DAY.isoformat()
    store = ProfileStore(tmp_path / "new")
    info = pb.restore(store, contents)
    [original] = ProfileStore(source).all()
    assert info.name == "Ava" and info.id == original.id  # the same profile
    copied = _tree(store.folder(info))
    assert copied == _tree(ProfileStore(source).folder(original))
    assert any(path.startswith("backups/") for path in copied)  # kept versions came along
    assert store.all() == [info]
    # the passphrase and the recovery code open it, with its dossier as it was
    with store.open("Ava") as profile, profile.unlock(PASSPHRASE) as session:
        assert session.dossiers.open("d0").data == payload(2)
    with store.open("Ava") as profile, profile.unlock_with_recovery(code) as session:
        assert [d.id for d in session.dossiers.all()] == ["d0"]


def test_recovery_code_opens_the_backup_and_wrong_secrets_do_not(small):
    raw, code, _ = small
    sealed = pb.read(raw)
    assert pb.unseal(sealed, code, recovery=True).name == "Ava"
    with pytest.raises(WrongPassphrase):
        pb.unseal(sealed, "niet het wachtwoord")
    with pytest.raises(WrongRecoveryCode):
        pb.unseal(sealed, "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH", recovery=True)


def test_every_flipped_byte_is_found_before_a_key_is_asked(small):
    raw, _, _ = small
    assert len(raw) < 40_000  # small enough to try every position
    for position in range(len(raw)):
        for bit in (0x01, 0x80):
            changed = bytearray(raw)
            changed[position] ^= bit
            with pytest.raises((Damaged, NewerVersion)):
                pb.read(bytes(changed))


def test_every_truncation_and_extension_is_found(small):
    raw, _, _ = small
    for length in range(len(raw)):
        with pytest.raises(Damaged):
            pb.read(raw[:length])
    for extra in (b"\0", b"x" * 33):
        with pytest.raises(Damaged):
            pb.read(raw + extra)


def test_a_byte_changed_and_the_checksum_made_again_is_found_by_the_seal(small):
    """Someone who changes a byte on purpose and fixes the keyless checksum: the framing,
    the keys file or the GCM tag refuses it; never a profile with changed content."""
    raw, _, _ = small
    sealed = pb.read(raw)
    keys_end = len(sealed.aad)
    positions = [*range(0, keys_end, 5), *range(keys_end, len(raw) - 32, 97)]
    positions += list(range(len(raw) - 48, len(raw) - 32))  # the end of the ciphertext, the tag
    for position in positions:
        changed = bytearray(raw)
        changed[position] ^= 0x04
        with pytest.raises((Damaged, NewerVersion, WrongPassphrase)):
            pb.unseal(pb.read(_reseal(bytes(changed))), PASSPHRASE)


def test_an_existing_name_is_never_replaced(small, tmp_path):
    raw, _, _ = small
    make_profile(tmp_path, "Ava")
    store = ProfileStore(tmp_path)
    before = _tree(tmp_path / "profiles")
    contents = pb.unseal(pb.read(raw), PASSPHRASE)
    with pytest.raises(ProfileExists):
        pb.restore(store, contents)
    with pytest.raises(ProfileExists):
        pb.restore(store, contents, " ava ")
    assert _tree(tmp_path / "profiles") == before
    info = pb.restore(store, contents, "Ava teruggezet")
    assert [p.name for p in store.all()] == ["Ava", "Ava teruggezet"]
    assert _tree(tmp_path / "profiles" / info.id)  # it is there, next to the other


def test_the_same_profile_restored_next_to_itself_gets_its_own_folder(small):
    raw, _, source = small
    store = ProfileStore(source)
    [original] = store.all()
    before = _tree(store.folder(original))
    info = pb.restore(store, pb.unseal(pb.read(raw), PASSPHRASE), "Ava 2")
    assert info.id != original.id
    assert _tree(store.folder(original)) == before
    with store.open("Ava 2") as profile, profile.unlock(PASSPHRASE) as session:
        assert session.dossiers.open("d0").data == payload(2)
    assert not list((source / "profiles").glob(".restore-*"))  # no temp folder left


def test_not_a_backup_is_refused_as_damaged(small, tmp_path):
    make_profile(tmp_path, "Bo")
    [keys] = list(tmp_path.glob("profiles/*/keys.spk"))
    for raw in (b"", b"hello", keys.read_bytes()):  # a keys file is a samenplan file too
        with pytest.raises(pb.BackupDamaged):
            pb.read(raw)


def test_lock_and_temp_files_stay_out_of_the_backup(tmp_path):
    store, _ = make_profile(tmp_path, "Cas")
    [info] = store.all()
    folder = store.folder(info)
    (folder / "dossiers" / ".abc.spd.123.tmp").write_bytes(b"half a save")
    (folder / "lease").write_bytes(b"this computer only")
    with store.open("Cas") as profile, profile.unlock(PASSPHRASE) as session:
        raw = pb.make(session, "Cas", DAY)
        assert list((folder / "devices").glob("*.lease"))  # this computer's, while unlocked
    files = pb.unseal(pb.read(raw), PASSPHRASE).files
    assert set(files) >= {"keys.spk", "index.spi", f"devices/{store.device}.spr"}
    assert not any(".tmp" in path or "lease" in path or ".lock" in path for path in files)


def test_restored_on_a_new_computer_the_old_ones_record_is_kept_and_its_files_open(small, tmp_path):
    """The record of the computer that made the backup comes along (it is that computer's
    knowledge); the new computer, with its own device id, opens every file as current, and
    an older copy of what it wrote itself is still found."""
    raw, _, source = small
    [original] = [p for p in ProfileStore(source).all() if p.name == "Ava"]
    [old_record] = (ProfileStore(source).folder(original) / "devices").glob("*.spr")
    laptop = ProfileStore(tmp_path / "laptop", device="c" * 16)
    info = pb.restore(laptop, pb.unseal(pb.read(raw), PASSPHRASE))
    records = laptop.folder(info) / "devices"
    assert (records / old_record.name).read_bytes() == old_record.read_bytes()
    with laptop.open("Ava") as profile, profile.unlock(PASSPHRASE) as session:
        opened = session.dossiers.open("d0")
        assert opened.data == payload(2) and not opened.rolled_back and not opened.read_only
        [path] = [p for p in (profile.folder / "dossiers").glob("*.spd") if len(p.stem) == 32]
        session.dossiers.save("d0", "Dossier 0", payload(4))
        mine = path.read_bytes()
        session.dossiers.save("d0", "Dossier 0", payload(5))
    assert (records / f"{'c' * 16}.spr").exists()
    path.write_bytes(mine)  # an older copy of this computer's own write
    with laptop.open("Ava") as profile, profile.unlock(PASSPHRASE) as session:
        assert session.dossiers.open("d0").rolled_back


@pytest.mark.parametrize("name", ["   ", "x" * 300])
def test_a_name_that_is_empty_or_too_long_has_its_own_sentence(small, tmp_path, name):
    """Red-team F4: such a name said 'Er ging iets mis met de opgeslagen gegevens'."""
    raw, _, _ = small
    store = ProfileStore(tmp_path)
    contents = pb.unseal(pb.read(raw), PASSPHRASE)
    with pytest.raises(BadName) as raised:
        pb.restore(store, contents, name)
    with pytest.raises(BadName):
        store.create(name, PASSPHRASE)
    for lang in ("nl", "en"):
        said = raised.value.message(lang)
        assert str(NAME_LIMIT) in said and said != VaultError().message(lang)
    assert not (tmp_path / "profiles").exists() or not list((tmp_path / "profiles").iterdir())


@pytest.mark.parametrize(("err", "wanted"), [(errno.EACCES, "restore_failed"),
                                             (errno.ENOSPC, "restore_disk_full")])  # fmt: skip
def test_a_restore_that_cannot_write_says_so_in_its_own_words(small, tmp_path, monkeypatch,
                                                              err, wanted):  # fmt: skip
    """Red-team F7c: a failed restore said 'je oude versie is veilig', which fits a save."""
    raw, _, _ = small
    contents = pb.unseal(pb.read(raw), PASSPHRASE)

    def refuse(path: Path, data: bytes) -> None:
        raise OSError(err, "refused")

    monkeypatch.setattr(pb, "_write_new", refuse)
    store = ProfileStore(tmp_path)
    with pytest.raises(VaultError) as raised:
        pb.restore(store, contents)
    assert raised.value.code == wanted
    assert "oude versie" not in raised.value.message("nl")
    assert "old version" not in raised.value.message("en")
    assert "teruggezet" in raised.value.message("nl")
    assert store.all() == [] and not list((tmp_path / "profiles").iterdir())
