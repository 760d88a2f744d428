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
