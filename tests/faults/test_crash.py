"""Crash during save: stopped at every step, or killed at random moments (security.md A1, A2, A6).

After every crash the dossier opens, as exactly the old or the new generation.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import time

import pytest

from samenplan.vault.profiles import ProfileStore
from samenplan.vault.safesave import STEPS
from tests.vaulthelp import PASSPHRASE, child_command, make_profile, run_child

pytestmark = pytest.mark.skipif(os.name != "posix", reason="kill -9 and os._exit semantics")


def reopen(data_dir) -> tuple[int, int]:
    """(file generation, generation written in the content) of dossier d0."""
    store = ProfileStore(data_dir)
    with store.open("Ava") as profile, profile.unlock(PASSPHRASE) as session:
        opened = session.dossiers.open("d0")
        assert not opened.read_only
        return opened.generation, json.loads(opened.data)["generation"]


# The dossier save is the 1st safe_write, the index update the 2nd; backup steps run once.
CASES = [(step, 1) for step in STEPS] + [
    (step, 2) for step in STEPS if not step.startswith("backup_")
]


@pytest.mark.parametrize(("step", "nth"), CASES, ids=[f"{s}-{n}" for s, n in CASES])
def test_stopped_at_every_step_the_dossier_is_old_or_new(tmp_path, step, nth):
    make_profile(tmp_path)
    # one save first, so there is an old version *and* a backup rotation on the next save
    assert run_child(tmp_path, "-", 0) == 0
    assert reopen(tmp_path) == (2, 2)
    code = run_child(tmp_path, step, nth)
    assert code == 70, "the child should have stopped at the step"
    generation, content = reopen(tmp_path)
    assert (generation, content) in ((2, 2), (3, 3))
    if nth == 2:  # the dossier itself was already safely replaced
        assert generation == 3
    # the profile still works: the next save succeeds
    assert run_child(tmp_path, "-", 0) == 0
    assert reopen(tmp_path)[0] == generation + 1


def test_half_written_temp_file(tmp_path):
    make_profile(tmp_path)
    assert run_child(tmp_path, "write", 1, mode="half") == 71
    assert reopen(tmp_path) == (1, 1)
    assert not list(tmp_path.glob("profiles/*/dossiers/.*.tmp")), "a broken temp file is cleaned up"


ROUNDS = 200


def test_random_kill_9_during_saves(tmp_path):
    make_profile(tmp_path)
    rng = random.Random(20261123)
    outcomes = {"old": 0, "new": 0}
    for _ in range(ROUNDS):
        before, _ = reopen(tmp_path)
        child = subprocess.Popen(
            child_command(tmp_path, "-", 0, mode="loop"),
            stdout=subprocess.PIPE,
            env={**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"},
        )
        assert child.stdout is not None
        assert child.stdout.readline().strip() == b"ready"
        time.sleep(rng.uniform(0.0, 0.05))
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        acknowledged = [int(line) for line in child.stdout.read().split()]
        child.stdout.close()
        last = acknowledged[-1] if acknowledged else before
        generation, content = reopen(tmp_path)
        assert generation == content
        assert generation in (last, last + 1), (before, acknowledged, generation)
        outcomes["old" if generation == last else "new"] += 1
    print(f"kill -9 outcomes over {ROUNDS} rounds: {outcomes}")
    assert sum(outcomes.values()) == ROUNDS
    assert outcomes["new"] > 0, "some kills should land after a replace, before its acknowledgement"
