"""Device ids, the writer in each file's header, per-device rollback records, the lease."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from samenplan.vault import container as ct
from samenplan.vault import devices, lease
from samenplan.vault.errors import KeptBoth
from samenplan.vault.profiles import ProfileStore
from tests.vaulthelp import FAST, PASSPHRASE, payload

A, B = "a" * 16, "b" * 16


def test_the_device_id_is_kept_per_installation_and_new_on_another_computer(tmp_path, monkeypatch):
    first = devices.this_device(tmp_path)
    assert len(first) == 16 and devices.this_device(tmp_path) == first
    monkeypatch.setattr(devices.socket, "gethostname", lambda: "another-computer")
    assert devices.this_device(tmp_path) != first  # a copied configuration folder


def two_computers(tmp_path):
    """One profile with dossier d at generation 1, copied as a sync program would."""
    import shutil

    first = ProfileStore(tmp_path / "a", device=A)
    first.create("Ava", PASSPHRASE, FAST)
    with first.open("Ava") as profile, profile.unlock(PASSPHRASE) as session:
        session.dossiers.create("d", "d", payload(1))
    shutil.copytree(tmp_path / "a", tmp_path / "b")
    return first, ProfileStore(tmp_path / "b", device=B)


def dossier_of(store):
    [path] = [p for p in store.data_dir.glob("profiles/*/dossiers/*.spd") if len(p.stem) == 32]
    return path


def test_every_file_names_its_writer_and_old_files_say_nothing(tmp_path):
    first, _ = two_computers(tmp_path)
    assert devices.stamp_of(dossier_of(first), ct.KIND_DOSSIER) == devices.Stamp(A, 1)
    [index] = first.data_dir.glob("profiles/*/index.spi")
    assert devices.stamp_of(index, ct.KIND_INDEX).device == A
    old = ProfileStore(tmp_path / "old", device="")  # as written before devices were kept
    old.create("Ava", PASSPHRASE, FAST)
    with old.open("Ava") as profile, profile.unlock(PASSPHRASE) as session:
        session.dossiers.create("d", "d", payload(1))
        assert devices.stamp_of(dossier_of(old), ct.KIND_DOSSIER) == devices.Stamp("", 1)
        assert not session.dossiers.open("d").read_only  # old files open as before


def test_a_parallel_save_of_another_computer_is_no_rollback_and_is_never_overwritten(tmp_path):
    first, second = two_computers(tmp_path)
    with first.open("Ava") as profile, profile.unlock(PASSPHRASE) as session:
        for n in (2, 3, 4):  # computer a saves three times: generation 4
            session.dossiers.save("d", "d", payload(n))
    with second.open("Ava") as profile, profile.unlock(PASSPHRASE) as session:
        session.dossiers.open("d")
        theirs_later = dossier_of(first).read_bytes()
        session.dossiers.save("d", "d", payload(20))  # b: generation 2, in parallel
        ours = dossier_of(second).read_bytes()
        dossier_of(first).write_bytes(ours)  # the sync program brings b's version to a
        dossier_of(second).write_bytes(theirs_later)  # and a's to b: b's save is stale
        with pytest.raises(KeptBoth):
            session.dossiers.save("d", "d", payload(21))
        assert dossier_of(second).read_bytes() == theirs_later  # not overwritten
        [kept] = [p for p in dossier_of(second).parent.iterdir() if ".conflict-" in p.name]
        assert devices.CONFLICT_COPY.match(kept.name).group("device") == B
        opened = session.dossiers.open("d")  # the app reads theirs again
        assert opened.data == payload(4) and not opened.rolled_back
        assert [e.device for e in session.dossiers.written_elsewhere()] == [A]
    with first.open("Ava") as profile, profile.unlock(PASSPHRASE) as session:
        opened = session.dossiers.open("d")  # b's generation 2 after a's 4: not a rollback
        assert opened.data == payload(20) and not opened.rolled_back and not opened.read_only


def test_an_older_copy_of_the_same_writer_is_still_a_rollback(tmp_path):
    first, _ = two_computers(tmp_path)
    older = dossier_of(first).read_bytes()
    with first.open("Ava") as profile, profile.unlock(PASSPHRASE) as session:
        session.dossiers.save("d", "d", payload(2))
    dossier_of(first).write_bytes(older)
    with first.open("Ava") as profile, profile.unlock(PASSPHRASE) as session:
        assert session.dossiers.open("d").rolled_back


def test_the_lease_tells_another_computer_and_goes_at_lock(tmp_path):
    first, second = two_computers(tmp_path)
    profile_b = second.open("Ava")
    with first.open("Ava") as profile, profile.unlock(PASSPHRASE) as session:
        folder = profile.folder
        assert not session.elsewhere_open
        [leased] = (folder / "devices").glob("*.lease")
        assert json.loads(leased.read_text())["device"] == A
        # the sync program copies a's lease to b
        (profile_b.folder / "devices" / leased.name).write_bytes(leased.read_bytes())
        with profile_b.unlock(PASSPHRASE) as other:
            assert other.elsewhere_open
    assert not list((folder / "devices").glob("*.lease"))
    now = dt.datetime.now(dt.UTC)
    stale = now - dt.timedelta(seconds=lease.FRESH_SECONDS + 1)
    lease.take(folder, A, stale, stale)
    assert lease.others(folder, B, now) == []  # a computer that stopped long ago


def test_a_renewed_lease_still_says_since_when_the_profile_is_open(tmp_path):
    first, _ = two_computers(tmp_path)
    [info] = first.all()
    folder = first.folder(info)
    now = dt.datetime(2026, 12, 3, 14, 0, tzinfo=dt.UTC)
    since = now - dt.timedelta(hours=3)
    lease.take(folder, A, now, since)
    assert lease.others(folder, B, now + dt.timedelta(minutes=2)) == [lease.Lease(A, now, since)]
    # a lease written before 'since' was kept: open since its last renewal
    (folder / "devices" / f"{A}.lease").write_text(
        json.dumps({"device": A, "time": now.isoformat()})
    )
    assert lease.others(folder, B, now) == [lease.Lease(A, now, now)]
    for broken in ("[]", '{"time": 3}', '{"time": "2026-12-03T14:00:00"}', "{"):
        (folder / "devices" / f"{A}.lease").write_text(broken)  # no zone, not a time, no JSON
        assert lease.others(folder, B, now) == []


def test_the_session_renews_its_lease_with_the_same_since(tmp_path):
    first, _ = two_computers(tmp_path)
    with first.open("Ava") as profile, profile.unlock(PASSPHRASE) as session:
        path = profile.folder / "devices" / f"{A}.lease"
        before = json.loads(path.read_text())
        session.renew_lease()
        after = json.loads(path.read_text())
        assert after["since"] == before["since"] == session.opened_at.isoformat()
        assert after["time"] >= before["time"]
