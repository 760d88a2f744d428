"""The profile check: each sync engine's conflict copy named, and each planted problem found."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest

from samenplan.vault import health
from samenplan.vault.errors import Damaged, VaultError
from samenplan.vault.health import Kind
from samenplan.vault.profiles import ProfileStore
from tests.vaulthelp import PASSPHRASE, make_profile, payload

HEX = "0123456789abcdef0123456789abcdef"
COPIES = [
    (f"{HEX}-DESKTOP-1A2B.spd", "OneDrive", "dossier"),
    (f"{HEX}-LAPTOP-SAM-2.spd", "OneDrive", "dossier"),
    (f"{HEX} (conflicted copy 2026-12-03 101500).spd", "Nextcloud/ownCloud", "dossier"),
    (f"{HEX} (conflict 2026-12-03 101500).spd", "Nextcloud/ownCloud", "dossier"),
    (f"{HEX}_conflict-20261203-101500.spd", "Nextcloud/ownCloud", "dossier"),
    (f"{HEX}.sync-conflict-20261203-101500-ABCDEFG.spd", "Syncthing", "dossier"),
    (f"{HEX} (Sam's conflicted copy 2026-12-03).spd", "Dropbox", "dossier"),
    (f"{HEX} (Sam’s conflicted copy 2026-12-03) (1).spd", "Dropbox", "dossier"),
    (f"{HEX}.conflict-aaaaaaaaaaaaaaaa-20261203-101500.spd", "samenplan", "dossier"),
    ("index (conflicted copy 2026-12-03 101500).spi", "Nextcloud/ownCloud", "index"),
    ("index.sync-conflict-20261203-101500-ABCDEFG.spi", "Syncthing", "index"),
    ("keys-DESKTOP-1A2B.spk", "OneDrive", "keys"),
    ("keys (Sam's conflicted copy 2026-12-03).spk", "Dropbox", "keys"),
]
NOT_COPIES = [
    f"{HEX}.spd",
    "index.spi",
    "keys.spk",
    f"{HEX}.damaged-20261203T101500123456.spd",
    f"{HEX}.3.20261203.spd",  # a kept backup's name
    f"{HEX}-DESKTOP-1A2B.txt",
    "notes-DESKTOP-1A2B.spd",
    f"{HEX} (2).spd",
]


@pytest.mark.parametrize(("name", "engine", "what"), COPIES)
def test_each_engines_conflict_copy_is_named(name, engine, what):
    found = health.conflict_of(name)
    assert found is not None
    assert found[:2] == (engine, what)
    assert found[2] == {"dossier": f"{HEX}.spd", "index": "index.spi", "keys": "keys.spk"}[what]


@pytest.mark.parametrize("name", NOT_COPIES)
def test_other_names_are_no_conflict_copy(name):
    assert health.conflict_of(name) is None


def _folder(store):
    [profile] = store.all()
    return store.folder(profile)


def test_a_clean_profile_has_no_problem(tmp_path):
    store, _ = make_profile(tmp_path, dossiers=2)
    with store.open("Ava") as profile, profile.unlock(PASSPHRASE) as session:
        assert health.check(session.dossiers) == []


def test_every_planted_problem_is_found_by_name(tmp_path):
    store, _ = make_profile(tmp_path, dossiers=2)
    folder = _folder(store)
    with store.open("Ava") as profile, profile.unlock(PASSPHRASE) as session:
        d0 = session.dossiers.file_id("d0").hex()
        d1 = session.dossiers.file_id("d1").hex()
        old_index = folder / "index.spi"
        kept_index = tmp_path / "index-before-d2.spi"
        shutil.copy(old_index, kept_index)
        session.dossiers.create("d2", "Dossier 2", payload(1))
        d2 = session.dossiers.file_id("d2").hex()
        session.dossiers.save("d0", "Dossier 0", payload(2))  # the copies below are older
    files = folder / "dossiers"
    planted = {
        f"dossiers/{d0}-DESKTOP-1A2B.spd": ("OneDrive", "dossier"),
        f"dossiers/{d0} (conflicted copy 2026-12-03 101500).spd": ("Nextcloud/ownCloud", "dossier"),
        f"dossiers/{d0}.sync-conflict-20261203-101500-ABCDEFG.spd": ("Syncthing", "dossier"),
        f"dossiers/{d0} (Sam's conflicted copy 2026-12-03).spd": ("Dropbox", "dossier"),
        "index-DESKTOP-1A2B.spi": ("OneDrive", "index"),
        "keys.sync-conflict-20261203-101500-ABCDEFG.spk": ("Syncthing", "keys"),
    }
    backup_of_d0 = next((folder / "backups").glob(f"{d0}.1.*.spd"))
    for name, (_engine, what) in planted.items():
        source = {"dossier": backup_of_d0, "index": old_index, "keys": folder / "keys.spk"}[what]
        shutil.copy(source, folder / name)
    shutil.copy(files / f"{d1}.spd", files / f"{d1}.damaged-20261203T101500123456.spd")
    (files / "notes.spd").write_bytes(b"not ours")
    (files / f"{d1}.spd").unlink()  # listed, no file (its backup stays)
    shutil.copy(kept_index, old_index)  # an index from before d2: d2's file is not listed
    with store.open("Ava") as profile, profile.unlock(PASSPHRASE) as session:
        problems = health.check(session.dossiers)
        assert (folder / "index.spi").read_bytes() == kept_index.read_bytes()  # not healed
    by_name = {(p.kind, p.name): p for p in problems}
    for name, (engine, what) in planted.items():
        found = by_name[(Kind.CONFLICT_COPY, name)]
        assert (found.engine, found.of) == (engine, what)
        if what == "dossier":
            assert found.opens is True and found.dossier_id == "d0"
            assert found.title == "Dossier 0"
    assert (Kind.SET_ASIDE, f"dossiers/{d1}.damaged-20261203T101500123456.spd") in by_name
    assert (Kind.UNKNOWN_FILE, "dossiers/notes.spd") in by_name
    assert by_name[(Kind.NO_FILE, f"dossiers/{d1}.spd")].dossier_id == "d1"
    assert (Kind.NOT_LISTED, f"dossiers/{d2}.spd") in by_name
    assert len(problems) == len(planted) + 4
    for problem in problems:  # a line for each, in both languages, without the title
        for lang in ("nl", "en"):
            text = health.line(problem, lang)
            assert problem.name in text and "Dossier 0" not in text
    nl = health.line(by_name[(Kind.CONFLICT_COPY, f"dossiers/{d0}-DESKTOP-1A2B.spd")], "nl")
    assert "OneDrive" in nl and "Kies in de app" in nl
    keys_line = health.line(
        by_name[(Kind.CONFLICT_COPY, "keys.sync-conflict-20261203-101500-ABCDEFG.spk")], "nl"
    )
    assert "Haal niets weg" in keys_line


def test_a_file_written_by_another_computer_after_ours_is_named(tmp_path):
    here = ProfileStore(tmp_path, device="aaaaaaaaaaaaaaaa")
    there = ProfileStore(tmp_path, device="bbbbbbbbbbbbbbbb")
    make_profile(tmp_path)
    with here.open("Ava") as profile, profile.unlock(PASSPHRASE) as session:
        session.dossiers.save("d0", "Dossier 0", payload(2))
        assert health.check(session.dossiers) == []
    with there.open("Ava") as profile, profile.unlock(PASSPHRASE) as session:
        session.dossiers.save("d0", "Dossier 0", payload(3))
        file_hex = session.dossiers.file_id("d0").hex()
    with here.open("Ava") as profile, profile.unlock(PASSPHRASE) as session:
        [problem] = health.check(session.dossiers)
    assert (problem.kind, problem.name, problem.dossier_id) == (
        Kind.OTHER_DEVICE,
        f"dossiers/{file_hex}.spd",
        "d0",
    )
    assert "andere computer" in health.line(problem, "nl")


def test_a_conflict_copy_opens_and_is_removed_only_as_a_copy(tmp_path):
    store, _ = make_profile(tmp_path)
    folder = _folder(store)
    with store.open("Ava") as profile, profile.unlock(PASSPHRASE) as session:
        d0 = session.dossiers.file_id("d0").hex()
        shutil.copy(folder / "dossiers" / f"{d0}.spd", folder / "dossiers" / f"{d0}-PC-2.spd")
        session.dossiers.save("d0", "Dossier 0", payload(2))
        [problem] = health.check(session.dossiers)
        copy = health.open_copy(session.dossiers, problem)
        assert (copy.dossier_id, copy.data, copy.generation) == ("d0", payload(1), 1)
        assert session.dossiers.open("d0").data == payload(2)  # the current one is untouched
        not_a_copy = health.Problem(Kind.UNKNOWN_FILE, f"dossiers/{d0}.spd")
        with pytest.raises(VaultError):
            health.remove_copy(session.dossiers, not_a_copy)
        health.remove_copy(session.dossiers, problem)
        assert health.check(session.dossiers) == []
        assert (folder / "dossiers" / f"{d0}.spd").exists()


def test_a_copy_from_another_profile_does_not_open(tmp_path):
    store, _ = make_profile(tmp_path)
    other, _ = make_profile(tmp_path / "other", name="Bram")
    folder = _folder(store)
    with store.open("Ava") as profile, profile.unlock(PASSPHRASE) as session:
        d0 = session.dossiers.file_id("d0").hex()
    [stranger] = (_folder(other) / "dossiers").glob("*.spd")
    shutil.copy(stranger, folder / "dossiers" / f"{d0}.sync-conflict-20261203-101500-ABCDEFG.spd")
    with store.open("Ava") as profile, profile.unlock(PASSPHRASE) as session:
        [problem] = health.check(session.dossiers)
        assert problem.opens is False
        assert "niet opengaat" in health.line(problem, "nl")
        with pytest.raises(Damaged):
            health.open_copy(session.dossiers, problem)


def test_unknown_and_damaged_files_in_devices_are_named(tmp_path):
    """Red-team F7b: a garbage record and a stray file in devices/ went unreported."""
    store, _ = make_profile(tmp_path)
    devices = _folder(store) / "devices"
    (devices / "1111111111111111.spr").write_bytes(b"garbage")
    (devices / "notes.txt").write_bytes(b"stray")
    (devices / "2222222222222222.lease").write_bytes(b"{}")  # a lease is no problem
    with store.open("Ava") as profile, profile.unlock(PASSPHRASE) as session:
        problems = health.check(session.dossiers)
    found = {(p.kind, p.name) for p in problems}
    assert found == {
        (Kind.DAMAGED_RECORD, "devices/1111111111111111.spr"),
        (Kind.UNKNOWN_FILE, "devices/notes.txt"),
    }
    for problem in problems:
        for lang in ("nl", "en"):
            assert problem.name in health.line(problem, lang)


def test_a_profile_folder_the_list_does_not_name_is_reported(tmp_path, monkeypatch):
    """Red-team F5: a restore killed after its folder was renamed into place but before
    profiles.json named it left a folder nothing reported."""
    from samenplan.vault import profile_backup as pb

    store, _ = make_profile(tmp_path, "Bo")
    with store.open("Bo") as profile, profile.unlock(PASSPHRASE) as session:
        raw = pb.make(session, "Bo", dt.date(2026, 12, 3))
    contents = pb.unseal(pb.read(raw), PASSPHRASE)

    def killed(change):
        raise KeyboardInterrupt  # the process stops here

    monkeypatch.setattr(store, "_change_list", killed)
    with pytest.raises(KeyboardInterrupt):
        pb.restore(store, contents, "Bo 2")
    monkeypatch.undo()
    [orphan] = [p for p in (tmp_path / "profiles").iterdir() if p.name != store.all()[0].id]
    with store.open("Bo") as profile, profile.unlock(PASSPHRASE) as session:
        problems = health.check(session.dossiers)
    assert [(p.kind, p.name) for p in problems] == [
        (Kind.UNLISTED_PROFILE, f"profiles/{orphan.name}")
    ]
    for lang in ("nl", "en"):
        assert orphan.name in health.line(problems[0], lang)
    assert orphan.is_dir()  # reported, not removed
