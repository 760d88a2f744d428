"""A restore killed halfway leaves its temp folder in profiles/; the next restore removes such
folders once they are old, and never a folder that a running restore may still fill."""

from __future__ import annotations

import datetime as dt
import os
import time

from samenplan.vault import profile_backup as pb
from samenplan.vault.profiles import ProfileStore
from tests.vaulthelp import PASSPHRASE, make_profile


def test_an_old_stopped_restore_is_cleared_and_a_young_one_kept(tmp_path):
    store, _code = make_profile(tmp_path / "source", "Ava", 1)
    with store.open("Ava") as profile, profile.unlock(PASSPHRASE) as session:
        raw = pb.make(session, "Ava", dt.date(2026, 12, 3))
    target = ProfileStore(tmp_path / "target")
    profiles = target.data_dir / "profiles"
    old, young = profiles / f"{pb.RESTORING}old", profiles / f"{pb.RESTORING}young"
    for folder in (old, young):
        (folder / "dossiers").mkdir(parents=True)
        (folder / "keys.spk").write_bytes(b"sealed")
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (profiles / f"{pb.RESTORING}link").symlink_to(outside)
    stale = time.time() - pb.STOPPED_AFTER - 60
    os.utime(old, (stale, stale))

    info = pb.restore(target, pb.unseal(pb.read(raw), PASSPHRASE))

    left = sorted(p.name for p in profiles.iterdir())
    assert left == sorted([info.id, young.name, f"{pb.RESTORING}link"])
    assert outside.is_dir()  # a link by that name is not followed
