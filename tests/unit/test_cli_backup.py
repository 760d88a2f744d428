"""`samenplan backup` and `samenplan restore` on the command line: a whole profile moved to an
empty data folder comes out the same; a damaged or changed backup is refused with exit 4 and
nothing written; an existing profile of that name is never replaced."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from samenplan import cli
from tests.vaulthelp import ROOT

DEMO = ROOT / "resources" / "demo" / "dossier.json"
SECRET = "geheim paard wachtwoord"
ENV = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}


def samenplan(data: Path, *args: str, stdin: str = SECRET) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "samenplan", "--lang", "nl", "--data-dir", str(data), *args],
        input=stdin + "\n", capture_output=True, text=True, timeout=120, check=False, env=ENV,
    )  # fmt: skip


def tree(folder: Path) -> dict[str, bytes]:
    if not folder.exists():
        return {}
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, str]:
    """A profile 'Noor' with the demo dossier, and its backup file; also the recovery code."""
    home = tmp_path_factory.mktemp("backup")
    created = samenplan(home / "office", "profile", "create", "Noor")
    assert created.returncode == 0, created.stderr
    code = created.stdout.strip().splitlines()[-1]
    assert samenplan(home / "office", "import", "--profile", "Noor", str(DEMO)).returncode == 0
    out = home / "noor.spbackup"
    result = samenplan(home / "office", "backup", "--profile", "Noor", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "USB-stick" in result.stderr
    assert out.stat().st_mode & 0o777 == 0o600
    return home, out, code


def test_restore_into_an_empty_folder_exports_the_same_json(made):
    home, backup, code = made
    laptop = home / "laptop"
    restored = samenplan(laptop, "restore", str(backup))
    assert restored.returncode == 0, restored.stderr
    assert restored.stdout.split("\t")[1].strip() == "Noor"
    assert "teruggezet" in restored.stderr
    exports = {}
    for data in ("office", "laptop"):
        out = home / f"{data}.json"
        result = samenplan(home / data, "export", "--profile", "Noor", "--dossier", "demo-noor",
                           "--to", "json", "--out", str(out))  # fmt: skip
        assert result.returncode == 0, result.stderr
        exports[data] = json.loads(out.read_text(encoding="utf-8"))
        del exports[data]["exported_at"]  # the moment of the export, not the dossier
    assert exports["office"] == exports["laptop"]
    assert exports["laptop"]["dossier"]["id"] == "demo-noor"
    # the same profile restored again: refused without --as, nothing changed
    before = tree(laptop)
    again = samenplan(laptop, "restore", str(backup))
    assert again.returncode == 1
    assert "er is hier al een profiel 'Noor'" in again.stderr and "--as" in again.stderr
    assert "Traceback" not in again.stderr
    assert tree(laptop) == before
    taken = samenplan(laptop, "restore", str(backup), "--as", "noor")  # names ignore case
    assert taken.returncode == 1 and tree(laptop) == before
    # under another name, opened with the recovery code this time
    other = samenplan(laptop, "restore", str(backup), "--as", "Noor thuis", "--recovery-code",
                      stdin=code)  # fmt: skip
    assert other.returncode == 0, other.stderr
    listed = samenplan(laptop, "profile", "list").stdout
    assert [line.split("\t")[1] for line in listed.splitlines()] == ["Noor", "Noor thuis"]
    wrong = samenplan(home / "elsewhere", "restore", str(backup), stdin="niet het wachtwoord")
    assert wrong.returncode == 3 and not (home / "elsewhere").exists()


def _restore_in_process(backup: Path, target: Path, capsys: pytest.CaptureFixture[str]) -> int:
    code = cli.run(["--lang", "nl", "--data-dir", str(target), "restore", str(backup)])
    err = capsys.readouterr().err
    assert "Traceback" not in err
    if code == 4:
        assert "Er is niets teruggezet" in err or "nieuwere samenplan" in err, err
    return code


def _positions(raw: bytes) -> list[int]:
    """Every byte of the framing, the header and the keys file (the first part that is read),
    then a stride over the encrypted files, then every byte of the tag and the checksum."""
    keys_len = int.from_bytes(
        raw[raw.index(b"SAMENPLN", 8) - 4 : raw.index(b"SAMENPLN", 8)], "little"
    )
    keys_end = raw.index(b"SAMENPLN", 8) + keys_len
    return sorted(
        {*range(keys_end + 12), *range(keys_end, len(raw), 251), *range(len(raw) - 48, len(raw))}
    )


def test_every_kind_of_flipped_bit_is_refused_with_exit_4(made, tmp_path, capsys):
    _, backup, _ = made
    raw = backup.read_bytes()
    target = tmp_path / "new-computer"
    bad = tmp_path / "bad.spbackup"
    for position in _positions(raw):
        changed = bytearray(raw)
        changed[position] ^= 1 << (position % 8)
        bad.write_bytes(bytes(changed))
        assert _restore_in_process(bad, target, capsys) == 4, position
    assert not target.exists()  # nothing written, not even a log


def test_every_kind_of_truncation_is_refused_with_exit_4(made, tmp_path, capsys):
    _, backup, _ = made
    raw = backup.read_bytes()
    target = tmp_path / "new-computer"
    make_profile = samenplan(target, "profile", "create", "Anna")
    assert make_profile.returncode == 0
    before = tree(target)
    bad = tmp_path / "short.spbackup"
    for length in sorted({*_positions(raw), len(raw) - 1} - {len(raw)}):
        bad.write_bytes(raw[:length])
        assert _restore_in_process(bad, target, capsys) == 4, length
    bad.write_bytes(raw + b"\0")
    assert _restore_in_process(bad, target, capsys) == 4
    assert tree(target) == before  # the profile already there is untouched, nothing added


def _run(data: Path, *args: str, stdin: str, monkeypatch, capsys) -> tuple[int, str]:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = cli.run(["--lang", "nl", "--data-dir", str(data), *args])
    return code, capsys.readouterr().err


@pytest.mark.parametrize("name", ["   ", "x" * 300])
def test_a_bad_name_is_said_before_the_passphrase_is_asked(made, tmp_path, monkeypatch, capsys,
                                                           name):  # fmt: skip
    """Red-team F4: 'Er ging iets mis met de opgeslagen gegevens', after the passphrase.
    No passphrase is given here: asking for it would say that none was typed."""
    _, backup, _ = made
    target = tmp_path / "laptop"
    for args in (("restore", str(backup), "--as", name), ("profile", "create", name)):
        code, err = _run(target, *args, stdin="", monkeypatch=monkeypatch, capsys=capsys)
        assert code == 1, args
        assert "80 tekens" in err and "opgeslagen gegevens" not in err, err
        assert err.count("\n") == 1 and "Traceback" not in err
    assert not (target / "profiles").exists()


def test_backup_does_not_overwrite_a_file_without_force(made, monkeypatch, capsys):
    """Red-team F7a: `--out FILE` silently replaced an existing FILE."""
    home, _, _ = made
    out = home / "there.spbackup"
    out.write_bytes(b"something else")
    args = ("backup", "--profile", "Noor", "--out", str(out))
    code, err = _run(home / "office", *args, stdin=SECRET + "\n", monkeypatch=monkeypatch,
                     capsys=capsys)  # fmt: skip
    assert code == 1 and "bestaat al" in err and "--force" in err
    assert err.count("\n") == 1
    assert out.read_bytes() == b"something else"
    code, err = _run(home / "office", *args, "--force", stdin=SECRET + "\n",
                     monkeypatch=monkeypatch, capsys=capsys)  # fmt: skip
    assert code == 0, err
    assert out.read_bytes() != b"something else"
    assert out.stat().st_mode & 0o777 == 0o600
