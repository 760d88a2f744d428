"""The consultant's dossier table: the empty first list, buttons that need a choice, sorting,
filtering as you type and by the quick filters, an overdue review in words and colour, Enter
opens, Delete asks, names out of the title, and export + import from the table."""

from __future__ import annotations

import datetime as dt
import json
import os

import pytest
from PySide6.QtCore import Qt

from samenplan import shipped
from samenplan.domain.dossier import add_months
from samenplan.ui import dialogs, look
from samenplan.ui.dossier_table import CARD, NAME, REVIEW
from samenplan.ui.dossiers import DossierListPage
from samenplan.ui.home import DossierHome
from samenplan.vault.profiles import ProfileStore
from samenplan.workspace.overview import card_made
from samenplan.workspace.unlocked import Unlocked
from tests.gui.test_app import current, fast_kdf, make_window, unlock  # noqa: F401
from tests.vaulthelp import FAST, PASSPHRASE

pytestmark = pytest.mark.gui
TODAY = dt.date.today()
LONG_AGO = add_months(TODAY, -14)  # reviewed then: due 2 months ago


@pytest.fixture
def said():
    """Answers in order; what was shown (inform) and asked (every other kind) is kept."""

    class Said(list):
        shown: list[str]
        asked: list[tuple[str, str]]

    answers = Said()
    answers.shown, answers.asked = [], []

    def hook(kind, text):
        if kind == "inform":
            answers.shown.append(text)
            return None
        answers.asked.append((kind, text))
        return answers.pop(0)

    dialogs.answer_hook = hook
    yield answers
    dialogs.answer_hook = None


def client(dossier_id: str, name: str, reviewed: dt.date):
    """A demo-like dossier (fictional) whose plans were last reviewed on `reviewed`."""
    dossier = shipped.demo_dossier()
    dossier.id, dossier.title = dossier_id, name
    for document in dossier.documents:
        document.reviewed, document.review_by = reviewed, add_months(reviewed, 12)
    return dossier


def profile_with(data_dir, dossiers, cards=()):
    store = ProfileStore(data_dir)
    store.create("Consulent", PASSPHRASE, FAST)
    with store.open("Consulent") as profile, Unlocked(profile.unlock(PASSPHRASE)) as session:
        for dossier in dossiers:
            session.add(dossier)
        for dossier_id in cards:
            card_made(session, dossier_id, "crisis", TODAY)


def table_page(qtbot, tmp_path, dossiers, cards=()) -> tuple[object, DossierListPage]:
    profile_with(tmp_path, dossiers, cards)
    window = make_window(qtbot, tmp_path)
    window.start()
    unlock(qtbot, window)
    page = current(window)
    assert isinstance(page, DossierListPage)
    return window, page


def names(page: DossierListPage) -> list[str]:
    model = page.model
    return [model.index(r, NAME).data() for r in range(model.rowCount())]


THREE = [
    ("c-anna", "Anna Jansen", LONG_AGO),
    ("c-bram", "Bram de Boer", TODAY),
    ("c-cas", "Cas Visser", add_months(TODAY, -6)),
]


def three(qtbot, tmp_path, cards=("c-bram",)):
    return table_page(qtbot, tmp_path, [client(*c) for c in THREE], cards)


def test_the_first_list_says_what_to_do_and_buttons_wait_for_a_choice(qtbot, tmp_path, said):
    _window, page = table_page(qtbot, tmp_path, [])
    assert page.empty.isVisible() and not page.table.isVisible()
    assert page.empty.text() == "Nog geen dossiers. Maak er een met 'Nieuw dossier'."
    for key in ("dossier_open", "dossier_rename", "dossier_delete", "dossier_export"):
        assert not page.buttons[key].isEnabled(), key
    assert page.buttons["dossier_new"].isEnabled() and page.buttons["dossier_import"].isEnabled()


def test_a_new_dossier_asks_for_whom_and_fills_in_je_naam(qtbot, tmp_path, said):
    window, page = table_page(qtbot, tmp_path, [])
    said.append("Sanne de Wit")
    page.buttons["dossier_new"].click()
    assert said.asked == [("text", "Voor wie is dit dossier? (naam)")]
    qtbot.waitUntil(lambda: isinstance(current(window).findChild(DossierHome), DossierHome))
    crisis = window.document.dossier.document("crisiskaart")
    assert crisis is not None and crisis.answers.get("naam") == "Sanne de Wit"
    stored = window.session_service.session.read(window.document.dossier.id).dossier
    assert stored.document("crisiskaart").answers.get("naam") == "Sanne de Wit"


