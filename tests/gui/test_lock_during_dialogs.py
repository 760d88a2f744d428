"""The idle lock fires while a modal dialog is open (send a card, take one in, a person, a
member, an agreement, saving the pocket card, filling one plan from the other).

For each dialog: the real dialog, with the idle lock fired (as the app does) from inside its
event loop; and the worst case, a dialog that still gives a positive answer after the lock
(through `dialogs.answer_hook`). Every time: the dialog is gone and no plan content is on
screen, nothing is written after the lock, the profile opens with the passphrase and with the
recovery code, and what was typed in a plan just before the lock (within the autosave delay)
is stored, while the answer given after the lock is not.
"""

from __future__ import annotations

import copy
import functools
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
)

from samenplan import shipped
from samenplan.ui import dialogs
from samenplan.ui.card_preview import CardPage
from samenplan.ui.exchange import SendDialog
from samenplan.ui.formview.form import FormView
from samenplan.ui.home import DossierHome
from samenplan.ui.members import AgreementDialog, MemberDialog
from samenplan.ui.people import FIELDS, PeoplePage, PersonDialog
from samenplan.ui.triad_view import ComparisonPage
from samenplan.ui.unlock import UnlockPage
from samenplan.vault import backups
from samenplan.vault.profiles import ProfileStore
from samenplan.workspace import exchange as sharing
from samenplan.workspace.unlocked import Unlocked
from tests.gui.test_app import current, fast_kdf, make_window, unlock  # noqa: F401
from tests.vaulthelp import FAST, PASSPHRASE

pytestmark = pytest.mark.gui

DOSSIER = "demo-noor"
TYPED = "Getypt voor het slot"
AFTER = "Na het slot"  # what a dialog answers after the lock: never stored
SHARED = "zon maan sterren"


@pytest.fixture(autouse=True)
def no_hook():
    yield
    dialogs.answer_hook = None


@functools.cache
def _demo():
    return shipped.demo_dossier()


def demo():
    """The demo dossier (read once: a copy each time)."""
    return copy.deepcopy(_demo())


def without_crisiskaart():
    """The demo dossier with an empty crisiskaart: fill-from has something to copy."""
    dossier = demo()
    dossier.documents = [d for d in dossier.documents if d.form != "crisiskaart"]
    return dossier


def new_profile(data: Path, name: str = "Ava", *, keys: bool = False) -> tuple[str, object]:
    """A profile with the dossier; its recovery code (and exchange keys, made when asked)."""
    store = ProfileStore(data)
    _, code = store.create(name, PASSPHRASE, FAST)
    with store.open(name) as profile, Unlocked(profile.unlock(PASSPHRASE)) as session:
        session.add(without_crisiskaart())
        own = sharing.keys(session) if keys else None
    return code, own


