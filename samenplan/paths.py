"""Where samenplan keeps its data: `--data-dir`, else SAMENPLAN_DATA_DIR, else the platform's
per-user application data folder (on Windows the non-roaming one); and the few careful file
operations every part uses: folders only the owner can open, with no symbolic link followed
inside the data folder; files read up to a limit; exported files only the owner can read."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from pathlib import Path

import platformdirs

ENV_VAR = "SAMENPLAN_DATA_DIR"
# The most samenplan reads of a file it is given (an export or exchange file): at least as
# much as their readers accept (16 MiB each), so a reader's own size check still speaks.
INPUT_LIMIT = 16 * 1024 * 1024


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


def make_private_dir(path: Path, inside: Path | None = None) -> None:
    """Create `path` and any missing parents, each readable by the owner only (0700).

    With `inside` (the data folder), every folder below it on the way to `path` must be a
    real folder: a symbolic link there raises OSError (ELOOP) instead of being followed, so
    nothing is written outside the data folder through one. `inside` itself may be a link
    (a person may keep their data folder elsewhere)."""
    if inside is not None:
        below = [p for p in (path, *path.parents) if p != inside and inside in p.parents]
        for folder in below:
            if folder.is_symlink():
                raise OSError(errno.ELOOP, "a symbolic link inside the data folder", str(folder))
            if folder.exists() and not folder.is_dir():
                raise NotADirectoryError(errno.ENOTDIR, "not a folder", str(folder))
    missing = [p for p in (path, *path.parents) if not p.exists() and not p.is_symlink()]
    for folder in reversed(missing):
        folder.mkdir(mode=0o700, exist_ok=True)
        if os.name != "nt":
            folder.chmod(0o700)


def read_at_most(path: Path, limit: int) -> bytes:
    """The file's first `limit` + 1 bytes at most: enough for the reader's size check to
    refuse a file that is too large, without reading all of a huge one (OSError as usual)."""
    with path.open("rb") as file:
        return file.read(limit + 1)


def write_private(path: Path, data: bytes) -> None:
    """Write an exported file that only its owner can read (0600), whole or not at all: a
    temporary file next to it, then put in its place (an earlier file of that name is
    replaced, a symbolic link by that name too, not followed). OSError when it fails."""
    folder = path.parent
    fd, name = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.replace(name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(name)
        raise
