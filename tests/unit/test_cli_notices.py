"""A recovered or rolled-back dossier on the command line: read commands go on (exit 0) with
one sentence on stderr saying what happened and since when; `export --accept` makes that
version the current one (issue 13, item 3)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from samenplan import shipped
from samenplan.vault.profiles import ProfileStore
from samenplan.workspace.unlocked import Unlocked
from tests.vaulthelp import PASSPHRASE, ROOT, make_profile


def cli(data, *args):
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    return subprocess.run(
        [sys.executable, "-m", "samenplan", "--lang", "nl", "--data-dir", str(data), *args],
        input=PASSPHRASE + "\n", capture_output=True, text=True, timeout=120, check=False,
        env=env, cwd=ROOT,
    )  # fmt: skip


def export(data, tmp_path, *extra):
    out = tmp_path / "uit.json"
    result = cli(data, "export", "--profile", "Ava", "--dossier", "demo-noor", "--to", "json",
                 "--out", str(out), *extra)  # fmt: skip
    title = json.loads(out.read_text())["dossier"]["title"] if result.returncode == 0 else None
    return result, title


def two_versions(data):
    """demo-noor saved as 'Eerst', then as 'Later'; the file's bytes of each."""
    store, _ = make_profile(data, dossiers=0)
    first = shipped.demo_dossier()
    first.title = "Eerst"
    with store.open("Ava") as profile, Unlocked(profile.unlock(PASSPHRASE)) as unlocked:
        unlocked.add(first)
    [path] = data.glob("profiles/*/dossiers/*.spd")
    old = path.read_bytes()
    with store.open("Ava") as profile, Unlocked(profile.unlock(PASSPHRASE)) as unlocked:
        first.title = "Later"
        unlocked.save(first)
    return path, old


def test_an_older_copy_put_back_is_said_and_can_be_accepted(tmp_path):
    data = tmp_path / "data"
    path, old = two_versions(data)
    result, title = export(data, tmp_path)
    assert (result.returncode, title, result.stderr) == (0, "Later", "")
    path.write_bytes(old)  # someone puts the older file back
    result, title = export(data, tmp_path)
    assert result.returncode == 0 and title == "Eerst"
    lines = result.stderr.splitlines()
    assert lines[0].startswith("samenplan: Let op: dit is een oudere versie dan samenplan het")
    assert " van " in lines[0] and "Traceback" not in result.stderr
    assert lines[1] == "samenplan: met --accept wordt deze versie de huidige."
    result, title = export(data, tmp_path, "--accept")
    assert result.returncode == 0 and title == "Eerst"
    assert result.stderr.splitlines()[-1] == "samenplan: deze versie is nu de huidige."
    result, title = export(data, tmp_path)
    assert (result.returncode, title, result.stderr) == (0, "Eerst", "")


def test_a_damaged_dossier_says_it_shows_the_last_good_copy(tmp_path):
    data = tmp_path / "data"
    path, _ = two_versions(data)
    raw = bytearray(path.read_bytes())
    raw[len(raw) // 2] ^= 0x10
    path.write_bytes(bytes(raw))
    result, title = export(data, tmp_path)
    assert result.returncode == 0 and title == "Eerst"  # the backup before the last save
    assert result.stderr.startswith("samenplan: Let op: de nieuwste versie van dit dossier was")
    with ProfileStore(data).open("Ava") as profile, Unlocked(profile.unlock(PASSPHRASE)) as u:
        assert u.read("demo-noor").notice("en").startswith("Note: the newest version")
