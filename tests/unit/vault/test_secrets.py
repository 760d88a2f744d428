"""Changing the passphrase, a new recovery code and forgetting this computer: afterwards no
file of the profile, backups included, opens with the old secret (issue 13, item 5)."""

from __future__ import annotations

import base64
import os
import subprocess
import sys
from pathlib import Path

import pytest

from samenplan.vault import keyslots as ks
from samenplan.vault.errors import WrongPassphrase, WrongRecoveryCode
from samenplan.vault.profiles import ProfileStore
from samenplan.workspace.unlocked import PassphraseTooWeak, Unlocked
from tests.vaulthelp import FAST, PASSPHRASE, ROOT, make_profile

NEW = "zon maan sterren zee"


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch):
    monkeypatch.setattr("samenplan.vault.profiles.calibrate", lambda: FAST)


def keys_files(data_dir: Path) -> list[Path]:
    """The keys file and every backup of it."""
    found = sorted(data_dir.glob("profiles/*/keys.spk")) + sorted(
        data_dir.glob("profiles/*/backups/keys.*.spk")
    )
    assert len(found) >= 3, "the test needs backups of the keys file"
    return found


def profile_with_backups(data_dir: Path) -> tuple[ProfileStore, str]:
    """A profile whose keys file was written a few times, so backups of it exist."""
    store, code = make_profile(data_dir)
    with store.open("Ava") as profile, profile.unlock(PASSPHRASE) as session:
        for n in range(3):
            session.section[f"note{n}"] = n
            session.save_section()
    return store, code


def unlocked(store: ProfileStore, passphrase: str = PASSPHRASE) -> Unlocked:
    return Unlocked(store.open("Ava").unlock(passphrase))


def test_after_a_passphrase_change_no_file_opens_with_the_old_one(tmp_path):
    store, code = profile_with_backups(tmp_path)
    with unlocked(store) as profile:
        profile.change_passphrase(PASSPHRASE, NEW)
    for path in keys_files(tmp_path):
        keys = ks.decode(path.read_bytes())
        with pytest.raises(WrongPassphrase):
            ks.unlock_passphrase(keys, PASSPHRASE)
        assert ks.unlock_passphrase(keys, NEW)  # the new one and the code open every copy
        assert ks.unlock_recovery(keys, code)
    with unlocked(store, NEW) as profile:
        assert [d.id for d in profile.dossiers()] == ["d0"]


def test_a_passphrase_change_needs_the_current_one_and_a_strong_new_one(tmp_path):
    store, _ = profile_with_backups(tmp_path)
    before = {p: p.read_bytes() for p in keys_files(tmp_path)}
    with unlocked(store) as profile:
        with pytest.raises(WrongPassphrase):
            profile.change_passphrase("niet het wachtwoord", NEW)
        for weak in ("kort", "wachtwoord1", "Welkom01!", "samenplan2026"):
            with pytest.raises(PassphraseTooWeak):
                profile.change_passphrase(PASSPHRASE, weak)
    assert {p: p.read_bytes() for p in keys_files(tmp_path)} == before  # nothing written


def test_after_a_new_recovery_code_no_file_opens_with_the_old_one(tmp_path):
    store, old = profile_with_backups(tmp_path)
    with unlocked(store) as profile:
        new = profile.new_recovery_code()
    assert new != old
    for path in keys_files(tmp_path):
        keys = ks.decode(path.read_bytes())
        with pytest.raises(WrongRecoveryCode):
            ks.unlock_recovery(keys, old)
        assert ks.unlock_recovery(keys, new)


def test_a_damaged_backup_that_might_hold_the_old_secret_is_removed(tmp_path):
    store, _ = profile_with_backups(tmp_path)
    backup = keys_files(tmp_path)[-1]
    raw = bytearray(backup.read_bytes())
    raw[-40] ^= 0x01  # the section no longer opens; the slots may still
    backup.write_bytes(bytes(raw))
    with unlocked(store) as profile:
        profile.change_passphrase(PASSPHRASE, NEW)
    assert not backup.exists()


