"""The one place that finds the app's data: `forms/` and `resources/`.

From an installed wheel they sit inside the package as `samenplan/_data/{forms,resources}`
(hatchling force-include); in a PyInstaller bundle the spec puts them at the same place;
in a source checkout (also an editable install) they are the top-level folders next to
the package. Callers ask for a folder or a file by relative name only.
"""

from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _data_root() -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    candidates = []
    if frozen_root is not None:
        candidates.append(Path(frozen_root) / "samenplan" / "_data")
    candidates += [_PACKAGE / "_data", _PACKAGE.parent]
    for root in candidates:
        if (root / "forms").is_dir() and (root / "resources").is_dir():
            return root
    raise FileNotFoundError("samenplan's forms/ and resources/ folders are missing")


def forms_dir() -> Path:
    """The folder with the shipped form definitions."""
    return _data_root() / "forms"


def resource(name: str) -> Path:
    """A file or folder under `resources/`, by relative name (no '..')."""
    parts = Path(name).parts
    if Path(name).is_absolute() or ".." in parts:
        raise ValueError(f"not a relative resource name: {name}")
    return _data_root() / "resources" / name
