"""`samenplan profile check`: one line per planted problem and exit 1; a clean profile exit 0;
the usual exit codes for a wrong passphrase (3) and a profile in use (5)."""

from __future__ import annotations

import io
import shutil

import pytest

from samenplan import cli
from samenplan.vault.profiles import ProfileStore
from tests.vaulthelp import PASSPHRASE, make_profile, payload


@pytest.fixture(autouse=True)
def _no_keyring(monkeypatch):
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")


def check(monkeypatch, capsys, data_dir, *extra, passphrase=PASSPHRASE):
    monkeypatch.setattr("sys.stdin", io.StringIO(passphrase + "\n"))
    code = cli.run(["--data-dir", str(data_dir), *extra, "profile", "check", "--profile", "Ava"])
    out, err = capsys.readouterr()
    return code, out, err


def test_a_clean_profile_exits_0(tmp_path, monkeypatch, capsys):
    make_profile(tmp_path, dossiers=2)
    code, out, err = check(monkeypatch, capsys, tmp_path, "--lang", "nl")
    assert (code, out) == (0, "")
    assert "geen problemen" in err


def test_each_planted_problem_is_one_line_and_exit_1(tmp_path, monkeypatch, capsys):
    store, _ = make_profile(tmp_path, dossiers=3)
    [profile] = store.all()
    folder = store.folder(profile)
    with store.open("Ava") as opened, opened.unlock(PASSPHRASE) as session:
        d0, d1, d2 = (session.dossiers.file_id(f"d{n}").hex() for n in range(3))
    there = ProfileStore(tmp_path, device="bbbbbbbbbbbbbbbb")  # another computer saves d2
    with there.open("Ava") as opened, opened.unlock(PASSPHRASE) as session:
        session.dossiers.save("d2", "Dossier 2", payload(2))
    files = folder / "dossiers"
    source = files / f"{d0}.spd"
    planted = [
        f"dossiers/{d0}-DESKTOP-1A2B.spd",
        f"dossiers/{d0} (conflicted copy 2026-12-03 101500).spd",
        f"dossiers/{d0}.sync-conflict-20261203-101500-ABCDEFG.spd",
        f"dossiers/{d0} (Sam's conflicted copy 2026-12-03).spd",
    ]
    for name in planted:
        shutil.copy(source, folder / name)
    shutil.copy(folder / "keys.spk", folder / "keys-DESKTOP-1A2B.spk")
    shutil.copy(source, files / f"{d0}.damaged-20261203T101500123456.spd")
    (files / "stray.spd").write_bytes(b"not ours")
    (files / f"{d1}.spd").unlink()
    planted += [
        "keys-DESKTOP-1A2B.spk",
        f"dossiers/{d0}.damaged-20261203T101500123456.spd",
        "dossiers/stray.spd",
        f"dossiers/{d1}.spd",  # listed, no file
        f"dossiers/{d2}.spd",  # written by another computer after ours
    ]
    code, out, err = check(monkeypatch, capsys, tmp_path, "--lang", "nl")
    lines = out.splitlines()
    assert code == 1
    assert len(lines) == len(planted)
    for name in planted:
        assert any(name in line for line in lines), name
    for engine in ("OneDrive", "Nextcloud/ownCloud", "Syncthing", "Dropbox"):
        assert any(engine in line and "Conflictkopie van een dossier" in line for line in lines)
    assert any("Beschadigd" in line for line in lines)
    assert any("Onbekend bestand" in line for line in lines)
    assert any("bestand ontbreekt" in line and "d1" in line for line in lines)
    assert any("andere computer" in line and d2 in line for line in lines)
    assert any("sleutelbestand" in line and "Haal niets weg" in line for line in lines)
    assert "Dossier" + " 0" not in out + err  # titles stay out of what is printed
    assert "9 probleem/problemen" in err
    for name in planted:  # nothing was removed or changed by the check
        assert (folder / name).exists() or name == f"dossiers/{d1}.spd"
    code, out, _err = check(monkeypatch, capsys, tmp_path, "--lang", "en")
    assert code == 1 and "Conflict copy of a dossier (Syncthing)" in out
    assert "Unknown file: dossiers/stray.spd" in out


def test_a_wrong_passphrase_exits_3(tmp_path, monkeypatch, capsys):
    make_profile(tmp_path)
    code, out, err = check(monkeypatch, capsys, tmp_path, passphrase="not it at all")
    assert (code, out) == (3, "")
    assert err.count("\n") == 1


def test_a_profile_in_use_exits_5(tmp_path, monkeypatch, capsys):
    store, _ = make_profile(tmp_path)
    with store.open("Ava"):
        code, out, _err = check(monkeypatch, capsys, tmp_path)
    assert (code, out) == (5, "")
