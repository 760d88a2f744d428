"""`samenplan selftest` as a bundle runs it: a real process, one line per check, exit codes;
and a layout with a piece missing (the fonts) makes it fail on a line that says so."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from samenplan import selftest

DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo" / "dossier.json"
NAMES = [check for check, _ in selftest.CHECKS]


def run(tmp_path: Path, *args: str, pythonpath: Path | None = None) -> tuple[int, list[str], str]:
    """The self-test in a process whose temporary, cache, data and configuration folders
    are fresh, empty folders under `tmp_path`."""
    for name in ("tmp", "home"):
        (tmp_path / name).mkdir()
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "TMPDIR": str(tmp_path / "tmp"),
        "HOME": str(tmp_path / "home"),
        "XDG_CACHE_HOME": str(tmp_path / "home" / "cache"),
        "XDG_DATA_HOME": str(tmp_path / "home" / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "home" / "config"),
    }
    for name in ("SAMENPLAN_DATA_DIR", "SAMENPLAN_DEVICE_DIR"):
        env.pop(name, None)
    if pythonpath is not None:
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(pythonpath), env.get("PYTHONPATH")]))
    result = subprocess.run(
        [sys.executable, "-m", "samenplan", *args, "selftest"],
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
        check=False,
    )
    return result.returncode, result.stdout.splitlines(), result.stderr


def verdicts(lines: list[str], ok: str, failed: str) -> dict[str, str]:
    """check name -> 'ok' | 'failed', from the lines that start with the two prefixes."""
    out = {}
    for line in lines:
        for prefix, verdict in ((ok, "ok"), (failed, "failed")):
            if line.startswith(prefix):
                out[line[len(prefix) :].split(":")[0]] = verdict
    return out


def test_a_normal_run_passes_every_check_and_leaves_nothing_behind(tmp_path):
    code, lines, stderr = run(tmp_path, "--lang", "nl")
    assert code == 0, "\n".join(lines) + stderr
    assert [line.split(":")[1].strip() for line in lines[:-1]] == NAMES
    assert all(line.startswith("In orde: ") for line in lines[:-1])
    assert lines[-1] == f"Zelftest geslaagd: {len(NAMES)} controles."
    # its temporary folder is gone, and no cache, data or configuration folder was made
    assert list((tmp_path / "tmp").iterdir()) == []
    assert list((tmp_path / "home").iterdir()) == []
    # no plan content: none of the demo dossier's people is named
    people = [person["name"] for person in json.loads(DEMO.read_text("utf-8"))["people"]]
    assert len(people) > 5
    output = "\n".join(lines) + stderr
    assert [name for name in people if name in output] == []


def test_without_the_fonts_it_fails_on_a_line_that_names_them(tmp_path):
    """A bundle that has the font package's code but not its font files (what a bundle
    without the package's data files looks like): a copy of the package, fonts removed,
    comes first on the path."""
    import fontpkg_atkinson_hyperlegible as atkinson

    shadow = tmp_path / "shadow" / "fontpkg_atkinson_hyperlegible"
    shutil.copytree(Path(atkinson.__file__).parent, shadow, ignore=shutil.ignore_patterns("*.ttf"))
    assert not list(shadow.rglob("*.ttf"))

    code, lines, stderr = run(tmp_path, "--lang", "en", pythonpath=shadow.parent)

    assert code == 1, "\n".join(lines) + stderr
    assert "FAILED: fonts: the Atkinson Hyperlegible font files are missing" in lines
    found = verdicts(lines, "OK: ", "FAILED: ")
    assert list(found) == NAMES
    assert {name for name, verdict in found.items() if verdict == "failed"} == {
        "fonts",
        "card",
        "render",
    }
    assert lines[-1] == f"Self-test failed: 3 of {len(NAMES)} checks."
    assert list((tmp_path / "tmp").iterdir()) == []


def test_a_bundle_without_keyrings_metadata_is_caught(monkeypatch, tmp_path):
    """keyring finds its backends through its package metadata; a bundle that leaves the
    metadata out silently has no keyring at all."""
    import importlib.metadata

    if sys.platform not in selftest.NATIVE_KEYRING:
        pytest.skip("no native keyring known for this platform")
    monkeypatch.setattr(importlib.metadata, "entry_points", lambda **_: [])
    context = selftest.Context(tmp_path, {})
    with pytest.raises(
        selftest.SelftestError, match=r"backend list \(its package metadata\) lacks"
    ):
        selftest._keyring(context)


def test_the_keyring_check_passes_here_and_restores_the_keyring(tmp_path):
    import keyring

    before = keyring.get_keyring()
    assert "backends known" in selftest._keyring(selftest.Context(tmp_path, {}))
    assert keyring.get_keyring() is before


def test_writing_into_a_watched_folder_is_reported(tmp_path):
    """The last check compares the watched folders with how they were before."""
    watched = tmp_path / "watched"
    watched.mkdir()
    (watched / "kept.txt").write_text("x")
    work = tmp_path / "work"
    work.mkdir()
    context = selftest.Context(work, {watched: selftest._snapshot(watched)})
    (watched / "new.pickle").write_bytes(b"")
    with pytest.raises(
        selftest.SelftestError, match=re.escape(f"something was written in {watched}")
    ):
        selftest._clean(context)
    assert not work.exists()
