"""Write resources/licences/third-party.txt: every run-time dependency in the lock file, its
version, its licence and the licence texts it ships, read from the installed distributions
(importlib.metadata); with Python itself, whose interpreter every bundle carries. The app
shows the file in "Over samenplan" → "Licenties", and the bundle ships it as a resource.

Run it in an environment installed from the lock (a version that differs is an error):
    .venv/bin/python packaging/licences.py
A package that ships no licence text of its own gets Debian's copy of the GNU licence its
metadata names, when that is one (PySide6 and shiboken6 ship none).
"""

from __future__ import annotations

import re
import sys
import sysconfig
from importlib import metadata
from pathlib import Path

from packaging.version import Version

ROOT = Path(__file__).resolve().parent.parent
LOCK = ROOT / "requirements" / "lock.txt"
OUT = ROOT / "resources" / "licences" / "third-party.txt"
COMMON = Path("/usr/share/common-licenses")
GNU_TEXTS = {"LGPL-3.0": ("LGPL-3", "GPL-3"), "GPL-3.0": ("GPL-3",), "GPL-2.0": ("GPL-2",)}
RULE = "=" * 78
TITLE = "Package: "
HEADER = """\
Third-party software in samenplan
=================================

samenplan is free software under the GNU General Public License, version 3 or
later. It is built on the work of others. Below is each package it runs with,
its version, its licence, and the licence texts the package ships. This list is
made by packaging/licences.py from requirements/lock.txt.
"""


def locked(lock: Path = LOCK) -> dict[str, str]:
    """The lock file's packages: normalised name -> version."""
    pins = re.findall(r"^([A-Za-z0-9._-]+)==([^\s\\;]+)", lock.read_text("utf-8"), re.M)
    return {normalise(name): version for name, version in pins}


def normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def licence_of(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    expression = meta.get("License-Expression")
    if expression:
        return str(expression)
    short = (meta.get("License") or "").strip()
    if short and len(short) < 120 and "\n" not in short:
        return short
    classifiers = meta.get_all("Classifier") or []
    named = [c.split(" :: ")[-1] for c in classifiers if c.startswith("License ::")]
    return "; ".join(named) or "not stated in the package's metadata (see its licence text)"


def texts_of(dist: metadata.Distribution, licence: str) -> list[tuple[str, str]]:
    """(file name, text) of the licence files the package ships; else Debian's copy of the
    GNU licences its expression names."""
    out = []
    wanted = set(dist.metadata.get_all("License-File") or [])
    for file in dist.files or []:
        path = str(file)
        in_info = ".dist-info/" in path
        name = path.split(".dist-info/", 1)[-1].removeprefix("licenses/")
        if in_info and name in wanted:
            out.append((name, Path(str(dist.locate_file(file))).read_text("utf-8", "replace")))
    if not out:
        for spdx, files in GNU_TEXTS.items():
            if spdx in licence:
                out += [(f"{n} (Debian's copy)", (COMMON / n).read_text("utf-8")) for n in files]
                break
    return out


def entry(title: str, licence: str, home: str, texts: list[tuple[str, str]]) -> str:
    lines = [RULE, f"{TITLE}{title}", f"Licence: {licence}"]
    if home:
        lines.append(f"Website: {home}")
    if not texts:
        lines.append("Licence text: not shipped with the package.")
    for name, text in texts:
        lines += ["", f"--- {name} ---", text.rstrip()]
    return "\n".join(lines) + "\n"


def home_of(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    if meta.get("Home-page"):
        return str(meta["Home-page"])
    for url in meta.get_all("Project-URL") or []:
        label, _, address = url.partition(",")
        if label.strip().lower() in ("homepage", "home", "source", "repository"):
            return address.strip()
    return ""


def generate(lock: Path = LOCK) -> str:
    parts = [HEADER]
    problems = []
    for name, version in sorted(locked(lock).items()):
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            problems.append(f"{name} is not installed")
            continue
        if Version(dist.version) != Version(version):
            problems.append(f"{name} {dist.version} is installed, the lock says {version}")
            continue
        licence = licence_of(dist)
        title = f"{dist.metadata['Name']} {version}"
        parts.append(entry(title, licence, home_of(dist), texts_of(dist, licence)))
    if problems:
        raise SystemExit("install from the lock first: " + "; ".join(problems))
    stdlib_licence = Path(sysconfig.get_paths()["stdlib"]) / "LICENSE.txt"
    python_text = [("LICENSE.txt", stdlib_licence.read_text("utf-8"))]
    version = ".".join(map(str, sys.version_info[:3]))
    parts.append(entry(f"Python {version}", "PSF-2.0", "https://www.python.org", python_text))
    return "\n".join(parts)


def main() -> int:
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(generate(), "utf-8")
    print(f"{OUT.relative_to(ROOT)}: {OUT.stat().st_size // 1024} KiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
