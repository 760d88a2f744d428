"""One writer per profile (security.md G1, G2): a second samenplan is refused with exit 5, and
the lock is free at once when the holder is killed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from samenplan.vault.errors import ProfileLocked
from samenplan.vault.profiles import ProfileStore
from tests.vaulthelp import FAST, PASSPHRASE, ROOT, make_profile

HOLDER = """
import sys, time
sys.path.insert(0, {root!r})
from pathlib import Path
from samenplan.vault.profiles import ProfileStore
store = ProfileStore(Path(sys.argv[1]))
with store.open("Ava") as profile, profile.unlock({passphrase!r}):
    print("holding", flush=True)
    time.sleep(120)
"""


def cli(data_dir, *args):
    return subprocess.run(
        [sys.executable, "-m", "samenplan", "--data-dir", str(data_dir), *args],
        input=PASSPHRASE + "\n", capture_output=True, text=True, timeout=120, check=False,
        env={**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"},
    )  # fmt: skip


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_second_process_is_refused_and_the_lock_frees_when_the_holder_dies(tmp_path):
    make_profile(tmp_path)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER.format(root=str(ROOT), passphrase=PASSPHRASE), str(tmp_path)],
        stdout=subprocess.PIPE,
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == b"holding"
        result = cli(tmp_path, "dossier", "list", "--profile", "Ava")
        assert result.returncode == 5
        assert result.stderr.count("\n") == 1
        assert "al open" in result.stderr
        with pytest.raises(ProfileLocked):
            ProfileStore(tmp_path).open("Ava")
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait(timeout=30)
        if holder.stdout:
            holder.stdout.close()
    start = time.monotonic()
    result = cli(tmp_path, "dossier", "list", "--profile", "Ava")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("d0\tDossier 0")
    assert time.monotonic() - start < 30


def test_two_opens_in_one_process_conflict(tmp_path):
    store, _ = make_profile(tmp_path)
    with store.open("Ava"), pytest.raises(ProfileLocked):
        ProfileStore(tmp_path).open("Ava")
    # released on close
    with store.open("Ava") as profile, profile.unlock(PASSPHRASE) as session:
        assert [d.id for d in session.dossiers.all()] == ["d0"]


def test_lock_is_per_profile(tmp_path):
    store, _ = make_profile(tmp_path, name="Ava")
    store.create("Bram", PASSPHRASE, FAST)
    with store.open("Ava"), store.open("Bram"):
        pass
