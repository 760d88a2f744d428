"""The form widgets stop at the answers' hard limits (issue 13, item 6), so nothing typed or
pasted is ever longer than the strict reader takes when the dossier is opened again."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextCursor

from samenplan.formkit.answers import LINE_LIMIT, MEDICINES_LIMIT, TEXT_LIMIT, check_value
from samenplan.ui.formview.binders import FormContext, make_binder

pytestmark = pytest.mark.gui


def binder_for(qtbot, every_type, item_id):
    binder = make_binder(every_type.item(item_id), FormContext("nl"))
    qtbot.addWidget(binder.widget)
    return binder


def test_a_long_paste_into_a_text_is_cut_where_it_was_put(qtbot, every_type):
    binder = binder_for(qtbot, every_type, "verhaal")
    binder.set_value("begin einde")
    cursor = binder.edit.textCursor()
    cursor.setPosition(len("begin "))
    binder.edit.setTextCursor(cursor)
    binder.edit.insertPlainText("x" * 25_000)  # as a paste does
    value = binder.value()
    assert len(value) == TEXT_LIMIT
    assert value.startswith("begin xxx") and value.endswith("xeinde")  # the tail stays
    assert check_value(every_type.item("verhaal"), value) is None


def test_characters_beyond_the_basic_plane_count_once(qtbot, every_type):
    binder = binder_for(qtbot, every_type, "verhaal")
    binder.set_value("🙂" * TEXT_LIMIT)  # a stored answer at the limit loads whole
    assert binder.value() == "🙂" * TEXT_LIMIT
    binder.edit.moveCursor(QTextCursor.MoveOperation.End)
    binder.edit.insertPlainText("🙂🙂")
    assert binder.value() == "🙂" * TEXT_LIMIT


def test_a_list_holds_the_text_limit_in_all(qtbot, every_type):
    binder = binder_for(qtbot, every_type, "punten")
    binder.edit.insertPlainText("regel\n" * 5_000)
    assert sum(len(v) for v in binder.value()) <= TEXT_LIMIT
    assert check_value(every_type.item("punten"), binder.value()) is None


def test_line_fields_and_medicines_stop_at_their_limits(qtbot, every_type):
    assert binder_for(qtbot, every_type, "code").edit.maxLength() == LINE_LIMIT
    assert binder_for(qtbot, every_type, "naam").edit.maxLength() == 20  # the form's own
    assert binder_for(qtbot, every_type, "telefoon").edit.maxLength() == LINE_LIMIT
    pills = binder_for(qtbot, every_type, "pillen")
    for _ in range(MEDICINES_LIMIT + 5):
        pills.add_button.click()
    assert len(pills.rows) == MEDICINES_LIMIT
    # each row: the row, its medicine, the tick box, the four fields, the remove button
    assert all(edit.maxLength() == LINE_LIMIT for *_, edits, _ in pills.rows for edit in edits)
