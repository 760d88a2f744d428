"""What a screen reader needs that is checked inside Qt: Tab follows the reading order of a
page, and saving, errors and locking are sent as announcements (the AT-SPI side of both is
in tests/e2e/test_atspi_walk.py)."""

from __future__ import annotations

from itertools import pairwise

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QWidget

from samenplan import shipped
from samenplan.ui import announce
from samenplan.ui.formview.binders import FormContext
from samenplan.ui.formview.form import FormView
from samenplan.ui.main import MainWindow
from samenplan.ui.unlock import UnlockPage
from samenplan.vault.profiles import ProfileInfo

pytestmark = pytest.mark.gui


@pytest.fixture
def heard(monkeypatch):
    """Every announcement, as (text, urgent, source), instead of to the platform."""
    said: list[tuple[str, bool, object]] = []

    class Recorder:
        AnnouncementPoliteness = QAccessible.AnnouncementPoliteness

        @staticmethod
        def updateAccessibility(event):
            urgent = event.politeness() == QAccessible.AnnouncementPoliteness.Assertive
            said.append((event.message(), urgent, event.object()))

    monkeypatch.setattr(announce, "QAccessible", Recorder)
    return said


def tab_trail(qtbot, view: FormView) -> list[QWidget]:
    """The controls Tab visits on the current section, from its first field on."""
    page = view.section_pages[view.pages.currentIndex()]
    view.focus_first()
    QApplication.processEvents()
    trail: list[QWidget] = []
    for _ in range(300):
        widget = QApplication.focusWidget()
        assert widget is not None
        if not page.isAncestorOf(widget) or widget in trail:
            return trail
        trail.append(widget)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    raise AssertionError("Tab never left the section")


@pytest.mark.parametrize("form_id", ["crisiskaart", "wrap"])
def test_tab_goes_top_to_bottom_on_a_form_page(qtbot, form_id):
    """On the busiest section of each plan, every Tab lands lower on the page, or further
    right on the same line (a field's help button)."""
    dossier = shipped.demo_dossier()
    form = shipped.forms()[form_id]
    document = dossier.document(form_id)
    assert document is not None
    context = FormContext("nl", lambda: dossier.people, medicines=lambda: dossier.medicines)
    view = FormView(form, document.answers, context)
    qtbot.addWidget(view)
    view.resize(1100, 900)
    view.show()
    qtbot.waitExposed(view)
    sizes = [len(list(s.walk())) for s in form.sections()]
    view.go_to(sizes.index(max(sizes)))
    QApplication.processEvents()
    page = view.section_pages[view.pages.currentIndex()].widget()
    trail = tab_trail(qtbot, view)
    assert len(trail) >= 5, [w.objectName() for w in trail]
    places = [w.mapTo(page, QPoint(0, 0)) for w in trail]
    for (before, after), widget in zip(pairwise(places), trail[1:], strict=True):
        same_line = abs(after.y() - before.y()) < 8
        assert after.y() > before.y() or (same_line and after.x() > before.x()), (
            f"Tab went up to {widget.objectName() or type(widget).__name__}: {before} -> {after}"
        )


def test_status_messages_are_announced_errors_urgently(qtbot, heard):
    window = MainWindow(shipped.forms(), None, None, "nl", shipped.demo_dossier)
    qtbot.addWidget(window)
    window._status("Opgeslagen")
    window._status("Niet opgeslagen: de schijf is vol", urgent=True)
    assert [(text, urgent) for text, urgent, _ in heard] == [
        ("Opgeslagen", False),
        ("Niet opgeslagen: de schijf is vol", True),
    ]
    assert window.statusBar().currentMessage() == "Niet opgeslagen: de schijf is vol"


def test_a_save_that_fails_is_announced_urgently(qtbot, heard):
    window = MainWindow(shipped.forms(), None, None, "nl", shipped.demo_dossier)
    qtbot.addWidget(window)
    window.open_demo()
    assert window.document is not None
    window.document.save_failed.emit("de schijf is vol")
    window.document.saved.emit(2)
    assert [(text, urgent) for text, urgent, _ in heard] == [
        ("Niet opgeslagen: de schijf is vol", True),
        ("Opgeslagen", False),
    ]


def test_a_wrong_passphrase_is_announced_urgently(qtbot, heard):
    page = UnlockPage("nl", [ProfileInfo("a" * 32, "Ava")], "a" * 32)
    qtbot.addWidget(page)
    page.show_error("Dit wachtwoord klopt niet.")
    assert heard == [("Dit wachtwoord klopt niet.", True, page.error)]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_field_error_is_said_once_and_only_on_the_page_on_screen(qtbot, heard, every_type, lang):
    from samenplan.formkit.answers import Answers

    view = FormView(every_type, Answers(), FormContext(lang, list))
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    rows = [r for p in view.section_pages for r in p.field_rows()]
    shown = next(r for r in rows if r.isVisible() and r.item.hint is not None)
    hidden = next(r for r in rows if not r.isVisible())
    shown.show_error("Vul een telefoonnummer in.")
    shown.show_error("Vul een telefoonnummer in.")  # the same problem again: said once
    hidden.show_error("Vul dit nog in.")  # on another section: not said
    assert [text for text, _, _ in heard] == ["Vul een telefoonnummer in."]
    assert shown.binder.widget.accessibleDescription() == "Vul een telefoonnummer in."
    shown.show_error(None)  # the hint again, in the form's language
    assert (
        shown.binder.widget.accessibleDescription() == {"nl": "Je naam.", "en": "Your name."}[lang]
    )


@pytest.mark.parametrize(
    ("lang", "not_filled", "nothing"),
    [
        ("nl", "nog niet ingevuld", "niets te bespreken"),
        ("en", "not filled in yet", "nothing to discuss"),
    ],
)
def test_an_empty_cell_of_the_comparison_is_read_as_empty(qtbot, lang, not_filled, nothing):
    """The AT-SPI walk found five cells without a name: a screen reader said nothing there.
    An empty answer is "not filled in yet"; an empty "Om te bespreken" is "nothing to discuss"."""
    from samenplan.domain.triad import compare
    from samenplan.ui.triad_view import ComparisonModel

    dossier = shipped.demo_dossier()
    form = shipped.forms()["triadekaart"]
    model = ComparisonModel(compare(dossier, form), dossier, form, lang)
    points = model.columnCount() - 1
    cells = [model.index(r, c) for r in range(model.rowCount()) for c in range(model.columnCount())]
    empty = [i for i in cells if not model.data(i)]
    said = {
        (i.column() == points, model.data(i, Qt.ItemDataRole.AccessibleTextRole)) for i in empty
    }
    assert said == {(False, not_filled), (True, nothing)}  # the demo has both kinds
    filled = next(i for i in cells if model.data(i))
    assert model.data(filled, Qt.ItemDataRole.AccessibleTextRole) == model.data(filled)
