"""The whole app in the pseudo-language (`--lang qps`): every sentence accented, 40 % longer
and in brackets. A walk over the main screens (home, every page of each plan, a member's
triad card, the comparison, the people page, the card, the versions, first run and unlock),
the menus and the main dialogs finds

- no visible text outside the brackets: each one came through the catalogue, Qt Linguist or
  the forms (allowed: the demo dossier's own words, numbers and a few brand words);
- no clipped label or button (text_size.problems: a widget smaller than its size hint);
- no crash.

The checks are tried on a page with a plain Dutch word and a cut label first, so they can fail.
"""

from __future__ import annotations

import contextlib
import json
import re
from collections.abc import Iterator

import pytest
import pytestqt.exceptions
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QTabBar,
    QTableView,
    QTreeView,
    QWidget,
)

from samenplan import shipped, words
from samenplan.config import Config
from samenplan.resources import resource
from samenplan.ui import dialogs
from samenplan.ui.about import AboutDialog
from samenplan.ui.exchange import SendDialog
from samenplan.ui.formview.form import FormView
from samenplan.ui.main import MainWindow
from samenplan.ui.people import PeoplePage
from samenplan.ui.pseudo import PseudoTranslator
from samenplan.ui.secrets import ChangePassphraseDialog
from samenplan.ui.unlock import UnlockPage
from samenplan.ui.welcome import WelcomePage
from samenplan.vault.profiles import ProfileInfo
from tests.gui.test_text_size import _shown, problems

QPS = words.PSEUDO
SIZE = (1200, 860)
BRANDS = {"samenplan", "wrap", "pdf", "png", "json", "usb", "qt", "id", "ok", "age"}
PROFILES = ("Karin (consulent)", "Noor")  # names a person gave, on the unlock page
CODES = {"id", "role", "status", "person", "format", "form", "kind", "state", "lang"}
_BRACKETED = re.compile(r"\[[^\[\]]*\]")
_WORD = re.compile(r"[^\W\d_]+")


def _demo_words() -> set[str]:
    """Every word a person typed into the demo dossier (its codes and ids left out), the
    profile names of the unlock page, and each language's own name (the menu Taal)."""
    found = {word for name in PROFILES for word in _WORD.findall(name)}
    found.update(words.say("language_name", lang) for lang in words.languages())

    def walk(value: object, key: str = "") -> None:
        if isinstance(value, dict):
            for name, inner in value.items():
                walk(inner, name)
        elif isinstance(value, list):
            for inner in value:
                walk(inner, key)
        elif isinstance(value, str) and key not in CODES:
            found.update(_WORD.findall(value))

    walk(json.loads(resource("demo/dossier.json").read_text(encoding="utf-8")))
    return found


DEMO_WORDS = _demo_words()


def unbracketed(text: str) -> list[str]:
    """The words of `text` outside the pseudo-language's brackets that are not the demo's."""
    if "<" in text:
        text = QTextDocumentFragment.fromHtml(text).toPlainText()
    while _BRACKETED.search(text):
        text = _BRACKETED.sub(" ", text)
    return [
        word for word in _WORD.findall(text)
        if word not in DEMO_WORDS and word.lower() not in BRANDS
    ]  # fmt: skip


def shown_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every visible text in `root`: labels, buttons, group titles,
    placeholders, list items, tabs and column headings."""
    for widget in _shown(root):
        where = f"{type(widget).__name__}#{widget.objectName()}"
        if isinstance(widget, QLabel | QAbstractButton):
            yield where, widget.text()
        if isinstance(widget, QGroupBox):
            yield where, widget.title()
        if isinstance(widget, QLineEdit) and not widget.text():
            yield where, widget.placeholderText()
        if isinstance(widget, QComboBox):
            yield from ((where, widget.itemText(n)) for n in range(widget.count()))
        if isinstance(widget, QTabBar):
            yield from ((where, widget.tabText(n)) for n in range(widget.count()))
        if isinstance(widget, QTableView | QTreeView):
            header = (
                widget.horizontalHeader() if isinstance(widget, QTableView) else widget.header()
            )
            model = header.model()
            for column in range(header.count()):
                yield where, str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        if isinstance(widget, QListView) and widget.model() is not None:
            model = widget.model()  # a plain list: its items are words of the app
            for row in range(model.rowCount(QModelIndex())):
                yield where, str(model.index(row, 0).data() or "")


def left_out(root: QWidget) -> list[str]:
    return [
        f"{where}: {text[:70]!r} {found}"
        for where, text in shown_texts(root)
        if (found := unbracketed(text))
    ]


@pytest.fixture
def pseudo_app(qapp):
    """Qt's own words (standard buttons) in the pseudo-language too, as `--lang qps` does."""
    translator = PseudoTranslator(qapp)
    qapp.installTranslator(translator)
    yield qapp
    qapp.removeTranslator(translator)


