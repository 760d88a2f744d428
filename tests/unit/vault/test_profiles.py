"""Profiles and dossiers on real files: keys, recovery, backups, rollback, permissions."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import shutil
import stat
import threading
import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from samenplan import log as applog
from samenplan.vault import container as ct
from samenplan.vault import keyslots as ks
from samenplan.vault import sealed
from samenplan.vault.backups import KEEP_DAYS, KEEP_LAST, list_backups
from samenplan.vault.dossiers import DossierStore
from samenplan.vault.errors import (
    ChangedOnDisk,
    NothingValid,
    ProfileExists,
    ProfileNotFound,
    ReadOnly,
    Tampered,
    VaultError,
    WrongPassphrase,
    WrongRecoveryCode,
)
from samenplan.vault.profiles import ProfileStore
from tests.vaulthelp import FAST, PASSPHRASE, dossier_file, keys_file, make_profile, payload

NAME_PATTERN = re.compile(
    r"^(profiles\.json|profiles\.lock|profiles|[0-9a-f]{32}|dossiers|backups|keys\.spk"
    r"|index\.spi|\.lock|[0-9a-f]{32}\.spd|(keys|index|[0-9a-f]{32})\.\d+\.\d{8}\.sp[kid]"
    r"|devices|[0-9a-f]{16}\.(spr|lease))$"
)


def session_of(store, name="Ava", passphrase=PASSPHRASE):
    return store.open(name).unlock(passphrase)


def test_create_lists_and_refuses_a_duplicate_name(tmp_path):
    store, code = make_profile(tmp_path)
    assert [p.name for p in store.all()] == ["Ava"]
    assert len(code) == 39 and code.count("-") == 7
    with pytest.raises(ProfileExists):
        store.create("ava", "x", FAST)
    with pytest.raises(ProfileNotFound):
        store.open("Bram")


def test_permissions_and_file_names(tmp_path):
    old = os.umask(0)
    try:
        store, _ = make_profile(tmp_path / "data")
        with session_of(store) as session:
            session.dossiers.save("d0", "Noor Bakker", payload(2))
    finally:
        os.umask(old)
    for path in (tmp_path / "data").rglob("*"):
        mode = stat.S_IMODE(path.stat().st_mode)
        if path.is_dir():
            assert mode == 0o700, path
        else:
            assert mode == 0o600, path
        assert NAME_PATTERN.match(path.name), path.name  # random ids only: no names, no plan types


def test_passphrase_change_touches_only_the_keyslot_file(tmp_path):
    store, _ = make_profile(tmp_path)
    before = dossier_file(tmp_path).read_bytes()
    with session_of(store) as session:
        session.change_passphrase("nieuw wachtwoord", FAST)
    assert dossier_file(tmp_path).read_bytes() == before
    with pytest.raises(WrongPassphrase), store.open("Ava") as profile:
        profile.unlock(PASSPHRASE)
    with session_of(store, passphrase="nieuw wachtwoord") as session:
        assert session.dossiers.open("d0").data == payload(1)


def test_passphrase_in_another_unicode_form_opens(tmp_path):
    store = ProfileStore(tmp_path)
    store.create("Zoë", "café-geheim", FAST)
    decomposed = unicodedata.normalize("NFD", "café-geheim")
    assert decomposed != "café-geheim"
    with store.open("Zoë") as profile, profile.unlock(decomposed):
        pass
    with pytest.raises(WrongPassphrase), store.open("Zoë") as profile:
        profile.unlock("cafe-geheim")


def test_recovery_code_opens_and_can_be_replaced(tmp_path):
    store, code = make_profile(tmp_path)
    with store.open("Ava") as profile, profile.unlock_with_recovery(code.lower().replace("-", " ")):
        pass
    with session_of(store) as session:
        new_code = session.new_recovery_code()
    with pytest.raises(WrongRecoveryCode), store.open("Ava") as profile:
        profile.unlock_with_recovery(code)
    with store.open("Ava") as profile, profile.unlock_with_recovery(new_code):
        pass
    with pytest.raises(WrongRecoveryCode), store.open("Ava") as profile:
        profile.unlock_with_recovery("not a code")


def test_rotate_keys_re_encrypts_everything(tmp_path):
    store, _ = make_profile(tmp_path, dossiers=3)
    with session_of(store) as session:
        session.dossiers.save("d0", "Dossier 0", payload(2))  # there is a backup now
    old_keys = keys_file(tmp_path).read_bytes()
    before = {p.name: p.read_bytes() for p in tmp_path.glob("profiles/*/dossiers/*.spd")}
    with session_of(store) as session:
        code = session.rotate_keys(PASSPHRASE, FAST)
        new_pmk_id = session.keys.pmk_id
    after = {p.name: p.read_bytes() for p in tmp_path.glob("profiles/*/dossiers/*.spd")}
    assert set(after) == set(before) and all(after[n] != before[n] for n in after)
    for raw in after.values():
        assert sealed.parse(raw, ct.KIND_DOSSIER).tlvs[sealed.T_PMK_ID] == new_pmk_id
    assert not list(tmp_path.glob("profiles/*/backups/*")), "backups under old keys are gone"
    with store.open("Ava") as profile, profile.unlock_with_recovery(code) as session:
        assert session.dossiers.open("d0").data == payload(2)
    # the old keyslot file with the old passphrase no longer opens the new dossiers
    keys_file(tmp_path).write_bytes(old_keys)
    name, raw = next(iter(after.items()))
    with (
        store.open("Ava") as profile,
        profile.unlock(PASSPHRASE) as session,
        pytest.raises(Tampered),
    ):
        session.dossiers._unwrap_key(sealed.parse(raw, ct.KIND_DOSSIER), bytes.fromhex(name[:32]))


def test_an_interrupted_rotation_is_finished_at_the_next_unlock(tmp_path, monkeypatch):
    store, _ = make_profile(tmp_path, dossiers=3)
    real_rekey = DossierStore.rekey
    calls = {"n": 0}

    def crash_after_one(self, dossier_id):
        if calls["n"] == 1:
            raise OSError("simulated crash")
        calls["n"] += 1
        real_rekey(self, dossier_id)

    monkeypatch.setattr(DossierStore, "rekey", crash_after_one)
    with session_of(store) as session, pytest.raises(OSError):
        session.rotate_keys(PASSPHRASE, FAST)
    monkeypatch.setattr(DossierStore, "rekey", real_rekey)
    # half rotated: the keyslot file still holds the previous key, every dossier opens
    assert ks.decode(keys_file(tmp_path).read_bytes()).find(ks.SLOT_PREVIOUS_PMK)
    with session_of(store) as session:
        assert not session.keys.find(ks.SLOT_PREVIOUS_PMK)
        for n in range(3):
            assert session.dossiers.open(f"d{n}").data == payload(1)
            assert session.dossiers.written_under(f"d{n}") == session.keys.pmk_id


def test_a_file_changed_underneath_is_not_overwritten(tmp_path):
    store, _ = make_profile(tmp_path)
    with session_of(store) as session:
        session.dossiers.open("d0")
        path = dossier_file(tmp_path)
        other = path.read_bytes()
        path.write_bytes(other[:-1] + bytes([other[-1] ^ 1]))  # someone else's change
        with pytest.raises(ChangedOnDisk):
            session.dossiers.save("d0", "Dossier 0", payload(2))


def test_damaged_dossier_opens_the_newest_valid_backup_read_only(tmp_path):
    store, _ = make_profile(tmp_path)
    with session_of(store) as session:
        for generation in (2, 3, 4):
            session.dossiers.save("d0", "Dossier 0", payload(generation))
    path = dossier_file(tmp_path)
    path.write_bytes(path.read_bytes()[:100])
    with session_of(store) as session:
        opened = session.dossiers.open("d0")
        assert opened.recovered and opened.read_only
        assert opened.data == payload(3) and opened.generation == 3
        with pytest.raises(ReadOnly):
            session.dossiers.save("d0", "Dossier 0", payload(9))
        # above generation 4, the damaged file's: never taken for an older copy later
        assert session.dossiers.confirm_recovered("d0", "Dossier 0", opened.data) == 5
    assert list(tmp_path.glob("profiles/*/dossiers/*.damaged-*.spd")), "set aside, not deleted"
    with session_of(store) as session:
        assert session.dossiers.open("d0").data == payload(3)


def test_missing_dossier_with_backups_is_recovered(tmp_path):
    store, _ = make_profile(tmp_path)
    with session_of(store) as session:
        session.dossiers.save("d0", "Dossier 0", payload(2))
    dossier_file(tmp_path).unlink()
    with session_of(store) as session:
        opened = session.dossiers.open("d0")
        assert opened.recovered and opened.data == payload(1)


def test_everything_damaged_is_reported_and_nothing_deleted(tmp_path):
    store, _ = make_profile(tmp_path)
    with session_of(store) as session:
        session.dossiers.save("d0", "Dossier 0", payload(2))
    files = [
        *tmp_path.glob("profiles/*/dossiers/*.spd"),
        *tmp_path.glob("profiles/*/backups/*.spd"),
    ]
    for path in files:
        path.write_bytes(b"rubbish")
    with session_of(store) as session, pytest.raises(NothingValid):
        session.dossiers.open("d0")
    assert len(list(tmp_path.glob("profiles/*/**/*.spd"))) == len(files)


def test_an_older_copy_put_back_is_noticed(tmp_path):
    store, _ = make_profile(tmp_path)
    with session_of(store) as session:
        session.dossiers.save("d0", "Dossier 0", payload(2))
        session.dossiers.save("d0", "Dossier 0", payload(3))
    [oldest, *_] = sorted(
        list_backups(
            next(tmp_path.glob("profiles/*/backups")), dossier_file(tmp_path).stem, ".spd"
        ),
        key=lambda b: b.generation,
    )
    shutil.copyfile(oldest.path, dossier_file(tmp_path))
    with session_of(store) as session:
        opened = session.dossiers.open("d0")
        assert opened.rolled_back and opened.data == payload(1)


def test_stray_temp_files(tmp_path):
    store, _ = make_profile(tmp_path)
    path = dossier_file(tmp_path)
    complete = path.read_bytes()
    with session_of(store) as session:
        session.dossiers.save("d0", "Dossier 0", payload(2))
    newer_copy = path.read_bytes()
    # put generation 1 back and leave generation 2 as if a save stopped before its rename
    path.write_bytes(complete)
    (path.parent / f".{path.name}.abc.tmp").write_bytes(newer_copy)
    (path.parent / f".{path.name}.xyz.tmp").write_bytes(os.urandom(500))
    with session_of(store) as session:
        opened = session.dossiers.open("d0")
        assert opened.generation == 1 and opened.newer_unsaved
    names = sorted(p.name for p in path.parent.glob(".*.tmp"))
    assert names == [f".{path.name}.abc.tmp"], "the garbage is gone, the complete newer copy kept"


def test_backup_retention(tmp_path):
    day = [dt.date(2026, 1, 1)]
    store, _ = make_profile(tmp_path)
    store.today = lambda: day[0]
    with session_of(store) as session:
        for n in range(20):
            day[0] = dt.date(2026, 1, 1) + dt.timedelta(days=n // 2)
            session.dossiers.save("d0", "Dossier 0", payload(n + 2))
    found = list_backups(
        next(tmp_path.glob("profiles/*/backups")), dossier_file(tmp_path).stem, ".spd"
    )
    generations = [b.generation for b in found]
    assert generations[:KEEP_LAST] == [20, 19, 18, 17, 16]
    days = {b.day for b in found}
    assert len(days) == KEEP_DAYS
    assert len(found) <= KEEP_LAST + KEEP_DAYS


def test_damaged_keyslot_file_unlocks_from_its_backup(tmp_path):
    store, _ = make_profile(tmp_path)
    with session_of(store) as session:
        session.new_recovery_code()  # the keyslot file is saved again: the old one is a backup
    path = keys_file(tmp_path)
    path.write_bytes(path.read_bytes()[:-5])
    with session_of(store) as session:
        assert session.dossiers.open("d0").data == payload(1)


def test_two_threads_saving_are_serialised(tmp_path):
    store, _ = make_profile(tmp_path)
    results: list[int] = []
    with session_of(store) as session:
        session.dossiers.open("d0")

        def save(n):
            results.append(session.dossiers.save("d0", "Dossier 0", payload(n)))

        threads = [threading.Thread(target=save, args=(n,)) for n in range(2, 8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert sorted(results) == list(range(2, 8))
        assert session.dossiers.open("d0").generation == 7


def test_index_lists_titles_and_survives_damage(tmp_path):
    store, _ = make_profile(tmp_path, dossiers=3)
    with session_of(store) as session:
        session.dossiers.save("d1", "Bakker, Noor", payload(2))
        assert [d.title for d in session.dossiers.all()] == [
            "Bakker, Noor",
            "Dossier 0",
            "Dossier 2",
        ]
    index = next(tmp_path.glob("profiles/*/index.spi"))
    index.write_bytes(index.read_bytes()[:50])
    with session_of(store) as session:
        titles = [d.title for d in session.dossiers.all()]
        assert "Dossier 0" in titles  # from the index backup


def test_delete_dossier_and_profile(tmp_path):
    applog.setup(tmp_path)
    store, _ = make_profile(tmp_path, dossiers=2)
    with session_of(store) as session:
        session.dossiers.save("d0", "Dossier 0", payload(2))
        session.dossiers.delete("d0")
        assert [d.id for d in session.dossiers.all()] == ["d1"]
        assert len(list(tmp_path.glob("profiles/*/dossiers/*.spd"))) == 1
        assert not list(tmp_path.glob("profiles/*/backups/*.spd"))
        profile_id = session.profile.info.id
        log_text = (tmp_path / "logs" / "samenplan.log").read_text()
        assert profile_id in log_text
        session.delete_profile()
    assert store.all() == []
    assert not (tmp_path / "profiles" / profile_id).exists()
    assert profile_id not in (tmp_path / "logs" / "samenplan.log").read_text()


# ------------------------------------------------------------------ property-based


@pytest.fixture(scope="module")
def shared_session(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hyp")
    store, _ = make_profile(folder)
    session = session_of(store)
    yield session
    session.close()


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.binary(max_size=20_000), title=st.text(max_size=50))
def test_any_dossier_round_trips(shared_session, data, title):
    shared_session.dossiers.save("d0", title, data)
    opened = shared_session.dossiers.open("d0")
    assert opened.data == data
    assert next(d.title for d in shared_session.dossiers.all() if d.id == "d0") == title[:200]


@settings(max_examples=2000, deadline=None)
@given(raw=st.binary(max_size=600))
def test_arbitrary_bytes_give_only_vault_errors(raw):
    for parse in (
        ks.decode,
        lambda r: sealed.parse(r, ct.KIND_DOSSIER),
        lambda r: sealed.parse(r, ct.KIND_INDEX),
    ):
        with contextlib.suppress(VaultError):
            parse(raw)


@settings(max_examples=1000, deadline=None)
@given(data=st.data())
def test_framed_garbage_gives_only_vault_errors(data):
    """Bytes with the right magic and a valid trailer reach the deeper parsers."""
    import hashlib
    import struct

    header = data.draw(st.binary(max_size=200))
    body = data.draw(st.binary(max_size=300))
    kind = data.draw(st.sampled_from([ct.KIND_KEYSLOTS, ct.KIND_DOSSIER]))
    raw = (
        ct.MAGIC
        + struct.pack("<BHHH", kind, 1, data.draw(st.integers(0, 2)), len(header))
        + header
        + struct.pack("<Q", len(body))
        + body
    )
    raw += hashlib.sha256(raw).digest()
    try:
        if kind == ct.KIND_KEYSLOTS:
            keys = ks.decode(raw)
            ks.unlock_recovery(keys, "A" * 32)
        else:
            sealed.open_file(sealed.parse(raw, kind), bytes(32), bytes(16))
    except VaultError:
        pass


def test_scrypt_is_used_when_argon2id_is_missing(tmp_path, monkeypatch):
    from samenplan.vault import crypto

    monkeypatch.setattr(crypto, "argon2_available", lambda: False)
    params = crypto.calibrate()
    assert params.algorithm == crypto.SCRYPT and params.meets_creation_floor()
    store = ProfileStore(tmp_path)
    store.create("Ava", PASSPHRASE, params)
    with store.open("Ava") as profile, profile.unlock(PASSPHRASE):
        pass


def test_an_argon2id_profile_without_argon2id_says_update(tmp_path, monkeypatch):
    from cryptography.exceptions import UnsupportedAlgorithm
    from cryptography.hazmat.primitives.kdf import argon2

    from samenplan.vault.errors import UnsupportedKdf

    make_profile(tmp_path)

    class Missing:
        def __init__(self, *args, **kwargs):
            raise UnsupportedAlgorithm("no argon2id in this OpenSSL")

    monkeypatch.setattr(argon2, "Argon2id", Missing)
    with pytest.raises(UnsupportedKdf) as caught, ProfileStore(tmp_path).open("Ava") as profile:
        profile.unlock(PASSPHRASE)
    assert "Werk samenplan bij" in caught.value.message("nl")


def test_creation_defaults_meet_the_floor():
    from samenplan.vault import crypto

    assert crypto.ARGON2_DEFAULT.meets_creation_floor()
    assert crypto.ARGON2_FLOOR.meets_creation_floor()
    assert crypto.SCRYPT_DEFAULT.meets_creation_floor()
    assert not FAST.meets_creation_floor()  # the tests' settings are below it, on purpose
