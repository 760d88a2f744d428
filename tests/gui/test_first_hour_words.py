"""The first hour's words (issue 15, items 6, 8, 10, 12): a triad member's role is chosen,
not assumed, and a new person can be added right there; the comparison says in words what
to talk about; every agreement field and date says what it is; every save warns the same way
and suggests a name with what, whose and the date."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QGroupBox, QLabel, QPushButton

from samenplan import shipped
from samenplan.domain.dossier import Member, Person
from samenplan.ui import dialogs
from samenplan.ui.card_preview import CardPage
from samenplan.ui.home import DossierHome
from samenplan.ui.members import AgreementDialog, MemberDialog, suggested_role
from samenplan.ui.triad_view import ComparisonPage

pytestmark = pytest.mark.gui

SYMBOLS = ("≠", "⇉", "∅", "↺", "?")


@pytest.fixture
def hook():
    """Answers the dialogs in order, per kind; records what was asked."""
    asked: list[tuple[str, str]] = []
    answers: dict[str, list[object]] = {}

    def answer(kind: str, text: str) -> object:
        asked.append((kind, text))
        return answers[kind].pop(0) if answers.get(kind) else None

    dialogs.answer_hook = answer
    yield asked, answers
    dialogs.answer_hook = None


def a_dossier_with_newcomers():
    dossier = shipped.demo_dossier()
    dossier.people += [
        Person("p-eva", "Eva de Vries", "zus"),
        Person("p-kim", "Kim Jansen", "", organisation="Wijkteam Oost"),
        Person("p-lot", "Lot Smit", "schoonzus"),
        Person("p-bo", "Bo", ""),
    ]
    return dossier


def pick(dialog: MemberDialog, person_id: str) -> None:
    index = dialog.person.findData(person_id)
    dialog.person.setCurrentIndex(index)
    dialog.person.activated.emit(index)  # as a click or a key in the list does


def ok_enabled(dialog: MemberDialog) -> bool:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def test_a_member_has_no_role_until_one_is_chosen_or_suggested(qtbot):
    dossier = a_dossier_with_newcomers()
    dialog = MemberDialog(None, dossier, "nl")
    qtbot.addWidget(dialog)
    assert dialog.person.currentData() is None and dialog.role.currentData() is None
    assert not ok_enabled(dialog) and dialog.chosen() is None
    # the demo has a client (Noor): Cliënt is not offered a second time
    roles = [dialog.role.itemData(i) for i in range(dialog.role.count())]
    assert roles == [None, "naaste", "hulpverlener"]
    pick(dialog, "p-eva")  # "Eva de Vries (zus)": a naaste, suggested where it can be seen
    assert dialog.role.currentData() == "naaste"
    assert "Voorstel: naaste" in dialog.suggestion.text()
    assert dialog.chosen() == ("p-eva", "naaste") and ok_enabled(dialog)
    pick(dialog, "p-kim")  # someone with an organisation: a hulpverlener
    assert (
        dialog.role.currentData() == "hulpverlener" and "hulpverlener" in dialog.suggestion.text()
    )
    pick(dialog, "p-bo")  # nothing to go by: no role, and no OK
    assert dialog.role.currentData() is None and dialog.suggestion.text() == ""
    assert not ok_enabled(dialog)
    dialog.role.setCurrentIndex(dialog.role.findData("naaste"))
    dialog.role.activated.emit(dialog.role.currentIndex())  # the person's own choice...
    pick(dialog, "p-kim")  # ...is kept when another person is picked
    assert dialog.chosen() == ("p-kim", "naaste") and dialog.suggestion.text() == ""


def test_client_is_offered_only_while_there_is_no_client(qtbot):
    dossier = a_dossier_with_newcomers()
    dossier.members = [m for m in dossier.members if m.role != "client"]
    dialog = MemberDialog(None, dossier, "nl")
    qtbot.addWidget(dialog)
    assert [dialog.role.itemText(i) for i in range(dialog.role.count())] == [
        "— kies —", "Cliënt", "Naaste", "Hulpverlener",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("relation", "organisation", "role"),
    [
        ("zus", "", "naaste"), ("Schoonzus", "", "naaste"), ("mijn vriendin", "", "naaste"),
        ("stiefvader", "", "naaste"), ("huisarts", "", "hulpverlener"),
        ("buurvrouw", "", "naaste"), ("", "GGZ Noord", "hulpverlener"),
        ("casemanager", "", "hulpverlener"), ("", "", None), ("collega", "", None),
    ],
)  # fmt: skip
def test_the_suggested_role_follows_the_persons_own_details(relation, organisation, role):
    assert suggested_role(Person("p", "Iemand", relation, organisation=organisation)) == role


def test_a_new_person_can_be_added_from_the_member_dialog(qtbot, hook):
    asked, answers = hook
    dossier = a_dossier_with_newcomers()
    before = len(dossier.people)
    dialog = MemberDialog(None, dossier, "nl")
    qtbot.addWidget(dialog)
    new_entry = dialog.person.count() - 1
    assert dialog.person.itemText(new_entry) == "Nieuwe persoon toevoegen…"
    answers["person"] = [
        {"name": "Fatima El Amrani", "relation": "moeder", "phone": "", "email": "",
         "organisation": "", "availability": ""},
    ]  # fmt: skip
    dialog.person.setCurrentIndex(new_entry)
    dialog.person.activated.emit(new_entry)
    assert asked == [("person", "")]  # the people registry's own dialog, not a copy
    added = dossier.people[-1]
    assert added.name == "Fatima El Amrani"  # in the one registry
    assert dialog.person.currentData() == added.id  # and chosen
    assert dialog.chosen() == (added.id, "naaste")
    dialog.person.setCurrentIndex(dialog.person.count() - 1)  # again, cancelled: nobody chosen
    dialog.person.activated.emit(dialog.person.count() - 1)
    assert dialog.person.currentData() is None and dialog.chosen() is None
    assert len(dossier.people) == before + 1


def test_the_comparison_says_in_words_what_to_talk_about(qtbot):
    page = ComparisonPage(shipped.forms(), shipped.demo_dossier(), "nl")
    qtbot.addWidget(page)
    proxy = page.proxy
    points = [proxy.index(r, proxy.columnCount() - 1).data() for r in range(proxy.rowCount())]
    flagged = [p for p in points if p]
    assert flagged and any("wil bespreken" in p for p in flagged)
    for text in flagged:
        assert not any(symbol in text for symbol in SYMBOLS), text
    summary = page.findChild(QLabel, "comparison_summary").text()
    assert "verschil over wie" in summary or "wil bespreken" in summary
    assert not any(symbol in summary for symbol in SYMBOLS), summary


def test_the_overview_names_the_triadekaart(qtbot):
    home = DossierHome(shipped.forms(), shipped.demo_dossier(), "nl", demo=True)
    qtbot.addWidget(home)
    box = home.findChild(QGroupBox, "plan_triadekaart")
    assert box.title() == "Wie doet wat? (triadekaart)"
    assert "triadekaart" in home.findChild(QLabel, "triad_intro").text()


def test_every_agreement_field_has_a_visible_label_and_the_date_says_what_it_is(qtbot, hook):
    dossier = shipped.demo_dossier()
    dialog = AgreementDialog(None, dossier, "Boodschappen doen", "nl")
    qtbot.addWidget(dialog)
    form = dialog.findChild(QFormLayout)
    fields = (dialog.what, dialog.who, dialog.support, dialog.review, dialog.status)
    for field in fields:
        label = form.labelForField(field)
        assert isinstance(label, QLabel) and label.text().strip(), field
        assert label.buddy() is field  # Alt+letter and screen readers
    assert form.labelForField(dialog.review).text() == "Nakijken op (dd-mm-jjjj)"
    page = ComparisonPage(shipped.forms(), dossier, "nl")
    qtbot.addWidget(page)
    lines = page.agreements.text().splitlines()[1:]
    assert lines and all("(nakijken op " in line for line in lines if "(" in line)
    assert any("(nakijken op " in line for line in lines)


def test_the_card_is_saved_like_the_other_pdfs_after_the_warning(qtbot, tmp_path, hook):
    asked, answers = hook
    dossier = shipped.demo_dossier()
    page = CardPage(shipped.forms(), dossier, "crisis", "nl")
    qtbot.addWidget(page)
    answers["confirm"] = [False, True]
    answers["save_path"] = [str(tmp_path / "kaart.pdf")]
    page.findChild(QPushButton, "card_save").click()  # the warning, declined: nothing asked more
    assert [kind for kind, _ in asked] == ["confirm"] and "niet versleuteld" in asked[0][1]
    page.findChild(QPushButton, "card_save").click()
    assert [kind for kind, _ in asked] == ["confirm", "confirm", "save_path", "inform"]
    assert asked[-1] == ("inform", f"Opgeslagen in {tmp_path / 'kaart.pdf'}")
    assert (tmp_path / "kaart.pdf").read_bytes().startswith(b"%PDF")
    assert page.open_button.isEnabled()


@pytest.mark.parametrize(
    ("button", "start"),
    [("card_save", "zakkaart-"), ("pdf_triad", "triadekaart-vergelijking-"),
     ("pdf_agreements", "triadekaart-afspraken-")],
)  # fmt: skip
def test_suggested_names_say_what_whose_and_when(qtbot, monkeypatch, button, start):
    names: list[str] = []
    monkeypatch.setattr(dialogs, "answer_hook", None)  # reach save_path's own naming
    monkeypatch.setattr(dialogs, "confirm", lambda *args: True)

    def place(parent, title, name, pattern):
        names.append(name)
        # cancelled: nothing written

    from samenplan.ui import saving

    monkeypatch.setattr(saving.dialogs, "save_path", place)
    dossier = shipped.demo_dossier()
    if button == "card_save":
        page = CardPage(shipped.forms(), dossier, "crisis", "nl")
    else:
        page = ComparisonPage(shipped.forms(), dossier, "nl")
    qtbot.addWidget(page)
    page.findChild(QPushButton, button).click()
    assert len(names) == 1 and names[0].startswith(start), names
    assert "noor" in names[0] and names[0].endswith(f"-{dt.date.today().isoformat()}.pdf")


def test_members_are_not_offered_again(qtbot):
    """The member dialog never offers someone who is already a member."""
    dossier = a_dossier_with_newcomers()
    dossier.members.append(Member("p-eva", "naaste", "open"))
    dialog = MemberDialog(None, dossier, "nl")
    qtbot.addWidget(dialog)
    offered = {dialog.person.itemData(i) for i in range(dialog.person.count())}
    assert "p-eva" not in offered and "p-noor" not in offered
    assert dialog.role.findData("client") == -1


def test_a_person_added_in_a_cancelled_member_dialog_is_stored(qtbot, monkeypatch):
    from samenplan.ui.main import MainWindow

    dossier = shipped.demo_dossier()
    window = MainWindow(shipped.forms(), None, None, "nl", lambda: dossier)
    qtbot.addWidget(window)
    window.open_demo()
    changes: list[str] = []
    monkeypatch.setattr(
        window.document, "changed", lambda label="", merge=None: changes.append(label)
    )

    def add_then_cancel(parent, dossier, lang):
        dossier.people.append(Person("p-new", "Fatima El Amrani", "moeder"))  # as the dialog does

    monkeypatch.setattr(MemberDialog, "ask", add_then_cancel)
    window.add_member()
    assert changes == ["add_member"]  # the new person is saved, no member added
    assert [m.person for m in dossier.members if m.person == "p-new"] == []
    monkeypatch.setattr(MemberDialog, "ask", lambda parent, dossier, lang: None)
    window.add_member()  # cancelled without adding anyone: nothing to store
    assert changes == ["add_member"]
