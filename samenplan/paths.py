"""Where samenplan keeps its data: `--data-dir`, else SAMENPLAN_DATA_DIR, else the platform's
per-user application data folder (on Windows the non-roaming one)."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

ENV_VAR = "SAMENPLAN_DATA_DIR"


def data_dir(explicit: str | Path | None = None) -> Path:
    if explicit:
        return Path(explicit).expanduser()
    from_env = os.environ.get(ENV_VAR)
    if from_env:
        return Path(from_env).expanduser()
    return Path(platformdirs.user_data_dir("samenplan", appauthor=False, roaming=False))


def cache_dir() -> Path:
    """The per-user cache folder: built form definitions only, never plan content."""
    return Path(platformdirs.user_cache_dir("samenplan", appauthor=False))


def make_private_dir(path: Path) -> None:
    """Create `path` and any missing parents, each readable by the owner only (0700)."""
    missing = [p for p in (path, *path.parents) if not p.exists()]
    for folder in reversed(missing):
        folder.mkdir(mode=0o700, exist_ok=True)
        if os.name != "nt":
            folder.chmod(0o700)
