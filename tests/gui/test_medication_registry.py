"""One medication registry per dossier, on screen: a medicine added in the crisiskaart shows
in the WRAP's medication question, a change in one plan shows in the other, the keyboard
reaches every part, and a medicine another question lists is not removed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from samenplan.ui import dialogs
from samenplan.ui.formview.form import FormView
from tests.gui.test_living_plan import window  # the demo in a shown window

pytestmark = pytest.mark.gui
__all__ = ["window"]


def medication(window, form_id, item_id):
    window.open_plan_at(form_id, item_id)
    form = window.stack.currentWidget().findChild(FormView)
    assert form is not None and form.form.id == form_id
    return form, form.field(item_id).binder


def row_of(binder, name):
    return next(row for row in binder.rows if row[1].name == name)


def test_a_medicine_added_in_the_crisiskaart_shows_in_the_wraps_medication(window, qtbot):
    dossier = window.document.dossier
    _, crisis = medication(window, "crisiskaart", "medicatie_nu")
    crisis.add_button.setFocus()
    qtbot.keyClick(crisis.add_button, Qt.Key.Key_Space)  # the keyboard adds a row
    _, _, tick, edits, _ = crisis.rows[-1]
    assert edits[0].hasFocus() and tick.isChecked()
    qtbot.keyClicks(edits[0], "Lithium")
    qtbot.keyClick(edits[0], Qt.Key.Key_Tab)
    qtbot.keyClicks(edits[1], "400 mg")
    new = dossier.medicines[-1]
    assert (new.name, new.dose) == ("Lithium", "400 mg")
    assert {"ref": new.id} in dossier.document("crisiskaart").answers.get("medicatie_nu")

    _, wrap = medication(window, "wrap", "crisis_medicatie_nu")
    _, medicine, tick, edits, _ = row_of(wrap, "Lithium")
    assert medicine is new and edits[1].text() == "400 mg" and not tick.isChecked()
    tick.setFocus()
    qtbot.keyClick(tick, Qt.Key.Key_Space)  # listed in the WRAP too: one medicine, two plans
    assert {"ref": new.id} in dossier.document("wrap").answers.get("crisis_medicatie_nu")
    edits[1].selectAll()
    qtbot.keyClicks(edits[1], "600 mg")  # corrected in the WRAP ...

    _, crisis = medication(window, "crisiskaart", "medicatie_nu")
    assert row_of(crisis, "Lithium")[3][1].text() == "600 mg"  # ... shows in the crisiskaart
    assert "• Lithium — Mijn herstel- en actieplan (WRAP): " in crisis.elsewhere.text()


def test_every_part_of_a_row_has_its_own_name_for_screen_readers(window):
    _, binder = medication(window, "crisiskaart", "medicatie_nu")
    _, _, tick, edits, remove = binder.rows[1]
    assert tick.accessibleName() == "Medicijn 2 hoort in deze lijst"
    assert [e.accessibleName() for e in edits] == [
        "Naam, medicijn 2", "Hoeveel, medicijn 2", "Wanneer, medicijn 2", "Opmerking, medicijn 2"
    ]  # fmt: skip
    assert remove.accessibleName() == "Verwijder medicijn 2"


def test_the_other_medication_question_on_the_page_follows_at_once(window, qtbot):
    form, now = medication(window, "crisiskaart", "medicatie_nu")
    helps = form.field("medicatie_helpt").binder
    before = len(helps.rows)
    now.add_button.click()
    qtbot.keyClicks(now.rows[-1][3][0], "Quetiapine")
    assert len(helps.rows) == before + 1
    assert helps.rows[-1][3][0].text() == "Quetiapine" and not helps.rows[-1][2].isChecked()


def test_a_medicine_another_question_lists_is_not_removed(window):
    dossier = window.document.dossier
    for plan in dossier.documents:
        plan.history = []  # a kept version that lists it keeps it too (test_where_used)
    _, crisis = medication(window, "crisiskaart", "medicatie_nu")
    shared = dossier.medicine(dossier.document("wrap").answers.get("crisis_medicatie_nu")[0]["ref"])
    note = crisis.elsewhere.text()
    assert note.startswith("Deze medicijnen staan ook hier:\n")
    assert f"• {shared.name} — Mijn herstel- en actieplan (WRAP): " in note
    told: list[str] = []
    dialogs.answer_hook = lambda kind, text: told.append(f"{kind}: {text}")
    try:
        row_of(crisis, shared.name)[4].click()
        assert told and told[0].startswith(f"inform: {shared.name} staat nog in:\n")
        assert dossier.medicine(shared.id) is shared  # kept
        _, wrap = medication(window, "wrap", "crisis_medicatie_nu")
        row_of(wrap, shared.name)[2].setChecked(False)  # not in the WRAP any more
        _, crisis = medication(window, "crisiskaart", "medicatie_nu")
        row_of(crisis, shared.name)[4].click()
    finally:
        dialogs.answer_hook = None
    assert len(told) == 1  # removed without a question: nothing else listed it
    assert dossier.medicine(shared.id) is None
    assert {"ref": shared.id} not in dossier.document("crisiskaart").answers.get("medicatie_nu")