class Scene:
    """The app, unlocked on the dossier's overview, with an answer typed in a plan that the
    autosave has not stored yet."""

    def __init__(self, qtbot, tmp_path: Path, *, keys: bool = False) -> None:
        self.qtbot = qtbot
        self.data = tmp_path / "data"
        self.out = tmp_path / "out"
        self.out.mkdir()
        self.code, self.keys = new_profile(self.data, keys=keys)
        self.window = make_window(qtbot, self.data)
        self.window.start()
        unlock(qtbot, self.window)
        assert self.window.document is not None and self.window.document.dossier.id == DOSSIER
        self.dirty_at_lock: bool | None = None
        self.dialog_at_lock: type | None = None
        self.asked: list[str] = []
        self.said: list[str] = []
        self.section: dict[str, object] = {}  # the profile's section, as stored

    def type_in_plan(self) -> None:
        """Type in the crisiskaart, without waiting for the autosave."""
        window = self.window
        window.open_plan("crisiskaart")
        form = current(window).findChild(FormView)
        form.field("naam").binder.widget.setText(TYPED)
        assert window.document.dirty  # not stored yet: the lock has to store it

    def home(self) -> DossierHome:
        found = current(self.window).findChild(DossierHome)
        assert found is not None
        return found

    def _lock_now(self) -> None:
        """Exactly what the app does after ten minutes without input."""
        self.dirty_at_lock = self.window.document is not None and self.window.document.dirty
        self.window.idle.idle.emit()

    def lock_when_a_dialog_shows(self, tries: int = 500) -> None:
        """Fire the idle lock from inside the event loop of the next modal dialog."""

        def poll(left: int) -> None:
            dialog = QApplication.activeModalWidget()
            if dialog is None:
                if left:
                    QTimer.singleShot(10, lambda: poll(left - 1))
                return
            self.dialog_at_lock = type(dialog)
            self._lock_now()

        QTimer.singleShot(0, lambda: poll(tries))

    def answer(self, lock_at: str, answers: dict[str, object]) -> None:
        """Answer every question without a dialog; at `lock_at` lock first, then give the
        positive answer anyway (the worst case)."""

        def hook(kind: str, text: str) -> object:
            self.asked.append(kind)
            if kind == "inform":
                self.said.append(text)
                return None
            if kind == lock_at and self.dirty_at_lock is None:
                self._lock_now()
            return answers.get(kind)

        dialogs.answer_hook = hook

    def check_locked(self) -> None:
        """No dialog and no plan content on screen; nothing written afterwards."""
        window = self.window
        assert self.dirty_at_lock is True  # the typed answer was still waiting for its autosave
        open_dialogs = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()
        ]
        assert open_dialogs == []
        assert isinstance(current(window), UnlockPage)
        assert window.document is None and window.session_service.session is None
        shown = visible_texts(window)
        for content in (TYPED, AFTER, "Noor Bakker", "Jesse", "Ellen"):
            assert content not in shown
        before = files(self.data)
        self.qtbot.wait(2000)  # longer than the 1.5 s autosave
        assert files(self.data) == before, "written after the lock"
        assert list(self.out.iterdir()) == []  # no card, no PDF

    def check_stored(self):
        """The profile opens with the passphrase and with the recovery code (from keys.spk
        itself, not a backup); the dossier reads, with the typed answer. Returns it."""
        used: list[str] = []
        real = backups.list_backups

        def listed(folder, name, suffix):
            used.append(name)
            return real(folder, name, suffix)

        store = ProfileStore(self.data)
        found = []
        for way in ("passphrase", "recovery code"):
            with pytest.MonkeyPatch.context() as patch, store.open("Ava") as profile:
                patch.setattr(backups, "list_backups", listed)
                if way == "passphrase":
                    session = profile.unlock(PASSPHRASE)
                else:
                    session = profile.unlock_with_recovery(self.code)
                with Unlocked(session) as unlocked:
                    opened = unlocked.read(DOSSIER)
                    with unlocked.using() as vault:
                        self.section = dict(vault.section)
            assert not (opened.recovered or opened.rolled_back or opened.read_only), way
            dossier = opened.dossier
            assert dossier.title == "Noor Bakker"
            assert dossier.document("crisiskaart").answers.get("naam") == TYPED, way
            assert AFTER not in {p.name for p in dossier.people}
            found.append(dossier)
        assert "keys" not in used
        # and the app goes on: unlocked again, the typed answer is there
        unlock(self.qtbot, self.window)
        assert self.window.document.dossier.document("crisiskaart").answers.get("naam") == TYPED
        return found[0]


def files(folder: Path) -> dict[str, tuple[int, int, bytes]]:
    """Every file under `folder`: path, size, time of the last change, bytes."""
    found = {}
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            stat = path.stat()
            found[str(path.relative_to(folder))] = (
                stat.st_size,
                stat.st_mtime_ns,
                path.read_bytes(),
            )
    return found


def visible_texts(window) -> str:
    parts = [window.windowTitle(), window.statusBar().currentMessage()]
    for kind in (QLabel, QLineEdit, QPushButton):
        parts += [w.text() for w in window.findChildren(kind) if w.isVisible()]
    for kind in (QPlainTextEdit, QTextEdit):
        parts += [w.toPlainText() for w in window.findChildren(kind) if w.isVisible()]
    return "\n".join(parts)


# ---------------------------------------------------------------------------- send a card


def test_lock_during_the_send_dialog(qtbot, tmp_path):
    scene = Scene(qtbot, tmp_path)
    scene.type_in_plan()
    scene.window.show_home()
    scene.lock_when_a_dialog_shows()
    scene.home().findChild(QPushButton, "send_p-jesse").click()
    assert scene.dialog_at_lock is SendDialog
    scene.check_locked()
    scene.check_stored()


def test_send_dialog_answering_after_the_lock_makes_no_file(qtbot, tmp_path):
    scene = Scene(qtbot, tmp_path)  # no exchange keys yet: sending would make and store them
    scene.type_in_plan()
    scene.window.show_home()
    card = scene.out / "kaart.age"
    scene.answer("send", {"send": (None, SHARED), "save_path": str(card)})
    scene.home().findChild(QPushButton, "send_p-jesse").click()
    assert scene.asked == ["send", "save_path", "inform"]
    assert scene.said == ["samenplan is vergrendeld. Er is niets opgeslagen; ontgrendel en "
                          "probeer het opnieuw."]  # fmt: skip
    scene.check_locked()
    scene.check_stored()
    assert "exchange" not in scene.section  # no keys were made after the lock


# ---------------------------------------------------------------------------- take in a card


