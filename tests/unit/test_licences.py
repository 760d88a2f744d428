"""The shipped list of third-party licences (packaging/licences.py) covers the run-time lock."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

from samenplan import resources

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("licences", ROOT / "packaging" / "licences.py")
assert spec is not None and spec.loader is not None
licences = importlib.util.module_from_spec(spec)
spec.loader.exec_module(licences)


def entries() -> dict[str, tuple[str, str]]:
    """normalised name -> (version, the entry's text), from the shipped file."""
    text = resources.resource("licences/third-party.txt").read_text("utf-8")
    out = {}
    for block in text.split(f"\n{licences.RULE}\n{licences.TITLE}")[1:]:
        title, rest = block.split("\n", 1)
        name, version = title.rsplit(" ", 1)
        out[licences.normalise(name)] = (version, rest)
    return out


def test_every_runtime_dependency_in_the_lock_is_listed_at_its_version():
    pins = licences.locked()
    assert {"pyside6-essentials", "cryptography", "reportlab", "pyrage"} <= set(pins)
    listed = entries()
    assert {name: listed.get(name, ("missing",))[0] for name in pins} == pins


def test_each_entry_names_a_licence_and_carries_its_text_or_says_it_has_none():
    without = set()
    for name, (_version, text) in entries().items():
        licence = re.search(r"^Licence: (.+)$", text, re.M)
        assert licence and licence.group(1).strip(), name
        if "\n--- " not in text:
            assert "Licence text: not shipped with the package." in text, name
            without.add(name)
    # fontpkg (MIT, a helper of the font packages) ships no text; a new one is noticed here
    assert without == {"fontpkg"}


def test_qt_for_python_carries_the_lgpl_and_the_fonts_the_ofl():
    listed = entries()
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in listed["pyside6-essentials"][1]
    assert "SIL OPEN FONT LICENSE Version 1.1" in listed["fontpkg-atkinson-hyperlegible"][1]
    assert "PSF" in listed["python"][1]


def test_the_lock_reader_reads_names_and_versions(tmp_path):
    lock = tmp_path / "lock.txt"
    lock.write_text(
        "# comment\nPySide6_Essentials==6.11.3 \\\n    --hash=sha256:ab\n"
        "rl-accel==0.9.1 ; sys_platform == 'linux' \\\n    --hash=sha256:cd\n    # via x\n"
    )
    assert licences.locked(lock) == {"pyside6-essentials": "6.11.3", "rl-accel": "0.9.1"}


def test_every_dependency_in_pyproject_is_in_the_lock():
    """A dependency added to pyproject.toml but not locked is missing in CI and the bundle
    (both install from the lock only): run packaging/lock.sh."""
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    wanted = {
        licences.normalise(re.split(r"[\s\[<>=!~;]", dep)[0]) for dep in project["dependencies"]
    }
    assert wanted - set(licences.locked()) == set()
