"""After a crisis: what the person learned goes into the WRAP's post-crisis part, and the
app offers the parts of the plans where such learning usually belongs (triggers, early
signs, when things break down, what others should do, how a crisis builds up)."""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Mapping

from samenplan.domain.dossier import Dossier
from samenplan.formkit.answers import Node, section_of
from samenplan.formkit.model import FormDef

LEARNED = ("wrap", "nacrisis", "nacrisis_geleerd")  # form, section, item
# (form, section) where learning from a crisis usually belongs, in the order offered
PLACES = (
    ("wrap", "triggers"),
    ("wrap", "waarschuwing"),
    ("wrap", "ontsporing"),
    ("wrap", "crisis_hulp"),
    ("crisiskaart", "opbouw"),
    ("crisiskaart", "bejegening"),
)


def learned(dossier: Dossier) -> str:
    document = dossier.document(LEARNED[0])
    value = document.answers.get(LEARNED[2]) if document is not None else None
    return str(value or "")


def note_learned(
    dossier: Dossier, forms: Mapping[str, FormDef], text: str, today: dt.date | None = None
) -> None:
    """Keep what was learned in the WRAP (made when there is none yet); empty text clears."""
    form_id, _section_id, item_id = LEARNED
    form = forms[form_id]
    document = dossier.document_or_new(form_id, form.version, today=today)
    answers = copy.deepcopy(document.answers)
    section = section_of(form, answers, item_id)
    children = [n for n in section.children if n.id != item_id]
    if text.strip():
        children.append(Node(item_id, text.strip()))
    section.items = children
    answers.items = [n for n in answers.items if n.items or n.value is not None]
    document.edit(answers, today)