def ellens_card(tmp_path: Path, client_keys) -> Path:
    """Ellen's card for the dossier, from her own profile, to the client's address."""
    store = ProfileStore(tmp_path / "ellen")
    store.create("Ellen", PASSPHRASE, FAST)
    with store.open("Ellen") as profile, Unlocked(profile.unlock(PASSPHRASE)) as session:
        data = sharing.send_card(session, demo(), "p-ellen", address=client_keys.address())
    path = tmp_path / "ellen.age"
    path.write_bytes(data)
    return path


def test_lock_during_the_file_dialog_of_taking_in(qtbot, tmp_path):
    scene = Scene(qtbot, tmp_path)
    scene.type_in_plan()
    scene.window.show_home()
    scene.lock_when_a_dialog_shows()
    scene.home().findChild(QPushButton, "receive_card").click()
    assert scene.dialog_at_lock is QFileDialog
    scene.check_locked()
    scene.check_stored()


def test_lock_during_the_replace_question_of_taking_in(qtbot, tmp_path, monkeypatch):
    scene = Scene(qtbot, tmp_path, keys=True)
    card = ellens_card(tmp_path, scene.keys)
    monkeypatch.setattr(dialogs, "open_path", lambda *_: str(card))  # the rest is real
    scene.type_in_plan()
    scene.window.show_home()
    scene.lock_when_a_dialog_shows()
    scene.home().findChild(QPushButton, "receive_card").click()
    qtbot.waitUntil(lambda: scene.dialog_at_lock is not None, timeout=20_000)
    assert scene.dialog_at_lock is QMessageBox  # "already taken in: replace?"
    scene.check_locked()
    stored = scene.check_stored()
    expected = demo().document("triadekaart", "p-ellen")
    assert stored.document("triadekaart", "p-ellen").answers.to_json() == (
        expected.answers.to_json()
    )


def test_file_chosen_after_the_lock_is_not_taken_in(qtbot, tmp_path):
    scene = Scene(qtbot, tmp_path, keys=True)
    card = ellens_card(tmp_path, scene.keys)
    scene.type_in_plan()
    scene.window.show_home()
    scene.answer("open_path", {"open_path": str(card)})
    scene.home().findChild(QPushButton, "receive_card").click()
    qtbot.waitUntil(lambda: "inform" in scene.asked, timeout=20_000)
    assert scene.asked == ["open_path", "inform"]
    assert scene.said[0].startswith("samenplan is vergrendeld.")
    scene.check_locked()
    scene.check_stored()


def test_replace_confirmed_after_the_lock_is_not_taken_in(qtbot, tmp_path):
    scene = Scene(qtbot, tmp_path, keys=True)
    card = ellens_card(tmp_path, scene.keys)
    scene.type_in_plan()
    scene.window.show_home()
    scene.answer("confirm", {"open_path": str(card), "confirm": True})
    scene.home().findChild(QPushButton, "receive_card").click()
    qtbot.waitUntil(lambda: "inform" in scene.asked, timeout=20_000)
    assert scene.asked == ["open_path", "confirm", "inform"]
    assert scene.said[0].startswith("samenplan is vergrendeld.")
    scene.check_locked()
    scene.check_stored()
    assert scene.section.get("imported", []) == []  # nothing recorded as taken in


# ---------------------------------------------------------------------------- a person


def test_lock_during_the_person_dialog(qtbot, tmp_path):
    scene = Scene(qtbot, tmp_path)
    scene.type_in_plan()
    scene.window.show_people()
    scene.lock_when_a_dialog_shows()
    current(scene.window).findChild(PeoplePage).findChild(QPushButton, "people_add").click()
    assert scene.dialog_at_lock is PersonDialog
    scene.check_locked()
    scene.check_stored()


def test_person_given_after_the_lock_is_not_stored(qtbot, tmp_path):
    scene = Scene(qtbot, tmp_path)
    scene.type_in_plan()
    scene.window.show_people()
    person = {name: "" for name in FIELDS} | {"name": AFTER, "phone": "0612345678"}
    scene.answer("person", {"person": person})
    current(scene.window).findChild(PeoplePage).findChild(QPushButton, "people_add").click()
    assert scene.asked == ["person"]
    scene.check_locked()
    stored = scene.check_stored()
    assert len(stored.people) == len(demo().people)


# ---------------------------------------------------------------------------- a member


def with_a_newcomer(scene: Scene) -> None:
    """A person who is not a member yet (stored), so the member dialog has someone to offer."""
    from samenplan.domain.dossier import Person

    scene.window.document.dossier.people.append(Person("p-nieuw", "Nieuwe Naaste", "buur"))
    scene.window.document.changed("people")
    assert scene.window.document.flush()


def test_lock_during_the_member_dialog(qtbot, tmp_path):
    scene = Scene(qtbot, tmp_path)
    with_a_newcomer(scene)
    scene.type_in_plan()
    scene.window.show_home()
    scene.lock_when_a_dialog_shows()
    scene.home().findChild(QPushButton, "member_add").click()
    assert scene.dialog_at_lock is MemberDialog
    scene.check_locked()
    stored = scene.check_stored()
    assert "p-nieuw" not in [m.person for m in stored.members]


