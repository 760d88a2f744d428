"""After a crisis: what was learned goes into the WRAP; the places offered exist."""

from __future__ import annotations

import datetime as dt

from samenplan import shipped
from samenplan.domain import post_crisis
from samenplan.domain.export_format import dumps, loads

DAY = dt.date(2026, 11, 23)


def test_what_was_learned_is_kept_in_the_wrap_even_when_there_is_none_yet():
    forms = shipped.forms()
    dossier = shipped.demo_dossier()
    dossier.documents = [d for d in dossier.documents if d.form != "wrap"]
    assert post_crisis.learned(dossier) == ""
    post_crisis.note_learned(dossier, forms, "  Eerder aan de bel trekken.  ", DAY)
    assert post_crisis.learned(dossier) == "Eerder aan de bel trekken."
    assert dossier.document("wrap").changed == DAY
    again, _ = loads(dumps(dossier).encode(), forms)
    assert post_crisis.learned(again) == "Eerder aan de bel trekken."
    post_crisis.note_learned(dossier, forms, "", DAY)
    assert post_crisis.learned(dossier) == ""
    loads(dumps(dossier).encode(), forms)  # an emptied section leaves a valid plan


def test_the_offered_places_are_sections_of_the_shipped_forms():
    forms = shipped.forms()
    for form_id, section_id in post_crisis.PLACES:
        assert section_id in [s.id for s in forms[form_id].sections()]
    form_id, section_id, item_id = post_crisis.LEARNED
    assert forms[form_id].item(item_id) in forms[form_id].item(section_id).items
