"""The errors a use case can end with, and the one sentence for a person about each.

The vault's and the export format's errors are named here so that the screens and the
command line never import those layers themselves.
"""

from __future__ import annotations

from samenplan.domain.export_format import ExportFormatError
from samenplan.vault.errors import (
    EXIT_DAMAGED,
    EXIT_ERROR,
    DossierNotFound,
    KeptBoth,
    Locked,
    VaultError,
    message_of,
)
from samenplan.vault.exchange import BadAddress, ExchangeRefused

__all__ = [
    "EXIT_DAMAGED",
    "EXIT_ERROR",
    "BadAddress",
    "DossierNotFound",
    "ExchangeRefused",
    "ExportFormatError",
    "KeptBoth",
    "Locked",
    "VaultError",
    "describe",
]


def describe(exc: Exception, lang: str, otherwise: str | None = None) -> str:
    """What to tell a person about `exc`, in one sentence without content."""
    if isinstance(exc, ExportFormatError):
        return exc.describe(lang)
    return message_of(exc, lang, otherwise)