@pytest.fixture
def asked(monkeypatch):
    """What the main dialogs would have said (dialogs.answer_hook), none opened for real."""
    said: list[str] = []

    def answer(kind: str, text: str) -> object:
        said.append(text)
        return None

    monkeypatch.setattr(dialogs, "answer_hook", answer)
    return said


@pytest.fixture
def window(qtbot, tmp_path, pseudo_app, asked):
    w = MainWindow(shipped.forms(), None, Config(tmp_path), QPS, shipped.demo_dossier)
    qtbot.addWidget(w)
    w.resize(*SIZE)
    w.show()
    qtbot.waitExposed(w)
    return w


def settled(qtbot, window: MainWindow) -> QWidget:
    """The current page once its layouts have caught up (a page built after another one can
    take a few rounds of events); a label clipped for good still shows in `problems`."""
    page = window.stack.currentWidget()
    with contextlib.suppress(pytestqt.exceptions.TimeoutError):
        qtbot.waitUntil(lambda: not problems(page), timeout=2000)
    return page


def test_the_checks_find_a_plain_word_and_a_cut_label(qtbot, pseudo_app):
    page = QWidget()
    qtbot.addWidget(page)
    page.resize(400, 200)
    QLabel(words.pseudo("Opslaan"), page).setGeometry(0, 0, 300, 30)
    QLabel("Opslaan", page).setGeometry(0, 40, 300, 30)
    QLabel(words.pseudo("Een zin die veel te lang is voor zijn plek"), page).setGeometry(
        0, 80, 60, 30
    )
    page.show()
    qtbot.waitExposed(page)
    assert left_out(page) == ["QLabel#: 'Opslaan' ['Opslaan']"]
    assert any("needs" in p for p in problems(page))
    assert unbracketed("[Tríádékáárt váñ Ellen Bakker····]") == []
    assert unbracketed("Ellen Bakker (Bewaren)") == ["Bewaren"]


def _screens(window: MainWindow) -> Iterator[str]:
    """Shows each main screen in turn; yields its name."""
    window.open_demo()
    yield "home"
    for form_id in ("crisiskaart", "wrap"):
        window.open_plan(form_id)
        view = window.stack.currentWidget().findChild(FormView)
        for n, section in enumerate(window.forms[form_id].sections()):
            view.go_to(n)  # as "Volgende" does
            yield f"{form_id}/{section.id}"
    dossier = window.document.dossier
    for member in dossier.members:
        window.open_member_card(member.person)
        yield f"member card {member.role}"
    window.show_comparison()
    yield "comparison"
    window.show_people()
    people = window.stack.currentWidget().findChild(PeoplePage)
    for row in range(people.table.rowCount()):  # asks (answer_hook) or says why not
        people.table.selectRow(row)
        people.remove()
    yield "people"
    for kind in ("crisis", "wrap"):
        window.show_card(kind)
        yield f"card {kind}"
    window.show_versions("wrap")
    yield "versions"
    window.show_post_crisis()
    yield "post crisis"


def test_every_main_screen_speaks_the_pseudo_language_unclipped(qtbot, window, asked):
    seen, found = [], []
    for name in _screens(window):
        page = settled(qtbot, window)
        seen.append(name)
        found += [f"{name}: {p}" for p in left_out(page)]
        found += [f"{name}: {p}" for p in problems(page)]
    assert len(seen) > 25  # every page of both plans was visited
    menus = [a.text() for m in window.menuBar().findChildren(QMenu) for a in m.actions()]
    menus += [a.text() for a in window.menuBar().actions()]
    found += [f"menu: {text!r}" for text in menus if text and unbracketed(text)]
    assert len(asked) >= 3  # the main questions were asked, through dialogs.answer_hook
    found += [f"dialog: {text!r}" for text in asked if unbracketed(text)]
    assert found == [], "\n".join(found)


def test_first_run_unlock_and_the_main_dialogs_in_the_pseudo_language(qtbot, window):
    found = []
    window.show_page(lambda: WelcomePage(QPS, keyring_usable=False))
    found += left_out(settled(qtbot, window)) + problems(window.stack.currentWidget())
    people = [ProfileInfo(n * 32, name) for n, name in zip("ab", PROFILES, strict=True)]
    window.show_page(lambda: UnlockPage(QPS, people, "a" * 32))
    found += left_out(settled(qtbot, window)) + problems(window.stack.currentWidget())
    window.open_demo()
    crisis = window.forms["crisiskaart"]
    window.open_plan("crisiskaart", section=[s.id for s in crisis.sections()].index("bejegening"))
    form = settled(qtbot, window).findChild(FormView)
    assert form is not None
    shown: list[QDialog] = [
        form.field("wel_doen").open_help(QPS),
        SendDialog(window, "Ellen Bakker", QPS),
        ChangePassphraseDialog(window, QPS, ["Karin (consulent)"]),
        AboutDialog(window, QPS),
    ]
    for dialog in shown:
        dialog.show()
        qtbot.waitExposed(dialog)
        found += [f"{type(dialog).__name__}: {p}" for p in left_out(dialog) + problems(dialog)]
        dialog.close()
    assert found == [], "\n".join(found)
