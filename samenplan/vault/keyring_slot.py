"""The OS keyring for "onthoud op deze computer" (security.md §2.9).

The keyring holds only a random 32-byte device key per profile, never the passphrase or the
master key. Only a recommended backend (priority ≥ 1) that passes a write–read–delete round
trip is used. Every call runs off the caller's thread with a timeout; any failure (no
backend, locked, null, garbled value, hanging) becomes KeyringUnavailable, and the caller
falls back to the passphrase; a hanging call is left behind on a daemon thread, so it never
delays the exit either. This is the only module that imports `keyring`.
"""

from __future__ import annotations

import base64
import binascii
import secrets
import threading
from collections.abc import Callable
from typing import Any, TypeVar, cast

from samenplan.vault.errors import VaultError

SERVICE = "samenplan"
TIMEOUT = 5.0
T = TypeVar("T")


class KeyringUnavailable(VaultError):
    code = "keyring_unavailable"


def _call(fn: Callable[[], T], timeout: float) -> T:
    """`fn()` on a daemon thread of its own, waited for `timeout` seconds at most.

    A backend that hangs keeps only that thread, which nobody waits for: not the caller,
    and not Python at exit (a daemon thread, unlike a ThreadPoolExecutor's worker, is not
    joined), so a stuck keyring never delays quitting."""
    outcome: list[Any] = []
    done = threading.Event()

    def run() -> None:
        try:
            outcome.append((True, fn()))
        except BaseException as exc:  # every backend failure means: use the passphrase
            outcome.append((False, exc))
        finally:
            done.set()

    threading.Thread(target=run, name="keyring", daemon=True).start()
    if not done.wait(timeout):
        raise KeyringUnavailable("timeout")
    ok, value = outcome[0]
    if not ok:
        raise KeyringUnavailable(type(value).__name__)
    return cast(T, value)


def _username(profile_id: str, slot_id: str) -> str:
    return f"profile:{profile_id}:slot:{slot_id}"


def backend_name() -> str:
    import keyring

    kr = keyring.get_keyring()
    return f"{type(kr).__module__}.{type(kr).__name__}"


def usable(timeout: float = TIMEOUT) -> bool:
    """Whether a recommended backend is there and really stores and returns a value."""

    def check() -> bool:
        import keyring
        import keyring.core

        backend = keyring.get_keyring()
        if not keyring.core.recommended(backend):
            return False
        probe = f"probe:{secrets.token_hex(8)}"
        value = secrets.token_hex(16)
        backend.set_password(SERVICE, probe, value)
        try:
            return backend.get_password(SERVICE, probe) == value
        finally:
            backend.delete_password(SERVICE, probe)

    try:
        return _call(check, timeout)
    except KeyringUnavailable:
        return False


def store(profile_id: str, slot_id: str, device_key: bytes, timeout: float = TIMEOUT) -> None:
    import keyring

    encoded = base64.b64encode(device_key).decode("ascii")
    _call(lambda: keyring.set_password(SERVICE, _username(profile_id, slot_id), encoded), timeout)


def load(profile_id: str, slot_id: str, timeout: float = TIMEOUT) -> bytes:
    """The device key; KeyringUnavailable when it is missing, garbled or unreachable."""
    import keyring

    value = _call(lambda: keyring.get_password(SERVICE, _username(profile_id, slot_id)), timeout)
    if not isinstance(value, str):
        raise KeyringUnavailable("missing")
    try:
        key = base64.b64decode(value.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError, ValueError):
        raise KeyringUnavailable("garbled") from None
    if len(key) != 32:
        raise KeyringUnavailable("garbled")
    return key


def delete(profile_id: str, slot_id: str, timeout: float = TIMEOUT) -> bool:
    """Remove the entry; False when that was not possible (the slot goes anyway)."""
    import keyring

    try:
        _call(lambda: keyring.delete_password(SERVICE, _username(profile_id, slot_id)), timeout)
    except KeyringUnavailable:
        return False
    return True
