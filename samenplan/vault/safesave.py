"""Safe save (security.md §3.1): a file is either the old version or the new one, never half.

temp file in the same folder → write and fsync → read back and verify → keep the old file as
a backup → atomic replace (retried while Windows holds the file) → fsync the folder.
Any failure removes the temp file and leaves the old file as it was. There is no
non-atomic fallback.

`FileOps` is the seam for fault tests: production uses the real calls; tests make any step
fail, or stop the process at a named step (`checkpoint`).
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from samenplan.vault.errors import DiskFull, StorageError, VaultError

STEPS = (
    "preflight", "mkstemp", "write", "fsync", "verify", "backup", "backup_link",
    "backup_replace", "replace", "fsync_dir",
)  # fmt: skip
_FULL_ERRNOS = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}
_REPLACE_RETRIES = 10


class FileOps:
    """The file-system calls the save routine makes. Subclassed by the fault tests."""

    def checkpoint(self, step: str) -> None:
        """Called before each step; a no-op outside tests."""

    def free_space(self, folder: Path) -> int:
        return shutil.disk_usage(folder).free

    def mkstemp(self, folder: Path, prefix: str) -> tuple[int, Path]:
        fd, name = tempfile.mkstemp(dir=folder, prefix=prefix, suffix=".tmp")
        return fd, Path(name)

    def write_all(self, fd: int, data: bytes) -> None:
        view = memoryview(data)
        while view:
            written = os.write(fd, view)
            view = view[written:]

    def fsync(self, fd: int) -> None:
        if sys.platform == "darwin":  # plain fsync does not reach the medium there
            import fcntl

            try:
                fcntl.fcntl(fd, fcntl.F_FULLFSYNC)
                return
            except OSError:
                pass
        os.fsync(fd)

    def close(self, fd: int) -> None:
        os.close(fd)

    def read_bytes(self, path: Path) -> bytes:
        return path.read_bytes()

    def link(self, source: Path, target: Path) -> None:
        os.link(source, target)

    def copy(self, source: Path, target: Path) -> None:
        with source.open("rb") as src, target.open("xb") as dst:
            shutil.copyfileobj(src, dst)
            dst.flush()
            self.fsync(dst.fileno())

    def replace(self, source: Path, target: Path) -> None:
        os.replace(source, target)

    def fsync_dir(self, folder: Path) -> None:
        if os.name == "nt":  # no directory fsync on Windows
            return
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        except OSError as exc:
            if exc.errno != errno.EINVAL:  # some file systems cannot; that is fine
                raise
        finally:
            os.close(fd)

    def unlink(self, path: Path) -> None:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()

    def sleep(self, seconds: float) -> None:
        time.sleep(seconds)


REAL = FileOps()


def storage_error(exc: OSError) -> VaultError:
    """The right VaultError for an OS error: a full disk is told apart from the rest."""
    if exc.errno in _FULL_ERRNOS:
        return DiskFull(errno.errorcode.get(exc.errno or 0, "ENOSPC"))
    return StorageError(errno.errorcode.get(exc.errno or 0, type(exc).__name__))


@dataclass(frozen=True)
class Fingerprint:
    """What a file looked like when we last read or wrote it."""

    size: int
    mtime_ns: int
    sha256: bytes

    @classmethod
    def of(cls, path: Path, data: bytes | None = None) -> Fingerprint:
        stat = path.stat()
        if data is None:
            data = path.read_bytes()
        return cls(stat.st_size, stat.st_mtime_ns, hashlib.sha256(data).digest())


def safe_write(
    target: Path,
    blob: bytes,
    verify: Callable[[bytes], None],
    backup: Callable[[Path], None] | None = None,
    ops: FileOps = REAL,
) -> None:
    """Replace `target` with `blob` atomically and durably.

    `verify` gets the bytes read back from the temp file and raises if they are not what
    was meant. `backup` is called with the old target (if any) just before the replace.
    Raises DiskFull or StorageError (or what `verify` raises); the old file is then intact
    and no temp file is left.
    """
    folder = target.parent
    tmp: Path | None = None
    fd: int | None = None
    try:
        ops.checkpoint("preflight")
        if ops.free_space(folder) < 3 * len(blob) + (1 << 20):
            raise DiskFull("preflight")
        ops.checkpoint("mkstemp")
        fd, tmp = ops.mkstemp(folder, f".{target.name}.")
        ops.checkpoint("write")
        ops.write_all(fd, blob)
        ops.checkpoint("fsync")
        ops.fsync(fd)  # an fsync error is final for this descriptor: never retried
        ops.close(fd)
        fd = None
        ops.checkpoint("verify")
        verify(ops.read_bytes(tmp))
        ops.checkpoint("backup")
        if backup is not None and target.exists():
            backup(target)
        ops.checkpoint("replace")
        _replace_with_retry(tmp, target, ops)
        tmp = None
        ops.checkpoint("fsync_dir")
        ops.fsync_dir(folder)
    except OSError as exc:
        raise storage_error(exc) from None
    finally:
        if fd is not None:
            with contextlib.suppress(OSError):
                ops.close(fd)
        if tmp is not None:
            with contextlib.suppress(OSError):
                ops.unlink(tmp)


def _replace_with_retry(tmp: Path, target: Path, ops: FileOps) -> None:
    """os.replace, retried for about 2 s while another program holds the file (Windows)."""
    for attempt in range(_REPLACE_RETRIES):
        try:
            ops.replace(tmp, target)
            return
        except PermissionError:
            if attempt == _REPLACE_RETRIES - 1:
                raise
            ops.sleep(0.05 * (attempt + 1))


def keep_copy(source: Path, target: Path, ops: FileOps = REAL) -> None:
    """Put a copy of `source` at `target` without ever leaving `target` half-written:
    hard link (copies nothing) or, where links are not possible, copy and fsync; then
    an atomic rename into place."""
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    ops.unlink(tmp)
    try:
        ops.checkpoint("backup_link")
        try:
            ops.link(source, tmp)
        except OSError as exc:
            if exc.errno in _FULL_ERRNOS:
                raise
            ops.copy(source, tmp)
        ops.checkpoint("backup_replace")
        _replace_with_retry(tmp, target, ops)
    finally:
        ops.unlink(tmp)


def stray_temp_files(folder: Path, name: str) -> list[Path]:
    """Temp files a crashed save of `name` may have left."""
    return sorted(folder.glob(f".{name}.*.tmp"))
