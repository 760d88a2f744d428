"""After `Session.close()` nothing is read or written through the session, nothing is ever
sealed under an empty key, and the vault's one lock keeps list, open, save and close apart
(issue 12, items 2 and 5)."""

from __future__ import annotations

import inspect
import json
import os
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from samenplan.vault import container as ct
from samenplan.vault import crypto, sealed
from samenplan.vault import keyslots as ks
from samenplan.vault.dossiers import DossierStore
from samenplan.vault.errors import Locked
from samenplan.vault.profiles import ProfileStore, Session
from samenplan.vault.safesave import FileOps
from tests.vaulthelp import FAST, PASSPHRASE, make_profile, payload

# ------------------------------------------------------------------ the crypto boundary

keys_of_any_length = st.binary(min_size=0, max_size=80)


@settings(max_examples=300, deadline=None)
@given(
    key=keys_of_any_length,
    plaintext=st.binary(max_size=300),
    aad=st.binary(max_size=64),
    salt=st.none() | st.binary(max_size=40),
    info=st.binary(max_size=40),
)
def test_crypto_refuses_an_empty_or_wrong_length_key(key, plaintext, aad, salt, info):
    nonce = os.urandom(crypto.NONCE_LEN)
    if not key:
        for call in (
            lambda: crypto.seal(key, plaintext, aad),
            lambda: crypto.open_sealed(key, nonce, plaintext, aad),
            lambda: crypto.hkdf(key, salt, info),
            lambda: crypto.require_key(key),
        ):
            with pytest.raises(Locked):
                call()
        return
    if len(key) == crypto.KEY_LEN:
        got_nonce, sealed_text = crypto.seal(key, plaintext, aad)
        assert crypto.open_sealed(key, got_nonce, sealed_text, aad) == plaintext
        other = bytes([key[0] ^ 1]) + key[1:]  # a wrong key of the right length: None
        assert crypto.open_sealed(other, got_nonce, sealed_text, aad) is None
    else:
        with pytest.raises(ValueError):
            crypto.seal(key, plaintext, aad)
        with pytest.raises(ValueError):
            crypto.open_sealed(key, nonce, plaintext, aad)
    if len(key) >= crypto.MIN_SECRET_LEN:  # the 20-byte recovery secret is legitimate input
        assert len(crypto.hkdf(key, salt, info)) == crypto.KEY_LEN
    else:
        with pytest.raises(ValueError):
            crypto.hkdf(key, salt, info)


@settings(max_examples=50, deadline=None)
@given(data=st.binary(max_size=5000), file_id=st.binary(min_size=16, max_size=16))
def test_files_and_slots_are_never_sealed_under_an_empty_key(data, file_id):
    tlvs = {sealed.T_PROFILE_ID: os.urandom(16)}
    with pytest.raises(Locked):
        sealed.seal_file(ct.KIND_INDEX, tlvs, b"", file_id, 1, data)
    blob = sealed.seal_file(ct.KIND_INDEX, tlvs, os.urandom(32), file_id, 1, data)
    with pytest.raises(Locked):
        sealed.open_file(sealed.parse(blob, ct.KIND_INDEX), b"", file_id)
    keys, pmk = ks.new_keyslots(os.urandom(16))
    code = ks.new_recovery_code()
    with pytest.raises(Locked):  # the master key wrapped would be empty
        ks.recovery_slot(keys, code, b"")
    with pytest.raises(Locked):  # the master key wrapping would be empty
        ks.previous_pmk_slot(keys, pmk, b"")
    with pytest.raises(Locked):
        ks.device_slot(keys, b"", pmk)
    keys.slots = [ks.recovery_slot(keys, code, pmk)]
    with pytest.raises(Locked):  # the profile section under HKDF of b""
        ks.encode(keys, b"", {"name": "Ava"})


# ------------------------------------------------------------------ every method after close

NEW_PASSPHRASE = "een heel ander wachtwoord"

