"""Disk full and I/O errors during save (security.md B1–B13): the old file stays, no temp file
is left, the error is reported, and the next save works once the fault is gone."""

from __future__ import annotations

import errno
import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from samenplan.vault.errors import DiskFull, StorageError, VaultError
from samenplan.vault.profiles import ProfileStore
from samenplan.vault.safesave import FileOps
from tests.vaulthelp import PASSPHRASE, ROOT, dossier_file, make_profile, namespace, payload


def temp_files(data_dir: Path) -> list[Path]:
    return [p for p in data_dir.rglob("*.tmp")]


class Faulty(FileOps):
    """Raise `error` at the `nth` call of `op` (and after, if `times` is larger)."""

    def __init__(self, op: str, error: OSError, nth: int = 1, times: int = 1) -> None:
        self.op, self.error, self.nth, self.times, self.calls = op, error, nth, times, 0

    def _maybe_fail(self, op: str) -> None:
        if op == self.op:
            self.calls += 1
            if self.nth <= self.calls < self.nth + self.times:
                raise self.error

    def write_all(self, fd, data):
        self._maybe_fail("write")
        super().write_all(fd, data)

    def fsync(self, fd):
        self._maybe_fail("fsync")
        super().fsync(fd)

    def mkstemp(self, folder, prefix):
        self._maybe_fail("mkstemp")
        return super().mkstemp(folder, prefix)

    def replace(self, source, target):
        self._maybe_fail("replace")
        super().replace(source, target)

    def fsync_dir(self, folder):
        self._maybe_fail("fsync_dir")
        super().fsync_dir(folder)

    def read_bytes(self, path):
        data = super().read_bytes(path)
        if self.op == "read_flip":
            flipped = bytearray(data)
            flipped[len(flipped) // 2] ^= 1
            return bytes(flipped)
        return data

    def free_space(self, folder):
        if self.op == "free_space":
            return 10
        return super().free_space(folder)

    def sleep(self, seconds):
        pass


@pytest.mark.parametrize(
    ("op", "error", "times", "expected"),
    [
        ("write", OSError(errno.ENOSPC, "No space left on device"), 1, DiskFull),
        ("write", OSError(errno.EDQUOT, "Disk quota exceeded"), 1, DiskFull),
        ("fsync", OSError(errno.EIO, "I/O error"), 1, StorageError),
        ("fsync", OSError(errno.ENOSPC, "No space left on device"), 1, DiskFull),
        ("mkstemp", PermissionError(errno.EACCES, "Permission denied"), 1, StorageError),
        ("mkstemp", OSError(errno.EROFS, "Read-only file system"), 1, StorageError),
        ("replace", PermissionError(errno.EACCES, "held by another program"), 99, StorageError),
        ("replace", OSError(errno.EXDEV, "cross-device"), 1, StorageError),
        ("fsync_dir", OSError(errno.EIO, "I/O error"), 1, StorageError),
        ("free_space", OSError(), 0, DiskFull),
        ("read_flip", OSError(), 0, StorageError),
    ],
)
def test_a_failing_save_keeps_the_old_file(tmp_path, op, error, times, expected):
    make_profile(tmp_path)
    path = dossier_file(tmp_path)
    before = path.read_bytes()
    faulty = Faulty(op, error, times=times)
    store = ProfileStore(tmp_path, ops=faulty)
    with store.open("Ava") as profile, profile.unlock(PASSPHRASE) as session:
        session.dossiers.open("d0")
        with pytest.raises(expected) as caught:
            session.dossiers.save("d0", "Dossier 0", payload(2))
        assert caught.value.message("nl") and caught.value.message("en")
        if op != "fsync_dir":  # the directory fsync comes after the (atomic) replace
            assert path.read_bytes() == before
        assert temp_files(tmp_path) == []
        # once the fault is gone, the next save works (B13)
        faulty.op = "none"
        if op == "fsync_dir":
            session.dossiers.open("d0")
        generation = session.dossiers.save("d0", "Dossier 0", payload(3))
        assert session.dossiers.open("d0").data == payload(3)
        assert generation >= 2


def test_fsync_dir_einval_is_ignored(tmp_path):
    make_profile(tmp_path)
    store = ProfileStore(tmp_path, ops=Faulty("fsync_dir", OSError(errno.EINVAL, "not supported")))
    with store.open("Ava") as profile, profile.unlock(PASSPHRASE) as session:
        # safe_write lets FileOps.fsync_dir decide; the real one ignores EINVAL itself
        real = FileOps()
        real.fsync_dir(tmp_path)
        session.dossiers.open("d0")
        with pytest.raises(StorageError):
            session.dossiers.save("d0", "Dossier 0", payload(2))


def test_replace_is_retried_while_the_file_is_held(tmp_path):
    make_profile(tmp_path)
    faulty = Faulty("replace", PermissionError(errno.EACCES, "held"), times=3)
    store = ProfileStore(tmp_path, ops=faulty)
    with store.open("Ava") as profile, profile.unlock(PASSPHRASE) as session:
        session.dossiers.open("d0")
        assert session.dossiers.save("d0", "Dossier 0", payload(2)) == 2
    assert faulty.calls >= 4


CHILD = textwrap.dedent(
    """
    import json, os, resource, signal, sys
    sys.path.insert(0, {root!r})
    from pathlib import Path
    from samenplan.vault.errors import VaultError
    from samenplan.vault.profiles import ProfileStore
    from samenplan.vault.safesave import FileOps
    from tests.vaulthelp import PASSPHRASE, payload

    data_dir, mode = Path(sys.argv[1]), sys.argv[2]

    class NoPreflight(FileOps):
        def free_space(self, folder):
            return 1 << 40  # pretend there is room, so the kernel's own error is met

    ops = FileOps() if mode == "preflight" else NoPreflight()
    if mode == "rlimit":
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (2000, 2000))  # the new file is ~4.4 KB
    if mode in ("preflight", "kernel"):
        # fill the small file system, leaving less than one dossier of room
        with open(data_dir / "filler", "wb", buffering=0) as f:
            try:
                while True:
                    f.write(b"\\0" * 1024)
            except OSError:
                pass
        os.truncate(data_dir / "filler", os.path.getsize(data_dir / "filler") - 2048)
    store = ProfileStore(data_dir, ops=ops)
    result = {{}}
    with store.open("Ava") as profile, profile.unlock(PASSPHRASE) as session:
        session.dossiers.open("d0")
        try:
            session.dossiers.save("d0", "Dossier 0", payload(2, size=6000))
            result["error"] = None
        except VaultError as exc:
            result["error"] = type(exc).__name__
            result["message"] = exc.message("nl")
        result["data_ok"] = session.dossiers.open("d0").data == payload(1)
    result["temp_files"] = [str(p) for p in data_dir.rglob("*.tmp")]
    print(json.dumps(result))
    """
)


def run_child(data_dir: Path, mode: str, wrapper: list[str] | None = None) -> dict:
    script = CHILD.format(root=str(ROOT))
    command = [*(wrapper or []), sys.executable, "-c", script, str(data_dir), mode]
    result = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_real_partial_write_then_efbig(tmp_path):
    """RLIMIT_FSIZE makes the kernel write part of the file and then fail with EFBIG."""
    make_profile(tmp_path)
    outcome = run_child(tmp_path, "rlimit")
    assert outcome == {
        "error": "DiskFull",
        "message": DiskFull().message("nl"),
        "data_ok": True,
        "temp_files": [],
    }


def tmpfs_wrapper(folder: Path) -> list[str]:
    """Run inside a private mount namespace with a 1 MiB tmpfs on `folder` (no root needed)."""
    return namespace(f'mount -t tmpfs -o size=1m tmpfs "{folder}"')


@pytest.mark.parametrize("mode", ["preflight", "kernel"])
def test_disk_full_on_a_real_small_file_system(tmp_path, mode):
    """A real 1 MiB tmpfs, filled up. `preflight`: our check refuses before writing.
    `kernel`: our check is bypassed, so the kernel's ENOSPC hits mid-save."""
    source = tmp_path / "made"
    make_profile(source)
    mount = tmp_path / "small"
    mount.mkdir()
    wrapper = tmpfs_wrapper(mount)
    # copy the profile into the tmpfs inside the namespace, then run the child there
    copy = f'cp -a "{source}/." "{mount}/" && exec "$0" "$@"'
    wrapper = [*wrapper[:-1], wrapper[-1].replace('exec "$0" "$@"', copy)]
    outcome = run_child(mount, mode, wrapper)
    assert outcome["error"] == "DiskFull"
    assert outcome["data_ok"] is True
    assert outcome["temp_files"] == []


def test_storage_errors_are_vault_errors():
    assert issubclass(DiskFull, VaultError) and issubclass(StorageError, VaultError)