def test_member_chosen_after_the_lock_is_not_stored(qtbot, tmp_path):
    scene = Scene(qtbot, tmp_path)
    with_a_newcomer(scene)
    scene.type_in_plan()
    scene.window.show_home()
    scene.answer("member", {"member": ("p-nieuw", "naaste")})
    scene.home().findChild(QPushButton, "member_add").click()
    assert scene.asked == ["member"]
    scene.check_locked()
    stored = scene.check_stored()
    assert [m.person for m in stored.members] == ["p-noor", "p-ellen", "p-jesse", "p-ruben"]


# ---------------------------------------------------------------------------- an agreement


def comparison(scene: Scene) -> ComparisonPage:
    scene.window.show_comparison()
    page = current(scene.window).findChild(ComparisonPage)
    assert page is not None
    return page


def test_lock_during_the_agreement_dialog(qtbot, tmp_path):
    scene = Scene(qtbot, tmp_path)
    scene.type_in_plan()
    page = comparison(scene)
    scene.lock_when_a_dialog_shows()
    page.agree.click()
    assert scene.dialog_at_lock is AgreementDialog
    scene.check_locked()
    stored = scene.check_stored()
    assert len(stored.agreements) == len(demo().agreements)


def test_agreement_made_after_the_lock_is_not_stored(qtbot, tmp_path):
    scene = Scene(qtbot, tmp_path)
    scene.type_in_plan()
    page = comparison(scene)
    scene.answer("agreement", {"agreement": {"what": AFTER, "who": "p-jesse"}})
    page.agree.click()
    assert scene.asked == ["agreement"]
    scene.check_locked()
    stored = scene.check_stored()
    assert AFTER not in [a.what for a in stored.agreements]
    assert len(stored.agreements) == len(demo().agreements)


def test_triad_pdf_place_chosen_after_the_lock_writes_no_pdf(qtbot, tmp_path):
    scene = Scene(qtbot, tmp_path)
    scene.type_in_plan()
    page = comparison(scene)
    scene.answer("save_path", {"confirm": True, "save_path": str(scene.out / "triade.pdf")})
    page.findChild(QPushButton, "pdf_triad").click()
    assert scene.asked == ["confirm", "save_path"]
    scene.check_locked()  # also: no PDF with the members' answers in the chosen place
    scene.check_stored()


# ---------------------------------------------------------------------------- the pocket card


def card_page(scene: Scene) -> CardPage:
    scene.window.show_card("crisis")
    page = current(scene.window).findChild(CardPage)
    assert page is not None and page.save_button.isEnabled()
    return page


def test_lock_during_the_save_dialog_of_the_pocket_card(qtbot, tmp_path):
    scene = Scene(qtbot, tmp_path)
    scene.type_in_plan()
    page = card_page(scene)
    scene.lock_when_a_dialog_shows()
    page.save_button.click()
    assert scene.dialog_at_lock is QMessageBox  # the warning comes first: whoever finds it ...
    scene.check_locked()
    scene.check_stored()


def test_pocket_card_place_chosen_after_the_lock_writes_no_pdf(qtbot, tmp_path):
    scene = Scene(qtbot, tmp_path)
    scene.type_in_plan()
    page = card_page(scene)
    scene.answer("save_path", {"confirm": True, "save_path": str(scene.out / "kaart.pdf")})
    page.save_button.click()
    assert scene.asked == ["confirm", "save_path"]
    scene.check_locked()  # also: no PDF with plan content in the chosen place
    scene.check_stored()


# ---------------------------------------------------------------------------- fill from the WRAP


def test_lock_during_the_fill_from_preview(qtbot, tmp_path):
    scene = Scene(qtbot, tmp_path)
    scene.type_in_plan()
    scene.window.show_home()
    scene.lock_when_a_dialog_shows()
    scene.home().findChild(QPushButton, "fill_crisiskaart").click()
    assert scene.dialog_at_lock is QMessageBox
    scene.check_locked()
    stored = scene.check_stored()
    assert stored.document("crisiskaart").answers.get("wel_doen") is None


def test_fill_from_confirmed_after_the_lock_fills_nothing(qtbot, tmp_path):
    scene = Scene(qtbot, tmp_path)
    scene.type_in_plan()
    scene.window.show_home()
    scene.answer("confirm", {"confirm": True})
    scene.home().findChild(QPushButton, "fill_crisiskaart").click()
    assert scene.asked == ["confirm"]
    scene.check_locked()
    stored = scene.check_stored()
    assert stored.document("crisiskaart").answers.get("wel_doen") is None
