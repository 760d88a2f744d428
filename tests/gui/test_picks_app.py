"""The WRAP's toolbox in its action plans, on screen: ticking a tool, a renamed tool shown
by its new name, and the "where is it used" question before a used tool is removed."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QCheckBox, QLineEdit

from samenplan import shipped
from samenplan.formkit import picks
from samenplan.ui import dialogs
from samenplan.ui.formview.binders import PickListBinder
from samenplan.ui.formview.form import FormView

pytestmark = pytest.mark.gui

WALK = "7f3a9c21d4e80b01"  # "Wandelen in het park"
MUSIC = "2b6e0d9a4c17f302"  # "Muziek luisteren"


@pytest.fixture
def asked():
    """Every question put to the person; answered from `asked.answers` in order."""

    class Asked(list):
        def __init__(self) -> None:
            super().__init__()
            self.answers: list[object] = []

    found = Asked()

    def hook(kind, text):
        found.append(text)
        return found.answers.pop(0)

    dialogs.answer_hook = hook
    yield found
    dialogs.answer_hook = None


@pytest.fixture
def window(qtbot):
    """The demo dossier's WRAP in the app, so edits go to the dossier and its undo history."""
    from samenplan.ui.main import MainWindow

    window = MainWindow(shipped.forms(), None, None, "nl", shipped.demo_dossier)
    qtbot.addWidget(window)
    window.resize(1000, 800)
    window.show()
    window.start()
    window.open_plan("wrap")
    return window


def form_of(window) -> FormView:
    return window.stack.currentWidget().findChild(FormView)


@pytest.fixture
def view(window):
    return form_of(window)


def pick_list(view, item_id) -> PickListBinder:
    binder = view.field(item_id).binder
    assert isinstance(binder, PickListBinder)
    return binder


def section_of(view, item_id) -> int:
    return next(
        n for n, s in enumerate(view.form.sections()) if any(i.id == item_id for i in s.walk())
    )


def test_picking_a_tool_in_an_action_plan(qtbot, window, view):
    view.go_to(section_of(view, "triggers_moet"))
    binder = pick_list(view, "triggers_moet")
    boxes = binder.widget.findChildren(QCheckBox)
    assert [b.text() for b in boxes][:3] == [
        "Wandelen in het park", "Muziek luisteren", "Jesse of mijn moeder bellen",
    ]  # fmt: skip
    assert binder.from_label.text() == "Kies uit 'Mijn gereedschapskist':"
    assert all(b.isVisible() for b in boxes)
    music = binder.boxes[MUSIC]
    assert not music.isChecked()
    with qtbot.waitSignal(view.edited):
        music.click()
    assert {"ref": MUSIC} in view.answers().get("triggers_moet")
    assert "Ademhalingsoefening doen" in view.answers().get("triggers_moet")  # own text kept
    window.undo()  # the page is built again from the dossier
    view = form_of(window)
    assert {"ref": MUSIC} not in view.answers().get("triggers_moet")
    assert not pick_list(view, "triggers_moet").boxes[MUSIC].isChecked()


def test_a_renamed_tool_shows_its_new_name_where_it_is_picked(qtbot, view):
    view.go_to(0)
    first = view.field("hulpmiddel_naam").binder.widget
    assert isinstance(first, QLineEdit) and first.text() == "Wandelen in het park"
    first.setText("Fietsen")
    box = pick_list(view, "elke_dag").boxes[WALK]
    assert box.text() == "Fietsen" and box.isChecked()
    assert "Fietsen" in picks.resolved(view.form, view.answers()).get("elke_dag")


def test_a_used_tool_is_removed_only_after_saying_where_it_is_used(qtbot, window, view, asked):
    toolbox = [s.id for s in view.form.sections()].index("gereedschap")
    view.go_to(toolbox)
    repeat = view.section_pages[toolbox].group.rows[1][1]
    walk = next(i for i in repeat.instances if i.key == WALK)
    asked.answers = [False]
    walk.remove.click()
    [question] = asked
    assert question.startswith("'Wandelen in het park' staat ook in:")
    assert "• Dagelijks onderhoud: Wat moet je elke dag doen" in question
    assert "• Triggers: Wat moet je dan doen?" in question or "• Triggers:" in question
    assert walk in repeat.instances  # kept
    asked.answers = [True]
    walk.remove.click()
    assert walk not in repeat.instances
    answers = view.answers()
    assert picks.problems(view.form, answers) == []
    assert {"ref": WALK} not in answers.get("elke_dag")
    assert WALK not in pick_list(view, "elke_dag").boxes
    window.undo()  # one step brings the tool and both references back
    answers = form_of(window).answers()
    assert {"ref": WALK} in answers.get("elke_dag") and {"ref": WALK} in answers.get("triggers_kan")


def test_an_unused_tool_goes_without_a_question_and_a_new_one_can_be_picked(qtbot, view, asked):
    toolbox = [s.id for s in view.form.sections()].index("gereedschap")
    view.go_to(toolbox)
    repeat = view.section_pages[toolbox].group.rows[1][1]
    unused = next(i for i in repeat.instances if i.key == "d82c5a1e96f07306")  # Yoga
    unused.remove.click()
    assert asked == [] and unused not in repeat.instances
    added = repeat.add()
    assert added.key is not None and len(added.key) == 16
    added.group.field_rows()[0].binder.widget.setText("Zwemmen")
    assert pick_list(view, "soms_nodig").boxes[added.key].text() == "Zwemmen"
