"""The triad card's "who" drop-down (a person of the dossier, "Ik" first; keyboard yes, mouse
wheel no) and the consent step before the comparison ("wat mag ieder zien")."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QRadioButton

from samenplan import shipped
from samenplan.domain import triad_text
from samenplan.formkit.answers import Answers
from samenplan.ui.formview.binders import FormContext
from samenplan.ui.formview.form import FormView
from samenplan.ui.triad_view import ComparisonPage

pytestmark = pytest.mark.gui

ITEM = "boodschappen.wie_straks"


def card_view(qtbot, value=None, me="p-ellen"):
    dossier = shipped.demo_dossier()
    form = shipped.forms()["triadekaart"].for_perspective("naaste")
    members = [(m.person, triad_text.member_label(dossier, m, "nl")) for m in dossier.members]
    context = FormContext("nl", lambda: dossier.people, members=lambda: members, me=me)
    view = FormView(form, Answers(), context)
    qtbot.addWidget(view)
    view.show()
    view.go_to(next(i for i, s in enumerate(form.sections()) if s.id == "huishouden"))
    binder = view.field(ITEM).binder
    if value is not None:
        binder.set_value(value)
    return view, binder


def test_a_person_is_picked_by_keyboard_and_named_for_a_screen_reader(qtbot):
    view, binder = card_view(qtbot)
    combo = binder.combo
    assert combo.accessibleName() == "Wie zou dit moeten doen?"
    assert combo.focusPolicy() == Qt.FocusPolicy.StrongFocus  # Tab reaches it, the wheel not
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # the first choice: "Ik", the member filling in
    assert combo.currentText() == "Ik" and binder.value() == {"person": "p-ellen"}
    qtbot.keyClicks(combo, "Jesse")  # type to find
    assert combo.currentText() == "Jesse Hoekstra (naaste)"
    assert binder.value() == {"person": "p-jesse"}
    assert view.answers().get(ITEM) == {"person": "p-jesse"}  # what is stored
    qtbot.keyClick(combo, Qt.Key.Key_End)  # someone else, last: a line to type appears
    assert binder.other.isVisible() and binder.other.hasFocus()
    assert binder.other.accessibleName() == "Wie zou dit moeten doen?: Wie is het? Typ een naam"
    assert binder.value() is None  # nothing typed yet: not answered
    qtbot.keyClicks(binder.other, "Fatma, de buurvrouw")
    assert binder.value() == {"other": "Fatma, de buurvrouw"}
    qtbot.wait(QApplication.keyboardInputInterval() + 50)  # a new search, not "JesseNiemand"
    qtbot.keyClicks(combo, "Niemand")
    assert binder.value() == {"code": "niemand"} and not binder.other.isVisible()


def wheel(widget) -> None:
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre, QPointF(widget.mapToGlobal(centre.toPoint())), QPoint(0, 0), QPoint(0, -120),
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase,
        False,
    )  # fmt: skip
    QApplication.sendEvent(widget, event)


def test_the_mouse_wheel_over_the_drop_down_does_not_change_the_answer(qtbot):
    _view, binder = card_view(qtbot, {"person": "p-noor"})
    plain = QComboBox()  # a plain drop-down under the same wheel does change
    qtbot.addWidget(plain)
    plain.addItems(["een", "twee", "drie"])
    plain.show()
    wheel(plain)
    assert plain.currentIndex() == 1
    wheel(binder.combo)  # scrolling past it: the answer stays
    assert binder.value() == {"person": "p-noor"}
    assert binder.combo.currentText() == "Noor Bakker (cliënt)"
    view = binder.combo.window()
    view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view)
    binder.combo.setFocus()  # chosen with Tab or a click: then the wheel may change it
    qtbot.waitUntil(binder.combo.hasFocus)
    wheel(binder.combo)
    assert binder.value() != {"person": "p-noor"}


def test_answers_the_list_cannot_offer_are_kept_and_shown(qtbot):
    _view, binder = card_view(qtbot, {"review": "naaste"})
    assert binder.combo.currentText() == "een naaste (kies wie)"
    assert binder.value() == {"review": "naaste"}
    binder.set_value({"person": "p-tom"})  # in the dossier, no member
    assert binder.combo.currentText() == "Tom Bakker" and binder.value() == {"person": "p-tom"}
    binder.set_value({"other": "de wijkagent"})
    assert binder.other.text() == "de wijkagent" and binder.value() == {"other": "de wijkagent"}


def test_the_comparison_asks_first_what_each_member_may_see(qtbot):
    dossier = shipped.demo_dossier()
    dossier.consent = {}
    page = ComparisonPage(shipped.forms(), dossier, "nl")
    qtbot.addWidget(page)
    page.show()
    changed = []
    page.changed.connect(lambda: changed.append(True))
    assert page.pages.currentWidget() is page.consent  # not the cards yet
    asked = [box.objectName() for box in page.consent.findChildren(QRadioButton)]
    assert sorted(asked) == sorted(
        f"consent_{p}_{a}" for p in ("p-ellen", "p-jesse", "p-ruben") for a in ("yes", "no")
    )  # everyone but the client
    yes = page.findChild(QRadioButton, "consent_p-ellen_yes")
    assert yes.accessibleName() == (
        "Mag Ellen Bakker (naaste) de kaarten van de anderen zien? Ja, dat mag"
    )
    yes.click()
    page.consent.save.click()  # two not decided: still here, and says why
    assert page.pages.currentWidget() is page.consent
    assert page.findChild(QLabel, "consent_missing").text() == "Kies voor iedereen ja of nee."
    assert dossier.consent == {} and changed == []
    page.findChild(QRadioButton, "consent_p-jesse_no").click()
    page.findChild(QRadioButton, "consent_p-ruben_yes").click()
    page.consent.save.click()
    assert dossier.consent == {"p-ellen": True, "p-jesse": False, "p-ruben": True}
    assert changed == [True]  # saved with the dossier
    assert page.pages.currentWidget() is page.compared
    note = page.findChild(QLabel, "consent_may_not")
    assert (
        note.isVisible() and "Laat deze vergelijking niet zien aan: Jesse Hoekstra" in note.text()
    )
    page.show_consent()  # can be changed later, with the choices made
    assert page.findChild(QRadioButton, "consent_p-jesse_no").isChecked()


def test_a_decided_dossier_opens_on_the_cards(qtbot):
    page = ComparisonPage(shipped.forms(), shipped.demo_dossier(), "nl")
    qtbot.addWidget(page)
    assert page.pages.currentWidget() is page.compared
    assert page.findChild(QLabel, "consent_may_not").text() == ""


def test_the_cards_count_as_compared_only_once_shown_after_consent(qtbot):
    from samenplan.ui.main import MainWindow

    dossier = shipped.demo_dossier()
    dossier.consent = {}
    dossier.compared = {}
    window = MainWindow(shipped.forms(), None, None, "nl", lambda: dossier)
    qtbot.addWidget(window)
    window.open_demo()
    window.show_comparison()
    page = window.stack.currentWidget().findChild(ComparisonPage)
    assert page.pages.currentWidget() is page.consent
    assert window.document.dossier.compared == {}  # asked, nothing shown yet
    for person in ("p-ellen", "p-jesse", "p-ruben"):
        page.findChild(QRadioButton, f"consent_{person}_yes").click()
    page.consent.save.click()
    assert page.pages.currentWidget() is page.compared
    assert set(window.document.dossier.compared) == {m.person for m in dossier.members}
