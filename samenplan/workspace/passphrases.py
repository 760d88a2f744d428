"""How strong a new passphrase is, and whether it is strong enough, by the zxcvbn estimator.

zxcvbn guesses the way attackers do (common passwords, words, names, dates, keyboard
patterns, repeats) instead of counting kinds of characters. A new passphrase needs at least
`MIN_LENGTH` characters and a zxcvbn score of `MIN_SCORE`: a few ordinary words together
("zon maan sterren zee") pass, "Welkom01!" does not. The words of the person's own profile
count as guessable.
"""

from __future__ import annotations

from collections.abc import Sequence

MIN_LENGTH = 8
MIN_SCORE = 2  # zxcvbn: 0 too guessable … 4 very unguessable
OWN_WORDS = ("samenplan", "wachtwoord", "crisiskaart", "crisisplan", "wrap", "triadekaart")
MAX_CHECKED = 100  # zxcvbn's time grows with length; a longer passphrase is strong anyway


def strength(passphrase: str, own: Sequence[str] = ()) -> int:
    """0 (too short) to 4 (strong), for a meter."""
    if len(passphrase) < MIN_LENGTH:
        return 0
    if len(passphrase) > MAX_CHECKED:
        return 4
    from zxcvbn import zxcvbn

    score = int(zxcvbn(passphrase, user_inputs=[*OWN_WORDS, *own])["score"])
    return max(1, score)


def problem(passphrase: str, own: Sequence[str] = ()) -> str | None:
    """Why a new passphrase will not do (a message key), or None when it will."""
    if len(passphrase) < MIN_LENGTH:
        return "passphrase_too_short"
    if strength(passphrase, own) < MIN_SCORE:
        return "passphrase_too_weak"
    return None
