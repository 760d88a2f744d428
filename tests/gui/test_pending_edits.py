"""An edit that is still waiting for its autosave, followed at once by rename, delete, lock
or quit: nothing is lost and nothing old comes back. And undo that outlives the page it was
made on (a language switch builds every page again) and covers people and members."""

from __future__ import annotations

import pytest

from samenplan import shipped
from samenplan.services.documents import AUTOSAVE_MS
from samenplan.ui.formview.form import FormView
from samenplan.ui.home import DossierHome
from samenplan.ui.main import MainWindow
from samenplan.ui.people import PeoplePage
from samenplan.vault.profiles import ProfileStore
from samenplan.workspace.unlocked import Unlocked
from tests.gui.test_app import answers, current, fast_kdf, make_client_profile, make_window, unlock
from tests.vaulthelp import PASSPHRASE

pytestmark = pytest.mark.gui
__all__ = ["answers", "fast_kdf"]  # fixtures used by name

TYPED = "Getypt vlak voor"


def stored(tmp_path):
    """The profile's dossiers as stored, read afresh after the window let go of the profile."""
    with (
        ProfileStore(tmp_path).open("Ava") as profile,
        Unlocked(profile.unlock(PASSPHRASE)) as unlocked,
    ):
        return {info.id: unlocked.read(info.id).dossier for info in unlocked.dossiers()}


def titles_on_screen(window) -> str:
    """The dossier table's names, when the table is on screen."""
    from samenplan.ui.dossiers import DossierListPage

    page = current(window)
    if not isinstance(page, DossierListPage):
        return ""
    model = page.model
    return " ".join(str(model.data(model.index(row, 0))) for row in range(model.rowCount()))


def type_pending(qtbot, tmp_path):
    """A window on the client's crisiskaart with a name typed, its autosave not yet run."""
    make_client_profile(tmp_path)
    window = make_window(qtbot, tmp_path)
    window.start()
    unlock(qtbot, window)
    window.open_plan("crisiskaart")
    form = current(window).findChild(FormView)
    form.field("naam").binder.widget.setText(TYPED)
    assert window.document.dirty and window.document.timer.isActive()
    return window


def test_an_edit_then_rename_keeps_both(qtbot, tmp_path):
    window = type_pending(qtbot, tmp_path)
    window.show_dossiers()
    window.rename_dossier("c1", "Nieuwe naam")
    qtbot.waitUntil(lambda: "Nieuwe naam" in titles_on_screen(window), timeout=30_000)
    qtbot.wait(AUTOSAVE_MS + 500)  # a late autosave must not put the old name back
    window.lock()
    [dossier] = stored(tmp_path).values()
    assert dossier.title == "Nieuwe naam"
    assert dossier.document("crisiskaart").answers.get("naam") == TYPED


def test_an_edit_then_delete_does_not_bring_the_dossier_back(qtbot, tmp_path):
    window = type_pending(qtbot, tmp_path)
    window.show_dossiers()
    window.delete_dossier("c1")
    qtbot.waitUntil(lambda: "Dossier 0" not in titles_on_screen(window), timeout=10_000)
    qtbot.wait(AUTOSAVE_MS + 500)
    window.lock()
    assert stored(tmp_path) == {}


def test_an_edit_then_lock_is_stored(qtbot, tmp_path):
    window = type_pending(qtbot, tmp_path)
    window.lock()
    assert window.document is None and window.session_service.session is None
    assert stored(tmp_path)["c1"].document("crisiskaart").answers.get("naam") == TYPED


def test_an_edit_then_quit_is_stored(qtbot, tmp_path):
    window = type_pending(qtbot, tmp_path)
    window.close()
    assert stored(tmp_path)["c1"].document("crisiskaart").answers.get("naam") == TYPED


@pytest.fixture
def demo(qtbot):
    window = MainWindow(shipped.forms(), None, None, "nl", shipped.demo_dossier)
    qtbot.addWidget(window)
    window.show()
    window.start()
    return window


def ctrl(qtbot, widget, key, shift=False):
    """Ctrl(+Shift)+key as the keyboard sends it to the field that has the keyboard."""
    from PySide6.QtCore import Qt

    modifiers = Qt.KeyboardModifier.ControlModifier
    if shift:
        modifiers |= Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(widget, key, modifiers)


