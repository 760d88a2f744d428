"""Saving something readable out of the encrypted profile (a card, a plan, the triad
comparison, a phone picture): always the same steps, so every save says and does the same.

First the warning that whoever finds the file can read it (declining writes nothing), then
the place, with a suggested name that says what, whose and the date. Nothing is written when
the profile was locked while a question was open. The file is written owner-only (0600) and
the person is told where it is, or, in one sentence, that it could not be written there.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QWidget

from samenplan.paths import write_private
from samenplan.ui import dialogs
from samenplan.ui.strings import t

PDF = ("pdf", "PDF (*.pdf)")
PNG = ("png", "PNG (*.png)")


def ask_place(
    parent: QWidget,
    lang: str,
    title: str,
    what: str,
    whose: str,
    kind: tuple[str, str] = PDF,
    warning: str = "pdf_warning",
) -> Path | None:
    """The warning, then where to save `what` of `whose`; None when the person declined or
    cancelled, or when the profile was locked meanwhile (the page is hidden then)."""
    shown = parent.isVisible()
    if not dialogs.confirm(parent, lang, title, t(warning, lang), t("pdf_go_on", lang)):
        return None
    suffix, pattern = kind
    chosen = dialogs.save_path(parent, title, dialogs.file_name(what, whose, suffix), pattern)
    if not chosen or (shown and not parent.isVisible()):  # locked meanwhile: write nothing
        return None
    return Path(chosen)


def write_file(parent: QWidget, lang: str, title: str, path: Path, data: bytes) -> bool:
    """Write `data` owner-only and tell where it is; False (and said so) when it could not."""
    try:
        write_private(path, data)
    except OSError:
        dialogs.inform(parent, title, t("file_write_failed", lang))
        return False
    dialogs.inform(parent, title, t("card_saved", lang, path=str(path)))
    return True


def save_private(
    parent: QWidget, lang: str, title: str, what: str, whose: str, make: Callable[[], bytes]
) -> Path | None:
    """Ask (warning, place), then make the PDF and write it; the path written, or None."""
    path = ask_place(parent, lang, title, what, whose)
    if path is None or not write_file(parent, lang, title, path, make()):
        return None
    return path
