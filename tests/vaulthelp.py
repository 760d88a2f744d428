"""Helpers for vault tests: fast but real key derivation, a profile with a dossier, a child
process that saves (and can be stopped at a chosen step)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from samenplan.vault.crypto import ARGON2ID, KdfParams
from samenplan.vault.profiles import ProfileStore

# The cheapest settings the reader accepts (19 MiB, t=1): real Argon2id, about 20 ms.
FAST = KdfParams(ARGON2ID, 19 * 1024, 1, 1)
PASSPHRASE = "correct paard batterij nietje"
ROOT = Path(__file__).resolve().parent.parent


def payload(generation: int, size: int = 3000) -> bytes:
    """Recognisable content for generation `generation`."""
    return json.dumps({"generation": generation, "text": "x" * size}).encode()


def make_profile(data_dir: Path, name: str = "Ava", dossiers: int = 1) -> tuple[ProfileStore, str]:
    """A profile with `dossiers` dossiers ('d0', 'd1', ...) at generation 1; returns the code."""
    store = ProfileStore(data_dir)
    _, code = store.create(name, PASSPHRASE, FAST)
    with store.open(name) as profile, profile.unlock(PASSPHRASE) as session:
        for n in range(dossiers):
            session.dossiers.create(f"d{n}", f"Dossier {n}", payload(1))
    return store, code


def dossier_file(data_dir: Path) -> Path:
    [path] = list(data_dir.glob("profiles/*/dossiers/*.spd"))
    return path


def keys_file(data_dir: Path) -> Path:
    [path] = list(data_dir.glob("profiles/*/keys.spk"))
    return path


CHILD = r"""
import os, sys, json
sys.path.insert(0, {root!r})
from samenplan.vault.safesave import FileOps
from samenplan.vault.profiles import ProfileStore

data_dir, step, nth, mode = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]

class Stop(FileOps):
    seen = 0
    def checkpoint(self, name):
        if name == step:
            Stop.seen += 1
            if Stop.seen == nth and mode == "exit":
                os._exit(70)
    def write_all(self, fd, data):
        if step == "write" and mode == "half":
            os.write(fd, data[: len(data) // 2])
            os._exit(71)
        super().write_all(fd, data)

store = ProfileStore(__import__("pathlib").Path(data_dir), ops=Stop())
with store.open("Ava") as profile, profile.unlock({passphrase!r}) as session:
    generation = session.dossiers.open("d0").generation
    print("ready", flush=True)
    while True:
        data = json.dumps({{"generation": generation + 1, "text": "x" * 3000}}).encode()
        generation = session.dossiers.save("d0", "Dossier 0", data)
        print(generation, flush=True)
        if mode != "loop":
            break
print("done", flush=True)
"""


def child_command(data_dir: Path, step: str = "-", nth: int = 0, mode: str = "exit") -> list[str]:
    script = CHILD.format(root=str(ROOT), passphrase=PASSPHRASE)
    return [sys.executable, "-c", script, str(data_dir), step, str(nth), mode]


def run_child(data_dir: Path, step: str, nth: int, mode: str = "exit") -> int:
    result = subprocess.run(
        child_command(data_dir, step, nth, mode), capture_output=True, timeout=120, check=False,
        env={**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"},
    )  # fmt: skip
    return result.returncode


def stored_bytes(unlocked, dossier_id: str) -> bytes:
    """The bytes a dossier is stored as (through the workspace's handle, so after a lock it
    raises Locked like the app would)."""
    with unlocked.using() as session:
        return session.dossiers.open(dossier_id).data


IN_CI = os.environ.get("CI", "").lower() == "true"


def namespace(script: str) -> list[str]:
    """Run inside a private mount namespace (no root needed) after `script` (mounts)."""
    if shutil.which("unshare") is None:
        if IN_CI:
            pytest.fail("unshare is missing")
        pytest.skip("unshare is not available")
    probe = subprocess.run(["unshare", "-rm", "true"], capture_output=True, check=False)
    if probe.returncode != 0:
        if IN_CI:
            pytest.fail("user namespaces are not available")
        pytest.skip("user namespaces are not available")
    return ["unshare", "-rm", "sh", "-c", f'{script} && exec "$0" "$@"']