def test_undo_after_a_language_switch_restores_the_previous_answer(qtbot, demo):
    from PySide6.QtCore import Qt

    demo.open_plan("crisiskaart")
    before = demo.document.dossier.document("crisiskaart").answers.get("roepnaam")
    form = current(demo).findChild(FormView)
    qtbot.keyClicks(form.field("roepnaam").binder.widget, "xy")
    demo.set_language("en")  # every page is built again
    assert current(demo).findChild(FormView) is not form
    demo.set_language("nl")
    form = current(demo).findChild(FormView)
    form.go_to(3)
    first = form.focusWidget()  # the keyboard is in a text field of another section
    ctrl(qtbot, first, Qt.Key.Key_Z)  # the dossier's undo, not that field's own
    assert current(demo).findChild(FormView) is form  # shown again in place, not built again
    assert form.field("roepnaam").binder.widget.text() == before
    assert form.pages.currentIndex() == 0  # back at the question that changed
    assert form.focusWidget() is form.field("roepnaam").binder.widget
    assert demo.document.dossier.document("crisiskaart").answers.get("roepnaam") == before
    assert demo.statusBar().currentMessage() == "De laatste wijziging is ongedaan gemaakt."
    ctrl(qtbot, form.focusWidget(), Qt.Key.Key_Z, shift=True)
    assert demo.document.dossier.document("crisiskaart").answers.get("roepnaam") == before + "xy"


def test_ctrl_z_in_a_field_takes_back_the_latest_change_of_the_dossier(qtbot, demo):
    from PySide6.QtCore import Qt

    demo.open_plan("crisiskaart")
    form = current(demo).findChild(FormView)
    name, called = form.field("naam").binder.widget, form.field("roepnaam").binder.widget
    names = (name.text(), called.text())
    qtbot.keyClicks(called, "A")
    qtbot.keyClicks(name, "B")
    ctrl(qtbot, called, Qt.Key.Key_Z)  # in the first field: the latest change (the second) goes
    assert (name.text(), called.text()) == (names[0], names[1] + "A")
    ctrl(qtbot, called, Qt.Key.Key_Z)
    assert (name.text(), called.text()) == names


def test_typing_in_a_field_again_after_coming_back_is_a_step_of_its_own(qtbot, demo):
    demo.open_plan("crisiskaart")
    called = current(demo).findChild(FormView).field("roepnaam").binder.widget
    start = called.text()
    qtbot.keyClicks(called, "1")
    demo.show_home()
    demo.open_plan("crisiskaart")
    called = current(demo).findChild(FormView).field("roepnaam").binder.widget
    qtbot.keyClicks(called, "2")
    demo.undo()
    assert called.text() == start + "1"


def test_undo_of_removing_a_person_and_a_member(qtbot, demo, answers):
    dossier = demo.document.dossier
    demo.show_people()
    page = current(demo).findChild(PeoplePage)
    unused = next(p for p in dossier.people if p.id not in {m.person for m in dossier.members})
    people = len(dossier.people)
    demo.document.dossier.people.remove(unused)  # as PeoplePage.remove does after asking
    page.changed.emit()
    assert len(dossier.people) == people - 1
    demo.undo()
    assert len(demo.document.dossier.people) == people
    assert current(demo).findChild(PeoplePage) is not page  # built again with the person

    demo.show_home()
    member = dossier.members[0].person
    answers.append(True)  # "remove this member?" yes
    demo.remove_member(member)
    assert member not in {m.person for m in dossier.members}
    demo.undo()
    assert member in {m.person for m in demo.document.dossier.members}
    assert demo.document.dossier.document("triadekaart", member) is not None
    assert current(demo).findChild(DossierHome) is not None


def test_quitting_when_the_last_changes_cannot_be_stored_asks_first(qtbot, tmp_path, answers):
    from samenplan.domain.dossier import Document
    from samenplan.formkit.answers import Answers, Node

    window = type_pending(qtbot, tmp_path)
    plan = Document("crisiskaart", 1, Answers([Node("hulpverleners", None, [
        Node("huisarts", "p-niemand")])]))  # fmt: skip
    window.document.dossier.documents.append(plan)  # the strict reader would refuse this
    window.document.changed()
    answers.append(False)  # "Toch afsluiten?" no
    assert not window.close()
    assert window.isVisible() and window.session_service.session is not None
    assert window.statusBar().currentMessage().startswith("Niet opgeslagen")
    answers.append(True)  # yes: what could not be stored is lost, the rest is as it was
    assert window.close()
    assert window.session_service.session is None
    assert stored(tmp_path)["c1"].document("crisiskaart") is None  # as it was: no plan yet
