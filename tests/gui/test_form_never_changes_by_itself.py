"""The form never changes an answer by itself (issue 15): Enter in a help panel, examples that
replace, the mouse wheel over a drop-down, stale person pickers that offer the client, and
headings, labels and texts that do not follow what is on screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QPushButton

from samenplan import shipped
from samenplan.domain.dossier import Person
from samenplan.formkit.answers import Answers
from samenplan.ui import dialogs
from samenplan.ui.formview.binders import FormContext
from samenplan.ui.formview.form import FormView
from samenplan.ui.formview.views import HelpDialog
from samenplan.ui.main import MainWindow

pytestmark = pytest.mark.gui

CLIENT = Person("p-sanne", "Sanne de Boer", "cliënt")
PEOPLE = [CLIENT, Person("p-ava", "Ava Jansen", "zus")]


@pytest.fixture
def asked(monkeypatch):
    """Answers every question with the next of `asked.answers`; records what was asked."""

    class Asked(list):
        def __init__(self) -> None:
            super().__init__()
            self.answers: list[object] = []

    record = Asked()

    def answer(kind, text):
        record.append((kind, text))
        return record.answers.pop(0)

    monkeypatch.setattr(dialogs, "answer_hook", answer)
    return record


def crisis_view(qtbot, people=None, lang="nl", added=None) -> FormView:
    registry = list(PEOPLE if people is None else people)

    def add_person(_parent):
        registry.append(added)
        return added.id

    context = FormContext(lang, lambda: registry, add_person)
    context.client = lambda: CLIENT.id
    view = FormView(shipped.forms()["crisiskaart"], Answers(), context)
    qtbot.addWidget(view)
    view.resize(900, 500)
    view.show()
    view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view)
    return view


def open_help(qtbot, view: FormView, item_id: str) -> HelpDialog:
    row = view.field(item_id)
    qtbot.mouseClick(row.help_button, Qt.MouseButton.LeftButton)
    dialog = row.findChild(HelpDialog, f"help_{item_id}")
    qtbot.waitExposed(dialog)
    return dialog


def example_buttons(dialog: HelpDialog) -> list[QPushButton]:
    return [b for b in dialog.findChildren(QPushButton) if b.toolTip().startswith("Invoegen")]


# ---------------------------------------------------------------- 1. help panel examples


def test_enter_in_the_help_panel_inserts_nothing(qtbot, asked):
    view = crisis_view(qtbot)
    field = view.field("roepnaam").binder.widget
    qtbot.keyClicks(field, "Sanne")
    dialog = open_help(qtbot, view, "roepnaam")
    first = example_buttons(dialog)[0]
    assert first.text() == "Mo"
    assert not any(b.isDefault() or b.autoDefault() for b in example_buttons(dialog))
    first.setFocus()
    qtbot.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_Return)
    qtbot.keyClick(dialog, Qt.Key.Key_Enter)
    assert field.text() == "Sanne" and view.answers().get("roepnaam") == "Sanne"
    assert asked == []  # nothing was even offered to replace


def test_an_example_asks_before_replacing_a_line_and_adds_to_a_list(qtbot, asked):
    view = crisis_view(qtbot)
    field = view.field("roepnaam").binder.widget
    qtbot.keyClicks(field, "Sanne")
    asked.answers = [False, True]
    qtbot.mouseClick(
        example_buttons(open_help(qtbot, view, "roepnaam"))[0], Qt.MouseButton.LeftButton
    )
    assert field.text() == "Sanne"  # "Annuleren": kept
    assert asked[0][0] == "confirm" and "Sanne" in asked[0][1] and "Mo" in asked[0][1]
    qtbot.mouseClick(
        example_buttons(open_help(qtbot, view, "roepnaam"))[0], Qt.MouseButton.LeftButton
    )
    assert field.text() == "Mo"  # "Ja, vervangen"

    view.go_to(1)
    listed = view.field("crisis_herkennen").binder.widget
    qtbot.keyClicks(listed, "Ik slaap slecht")
    qtbot.mouseClick(
        example_buttons(open_help(qtbot, view, "crisis_herkennen"))[0], Qt.MouseButton.LeftButton
    )
    assert view.answers().get("crisis_herkennen") == [
        "Ik slaap slecht",
        "Ik praat heel snel en ben moeilijk te volgen",
    ]
    assert len(asked) == 2  # a list is added to without asking


def demo_window(qtbot, tmp_path) -> MainWindow:
    window = MainWindow(shipped.forms(), None, None, "nl", shipped.demo_dossier)
    qtbot.addWidget(window)
    window.start(demo=True)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def test_ctrl_z_in_the_window_takes_an_inserted_example_back_in_one_step(qtbot, tmp_path, asked):
    window = demo_window(qtbot, tmp_path)
    window.open_plan("crisiskaart")
    view = window.stack.currentWidget().findChild(FormView)
    field = view.field("roepnaam").binder.widget
    field.selectAll()
    qtbot.keyClicks(field, "Sanne")
    asked.answers = [True]
    qtbot.mouseClick(
        example_buttons(open_help(qtbot, view, "roepnaam"))[0], Qt.MouseButton.LeftButton
    )
    assert window.document.dossier.document("crisiskaart").answers.get("roepnaam") == "Mo"
    qtbot.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    view = window.stack.currentWidget().findChild(FormView)
    assert view.field("roepnaam").binder.widget.text() == "Sanne"  # not what was there before
    assert window.document.dossier.document("crisiskaart").answers.get("roepnaam") == "Sanne"
    qtbot.keyClick(
        view.field("roepnaam").binder.widget, Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )  # fmt: skip
    assert view.field("roepnaam").binder.widget.text() == "Mo"  # and redo puts it back


# ---------------------------------------------------------------- 2. the mouse wheel


def wheel(widget, down: bool = True) -> None:
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre, QPointF(widget.mapToGlobal(centre.toPoint())), QPoint(0, 0),
        QPoint(0, -120 if down else 120), Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False,
    )  # fmt: skip
    QApplication.sendEvent(widget, event)


def test_the_wheel_over_an_unfocused_drop_down_scrolls_the_page(qtbot):
    view = crisis_view(qtbot)
    view.go_to(next(i for i, s in enumerate(view.form.sections()) if s.id == "contactpersonen"))
    view.resize(900, 300)  # the page must scroll
    qtbot.mouseClick(view.findChild(QPushButton, "add_contact"), Qt.MouseButton.LeftButton)
    page = view.section_pages[view.pages.currentIndex()]
    page.ensureWidgetVisible(view.field("contact_eerst_bellen"))
    bar = page.verticalScrollBar()
    bar.setValue(0)
    assert bar.maximum() > 0
    combos = [view.field(i).binder.combo for i in ("contact_eerst_bellen", "contact_persoon")]
    for combo in combos:
        assert combo.focusPolicy() == Qt.FocusPolicy.StrongFocus
        view.next.setFocus()
        before, top = combo.currentIndex(), bar.value()
        wheel(combo)
        assert combo.currentIndex() == before  # the answer stays
        assert bar.value() > top  # the page scrolled instead
    assert view.answers().get("contact_eerst_bellen") is None
    combo = combos[0]
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    wheel(combo)  # chosen on purpose: a focused drop-down takes the wheel
    assert combo.currentIndex() == 1


def test_every_drop_down_on_every_form_guards_the_wheel(qtbot):
    for form in shipped.forms().values():
        view = FormView(form, Answers(), FormContext("nl", lambda: list(PEOPLE)))
        qtbot.addWidget(view)
        for combo in view.findChildren(QComboBox):
            assert combo.focusPolicy() == Qt.FocusPolicy.StrongFocus, combo.objectName()
            before = combo.currentIndex()
            wheel(combo)
            assert combo.currentIndex() == before, combo.objectName()


# ---------------------------------------------------------------- 3. person pickers


def test_a_person_added_in_one_picker_is_offered_in_the_others_and_never_the_client(qtbot):
    new = Person("p-dewit", "Dokter M. de Wit", "huisarts")
    view = crisis_view(qtbot, added=new)
    view.go_to(next(i for i, s in enumerate(view.form.sections()) if s.id == "contactpersonen"))
    qtbot.mouseClick(view.findChild(QPushButton, "add_contact"), Qt.MouseButton.LeftButton)
    contact = view.field("contact_persoon").binder.combo
    huisarts = view.field("huisarts").binder.combo
    for combo in (contact, huisarts):
        names = [combo.itemText(i) for i in range(combo.count())]
        assert "Ava Jansen (zus)" in names
        assert not any("Sanne" in name for name in names)  # the client is no huisarts
    contact.setFocus()
    qtbot.waitUntil(contact.hasFocus)
    qtbot.keyClick(contact, Qt.Key.Key_End)  # "Nieuwe persoon toevoegen…"
    qtbot.keyClick(contact, Qt.Key.Key_Return)
    contact.activated.emit(contact.currentIndex())  # offscreen: the closed list's choice
    assert view.answers().get("contact_persoon") == "p-dewit"
    names = [huisarts.itemText(i) for i in range(huisarts.count())]
    assert "Dokter M. de Wit (huisarts)" in names  # offered in the other picker at once


def test_pickers_follow_the_registry_when_the_form_is_shown_again(qtbot):
    registry = list(PEOPLE)
    context = FormContext("nl", lambda: registry)
    context.client = lambda: CLIENT.id
    view = FormView(shipped.forms()["wrap"], Answers(), context)
    qtbot.addWidget(view)
    view.show()
    view.hide()
    registry.append(Person("p-crisis", "Crisisdienst Voorbeeldstad", "crisisdienst"))
    view.show()
    combo = view.field("crisisdienst").binder.combo
    names = [combo.itemText(i) for i in range(combo.count())]
    assert "Crisisdienst Voorbeeldstad (crisisdienst)" in names
    assert not any("Sanne" in name for name in names)


def test_the_demo_client_is_not_offered_as_huisarts(qtbot, tmp_path):
    window = demo_window(qtbot, tmp_path)
    window.open_plan("crisiskaart")
    view = window.stack.currentWidget().findChild(FormView)
    combo = view.field("huisarts").binder.combo
    names = [combo.itemText(i) for i in range(combo.count())]
    assert "Dokter M. de Wit (huisarts)" in names
    assert not any(name.startswith("Noor Bakker") for name in names)


# ---------------------------------------------------------------- 4. text size


def test_ctrl_plus_keeps_the_heading_large_and_the_labels_bold(qtbot, tmp_path):
    window = demo_window(qtbot, tmp_path)
    window.open_plan("crisiskaart")
    view = window.stack.currentWidget().findChild(FormView)
    body = QApplication.font().pointSizeF()
    qtbot.keyClick(view.field("roepnaam").binder.widget, Qt.Key.Key_Plus,
                   Qt.KeyboardModifier.ControlModifier)  # fmt: skip
    assert QApplication.font().pointSizeF() > body  # the text did get larger
    for step in (Qt.Key.Key_Plus, Qt.Key.Key_Minus, Qt.Key.Key_Minus):
        body = QApplication.font().pointSizeF()
        title = view.section_pages[0].findChild(QLabel, "section_title")
        label = view.field("roepnaam").label
        assert title.font().pointSizeF() > body * 1.3 and title.font().bold()
        assert label.font().bold() and label.font().pointSizeF() == pytest.approx(body)
        qtbot.keyClick(view.field("roepnaam").binder.widget, step,
                       Qt.KeyboardModifier.ControlModifier)  # fmt: skip


# ---------------------------------------------------------------- 5. texts that fit


def test_the_add_button_says_a_first_and_then_another(qtbot):
    view = crisis_view(qtbot)
    view.go_to(next(i for i, s in enumerate(view.form.sections()) if s.id == "opbouw"))
    add = view.findChild(QPushButton, "add_fase")
    assert add.text() == "Een fase toevoegen"
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    assert add.text() == "Nog een fase toevoegen"
    english = crisis_view(qtbot, lang="en")
    assert english.findChild(QPushButton, "add_fase").text() == "Add a phase"


def test_every_shipped_add_label_has_a_first_form():
    from samenplan.ui.formview.views import first_add_label

    for form in shipped.forms().values():
        for item in form.walk():
            label = item.repeats.add_label if item.repeats else None
            if label is None:
                continue
            for lang in ("nl", "en"):
                first = first_add_label(label.get(lang))
                assert first != label.get(lang) and "Nog" not in first and "another" not in first
    assert first_add_label("Add another item") == "Add an item"
    assert first_add_label("Add someone else") == "Add someone"
    assert first_add_label("Nog iets toevoegen") == "Iets toevoegen"


def test_an_entry_is_named_by_its_first_answer_as_it_is_chosen(qtbot):
    view = crisis_view(qtbot)
    view.go_to(next(i for i, s in enumerate(view.form.sections()) if s.id == "opbouw"))
    qtbot.mouseClick(view.findChild(QPushButton, "add_fase"), Qt.MouseButton.LeftButton)
    [instance] = view.findChild(QPushButton, "add_fase").parentWidget().instances
    assert instance.title.text() == "<b>Fase 1</b>"
    combo = view.field("fase_kleur").binder.combo
    assert combo.hasFocus()  # the new entry's first question
    qtbot.keyClicks(combo, "Oranje")
    assert view.answers().get("fase_kleur") == "oranje"
    assert instance.title.text() == "<b>Oranje: het begint mis te gaan</b>"


def test_the_call_first_hint_fits_its_yes_no_answer(qtbot):
    view = crisis_view(qtbot)
    view.go_to(next(i for i, s in enumerate(view.form.sections()) if s.id == "contactpersonen"))
    qtbot.mouseClick(view.findChild(QPushButton, "add_contact"), Qt.MouseButton.LeftButton)
    row = view.field("contact_eerst_bellen")
    hint = next(label for label in row.findChildren(QLabel) if label.objectName() == "hint")
    assert "aanvinkt" not in hint.text() and "Ja" in hint.text()
