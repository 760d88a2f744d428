"""Triad members in the app: each fills in only their own card; klaar; add and remove;
agreements from the comparison."""

from __future__ import annotations

import json

import pytest
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from samenplan import shipped
from samenplan.domain.dossier import Person
from samenplan.domain.export_format import dumps
from samenplan.formkit.answers import Node
from samenplan.ui import dialogs
from samenplan.ui.formview.form import FormView
from samenplan.ui.main import MainWindow
from samenplan.ui.triad_view import ComparisonPage

pytestmark = pytest.mark.gui

MARKERS = {"p-noor": "MARKERNOOR", "p-ellen": "MARKERELLEN", "p-jesse": "MARKERJESSE"}


def marked_dossier():
    dossier = shipped.demo_dossier()
    for person, marker in MARKERS.items():
        card = dossier.document("triadekaart", person)
        for node in card.answers.root().find_all("boodschappen"):
            node.items.append(Node("boodschappen.toelichting", f"{marker} over boodschappen"))
        section = next(n for n in card.answers.items if n.id == "afsluiting")
        section.items.append(Node("opmerkingen", f"{marker} tot slot"))
    return dossier


def everything_shown(root: QWidget) -> str:
    """Every text a person or a screen reader can get from the widgets below `root`."""
    parts = []
    for widget in [root, *root.findChildren(QWidget)]:
        parts += [
            widget.toolTip(),
            widget.accessibleName(),
            widget.accessibleDescription(),
            widget.windowTitle(),
        ]
        if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
            parts.append(widget.text())
        if isinstance(widget, QPlainTextEdit):
            parts.append(widget.toPlainText())
            parts.append(widget.placeholderText())
        if isinstance(widget, QComboBox):
            parts += [widget.itemText(i) for i in range(widget.count())]
    for view in root.findChildren(FormView):
        parts += [view.steps.item(i).text() for i in range(view.steps.count())]
    return "\n".join(parts)


@pytest.fixture
def window(qtbot):
    dossier = marked_dossier()
    window = MainWindow(shipped.forms(), None, None, "nl", lambda: dossier)
    qtbot.addWidget(window)
    window.open_demo()
    return window


@pytest.mark.parametrize("person", sorted(MARKERS))
def test_a_member_sees_only_their_own_card(window, person):
    window.open_member_card(person)
    view = window.stack.currentWidget().findChild(FormView)
    assert view is not None
    for index in range(len(view.section_pages)):
        view.go_to(index)
    shown = everything_shown(window)
    assert MARKERS[person] in shown  # their own answers are there...
    for other, marker in MARKERS.items():
        if other != person:
            assert marker not in shown  # ...and nothing of anyone else's


def test_each_perspective_has_its_own_wording(window):
    window.open_member_card("p-ellen")  # a naaste
    view = window.stack.currentWidget().findChild(FormView)
    combo = view.field("boodschappen.wie_nu").binder.combo
    labels = [combo.itemText(i) for i in range(combo.count())]
    assert labels == [
        "— kies —", "Ik", "Noor Bakker (cliënt)", "Jesse Hoekstra (naaste)",
        "Ruben Aydın (hulpverlener)", "Niemand", "Weet ik niet", "Iemand anders…",
    ]  # fmt: skip
    assert view.field("boodschappen.belasting").binder.item.text.en == (
        "How much does this weigh on you?"
    )
    assert "mijn_situatie" in [s.id for s in view.form.sections()]
    window.open_member_card("p-ruben")  # a hulpverlener: no burden, no naaste block
    view = window.stack.currentWidget().findChild(FormView)
    assert "mijn_situatie" not in [s.id for s in view.form.sections()]
    with pytest.raises(KeyError):
        view.field("boodschappen.belasting")


def test_klaar_add_and_remove(window):
    dossier = window.document.dossier
    window.toggle_member_done("p-ruben")
    assert next(m for m in dossier.members if m.person == "p-ruben").status == "klaar"
    dossier.people.append(Person("p-new", "Nieuwe Naaste", "zus"))
    dialogs.answer_hook = lambda kind, text: ("p-new", "naaste") if kind == "member" else True
    try:
        window.add_member()
        assert [m.role for m in dossier.members if m.person == "p-new"] == ["naaste"]
        window.remove_member("p-jesse")
        assert "p-jesse" not in [m.person for m in dossier.members]
        assert dossier.document("triadekaart", "p-jesse") is None  # the card went with them
    finally:
        dialogs.answer_hook = None
    assert window.document.dirty


def test_record_an_agreement_from_the_comparison(window):
    window.show_comparison()
    page = window.stack.currentWidget().findChild(ComparisonPage)
    page.table.setCurrentIndex(page.proxy.index(3, 0))
    task = page.model.row(page.proxy.mapToSource(page.proxy.index(3, 0))).task
    dialogs.answer_hook = lambda kind, text: {
        "what": "Samen elke maand bespreken",
        "who": "p-ellen",
    }
    try:
        page.make_agreement()
    finally:
        dialogs.answer_hook = None
    added = window.document.dossier.agreements[-1]
    assert added.topic == task.id and added.who == "p-ellen" and added.review is not None
    assert "Samen elke maand bespreken — Ellen Bakker" in page.agreements.text()
    assert window.document.dirty


def test_a_card_edited_after_comparing_marks_the_comparison_changed(window):
    from samenplan.ui.home import DossierHome

    def home_note():
        window.show_home()
        label = window.stack.currentWidget().findChild(QLabel, "triad_changed")
        return label.text() if label is not None else ""

    assert home_note() == ""  # never compared yet: nothing to say
    window.show_comparison()
    assert home_note() == ""
    window.open_member_card("p-ellen")
    view = window.stack.currentWidget().findChild(FormView)
    combo = view.field("boodschappen.wie_nu").binder.combo
    combo.setCurrentIndex((combo.currentIndex() + 1) % combo.count())
    assert "Ellen Bakker" in home_note() and "Jesse" not in home_note()
    window.show_comparison()
    note = window.stack.currentWidget().findChild(QLabel, "open_cards").text()
    assert "Veranderd sinds de vergelijking werd geopend: de kaart van Ellen Bakker" in note
    assert home_note() == ""  # seen now
    assert window.stack.currentWidget().findChild(DossierHome) is not None
    kept = dumps(window.document.dossier)  # what is saved: digests, no answers of their own
    assert json.loads(kept)["dossier"]["compared"] == window.document.dossier.compared
    assert not any(m in str(window.document.dossier.compared) for m in MARKERS.values())