# Every public method of Session and DossierStore that reads or writes files, with arguments.
SESSION_CALLS: dict[str, tuple[Any, ...]] = {
    "save_section": (),
    "change_passphrase": (NEW_PASSPHRASE, FAST),
    "new_recovery_code": (),
    "strengthen_passphrase_slot": (PASSPHRASE,),
    "remember_on_this_computer": (),
    "forget_on_this_computer": (),
    "rotate_keys": (PASSPHRASE, FAST),
    "finish_rotation": (),
    "delete_profile": (),
    "renew_lease": (),
}
DOSSIER_CALLS: dict[str, tuple[Any, ...]] = {
    "all": (),
    "exists": ("d0",),
    "readable": ("d0",),
    "create": ("new", "Nieuw", payload(1)),
    "open": ("d0",),
    "save": ("d0", "Dossier 0", payload(9)),
    "confirm_recovered": ("d0", "Dossier 0", payload(9)),
    "delete": ("d0",),
    "rekey": ("d0",),
    "written_under": ("d0",),
    "clean_up": (),
    "mark": ("d0", "card", "2026-12-03"),
    "describe": ("d0", {"crisiskaart": "bezig"}),
    "changed_elsewhere": ("d0",),
    "written_elsewhere": (),
}
# Public, but they touch no file and no key: closing, and pure helpers.
NOT_GUARDED = {"close", "file_id", "index_entry"}
CALLS = [("session", name) for name in SESSION_CALLS] + [
    ("dossiers", name) for name in DOSSIER_CALLS
]


def public_methods(cls: type) -> set[str]:
    return {
        name
        for name, value in vars(cls).items()
        if not name.startswith("_")
        and (inspect.isfunction(value) or isinstance(value, staticmethod))
    }


def test_the_table_names_every_public_method():
    assert public_methods(Session) - NOT_GUARDED == set(SESSION_CALLS)
    assert public_methods(DossierStore) - NOT_GUARDED == set(DOSSIER_CALLS)


def snapshot(root: Path) -> dict[str, tuple[int, int, bytes] | None]:
    """Every file and folder under `root`: name, size, mtime and bytes."""
    found: dict[str, tuple[int, int, bytes] | None] = {}
    for path in sorted(root.rglob("*")):
        if path.is_dir():
            found[str(path.relative_to(root))] = None
        else:
            info = path.stat()
            found[str(path.relative_to(root))] = (info.st_size, info.st_mtime_ns, path.read_bytes())
    return found


def call(session: Session, owner: str, name: str) -> Callable[[], object]:
    target = session if owner == "session" else session.dossiers
    args = (SESSION_CALLS if owner == "session" else DOSSIER_CALLS)[name]
    return lambda: getattr(target, name)(*args)


def closed_session(store: ProfileStore) -> Session:
    """A session that used its dossier (so it knew its key), then was closed."""
    session = store.open("Ava").unlock(PASSPHRASE)
    assert session.dossiers.open("d0").data == payload(1)
    session.close()
    assert session.closed
    return session


def assert_still_opens(store: ProfileStore, code: str, data: bytes = payload(1)) -> None:
    with store.open("Ava") as profile, profile.unlock(PASSPHRASE) as session:
        assert session.dossiers.open("d0").data == data
        assert [d.id for d in session.dossiers.all()] == ["d0"]
    with store.open("Ava") as profile, profile.unlock_with_recovery(code) as session:
        assert session.dossiers.open("d0").data == data


@pytest.mark.parametrize(("owner", "name"), CALLS)
def test_every_method_raises_locked_after_close_and_changes_no_file(tmp_path, owner, name):
    store, code = make_profile(tmp_path)
    session = closed_session(store)
    before = snapshot(tmp_path)
    with pytest.raises(Locked):
        call(session, owner, name)()
    assert snapshot(tmp_path) == before
    assert_still_opens(store, code)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(calls=st.lists(st.sampled_from(CALLS), min_size=1, max_size=6))
def test_any_sequence_of_calls_after_close_raises_locked_and_writes_nothing(calls):
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        store, code = make_profile(root)
        session = closed_session(store)
        before = snapshot(root)
        for owner, name in calls:
            with pytest.raises(Locked):
                call(session, owner, name)()
        session.close()  # closing twice is harmless
        assert snapshot(root) == before
        assert_still_opens(store, code)


