"""A keyring in memory for tests. In a module of its own: keyring counts every class of
KeyringBackend that was imported as a candidate backend, so a child process that imports
the other test helpers must not see this one."""

from __future__ import annotations

import keyring.backend


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring in memory, trusted like a real one (tests never touch the developer's)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.values: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.values.get((service, username))

    def set_password(self, service, username, password):
        self.values[(service, username)] = password

    def delete_password(self, service, username):
        self.values.pop((service, username), None)
