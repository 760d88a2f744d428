"""Saving the whole plan (the crisisplan or the WRAP) as a PDF from the app.

The same steps as the card and the triad PDFs: first the warning that whoever finds the file
can read it, then the place to save (a name with the plan, the person and the date), then
the file is written owner-only (0600). Nothing is written when the profile was locked while
a question was open. Making the PDF takes some tens of milliseconds, so it is made here.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from PySide6.QtWidgets import QWidget

from samenplan.domain.dossier import Dossier
from samenplan.formkit.model import FormDef
from samenplan.paths import write_private
from samenplan.ui import dialogs
from samenplan.ui.strings import t

PLANS = ("crisiskaart", "wrap")


def save_plan_pdf(
    parent: QWidget, forms: Mapping[str, FormDef], dossier: Dossier, form_id: str, lang: str
) -> Path | None:
    """Ask, make and write the PDF of plan `form_id`; the path written, or None."""
    from samenplan.export.plan_pdf import plan_pdf

    document = dossier.document(form_id)
    if form_id not in PLANS or document is None:
        return None
    title = t("plan_pdf", lang)
    shown = parent.isVisible()
    if not dialogs.confirm(parent, lang, title, t("pdf_warning", lang), t("pdf_go_on", lang)):
        return None
    name = dialogs.file_name(t(f"plan_pdf_file_{form_id}", lang), dossier.title, "pdf")
    chosen = dialogs.save_path(parent, title, name, "PDF (*.pdf)")
    if not chosen or (shown and not parent.isVisible()):  # locked meanwhile: write nothing
        return None
    data = plan_pdf(forms[form_id], document, dossier, "a4", lang)
    try:
        write_private(Path(chosen), data)
    except OSError:
        dialogs.inform(parent, title, t("file_write_failed", lang))
        return None
    dialogs.inform(parent, title, t("card_saved", lang, path=chosen))
    return Path(chosen)
