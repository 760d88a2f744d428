"""'Onthoud op deze computer': only a trustworthy keyring is used, and every keyring failure
falls back to the passphrase (security.md F1–F10). One test uses a real Secret Service."""

from __future__ import annotations

import base64
import json
import os
import shutil
import subprocess
import sys
import textwrap
import time

import keyring
import keyring.backend
import keyring.backends.fail
import keyring.backends.null
import pytest
from keyring.errors import KeyringLocked

from samenplan.vault import keyring_slot
from samenplan.vault import keyslots as ks
from samenplan.vault.keyring_slot import KeyringUnavailable
from samenplan.vault.profiles import ProfileStore
from tests.memory_keyring import MemoryKeyring
from tests.vaulthelp import PASSPHRASE, ROOT, make_profile

IN_CI = os.environ.get("CI", "").lower() == "true"


class PlaintextLike(MemoryKeyring):
    priority = 0.5  # type: ignore[assignment]  # like keyrings.alt: not recommended


class Locked(MemoryKeyring):
    def get_password(self, service, username):
        raise KeyringLocked("locked")


class Hanging(MemoryKeyring):
    def get_password(self, service, username):
        time.sleep(3)
        return super().get_password(service, username)


@pytest.fixture
def remembered(tmp_path, memory):
    make_profile(tmp_path)
    store = ProfileStore(tmp_path, keyring_timeout=0.5)
    with store.open("Ava") as profile, profile.unlock(PASSPHRASE) as session:
        session.remember_on_this_computer()
    return store


def unlock_with_keyring(store):
    with store.open("Ava") as profile, profile.unlock_with_keyring() as session:
        return [d.id for d in session.dossiers.all()]


def test_remember_round_trip(remembered, memory):
    assert unlock_with_keyring(remembered) == ["d0"]
    [(service, username)] = memory.values
    assert service == "samenplan" and username.startswith("profile:")
    assert len(next(iter(memory.values.values()))) <= 2560  # Windows credential cap
    # the passphrase still works too
    with remembered.open("Ava") as profile, profile.unlock(PASSPHRASE):
        pass


@pytest.mark.parametrize(
    "backend",
    [keyring.backends.fail.Keyring(), keyring.backends.null.Keyring(), PlaintextLike()],
    ids=["fail", "null", "low-priority"],
)
def test_untrustworthy_backends_are_refused(tmp_path, memory, backend):
    make_profile(tmp_path)
    keyring.set_keyring(backend)
    assert not keyring_slot.usable(timeout=0.5)
    store = ProfileStore(tmp_path, keyring_timeout=0.5)
    with store.open("Ava") as profile, profile.unlock(PASSPHRASE) as session:
        with pytest.raises(KeyringUnavailable):
            session.remember_on_this_computer()
        assert not session.keys.find(ks.SLOT_KEYRING)


@pytest.mark.parametrize("failure", ["fail", "locked", "hanging", "garbled", "deleted", "wrong"])
def test_every_keyring_failure_falls_back_to_the_passphrase(remembered, memory, failure):
    if failure == "fail":
        keyring.set_keyring(keyring.backends.fail.Keyring())
    elif failure == "locked":
        locked = Locked()
        locked.values = memory.values
        keyring.set_keyring(locked)
    elif failure == "hanging":
        hanging = Hanging()
        hanging.values = memory.values
        keyring.set_keyring(hanging)
    elif failure == "garbled":
        for key in memory.values:
            memory.values[key] = "not base64 !!"
    elif failure == "deleted":
        memory.values.clear()
    else:
        for key in memory.values:
            memory.values[key] = base64.b64encode(os.urandom(32)).decode()
    start = time.monotonic()
    with pytest.raises(KeyringUnavailable) as caught:
        unlock_with_keyring(remembered)
    assert time.monotonic() - start < 2.5  # a hanging keyring times out (0.5 s here)
    assert caught.value.message("nl").endswith("Typ je wachtwoord.")
    with remembered.open("Ava") as profile, profile.unlock(PASSPHRASE):
        pass


def test_forgetting_works_even_when_the_keyring_is_locked(remembered, memory):
    saved = dict(memory.values)
    locked = Locked()
    keyring.set_keyring(locked)
    with remembered.open("Ava") as profile, profile.unlock(PASSPHRASE) as session:
        session.forget_on_this_computer()
        assert not session.keys.find(ks.SLOT_KEYRING)
    # the old device key alone opens nothing any more
    memory.values.update(saved)
    keyring.set_keyring(memory)
    with pytest.raises(KeyringUnavailable):
        unlock_with_keyring(remembered)


def test_profiles_do_not_see_each_others_entries(tmp_path, memory):
    store, _ = make_profile(tmp_path)
    from tests.vaulthelp import FAST

    store.create("Bram", PASSPHRASE, FAST)
    store.keyring_timeout = 0.5
    for name in ("Ava", "Bram"):
        with store.open(name) as profile, profile.unlock(PASSPHRASE) as session:
            session.remember_on_this_computer()
    assert len(memory.values) == 2
    assert len({username for _, username in memory.values}) == 2
    with store.open("Bram") as profile, profile.unlock_with_keyring():
        pass


REAL = textwrap.dedent(
    """
    import json, sys
    sys.path.insert(0, {root!r})
    from pathlib import Path
    from samenplan.vault import keyring_slot
    from samenplan.vault.keyring_slot import KeyringUnavailable
    from samenplan.vault.profiles import ProfileStore
    from tests.vaulthelp import PASSPHRASE, make_profile

    data_dir = Path(sys.argv[1])
    out = {{"backend": keyring_slot.backend_name(), "usable": keyring_slot.usable()}}
    store, _ = make_profile(data_dir)
    with store.open("Ava") as profile, profile.unlock(PASSPHRASE) as session:
        session.remember_on_this_computer()
    with store.open("Ava") as profile, profile.unlock_with_keyring() as session:
        out["unlocked"] = [d.id for d in session.dossiers.all()]
        session.forget_on_this_computer()
    try:
        with store.open("Ava") as profile, profile.unlock_with_keyring():
            out["after_forget"] = "unlocked"
    except KeyringUnavailable:
        out["after_forget"] = "refused"
    print(json.dumps(out))
    """
)


def test_real_secret_service_keyring(tmp_path):
    """gnome-keyring inside a private D-Bus session: the real Secret Service backend."""
    tools = [shutil.which(t) for t in ("dbus-run-session", "gnome-keyring-daemon")]
    if None in tools:
        if IN_CI:
            pytest.fail("gnome-keyring and dbus are installed by .ci/run")
        pytest.skip("gnome-keyring / dbus-run-session are not installed")
    script = REAL.format(root=str(ROOT))
    shell = (
        "echo -n test | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1; "
        f'exec "{sys.executable}" -c "$0" "$1"'
    )
    env = {k: v for k, v in os.environ.items() if k != "PYTHON_KEYRING_BACKEND"}
    env["HOME"] = str(tmp_path / "home")  # a fresh keyring folder, not the developer's
    (tmp_path / "home").mkdir()
    result = subprocess.run(
        ["dbus-run-session", "--", "sh", "-c", shell, script, str(tmp_path / "data")],
        capture_output=True, text=True, timeout=60, check=False, env=env,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout.strip().splitlines()[-1])
    assert out == {
        "backend": "keyring.backends.SecretService.Keyring",
        "usable": True,
        "unlocked": ["d0"],
        "after_forget": "refused",
    }
