"""The screen reader's view of the real app: an AT-SPI walk under Xvfb finds no unnamed
control, and saving, an error and locking are announced.

The app runs as it does for a person (its own process, a real profile in a temporary data
folder holding the demo dossier), with Qt's silent "mock" speech engine: it has English
voices, so the "Voorlezen" buttons show once the app speaks English. The walker
(`atspi_walker.py`) runs under Debian's Python with python3-pyatspi, the way Orca sees the
app. Needs the packages in `packaging/debian-test-packages.txt`; skipped, saying what is
missing, without them.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.vaulthelp import PASSPHRASE, ROOT, make_profile

pytestmark = pytest.mark.slow

DEBIAN_PYTHON = "/usr/bin/python3"
WALKER = Path(__file__).with_name("atspi_walker.py")


def _missing() -> str | None:
    for tool in ("xvfb-run", "dbus-run-session", "/usr/libexec/at-spi-bus-launcher"):
        if shutil.which(tool) is None:
            return tool
    found = subprocess.run(
        [DEBIAN_PYTHON, "-c", "import pyatspi, dbus"], capture_output=True, check=False
    )
    return None if found.returncode == 0 else "python3-pyatspi / python3-dbus"


@pytest.fixture(scope="module")
def walk(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    missing = _missing()
    if missing is not None:
        pytest.skip(f"needs {missing} (packaging/debian-test-packages.txt)")
    base = tmp_path_factory.mktemp("atspi")
    data, home, runtime = base / "data", base / "home", base / "run"
    for folder in (home, runtime):
        folder.mkdir(mode=0o700)
    make_profile(data, dossiers=0)  # fast key derivation; the app reads it from the profile
    env = {
        **os.environ,
        "HOME": str(home),
        "XDG_RUNTIME_DIR": str(runtime),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local/share"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
        "QT_QPA_PLATFORM": "xcb",
        "SAMENPLAN_DATA_DIR": str(data),
        "SAMENPLAN_SPEECH_ENGINE": "mock",  # English voices: the read-aloud buttons show
    }
    app = [sys.executable, "-m", "samenplan", "--data-dir", str(data)]
    demo = ROOT / "resources/demo/dossier.json"
    subprocess.run(
        [*app, "import", "--profile", "Ava", str(demo)],
        input=PASSPHRASE + "\n", text=True, env=env, check=True, capture_output=True, cwd=ROOT,
    )  # fmt: skip
    done = subprocess.run(
        [
            "xvfb-run", "-a", "-s", "-screen 0 1280x900x24", "dbus-run-session", "--",
            DEBIAN_PYTHON, str(WALKER), "--", *app,
        ],
        input=PASSPHRASE + "\n", text=True, env=env, capture_output=True, timeout=300, cwd=ROOT,
        check=False,
    )  # fmt: skip
    lines = [line for line in done.stdout.splitlines() if line.startswith("RESULT ")]
    assert lines, f"the walker gave no result:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
    result: dict[str, object] = json.loads(lines[-1].removeprefix("RESULT "))
    result["exit"], result["log"] = done.returncode, done.stderr[-3000:]
    return result


# What the walk must have visited besides every page of the forms (by the walker's names).
MUST_VISIT = (
    "overview",
    "menu Bestand › Reservekopie maken…",
    "menu Bestand › Reservekopie terugzetten…",
    "menu Bestand › Profiel controleren…",
    "menu Hulp › Over samenplan… › Licenties",
    "overview › Deelnemer toevoegen",
    "overview › Mijn adres",
    "triad_compare",
    "comparison › agreement",
    "people › add",
    "people › edit",
    "card_crisiskaart › Opslaan als PDF…",
    "post_crisis",
    "overview (en)",
)


def test_every_control_has_a_name(walk: dict[str, object]) -> None:
    figures = {
        k: walk[k]
        for k in ("pages", "dialogs", "menus", "controls", "distinct_controls", "read_aloud")
    }
    print(f"\nAT-SPI walk: {figures}, unnamed {len(walk['unnamed'])}, {walk['seconds']} s")  # type: ignore[arg-type]
    assert walk["exit"] == 0, walk["log"]
    assert walk["unnamed"] == [], walk["unnamed"]
    visited = walk["visited"]
    assert isinstance(visited, list)
    assert [v for v in MUST_VISIT if v not in visited] == []
    assert any(v.endswith("› Toch opslaan") for v in visited)  # the file chooser
    for form, pages in (("crisisplan", 15), ("WRAP", 16), ("crisis plan (en)", 15)):
        assert f"{form} {pages}" in visited, f"{form} has {pages} pages"
    assert len([v for v in visited if re.fullmatch(r"triad \S+ 1", v)]) == 3  # a card per role
    assert walk["read_aloud"] > 50, "no read-aloud buttons: did Qt's mock speech engine load?"  # type: ignore[operator]
    assert walk["seconds"] < 150  # type: ignore[operator]  # about 80 s on 2 cores; 110 s loaded


def test_saving_errors_and_locking_are_announced(walk: dict[str, object]) -> None:
    heard = walk["announcements"]
    assert isinstance(heard, list)
    texts = [str(h["text"]) for h in heard]
    print(f"\nannounced: {texts}")
    urgent = [str(h["text"]) for h in heard if h["politeness"] == 2]
    assert any("wachtwoord" in t.casefold() for t in urgent), heard  # the wrong passphrase
    assert "Opgeslagen" in texts, heard
    assert any("vergrendeld" in t for t in urgent), heard