def test_forgetting_this_computer_leaves_no_file_its_key_opens(tmp_path, memory):
    store, _ = profile_with_backups(tmp_path)
    store.keyring_timeout = 0.5
    with unlocked(store) as profile:
        profile.remember_computer()
        assert profile.remembered()
    [stored] = memory.values.values()
    device_key = base64.b64decode(stored)  # as keyring_slot.store keeps it
    with store.open("Ava") as reserved, reserved.unlock_with_keyring():
        pass  # the keyring really opens it
    with unlocked(store) as profile:
        profile.change_passphrase(PASSPHRASE, NEW)  # copies the keyring slot into backups too
    assert all(
        ks.unlock_device(ks.decode(p.read_bytes()), device_key) for p in keys_files(tmp_path)
    ), "every copy (backups too) opened with the device key before it was forgotten"
    with unlocked(store, NEW) as profile:
        profile.forget_computer()
        assert not profile.remembered()
    assert memory.values == {}
    for path in keys_files(tmp_path):
        keys = ks.decode(path.read_bytes())
        assert not keys.find(ks.SLOT_KEYRING)
        assert ks.unlock_device(keys, device_key) is None


def test_the_secret_commands_on_the_command_line(tmp_path):
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}

    def cli(*args: str, stdin: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "samenplan", "--lang", "nl", "--data-dir", str(tmp_path), *args],
            input=stdin, capture_output=True, text=True, timeout=120, check=False, env=env,
            cwd=ROOT,
        )  # fmt: skip

    created = cli("profile", "create", "Noor", stdin=PASSPHRASE + "\n")
    assert created.returncode == 0, created.stderr
    old_code = created.stdout.splitlines()[-1]
    weak = cli(
        "profile", "passphrase", "--profile", "Noor", stdin=f"{PASSPHRASE}\nwelkom01\nwelkom01\n"
    )
    assert weak.returncode == 1 and "te makkelijk te raden" in weak.stderr
    differ = cli(
        "profile", "passphrase", "--profile", "Noor", stdin=f"{PASSPHRASE}\n{NEW}\n{NEW}x\n"
    )
    assert differ.returncode == 1 and "niet gelijk" in differ.stderr
    wrong = cli(
        "profile", "passphrase", "--profile", "Noor", stdin=f"fout wachtwoord\n{NEW}\n{NEW}\n"
    )
    assert wrong.returncode == 3
    changed = cli(
        "profile", "passphrase", "--profile", "Noor", stdin=f"{PASSPHRASE}\n{NEW}\n{NEW}\n"
    )
    assert changed.returncode == 0, changed.stderr
    assert "Het oude opent het profiel niet meer" in changed.stderr and changed.stdout == ""
    assert cli("dossier", "list", "--profile", "Noor", stdin=PASSPHRASE + "\n").returncode == 3
    assert cli("dossier", "list", "--profile", "Noor", stdin=NEW + "\n").returncode == 0
    code = cli("profile", "recovery-code", "--profile", "Noor", stdin=NEW + "\n")
    assert code.returncode == 0 and "herstelcode" in code.stderr
    new_code = code.stdout.strip()
    assert len(new_code) == len(old_code) and new_code != old_code
    forget = cli("profile", "forget-computer", "--profile", "Noor", stdin=NEW + "\n")
    assert forget.returncode == 0 and "zonder wachtwoord" in forget.stderr
    for path in keys_files(tmp_path):
        keys = ks.decode(path.read_bytes())
        with pytest.raises(WrongPassphrase):
            ks.unlock_passphrase(keys, PASSPHRASE)
        with pytest.raises(WrongRecoveryCode):
            ks.unlock_recovery(keys, old_code)
        assert ks.unlock_recovery(keys, new_code)


def test_an_unlock_much_quicker_than_meant_gets_stronger_settings(tmp_path, monkeypatch):
    from samenplan.vault.crypto import ARGON2ID, KdfParams

    store, code = profile_with_backups(tmp_path)  # made with the cheapest settings (FAST)
    stronger = KdfParams(ARGON2ID, FAST.cost, FAST.iterations + 1, FAST.lanes)
    monkeypatch.setattr("samenplan.vault.profiles.calibrate", lambda: stronger)
    with unlocked(store) as profile:
        assert not profile.strengthen(PASSPHRASE, took=0.6)  # as slow as meant: left alone
        assert profile.strengthen(PASSPHRASE, took=0.03)
        assert not profile.strengthen(PASSPHRASE, took=0.03)  # already as strong as calibrated
    for path in keys_files(tmp_path):
        keys = ks.decode(path.read_bytes())
        [slot] = keys.find(ks.SLOT_PASSPHRASE)
        assert slot.params == stronger
        assert ks.unlock_passphrase(keys, PASSPHRASE) and ks.unlock_recovery(keys, code)
