"""Exchange in the app: send a member's card from the overview, take one in, and the clear
messages for a changed file and for a card that is already there."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QPushButton

from samenplan import shipped
from samenplan.ui import dialogs
from samenplan.ui.home import DossierHome
from samenplan.vault.profiles import ProfileStore
from samenplan.workspace import exchange as sharing
from samenplan.workspace.unlocked import Unlocked
from tests.gui.test_app import current, fast_kdf, make_window, unlock  # noqa: F401
from tests.vaulthelp import FAST, PASSPHRASE

pytestmark = pytest.mark.gui


@pytest.fixture
def said(monkeypatch):
    """Answers in order; every message shown to the person is kept in `said.shown`."""

    class Said(list):
        def __init__(self) -> None:
            super().__init__()
            self.shown: list[str] = []
            self.asked: list[str] = []  # the questions (confirm) as worded

    answers = Said()

    def hook(kind, text):
        if kind == "inform":
            answers.shown.append(text)
            return None
        if kind == "confirm":
            answers.asked.append(text)
        return answers.pop(0)

    dialogs.answer_hook = hook
    yield answers
    dialogs.answer_hook = None


def profile_with(data_dir, name, dossier):
    store = ProfileStore(data_dir)
    store.create(name, PASSPHRASE, FAST)
    with store.open(name) as profile, Unlocked(profile.unlock(PASSPHRASE)) as session:
        session.add(dossier)
        return sharing.keys(session)


def test_receive_and_send_in_the_app(qtbot, tmp_path, said):
    without_ellen = shipped.demo_dossier()
    without_ellen.documents = [d for d in without_ellen.documents if d.member != "p-ellen"]
    client_keys = profile_with(tmp_path / "client", "Noor", without_ellen)
    naaste_keys = profile_with(tmp_path / "naaste", "Ellen", shipped.demo_dossier())
    store = ProfileStore(tmp_path / "naaste")
    with store.open("Ellen") as profile, Unlocked(profile.unlock(PASSPHRASE)) as session:
        card = sharing.send_card(
            session, shipped.demo_dossier(), "p-ellen", address=client_keys.address()
        )
    (tmp_path / "ellen.age").write_bytes(card)

    window = make_window(qtbot, tmp_path / "client")
    window.start()
    unlock(qtbot, window)
    window.open_dossier("demo-noor")
    home = current(window).findChild(DossierHome)
    said.append(str(tmp_path / "ellen.age"))
    home.findChild(QPushButton, "receive_card").click()
    qtbot.waitUntil(lambda: len(said.shown) == 1, timeout=10_000)
    assert said.shown[-1].startswith("De kaart van Ellen Bakker staat nu in het dossier.")
    assert "vingerafdruk" in said.shown[-1]
    session = window.session_service.session
    stored = session.read("demo-noor").dossier
    assert stored.document("triadekaart", "p-ellen") is not None

    # the same file again: asked whether to replace; no
    said += [str(tmp_path / "ellen.age"), False]
    current(window).findChild(DossierHome).findChild(QPushButton, "receive_card").click()
    qtbot.waitUntil(lambda: not said, timeout=10_000)
    assert len(said.shown) == 1  # nothing new said

    # a changed file: one clear sentence, nothing taken in
    changed = bytearray(card)
    changed[len(card) // 2] ^= 1
    (tmp_path / "changed.age").write_bytes(bytes(changed))
    said.append(str(tmp_path / "changed.age"))
    current(window).findChild(DossierHome).findChild(QPushButton, "receive_card").click()
    qtbot.waitUntil(lambda: len(said.shown) == 2, timeout=10_000)
    assert said.shown[-1].startswith("Dit uitwisselbestand is veranderd")

    # send Jesse's card to the naaste's address
    out = tmp_path / "jesse.age"
    said += [(naaste_keys.address(), None), str(out)]
    current(window).findChild(DossierHome).findChild(QPushButton, "send_p-jesse").click()
    qtbot.waitUntil(lambda: len(said.shown) == 3, timeout=10_000)
    assert said.shown[-1].startswith("Het bestand met de kaart van Jesse")
    with store.open("Ellen") as profile, Unlocked(profile.unlock(PASSPHRASE)) as session:
        opened = sharing.receive(session, out.read_bytes())
    assert opened.meta["member"] == "p-jesse"


def test_the_send_dialog_checks_what_it_is_given(qtbot):
    from samenplan.ui.exchange import SendDialog

    dialog = SendDialog(None, "Ellen", "nl")
    qtbot.addWidget(dialog)
    dialog.secret.setText("kort")
    assert "minstens 8 tekens" in dialog.problem_text()
    dialog.secret.setText("zon maan sterren")
    dialog.again.setText("zon maan sterre")
    assert "niet gelijk" in dialog.problem_text()
    dialog.again.setText("zon maan sterren")
    assert dialog.problem_text() == "" and dialog.route() == (None, "zon maan sterren")
    dialog.by_address.setChecked(True)
    assert not dialog.secret.isEnabled() and dialog.address.isEnabled()
    dialog.address.setText("iets anders")
    assert "Dat adres klopt niet" in dialog.problem_text()


def test_passphrase_route_and_every_refusal_in_the_app(qtbot, tmp_path, said):
    """A card sealed with a passphrase agreed in person is taken in; a card from a different
    signer, one for another dossier and a truncated file are each refused in one sentence."""
    without_ellen = shipped.demo_dossier()
    without_ellen.documents = [d for d in without_ellen.documents if d.member != "p-ellen"]
    client_keys = profile_with(tmp_path / "client", "Noor", without_ellen)
    profile_with(tmp_path / "naaste", "Ellen", shipped.demo_dossier())
    profile_with(tmp_path / "other", "Iemand", shipped.demo_dossier())
    elsewhere = shipped.demo_dossier()
    elsewhere.id = "ander-dossier"

    def sealed(folder, name, dossier, **route):
        store = ProfileStore(tmp_path / folder)
        with store.open(name) as profile, Unlocked(profile.unlock(PASSPHRASE)) as session:
            return sharing.send_card(session, dossier, "p-ellen", **route)

    files = {
        "by_passphrase": sealed(
            "naaste", "Ellen", shipped.demo_dossier(), passphrase="zon en maan"
        ),
        "other_signer": sealed(
            "other", "Iemand", shipped.demo_dossier(), address=client_keys.address()
        ),
        "other_dossier": sealed("naaste", "Ellen", elsewhere, address=client_keys.address()),
    }
    files["truncated"] = files["other_dossier"][: len(files["other_dossier"]) // 2]
    for name, data in files.items():
        (tmp_path / f"{name}.age").write_bytes(data)

    window = make_window(qtbot, tmp_path / "client")
    window.start()
    unlock(qtbot, window)
    window.open_dossier("demo-noor")

    def receive(name, *answers):
        said.extend([str(tmp_path / f"{name}.age"), *answers])
        count = len(said.shown)
        current(window).findChild(DossierHome).findChild(QPushButton, "receive_card").click()
        qtbot.waitUntil(lambda: len(said.shown) == count + 1, timeout=30_000)
        assert not said  # every question was asked
        return said.shown[-1]

    assert receive("by_passphrase", "zon en maan").startswith(
        "De kaart van Ellen Bakker staat nu in het dossier."
    )
    assert receive("other_signer").startswith("Deze kaart is ondertekend door iemand anders")
    assert receive("other_dossier").startswith("Deze kaart hoort bij een ander dossier.")
    assert receive("truncated").startswith("Dit uitwisselbestand is veranderd")
    session = window.session_service.session
    stored = session.read("demo-noor").dossier
    ellen = stored.document("triadekaart", "p-ellen")
    expected = shipped.demo_dossier().document("triadekaart", "p-ellen")
    assert ellen.answers.to_json() == expected.answers.to_json()  # the passphrase card only


def test_a_whole_dossier_from_a_new_sender_is_taken_in_only_after_a_yes(qtbot, tmp_path, said):
    """The fingerprint is shown and asked about; no: nothing is added; yes: the dossier is
    added and the sender remembered, so their next dossier is not asked about."""
    client_keys = profile_with(tmp_path / "client", "Noor", shipped.demo_dossier())
    naaste_keys = profile_with(tmp_path / "naaste", "Ellen", shipped.demo_dossier())
    store = ProfileStore(tmp_path / "naaste")
    with store.open("Ellen") as profile, Unlocked(profile.unlock(PASSPHRASE)) as session:
        for name in ("overdracht-1", "overdracht-2"):
            dossier = shipped.demo_dossier()
            dossier.id = name
            data = sharing.send_dossier(session, dossier, address=client_keys.address())
            (tmp_path / f"{name}.age").write_bytes(data)

    window = make_window(qtbot, tmp_path / "client")
    window.start()
    unlock(qtbot, window)
    window.open_dossier("demo-noor")
    session = window.session_service.session

    def receive(name, *answers):
        said.extend([str(tmp_path / f"{name}.age"), *answers])
        current(window).findChild(DossierHome).findChild(QPushButton, "receive_card").click()

    receive("overdracht-1", False)
    qtbot.waitUntil(lambda: not said and len(said.asked) == 1, timeout=10_000)
    fingerprint = sharing.fingerprint(naaste_keys.verify_key)
    assert fingerprint in said.asked[-1] and said.asked[-1].startswith("Dit dossier komt van")
    qtbot.wait(200)
    assert not session.exists("overdracht-1") and said.shown == []

    receive("overdracht-1", True)
    qtbot.waitUntil(lambda: len(said.shown) == 1, timeout=10_000)
    assert said.shown[-1] == "Het dossier 'Noor Bakker' is toegevoegd. Je vindt het bij Dossiers."
    assert session.exists("overdracht-1") and len(said.asked) == 2

    receive("overdracht-2")  # the same sender: not asked again
    qtbot.waitUntil(lambda: len(said.shown) == 2, timeout=10_000)
    assert session.exists("overdracht-2") and len(said.asked) == 2


def test_a_card_that_does_not_fit_leaves_the_open_dossier_as_it_was(qtbot, tmp_path, said):
    """A card for 'p-dewit', who is someone else here (not a member): one sentence, and the
    dossier on screen and on disk stay as they were."""
    client_keys = profile_with(tmp_path / "client", "Noor", shipped.demo_dossier())
    profile_with(tmp_path / "naaste", "Ellen", shipped.demo_dossier())
    theirs = shipped.demo_dossier()
    theirs.person("p-dewit").name = "Iemand Anders"
    for member in theirs.members:
        if member.person == "p-ruben":
            member.person = "p-dewit"
    theirs.document("triadekaart", "p-ruben").member = "p-dewit"
    store = ProfileStore(tmp_path / "naaste")
    with store.open("Ellen") as profile, Unlocked(profile.unlock(PASSPHRASE)) as session:
        card = sharing.send_card(session, theirs, "p-dewit", address=client_keys.address())
    (tmp_path / "dewit.age").write_bytes(card)

    window = make_window(qtbot, tmp_path / "client")
    window.start()
    unlock(qtbot, window)
    window.open_dossier("demo-noor")
    said.append(str(tmp_path / "dewit.age"))
    current(window).findChild(DossierHome).findChild(QPushButton, "receive_card").click()
    qtbot.waitUntil(lambda: len(said.shown) == 1, timeout=10_000)
    assert said.shown[-1].startswith("Deze kaart is van iemand met hetzelfde kenmerk")
    document = window.session_service.session
    stored = document.read("demo-noor").dossier
    assert [m.person for m in stored.members] == ["p-noor", "p-ellen", "p-jesse", "p-ruben"]
    assert stored.person("p-dewit").name == "Dokter M. de Wit"


ADDRESS = "samenplan1:age1" + "qz3k9fxa" * 7 + "xy:" + "ab12" * 16


def test_my_address_is_shown_shortened_and_copied_whole(qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    from samenplan.ui.exchange import AddressDialog

    QGuiApplication.clipboard().clear()
    dialog = AddressDialog(None, "nl", ADDRESS, "AB12 CD34 EF56 7890 ABCD")
    qtbot.addWidget(dialog)
    shown = dialog.shown.text()
    assert ADDRESS not in shown and len(shown) < 60  # no wall of characters
    assert "age1 qz3k 9fxa" in shown and "ab12 ab12" in shown and "…" in shown
    assert "triadekaart" in dialog.findChildren(type(dialog.shown))[0].text()  # what it is for
    assert QGuiApplication.clipboard().text() == ""  # nothing copied before asked
    assert dialog.copy.text() == "Kopieer adres"
    qtbot.mouseClick(dialog.copy, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == ADDRESS
    assert dialog.status.text().startswith("Het hele adres staat op het klembord.")
