"""A complete crisiskaart filled in with the keyboard alone, from the first run to the last
section: Tab, Shift+Tab, typing, arrow keys, Space and Enter only; no mouse, no setText."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
)

from samenplan import shipped
from samenplan.config import Config
from samenplan.formkit.validate import validate
from samenplan.ui import dialogs
from samenplan.ui.dossiers import DossierListPage
from samenplan.ui.formview.form import FormView
from samenplan.ui.main import MainWindow
from samenplan.ui.welcome import RecoveryCodePage
from samenplan.vault.profiles import ProfileStore
from samenplan.workspace.profiles import Profiles
from tests.vaulthelp import FAST

pytestmark = pytest.mark.gui

PASS = "vier losse woorden hier"


def focus():
    widget = QApplication.focusWidget()
    assert widget is not None, "keyboard focus was lost"
    return widget


def press(qtbot, key, text=None):
    widget = focus()
    if text is not None:
        qtbot.keyClicks(widget, text)
    else:
        qtbot.keyClick(widget, key)


def tab_to(qtbot, predicate, limit=400):
    for _ in range(limit):
        if predicate(focus()):
            return focus()
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError("never reached the wanted control with Tab")


@pytest.fixture
def hooks(monkeypatch):
    monkeypatch.setattr("samenplan.vault.profiles.calibrate", lambda: FAST)
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    people = iter(range(100))

    def answer(kind, _text):
        # QInputDialog / the person dialog are keyboard-operable Qt dialogs; their answers
        # are given here so the test can go on without a second event loop.
        if kind == "text":
            return "Toets Bord"
        if kind == "person":
            n = next(people)
            return {"name": f"Persoon {n}", "relation": "buur", "phone": f"06-0000000{n}",
                    "email": "", "organisation": "", "availability": ""}  # fmt: skip
        return True

    dialogs.answer_hook = answer
    yield
    dialogs.answer_hook = None


def fill_current_page(qtbot, view: FormView, filled: set[str]) -> None:
    """Tab through one section, answering every control until the Back/Next buttons."""
    page = view.pages.currentWidget()
    added: set[int] = set()
    for _ in range(600):
        widget = focus()
        if widget in (view.back, view.next, view.later):
            return
        if not page.isAncestorOf(widget):
            press(qtbot, Qt.Key.Key_Tab)
            continue
        name = widget.objectName()
        if isinstance(widget, QLineEdit) and not widget.text():
            date = "date" in name or "datum" in name or widget.placeholderText() == "dd-mm-jjjj"
            press(qtbot, None, "01-02-2026" if date else "Toetsenbord")
        elif isinstance(widget, QPlainTextEdit) and not widget.toPlainText():
            press(qtbot, None, "Eerste punt")
        elif isinstance(widget, QComboBox) and widget.currentIndex() == 0:
            press(qtbot, Qt.Key.Key_Down)
        elif isinstance(widget, QCheckBox) and not widget.isChecked():
            press(qtbot, Qt.Key.Key_Space)
        elif (
            isinstance(widget, QPushButton)
            and widget.objectName().startswith("add_")
            and id(widget) not in added
        ):
            added.add(id(widget))
            press(qtbot, Qt.Key.Key_Space)  # one entry of each repeatable group / medicine
            continue
        owner = widget
        while owner is not None and not owner.objectName().startswith("field_"):
            owner = owner.parentWidget()
        if (owner is not None and owner.isAncestorOf(widget)) or owner is widget:
            filled.add(owner.objectName()[len("field_") :])
        press(qtbot, Qt.Key.Key_Tab)
    trail = []
    for _ in range(40):
        trail.append(
            f"{type(focus()).__name__}:{focus().objectName()}:{focus().accessibleName()[:30]}"
        )
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"the section never ended: {trail}")


def test_a_complete_crisiskaart_by_keyboard(qtbot, tmp_path, hooks):
    window = MainWindow(
        shipped.forms(),
        Profiles(ProfileStore(tmp_path)),
        Config(tmp_path),
        "nl",
        shipped.demo_dossier,
    )
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.start()

    # first run: name, passphrase twice, Enter
    press(qtbot, None, "Toets")
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, None, PASS)
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, None, PASS)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: isinstance(window.stack.currentWidget(), RecoveryCodePage), timeout=10_000
    )
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    code = window.stack.currentWidget().code.text()
    tab_to(qtbot, lambda w: w.objectName() == "recovery_to_check")
    press(qtbot, Qt.Key.Key_Space)  # "ik heb hem bewaard: nu controleren"
    press(qtbot, None, " ".join(code.split()).lower())  # typed back from paper
    press(qtbot, Qt.Key.Key_Return)  # it matches: on to "Verder"
    assert QApplication.focusWidget().objectName() == "continue"
    press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(
        lambda: isinstance(window.stack.currentWidget(), DossierListPage), timeout=10_000
    )

    # a new dossier, then its crisis plan
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    tab_to(qtbot, lambda w: w.objectName() == "dossier_new")
    press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.document is not None, timeout=10_000)  # stored, then opened
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    tab_to(qtbot, lambda w: w.objectName() == "open_crisiskaart")
    press(qtbot, Qt.Key.Key_Space)
    view = window.stack.currentWidget().findChild(FormView)
    assert view is not None

    filled: set[str] = set()
    sections = len(view.section_pages)
    for index in range(sections):
        assert view.pages.currentIndex() == index
        qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
        fill_current_page(qtbot, view, filled)
        if index < sections - 1:
            tab_to(qtbot, lambda w: w is view.next)
            press(qtbot, Qt.Key.Key_Space)
    tab_to(qtbot, lambda w: w is view.later)
    press(qtbot, Qt.Key.Key_Space)  # "Opslaan en later verder"

    session = window.session_service.session
    [info] = session.dossiers()
    dossier = session.read(info.id).dossier
    document = dossier.document("crisiskaart")
    form = shipped.forms()["crisiskaart"]
    assert validate(form, document.answers) == []  # every required answer is there
    answerable = {i.id for i in form.walk() if i.type.answerable}
    hidden_only = {"medicatie_nu", "zelfbinding_waar", "akkoord_datum"}  # need a "yes" first
    missing = answerable - filled - hidden_only
    assert not missing, f"never reached by keyboard: {sorted(missing)}"
    assert document.answers.get("naam") == "Toets Bord"  # filled in from the new dossier
    people = {p.id for p in dossier.people}
    person_items = [i.id for i in form.walk() if i.type.value == "person"]
    chosen = [n.value for i in person_items for n in document.answers.root().find_all(i)]
    assert chosen and set(chosen) <= people  # people chosen from the registry, by keyboard