def test_buttons_follow_the_selection(qtbot, tmp_path):
    _window, page = three(qtbot, tmp_path)
    assert page.buttons["dossier_open"].isEnabled()  # the first row is chosen
    page.table.clearSelection()
    assert not page.buttons["dossier_open"].isEnabled()
    assert not page.buttons["dossier_delete"].isEnabled()
    page.table.selectRow(1)
    assert page.buttons["dossier_delete"].isEnabled()


def test_overdue_is_said_in_words_and_colour_and_sorts_first(qtbot, tmp_path):
    _window, page = three(qtbot, tmp_path)
    assert names(page) == ["Anna Jansen", "Bram de Boer", "Cas Visser"]
    page.table.horizontalHeader().sectionClicked.emit(REVIEW)  # as a click on the header
    page.table.sortByColumn(REVIEW, Qt.SortOrder.AscendingOrder)
    assert names(page) == ["Anna Jansen", "Cas Visser", "Bram de Boer"]
    due = add_months(LONG_AGO, 12)
    months = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
    cell = page.model.index(0, REVIEW)
    assert cell.data() == f"verlopen sinds {due.day} {months[due.month - 1]} {due.year}"
    assert cell.data(Qt.ItemDataRole.ForegroundRole).color().name() == look.COLOURS["overdue"]
    fine = page.model.index(2, REVIEW)
    assert fine.data().startswith("vóór ") and fine.data(Qt.ItemDataRole.ForegroundRole) is None
    page.table.sortByColumn(REVIEW, Qt.SortOrder.DescendingOrder)
    assert names(page) == ["Bram de Boer", "Cas Visser", "Anna Jansen"]


def test_filter_by_typing_and_by_the_quick_filters(qtbot, tmp_path):
    _window, page = three(qtbot, tmp_path)
    qtbot.keyClicks(page.search, "de b")
    assert names(page) == ["Bram de Boer"]
    assert page.count.text() == "1 van 3 dossiers"
    page.search.clear()
    page.overdue.click()
    assert names(page) == ["Anna Jansen"]
    page.no_card.click()
    assert names(page) == ["Anna Jansen"]
    page.overdue.click()
    assert names(page) == ["Anna Jansen", "Cas Visser"]  # Bram's card was made
    assert page.model.index(0, CARD).data() == "nog niet gemaakt"
    qtbot.keyClicks(page.search, "zzz")
    assert page.none_shown.isVisible() and not page.buttons["dossier_open"].isEnabled()
    assert page.none_shown.text().startswith("Geen dossiers die hierbij passen.")
    assert page.table.isVisible() and page.count.text() == "0 van 3 dossiers"  # nothing moves
    page.search.clear()
    assert not page.none_shown.isVisible() and page.buttons["dossier_open"].isEnabled()


def test_typing_keeps_the_sort_order_the_chosen_dossier_and_the_column_widths(qtbot, tmp_path):
    _window, page = three(qtbot, tmp_path)
    page.table.sortByColumn(REVIEW, Qt.SortOrder.DescendingOrder)
    assert names(page) == ["Bram de Boer", "Cas Visser", "Anna Jansen"]
    page.table.selectRow(2)
    page.table.setColumnWidth(NAME, 333)
    qtbot.keyClicks(page.search, "s")  # Bram de Boer has no s
    assert names(page) == ["Cas Visser", "Anna Jansen"]
    assert page.current() is not None and page.current().title == "Anna Jansen"
    assert page.table.columnWidth(NAME) == 333
    qtbot.keyClicks(page.search, " v")  # "s v": Anna goes, the first shown is chosen
    assert names(page) == ["Cas Visser"] and page.current().title == "Cas Visser"
    page.search.clear()
    assert names(page) == ["Bram de Boer", "Cas Visser", "Anna Jansen"]
    assert page.current().title == "Cas Visser"


def test_enter_opens_the_chosen_dossier(qtbot, tmp_path):
    window, page = three(qtbot, tmp_path)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert window.document is not None and window.document.dossier.id == "c-bram"
    assert isinstance(current(window).findChild(DossierHome), DossierHome)


def test_delete_key_asks_first_and_cancel_keeps_the_dossier(qtbot, tmp_path, said):
    window, page = three(qtbot, tmp_path)
    page.table.setFocus()
    said.append(False)  # Cancel, the default button of every question (dialogs.confirm)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert said.asked == [
        ("confirm", "Wil je het dossier van Anna Jansen echt verwijderen? "
                    "Dit kan niet ongedaan worden.")
    ]  # fmt: skip
    assert [d.id for d in window.session_service.dossiers()] == ["c-anna", "c-bram", "c-cas"]
    said.append(True)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: len(window.session_service.dossiers()) == 2)
    qtbot.waitUntil(lambda: names(current(window)) == ["Bram de Boer", "Cas Visser"])


