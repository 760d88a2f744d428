"""Saving the whole plan (the crisisplan or the WRAP) as a PDF from the app.

The same steps as the card and the triad PDFs (`saving`): the warning that whoever finds
the file can read it, the place, then the file. Making the PDF takes some tens of
milliseconds, so it is made here.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from PySide6.QtWidgets import QWidget

from samenplan.domain.dossier import Dossier
from samenplan.formkit.model import FormDef
from samenplan.ui.saving import save_private
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
    what = t(f"plan_pdf_file_{form_id}", lang)
    return save_private(
        parent, lang, t("plan_pdf", lang), what, dossier.title,
        lambda: plan_pdf(forms[form_id], document, dossier, "a4", lang),
    )  # fmt: skip