def test_regression_a_save_after_close_is_not_wrapped_under_hkdf_of_nothing(tmp_path):
    """Finding 2 of issue 12: `close()` only set the master key to b"", and a save that came
    later wrapped the dossier key under HKDF(b""), which anyone can derive."""
    store, code = make_profile(tmp_path)
    session = store.open("Ava").unlock(PASSPHRASE)
    session.dossiers.open("d0")  # the dossier's key is known to the session
    session.close()
    before = snapshot(tmp_path)
    with pytest.raises(Locked):
        session.dossiers.save("d0", "Dossier 0", payload(2))
    assert snapshot(tmp_path) == before

    # Underneath the guard the crypto boundary refuses too: the old close() (master key
    # wiped, nothing else) followed by the unguarded save raises before writing.
    session = store.open("Ava").unlock(PASSPHRASE)
    session.dossiers.open("d0")
    session.pmk = b""
    unguarded_save = DossierStore.save.__wrapped__  # type: ignore[attr-defined]
    with pytest.raises(Locked):
        unguarded_save(session.dossiers, "d0", "Dossier 0", payload(2))
    session.close()
    assert snapshot(tmp_path) == before
    assert_still_opens(store, code)


# ------------------------------------------------------------------ one lock


def test_list_open_and_exists_while_another_thread_saves(tmp_path):
    store, _ = make_profile(tmp_path)
    errors: list[Exception] = []
    saved: list[int] = []
    stop = threading.Event()
    with store.open("Ava") as profile, profile.unlock(PASSPHRASE) as session:

        def saver() -> None:
            generation = 1
            try:
                while not stop.is_set():
                    generation = session.dossiers.save("d0", "Dossier 0", payload(generation + 1))
                    saved.append(generation)
            except Exception as exc:  # reported below
                errors.append(exc)

        thread = threading.Thread(target=saver)
        thread.start()
        opened = 0
        end = time.monotonic() + 1.0
        try:
            while time.monotonic() < end:
                assert [d.id for d in session.dossiers.all()] == ["d0"]
                assert session.dossiers.exists("d0")
                result = session.dossiers.open("d0")
                assert json.loads(result.data)["generation"] == result.generation
                assert not (result.read_only or result.recovered or result.rolled_back)
                opened += 1
        finally:
            stop.set()
            thread.join(30)
        assert not thread.is_alive()
        assert errors == []
        assert opened > 0 and len(saved) > 0
        assert session.dossiers.open("d0").generation == saved[-1]
    assert not list(tmp_path.glob("profiles/*/dossiers/*.tmp")), "no temp file left behind"


class HoldFirstWrite(FileOps):
    """Once armed, the next safe-save stops at its write step until released."""

    def __init__(self) -> None:
        self.armed = False
        self.inside = threading.Event()
        self.release = threading.Event()

    def checkpoint(self, step: str) -> None:
        if step == "write" and self.armed:
            self.armed = False
            self.inside.set()
            assert self.release.wait(30)


def test_close_waits_for_a_running_save_and_the_last_generation_reads_back(tmp_path):
    _, code = make_profile(tmp_path)
    ops = HoldFirstWrite()
    store = ProfileStore(tmp_path, ops=ops)
    session = store.open("Ava").unlock(PASSPHRASE)
    saved: list[int] = []
    stopped: list[Exception] = []

    def saver() -> None:
        generation = session.dossiers.open("d0").generation
        try:
            while True:
                if len(saved) == 3:
                    ops.armed = True  # the fourth save stops half-way
                generation = session.dossiers.save("d0", "Dossier 0", payload(generation + 1))
                saved.append(generation)
        except Exception as exc:  # Locked, once closed
            stopped.append(exc)

    saving = threading.Thread(target=saver)
    saving.start()
    assert ops.inside.wait(30)
    closing = threading.Thread(target=session.close)
    closing.start()
    closing.join(0.3)
    assert closing.is_alive(), "close() waits for the running save"
    assert not session.closed
    ops.release.set()
    closing.join(30)
    saving.join(30)
    assert not closing.is_alive() and not saving.is_alive()
    assert session.closed
    assert len(stopped) == 1 and isinstance(stopped[0], Locked)
    # the held save (5) finished; the saver may win the lock once more before close() gets
    # it, but every save it reported is complete and the next one raised Locked
    assert saved[:4] == [2, 3, 4, 5] and saved == list(range(2, saved[-1] + 1))
    with store.open("Ava") as profile, profile.unlock(PASSPHRASE) as again:
        opened = again.dossiers.open("d0")
        assert opened.generation == saved[-1]
        assert opened.data == payload(saved[-1])
        assert not (opened.read_only or opened.recovered or opened.newer_unsaved)
    with store.open("Ava") as profile, profile.unlock_with_recovery(code) as again:
        assert again.dossiers.open("d0").data == payload(saved[-1])