def test_the_title_keeps_the_name_out_when_the_setting_is_on(qtbot, tmp_path):
    window, _page = three(qtbot, tmp_path)
    window.open_dossier("c-anna")
    assert window.windowTitle() == "samenplan — Anna Jansen"
    window.findChild(type(window.menus.remember), "action_hide_names").trigger()
    assert window.windowTitle() == "samenplan"
    assert window.config.get("ui/hide_names") is True
    window.show_dossiers()
    window.open_dossier("c-bram")
    assert window.windowTitle() == "samenplan"


def test_export_and_import_from_the_table(qtbot, tmp_path, said):
    window, page = three(qtbot, tmp_path / "data")
    out = tmp_path / "anna.json"
    said.extend([True, str(out)])  # the warning: go on; where
    page.buttons["dossier_export"].click()
    assert (
        said.asked[0][0] == "confirm"
        and "wie dit bestand vindt, kan het lezen" in (said.asked[0][1])
    )
    assert os.stat(out).st_mode & 0o777 == 0o600
    assert json.loads(out.read_text())["dossier"]["title"] == "Anna Jansen"
    assert said.shown[-1] == f"Het dossier van Anna Jansen staat nu in {out}."

    said.append(True)
    page.buttons["dossier_delete"].click()
    qtbot.waitUntil(lambda: len(names(current(window))) == 2)
    page = current(window)
    said.append(str(out))
    page.buttons["dossier_import"].click()
    qtbot.waitUntil(lambda: len(names(current(window))) == 3, timeout=5_000)
    assert said.shown[-1] == "Het dossier 'Anna Jansen' is ingelezen."
    assert names(current(window))[0] == "Anna Jansen"
    # the same file again: one sentence, nothing changed
    said.append(str(out))
    current(window).buttons["dossier_import"].click()
    qtbot.waitUntil(lambda: said.shown[-1].startswith("Dit dossier staat al"), timeout=5_000)


def test_an_unreadable_import_is_one_sentence(qtbot, tmp_path, said):
    _window, page = three(qtbot, tmp_path / "data")
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "iets anders"}')
    said.append(str(bad))
    page.buttons["dossier_import"].click()
    assert len(said.shown) == 1 and said.shown[0].startswith("Dit bestand is geen samenplan")


def test_hand_over_and_take_in_with_a_shared_passphrase(qtbot, tmp_path, said):
    _window, page = three(qtbot, tmp_path / "data")
    out = tmp_path / "anna.age"
    said.extend([(None, "gedeeld geheim 42"), str(out)])
    page.buttons["dossier_handover"].click()
    qtbot.waitUntil(lambda: bool(said.shown), timeout=20_000)
    assert said.shown[-1].startswith(f"Het overdrachtsbestand van Anna Jansen staat nu in {out}.")
    assert os.stat(out).st_mode & 0o777 == 0o600 and b"Anna" not in out.read_bytes()

    other = tmp_path / "client"
    store = ProfileStore(other)
    store.create("Anna", PASSPHRASE, FAST)
    window2 = make_window(qtbot, other)
    window2.start()
    unlock(qtbot, window2)
    said.extend([str(out), "gedeeld geheim 42", True])  # file, passphrase, trust the sender
    current(window2).buttons["dossier_import"].click()
    qtbot.waitUntil(lambda: names(current(window2)) == ["Anna Jansen"], timeout=20_000)
    assert "vingerafdruk" in said.asked[-1][1]


def test_the_largest_text_fits_rows_columns_and_buttons_without_widening_the_window(
    qtbot, tmp_path
):
    window, page = three(qtbot, tmp_path)
    width, row = window.width(), page.table.verticalHeader().defaultSectionSize()
    window.change_text_size(20)  # Ctrl + to the end
    qtbot.waitUntil(lambda: page.table.verticalHeader().defaultSectionSize() > row)
    metrics = page.table.fontMetrics()
    assert page.table.verticalHeader().defaultSectionSize() >= metrics.height() + 8
    words = page.model.index(0, REVIEW).data()
    assert page.table.columnWidth(REVIEW) >= metrics.horizontalAdvance(words)
    assert window.width() == width
    buttons = [page.buttons[k].geometry() for k in ("dossier_open", "dossier_import")]
    assert all(page.rect().contains(b) for b in buttons)
