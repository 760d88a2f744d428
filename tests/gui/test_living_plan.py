"""The WRAP and crisiskaart as living plans, on screen: versions and review, filling one plan
from the other, where a person or medicine is used, and what to do after a crisis."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QComboBox, QLabel, QProgressBar, QPushButton

from samenplan import shipped
from samenplan.domain.dossier import add_months
from samenplan.ui.home import DossierHome
from samenplan.ui.main import MainWindow
from samenplan.ui.versions import VersionsPage

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot):
    window = MainWindow(shipped.forms(), None, None, "nl", shipped.demo_dossier)
    qtbot.addWidget(window)
    window.start(demo=True)
    window.show()
    return window


def home(window) -> DossierHome:
    found = window.stack.currentWidget().findChild(DossierHome)
    assert found is not None
    return found


def versions(window) -> VersionsPage:
    found = window.stack.currentWidget().findChild(VersionsPage)
    assert found is not None
    return found


def test_with_no_version_kept_the_page_says_so(qtbot):
    dossier = shipped.demo_dossier()
    dossier.document("wrap").history.clear()
    window = MainWindow(shipped.forms(), None, None, "nl", lambda: dossier)
    qtbot.addWidget(window)
    window.open_demo()
    window.show_versions("wrap")
    page = versions(window)
    # nothing to compare: the page says so instead of comparing now with now
    assert not page.none_yet.isHidden() and page.none_yet.text().startswith("Er is nog geen versie")
    assert page.list.isHidden() and page.picking.isHidden() and page.put_back.isHidden()
    page.keep.click()
    assert page.none_yet.isHidden() and not page.list.isHidden()
    assert page.list.item(0).text() == "Geen verschillen."


def test_keep_a_version_compare_it_with_now_and_put_an_old_answer_back(window):
    home(window).findChild(QPushButton, "versions_wrap").click()
    page = versions(window)
    # the demo kept a version in March: it is compared with now at once
    march = "versie van 12-03-2026"
    assert page.none_yet.isHidden() and not page.list.isHidden()
    assert [page.older.itemText(i) for i in range(page.older.count())] == [march]
    shown = [page.list.item(i).text() for i in range(page.list.count())]
    assert any("was: Een rondje om het huis lopen\nnu: Wandelen in het park" in t for t in shown)
    assert any(t.startswith("Nieuw — Vijf sleutels voor herstel") for t in shown)
    page.keep.click()
    assert page.kept.text() == f"De versie van {dt.date.today():%d-%m-%Y} is bewaard."
    day = f"versie van {dt.date.today():%d-%m-%Y}"
    assert [page.older.itemText(i) for i in range(page.older.count())] == [march, day]
    assert [page.newer.itemText(i) for i in range(page.newer.count())] == [
        march, day, "zoals het nu is",
    ]  # fmt: skip
    assert page.list.item(0).text() == "Geen verschillen."
    page.keep.click()
    assert page.kept.text().startswith("Er is niets veranderd")
    plan = window.document.dossier.document("wrap")
    assert len(plan.history) == 2 and plan.status == "final"

    answers = plan.answers
    tool = next(answers.root().find_all("hulpmiddel"))
    next(n for n in tool.children if n.id == "hulpmiddel_naam").value = "Fietsen"
    next(answers.root().find_all("elke_dag")).value = [{"ref": tool.key}, "Vroeg opstaan"]
    window.show_versions("wrap")
    page = versions(window)
    texts = [page.list.item(i).text() for i in range(page.list.count())]
    assert (
        "Veranderd — Mijn gereedschapskist › Iets wat me helpt › Wat helpt je?\n"
        "was: Wandelen in het park\nnu: Fietsen"
    ) in texts
    daily = next(t for t in texts if "Wat moet je elke dag doen" in t)
    assert daily.startswith("Veranderd — Dagelijks onderhoud › ")
    # the picked tool kept its place in the list (renamed); the rest in plain words
    assert daily.endswith(
        "\neraf: Op tijd naar bed; Drie keer per dag eten; Mijn medicijnen innemen"
        "\nerbij: Vroeg opstaan"
    )

    assert not page.put_back.isEnabled()  # nothing chosen yet
    page.list.setCurrentRow(texts.index(daily))
    assert page.put_back.isEnabled()
    page.put_back.click()
    restored = window.document.dossier.document("wrap").answers.get("elke_dag")
    assert restored[-1] == "Mijn medicijnen innemen" and "Vroeg opstaan" not in restored
    assert window.document.dirty or window.document.demo
    still = [page.list.item(i).text() for i in range(page.list.count())]
    assert not any("Wat moet je elke dag doen" in t for t in still)
    page.newer.setCurrentIndex(1)  # the version against itself: nothing to compare or put back
    assert [page.list.item(i).text() for i in range(page.list.count())] == [
        "Dit is twee keer dezelfde versie. Kies twee verschillende versies."
    ]
    assert not page.put_back.isEnabled()


def test_still_good_and_the_review_interval_from_the_overview(window):
    plan = window.document.dossier.document("crisiskaart")
    home(window).findChild(QPushButton, "still_good_crisiskaart").click()
    today = dt.date.today()
    assert plan.reviewed == today and plan.review_by == add_months(today, 12)
    assert window.statusBar().currentMessage() == (
        f"Fijn. Nakijken is nu pas weer nodig vóór {add_months(today, 12):%d-%m-%Y}."
    )
    labels = [label.text() for label in home(window).findChildren(QLabel)]
    assert f"Nakijken vóór {add_months(today, 12):%d-%m-%Y}" in labels
    every = home(window).findChild(QComboBox, "review_every_crisiskaart")
    assert every.currentText() == "elke 12 maanden"
    every.activated.emit(1)  # as if the person chose "elke 6 maanden"
    assert plan.review_by == add_months(today, 6)
    every = home(window).findChild(QComboBox, "review_every_crisiskaart")
    assert every.currentText() == "elke 6 maanden"


def test_the_crisiskaart_is_started_from_the_wrap_after_a_preview(qtbot):
    from samenplan.ui import dialogs

    def without_crisiskaart():
        dossier = shipped.demo_dossier()
        dossier.documents = [d for d in dossier.documents if d.form != "crisiskaart"]
        return dossier

    window = MainWindow(shipped.forms(), None, None, "nl", without_crisiskaart)
    qtbot.addWidget(window)
    window.start(demo=True)
    asked: list[str] = []
    answers = [False, True]
    dialogs.answer_hook = lambda kind, text: (asked.append(text), answers.pop(0))[1]
    try:
        button = home(window).findChild(QPushButton, "fill_crisiskaart")
        assert button.text() == "Lege delen invullen uit Mijn herstel- en actieplan (WRAP)…"
        button.click()  # the preview, then "no": nothing happens
        assert window.document.dossier.document("crisiskaart") is None
        preview = asked[0]
        assert preview.startswith("Dit wordt ingevuld in Mijn crisisplan en crisiskaart:\n")
        assert "• Wat moeten anderen wel doen?  (uit: Wat helpt als anderen het doen?)" in preview
        assert "Dit blijft zoals het is" not in preview  # nothing there yet to keep
        home(window).findChild(QPushButton, "fill_crisiskaart").click()
    finally:
        dialogs.answer_hook = None
    crisis = window.document.dossier.document("crisiskaart")
    wrap = window.document.dossier.document("wrap")
    assert crisis.answers.get("wel_doen") == wrap.answers.get("hulp_helpt")
    assert (
        window.statusBar()
        .currentMessage()
        .endswith("vragen ingevuld uit Mijn herstel- en actieplan (WRAP).")
    )
    assert home(window).findChild(QProgressBar) is not None  # the plan shows as started


def test_a_person_in_use_is_not_removed_and_editing_says_where_they_are(window):
    from samenplan.domain.dossier import Person
    from samenplan.ui import dialogs
    from samenplan.ui.people import PeoplePage

    dossier = window.document.dossier
    dossier.people.append(Person("p-los", "Los Iemand"))
    window.show_people()
    page = window.stack.currentWidget().findChild(PeoplePage)
    said: list[tuple[str, str]] = []
    answers: list[object] = []
    dialogs.answer_hook = lambda kind, text: (said.append((kind, text)), answers.pop(0))[1]
    try:
        page.table.selectRow(next(i for i, p in enumerate(dossier.people) if p.id == "p-jesse"))
        answers.append(None)
        page.findChild(QPushButton, "people_remove").click()
        kind, text = said[-1]
        assert kind == "inform" and text.startswith("Jesse Hoekstra staat nog in:\n")
        assert "• Triadekaart: deelnemer (naaste)" in text
        assert any(p.id == "p-jesse" for p in dossier.people)  # still there
        answers.append(None)  # the person dialog, cancelled
        page.findChild(QPushButton, "people_edit").click()
        kind, text = said[-1]
        assert kind == "person" and text.startswith("Deze persoon staat ook in:\n• ")
        assert text.endswith("Wat je hier verandert, verandert daar ook.")
        page.table.selectRow(len(dossier.people) - 1)  # not used anywhere: may go
        answers.append(True)
        page.findChild(QPushButton, "people_remove").click()
        assert said[-1][0] == "confirm"
        assert all(p.id != "p-los" for p in dossier.people)
    finally:
        dialogs.answer_hook = None


def test_after_a_crisis_the_learning_is_kept_and_its_place_opened(window):
    from samenplan.ui.formview.form import FormView
    from samenplan.ui.post_crisis import PostCrisisPage

    home(window).findChild(QPushButton, "post_crisis").click()
    page = window.stack.currentWidget().findChild(PostCrisisPage)
    assert page.text.toPlainText() == window.document.dossier.document("wrap").answers.get(
        "nacrisis_geleerd"
    )
    assert [b.text() for b in page.places][:2] == [
        "Mijn herstel- en actieplan (WRAP): Triggers",
        "Mijn herstel- en actieplan (WRAP): Vroege waarschuwingstekens",
    ]
    page.text.setPlainText("Slecht slapen is bij mij een vroeg teken.")
    page.findChild(QPushButton, "post_crisis_wrap_waarschuwing").click()
    wrap = window.document.dossier.document("wrap")
    assert wrap.answers.get("nacrisis_geleerd") == "Slecht slapen is bij mij een vroeg teken."
    form = window.stack.currentWidget().findChild(FormView)
    assert form is not None and form.form.id == "wrap"
    assert form.form.sections()[form.pages.currentIndex()].id == "waarschuwing"
