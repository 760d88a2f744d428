"""Everything that can go wrong with stored data, as one family of errors.

Every error has a `code`: its sentence in the catalogue (`error.<code>` in
`resources/words/<lang>.yaml`) says what happened and what to do; it also carries the
command line's exit code. Messages never contain plan text, names or keys. No other
exception type leaves the vault's public functions.
"""

from __future__ import annotations

from samenplan import words

EXIT_ERROR = 1
EXIT_WRONG_PASSPHRASE = 3
EXIT_DAMAGED = 4
EXIT_IN_USE = 5


class VaultError(Exception):
    """Base class. `code` names the message in the catalogue; `exit_code` is for the command
    line. A subclass without its own `code` says what its parent says."""

    code = "stored_data"
    exit_code = EXIT_ERROR

    def __init__(self, detail: str = "") -> None:
        # `detail` is for developers and logs: a code word or an id, never content.
        super().__init__(detail or type(self).__name__)
        self.detail = detail

    def message(self, lang: str) -> str:
        return words.say(f"error.{self.code}", lang)


def message_of(exc: Exception, lang: str, otherwise: str | None = None) -> str:
    """What to tell a person about `exc`: a vault error's own message, else `otherwise`
    (or only the error's type name, which holds no content)."""
    if isinstance(exc, VaultError):
        return exc.message(lang)
    return otherwise if otherwise is not None else type(exc).__name__


class Damaged(VaultError):
    code = "damaged"
    exit_code = EXIT_DAMAGED


class NotAVault(Damaged):
    code = "not_a_vault"


class Tampered(Damaged):
    code = "tampered"


class NewerVersion(VaultError):
    code = "newer_version"
    exit_code = EXIT_DAMAGED


class UnsupportedKdf(VaultError):
    code = "unsupported_kdf"


class WrongPassphrase(VaultError):
    code = "wrong_passphrase"
    exit_code = EXIT_WRONG_PASSPHRASE


class WrongRecoveryCode(WrongPassphrase):
    code = "wrong_recovery_code"


class ProfileLocked(VaultError):
    code = "profile_locked"
    exit_code = EXIT_IN_USE


class ProfileNotFound(VaultError):
    code = "profile_not_found"


class ProfileExists(VaultError):
    code = "profile_exists"


class BadName(VaultError):
    """A profile name that is empty (or only spaces) or longer than the limit."""

    code = "bad_name"

    def message(self, lang: str) -> str:
        from samenplan.vault.profiles import NAME_LIMIT

        return words.say(f"error.{self.code}", lang, limit=NAME_LIMIT)


class DossierNotFound(VaultError):
    code = "dossier_not_found"


class ChangedOnDisk(VaultError):
    code = "changed_on_disk"


class KeptBoth(ChangedOnDisk):
    """Another computer saved this dossier too (a sync program brought its version in):
    ours was kept next to it as a conflict copy (the detail is its file name)."""

    code = "kept_both"


class ReadOnly(VaultError):
    code = "read_only"


class DiskFull(VaultError):
    code = "disk_full"


class StorageError(VaultError):
    code = "storage_error"


class NothingValid(Damaged):
    code = "nothing_valid"


class Locked(VaultError):
    """The profile was locked (by hand, after idle, on quit): nothing more is read or written
    through this handle until it is unlocked again."""

    code = "locked"
