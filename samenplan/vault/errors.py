"""Everything that can go wrong with stored data, as one family of errors.

Every error says, in Dutch and English, what happened and what to do, and carries the
command line's exit code. Messages never contain plan text, names or keys. No other
exception type leaves the vault's public functions.
"""

from __future__ import annotations

EXIT_ERROR = 1
EXIT_WRONG_PASSPHRASE = 3
EXIT_DAMAGED = 4
EXIT_IN_USE = 5


class VaultError(Exception):
    """Base class. `nl` and `en` are the messages; `exit_code` is for the command line."""

    nl = "Er ging iets mis met de opgeslagen gegevens."
    en = "Something went wrong with the stored data."
    exit_code = EXIT_ERROR

    def __init__(self, detail: str = "") -> None:
        # `detail` is for developers and logs: a code word or an id, never content.
        super().__init__(detail or type(self).__name__)
        self.detail = detail

    def message(self, lang: str) -> str:
        return self.en if lang == "en" else self.nl


def message_of(exc: Exception, lang: str, otherwise: str | None = None) -> str:
    """What to tell a person about `exc`: a vault error's own message, else `otherwise`
    (or only the error's type name, which holds no content)."""
    if isinstance(exc, VaultError):
        return exc.message(lang)
    return otherwise if otherwise is not None else type(exc).__name__


class Damaged(VaultError):
    nl = "Het bestand is beschadigd. samenplan probeert een reservekopie te gebruiken."
    en = "The file is damaged. samenplan will try to use a backup copy."
    exit_code = EXIT_DAMAGED


class NotAVault(Damaged):
    nl = "Dit is geen samenplan-bestand, of het is zwaar beschadigd."
    en = "This is not a samenplan file, or it is badly damaged."


class Tampered(Damaged):
    nl = (
        "Het bestand is buiten samenplan veranderd of hoort bij een ander profiel. "
        "Het is niet geopend."
    )
    en = "The file was changed outside samenplan or belongs to another profile. It was not opened."


class NewerVersion(VaultError):
    nl = (
        "Dit bestand is gemaakt met een nieuwere samenplan. "
        "Werk samenplan bij; het bestand is niet veranderd."
    )
    en = (
        "This file was made by a newer samenplan. "
        "Please update samenplan; the file was not changed."
    )
    exit_code = EXIT_DAMAGED


class UnsupportedKdf(VaultError):
    nl = "Dit profiel gebruikt een beveiliging die deze installatie niet kent. Werk samenplan bij."
    en = "This profile uses protection this installation does not support. Please update samenplan."


class WrongPassphrase(VaultError):
    nl = "Dat wachtwoord klopt niet. Probeer het nog eens, of gebruik je herstelcode."
    en = "That passphrase is not right. Try again, or use your recovery code."
    exit_code = EXIT_WRONG_PASSPHRASE


class WrongRecoveryCode(WrongPassphrase):
    nl = "Die herstelcode klopt niet. Kijk of je hem goed hebt overgenomen."
    en = "That recovery code is not right. Check that you copied it correctly."


class ProfileLocked(VaultError):
    nl = "Dit profiel is al open in een ander samenplan-venster. Sluit dat eerst."
    en = "This profile is already open in another samenplan window. Close that first."
    exit_code = EXIT_IN_USE


class ProfileNotFound(VaultError):
    nl = "Dat profiel bestaat niet. Kijk met 'samenplan profile list' welke er zijn."
    en = "That profile does not exist. See 'samenplan profile list' for the profiles."


class ProfileExists(VaultError):
    nl = "Er is al een profiel met die naam. Kies een andere naam."
    en = "There is already a profile with that name. Choose another name."


class DossierNotFound(VaultError):
    nl = "Dat dossier bestaat niet in dit profiel."
    en = "That dossier does not exist in this profile."


class ChangedOnDisk(VaultError):
    nl = (
        "Het bestand is buiten samenplan veranderd sinds je het opende. "
        "Er is niets opgeslagen; open het opnieuw."
    )
    en = (
        "The file was changed outside samenplan since you opened it. "
        "Nothing was saved; open it again."
    )


class KeptBoth(ChangedOnDisk):
    """Another computer saved this dossier too (a sync program brought its version in):
    ours was kept next to it as a conflict copy (the detail is its file name)."""

    nl = (
        "Dit plan is tegelijk op een andere computer veranderd; beide versies zijn bewaard "
        "en je kunt kiezen welke je houdt."
    )
    en = (
        "This plan was changed on another computer at the same time; both versions were "
        "kept and you can choose which one to keep."
    )


class ReadOnly(VaultError):
    nl = (
        "Dit dossier is alleen te lezen (een reservekopie of een nieuwere versie). "
        "Er is niets opgeslagen."
    )
    en = "This dossier is read-only (a backup copy or a newer version). Nothing was saved."


class DiskFull(VaultError):
    nl = (
        "De schijf is (bijna) vol. Er is niets opgeslagen; je oude versie is veilig. "
        "Maak ruimte vrij en probeer opnieuw."
    )
    en = (
        "The disk is (almost) full. Nothing was saved; your old version is safe. "
        "Free some space and try again."
    )


class StorageError(VaultError):
    nl = "Opslaan of lezen lukte niet (geen toegang of een schijffout). Je oude versie is veilig."
    en = "Saving or reading failed (no access or a disk error). Your old version is safe."


class NothingValid(Damaged):
    nl = (
        "Het dossier en alle reservekopieën zijn beschadigd. "
        "Er is niets verwijderd; zoek een geëxporteerde kopie."
    )
    en = (
        "The dossier and all backup copies are damaged. "
        "Nothing was deleted; look for an exported copy."
    )


class Locked(VaultError):
    """The profile was locked (by hand, after idle, on quit): nothing more is read or written
    through this handle until it is unlocked again."""

    nl = "samenplan is vergrendeld. Er is niets opgeslagen; ontgrendel en probeer het opnieuw."
    en = "samenplan is locked. Nothing was saved; unlock and try again."
