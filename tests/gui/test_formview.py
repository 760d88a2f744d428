"""The generated form: every binder, conditions, repeats, help, undo, and names for every control."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QWidget

from samenplan import shipped
from samenplan.domain.dossier import Medicine, Person
from samenplan.formkit.answers import Answers, from_json
from samenplan.ui.formview.binders import BINDERS, FormContext, make_binder
from samenplan.ui.formview.form import FormView
from samenplan.ui.formview.views import HelpDialog
from tests.unit.test_answers import GOOD_VALUES

pytestmark = pytest.mark.gui

PEOPLE = [Person("p-ava", "Ava Jansen", "zus", "06-01 23 45 67"), Person("p-bob", "Bob", "")]
VALUES = GOOD_VALUES  # one value of every type, shared with the answer-tree tests


def context(lang="nl", added=None):
    people = list(PEOPLE)

    def add_person(_parent):
        if added is None:
            return None
        people.append(added)
        return added.id

    medicines = [Medicine("0123456789abcdef", "Paracetamol", "500 mg", "bij pijn")]
    return FormContext(lang, lambda: people, add_person, medicines=lambda: medicines)


def test_every_answerable_type_has_a_binder(every_type):
    answerable = {i.type for i in every_type.walk() if i.type.answerable}
    assert answerable == set(BINDERS)


@pytest.mark.parametrize("item_id", sorted(VALUES))
def test_value_round_trip_through_each_binder(qtbot, every_type, item_id):
    binder = make_binder(every_type.item(item_id), context())
    qtbot.addWidget(binder.widget)
    assert binder.value() is None
    with qtbot.assertNotEmitted(binder.changed):
        binder.set_value(VALUES[item_id])
    assert binder.value() == VALUES[item_id]
    binder.set_value(None)
    assert binder.value() is None
    assert binder.widget.accessibleName()


def test_typing_emits_changed_and_bad_dates_are_reported(qtbot, every_type):
    binder = make_binder(every_type.item("datum"), context())
    qtbot.addWidget(binder.widget)
    with qtbot.waitSignal(binder.changed):
        qtbot.keyClicks(binder.widget, "31-02-2026")
    assert binder.value() is None
    assert "geen datum" in binder.problem()
    binder.widget.setText("5-3-26")
    assert binder.value() == "2026-03-05" and binder.problem() is None


def test_person_binder_can_add_a_person(qtbot, every_type):
    new = Person("p-new", "Nieuwe Buur", "buurman")
    binder = make_binder(every_type.item("wie"), context(added=new))
    qtbot.addWidget(binder.widget)
    combo = binder.widget
    with qtbot.waitSignal(binder.changed):
        combo.activated.emit(combo.count() - 1)  # "Nieuwe persoon toevoegen…"
    assert binder.value() == "p-new"
    assert combo.currentText() == "Nieuwe Buur (buurman)"


def full_answers(every_type) -> Answers:
    return from_json(
        every_type,
        [
            {"id": "basis", "items": [{"id": k, "value": v} for k, v in VALUES.items()]},
            {"id": "voorwaarden", "items": [{"id": "als_akkoord", "value": "ja hoor"}]},
            {
                "id": "herhaal",
                "items": [
                    {"id": "herhaal_ja", "value": True},
                    {"id": "herhaal_waarom", "value": "A"},
                ],
            },
            {"id": "herhaal", "items": [{"id": "herhaal_ja", "value": False}]},
        ],
    )


def test_the_whole_tree_round_trips_through_the_form(qtbot, every_type):
    answers = full_answers(every_type)
    view = FormView(every_type, answers, context())
    qtbot.addWidget(view)
    assert view.answers().to_json() == answers.to_json()


def test_conditions_show_and_hide_items_and_keep_text(qtbot, every_type):
    view = FormView(every_type, Answers(), context())
    qtbot.addWidget(view)
    view.show()
    view.go_to(1)
    conditional = view.field("als_akkoord")
    assert not conditional.isVisibleTo(view)
    view.field("akkoord").binder.set_value(True)
    view.field("akkoord").binder.changed.emit()
    assert conditional.isVisibleTo(view)
    conditional.binder.set_value("bewaard")
    conditional.binder.changed.emit()
    view.field("akkoord").binder.set_value(False)
    view.field("akkoord").binder.changed.emit()
    assert not conditional.isVisibleTo(view)
    assert view.answers().get("als_akkoord") == "bewaard"  # hidden, not lost


def test_repeat_add_remove_reorder(qtbot, every_type):
    view = FormView(every_type, full_answers(every_type), context())
    qtbot.addWidget(view)
    repeat = view.section_pages[2].repeat
    assert len(repeat.instances) == 2

    def whys():
        return [n.children[0].value if n.children else None for n in repeat.to_nodes()]

    assert whys() == [True, False]
    repeat.instances[1].up.click()
    assert whys() == [False, True]
    assert not repeat.instances[0].up.isEnabled()
    repeat.add_button.click()
    assert len(repeat.instances) == 3
    assert not repeat.add_button.isEnabled()  # max 3
    repeat.instances[0].remove.click()
    assert whys()[0] is True and len(repeat.instances) == 2
    assert repeat.add_button.isEnabled()
    names = [i.remove.accessibleName() for i in repeat.instances]
    assert names == ["Verwijder Herhaling 1", "Verwijder Herhaling 2"]


def test_condition_inside_a_repeated_group_per_instance(qtbot, every_type):
    view = FormView(every_type, full_answers(every_type), context())
    qtbot.addWidget(view)
    view.show()
    view.go_to(2)
    repeat = view.section_pages[2].repeat
    first, second = (i.group.field_rows()[1] for i in repeat.instances)
    assert first.isVisibleTo(view) and not second.isVisibleTo(view)


def test_help_inserts_an_example(qtbot, every_type):
    view = FormView(every_type, Answers(), context())
    qtbot.addWidget(view)
    row = view.field("verhaal")
    dialog = row.open_help("nl")
    assert isinstance(dialog, HelpDialog)
    [button] = [
        b for b in dialog.findChildren(QWidget) if b.accessibleName().startswith("Invoegen")
    ]
    button.click()
    assert row.binder.value() == "Voorbeeld"
    assert not dialog.isVisible()


# ------------------------------------------------------------------ accessibility

INTERACTIVE = {
    QAccessible.Role.EditableText, QAccessible.Role.Button, QAccessible.Role.CheckBox,
    QAccessible.Role.ComboBox, QAccessible.Role.SpinBox, QAccessible.Role.RadioButton,
    QAccessible.Role.List, QAccessible.Role.Table, QAccessible.Role.PageTab,
}  # fmt: skip


def unnamed_controls(widget: QWidget) -> list[str]:
    problems: list[str] = []

    def walk(iface, depth=0):
        if iface is None or depth > 60:
            return
        state = iface.state()
        if state.invisible:
            return
        if iface.role() in INTERACTIVE and not iface.text(QAccessible.Text.Name).strip():
            obj = iface.object()
            problems.append(f"{iface.role().name} {getattr(obj, 'objectName', lambda: '')()}")
        for index in range(iface.childCount()):
            walk(iface.child(index), depth + 1)

    walk(QAccessible.queryAccessibleInterface(widget))
    return problems


def form_variants():
    forms = shipped.forms()
    yield "crisiskaart", forms["crisiskaart"]
    yield "wrap", forms["wrap"]
    for role in ("client", "naaste", "hulpverlener"):
        yield f"triadekaart-{role}", forms["triadekaart"].for_perspective(role)


@pytest.mark.parametrize(
    ("name", "form"), list(form_variants()), ids=[n for n, _ in form_variants()]
)
def test_every_control_on_every_page_has_a_name(qtbot, name, form):
    dossier = shipped.demo_dossier()
    document = dossier.document(form.id, None if form.id != "triadekaart" else "p-noor")
    answers = document.answers if document and form.id != "triadekaart" else Answers()
    context = FormContext("nl", lambda: dossier.people, medicines=lambda: dossier.medicines)
    view = FormView(form, answers, context)
    qtbot.addWidget(view)
    view.resize(1000, 800)
    view.show()
    qtbot.waitExposed(view)
    for index in range(len(view.section_pages)):
        view.go_to(index)
        QApplication.processEvents()
        assert unnamed_controls(view) == [], (name, form.sections()[index].id)


def test_tab_leaves_multi_line_fields(qtbot, every_type):
    view = FormView(every_type, Answers(), context())
    qtbot.addWidget(view)
    view.show()
    qtbot.waitActive(view) if QApplication.platformName() != "offscreen" else None
    text = view.field("verhaal").binder.widget
    assert text.tabChangesFocus()
    assert text.focusPolicy() & Qt.FocusPolicy.TabFocus


def test_the_accessibility_walk_finds_unnamed_controls(qtbot):
    from PySide6.QtWidgets import QLineEdit, QToolButton, QVBoxLayout

    box = QWidget()
    layout = QVBoxLayout(box)
    layout.addWidget(QLineEdit())
    icon_only = QToolButton()
    layout.addWidget(icon_only)
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    assert len(unnamed_controls(box)) == 2


def test_validation_messages_in_plain_dutch_next_to_the_field(qtbot, every_type):
    view = FormView(every_type, Answers(), context())
    qtbot.addWidget(view)
    view.show()
    name = view.field("naam")
    assert not name.error.isVisibleTo(view)  # no "required" before the person moved on
    view.go_to(1)
    view.go_to(0)
    assert name.error.isVisibleTo(view) and name.error.text() == "Vul dit nog in."
    assert name.binder.widget.accessibleDescription() == "Vul dit nog in."
    code = view.field("code")
    qtbot.keyClicks(code.binder.widget, "abc")
    assert code.error.text() == "Twee letters en twee cijfers."
    code.binder.widget.setText("AB12")
    assert not code.error.isVisibleTo(view)
    qtbot.keyClicks(name.binder.widget, "Ava")
    assert not name.error.isVisibleTo(view)
