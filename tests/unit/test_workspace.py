"""The workspace layer without Qt: the undo history of a dossier, and an unlocked profile that
refuses every call after it was locked."""

from __future__ import annotations

import pytest

from samenplan import shipped
from samenplan.domain.dossier import Agreement, Person
from samenplan.workspace.documents import Document
from samenplan.workspace.errors import Locked
from samenplan.workspace.history import History
from samenplan.workspace.profiles import Profiles
from samenplan.workspace.unlocked import Unlocked
from tests.vaulthelp import FAST, PASSPHRASE


def test_typing_in_one_field_is_one_step_and_another_field_is_the_next():
    document = Document(shipped.demo_dossier(), None)
    before = document.dossier.document("crisiskaart").answers.get("roepnaam")
    [node] = document.dossier.document("crisiskaart").answers.root().find_all("roepnaam")
    for text in ("N", "No", "Noo"):
        node.value = text
        assert document.changed("answer", merge="crisiskaart:roepnaam")
    document.dossier.title = "Anders"
    document.changed("rename")
    assert document.undo().label == "rename"
    assert document.dossier.title != "Anders"
    assert document.dossier.document("crisiskaart").answers.get("roepnaam") == "Noo"
    assert document.undo().label == "answer"
    assert document.dossier.document("crisiskaart").answers.get("roepnaam") == before
    assert document.undo() is None
    assert document.redo().label == "answer"
    assert document.dossier.document("crisiskaart").answers.get("roepnaam") == "Noo"


def test_nothing_changed_records_nothing():
    document = Document(shipped.demo_dossier(), None)
    assert not document.changed("nothing")
    assert document.undo() is None and document.revision == 0


def test_undo_of_removing_a_person_a_member_and_an_agreement():
    dossier = shipped.demo_dossier()
    dossier.people.append(Person("p-extra", "Extra Persoon"))
    assert dossier.members and dossier.agreements is not None
    dossier.agreements.append(Agreement("a-1", "taak", "Samen bellen", dossier.people[0].id))
    document = Document(dossier, None)
    people, members, agreements = (
        len(dossier.people), len(dossier.members), len(dossier.agreements)
    )  # fmt: skip
    dossier.people.remove(dossier.person("p-extra"))
    document.changed("people")
    member = dossier.members[0].person
    dossier.remove_member(member)
    document.changed("remove_member")
    dossier.agreements.pop()
    document.changed("agreement")
    assert document.undo().label == "agreement" and len(document.dossier.agreements) == agreements
    assert document.undo().label == "remove_member" and len(document.dossier.members) == members
    assert document.dossier.document("triadekaart", member) is not None  # the card came back
    assert document.undo().label == "people" and len(document.dossier.people) == people
    assert document.dossier is dossier  # screens keep the same object


def test_the_history_forgets_what_was_undone_once_something_new_is_done():
    history = History(limit=3)
    day = shipped.demo_dossier()
    for n in range(5):
        history.record(f"s{n}", day, day)
    assert history.undo_label() == "s4"
    assert [history.undo().label for _ in range(3)] == ["s4", "s3", "s2"]
    assert history.undo() is None  # only the last three are kept
    history.record("new", day, day)
    assert history.redo() is None


def test_a_dirty_document_is_clean_once_its_newest_revision_is_stored():
    document = Document(shipped.demo_dossier(), None)
    document.dossier.title = "Nieuw"
    document.changed()
    assert document.dirty
    document.saved_revision = document.revision
    assert not document.dirty


@pytest.fixture
def unlocked(tmp_path, monkeypatch) -> Unlocked:
    monkeypatch.setattr("samenplan.vault.profiles.calibrate", lambda: FAST)
    profiles = Profiles.at(tmp_path)
    profiles.create("Ava", PASSPHRASE)
    reserved = profiles.reserve("Ava")
    found = reserved.unlock(PASSPHRASE)
    found.add(shipped.demo_dossier())
    return found


CALLS = {
    "dossiers": lambda u: u.dossiers(),
    "exists": lambda u: u.exists("demo-noor"),
    "changed_elsewhere": lambda u: u.changed_elsewhere("demo-noor"),
    "open_elsewhere": lambda u: u.open_elsewhere(),
    "elsewhere_notice": lambda u: u.elsewhere_notice("nl"),
    "renew_lease": lambda u: u.renew_lease(),
    "read": lambda u: u.read("demo-noor"),
    "save": lambda u: u.save(shipped.demo_dossier()),
    "save_encoded": lambda u: u.save_encoded("demo-noor", "x", b"{}"),
    "add": lambda u: u.add(shipped.demo_dossier()),
    "delete": lambda u: u.delete("demo-noor"),
    "delete_profile": lambda u: u.delete_profile(),
    "using": lambda u: u.using().__enter__(),
    "change_passphrase": lambda u: u.change_passphrase(PASSPHRASE, "zon maan sterren zee"),
    "new_recovery_code": lambda u: u.new_recovery_code(),
    "remembered": lambda u: u.remembered(),
    "remember_computer": lambda u: u.remember_computer(),
    "forget_computer": lambda u: u.forget_computer(),
    "accept": lambda u: u.accept(shipped.demo_dossier()),
    "accept_encoded": lambda u: u.accept_encoded("demo-noor", "x", b"{}"),
    "strengthen": lambda u: u.using().__enter__() if u.strengthen(PASSPHRASE, 0.01) else None,
    "mark": lambda u: u.mark("demo-noor", "card", "2026-12-03"),
}


@pytest.mark.parametrize("call", sorted(CALLS))
def test_every_call_after_lock_refuses_and_writes_nothing(unlocked, tmp_path, call):
    def files():
        return {p: p.read_bytes() for p in sorted(tmp_path.rglob("*")) if p.is_file()}

    unlocked.lock()
    before = files()
    with pytest.raises(Locked):
        CALLS[call](unlocked)
    assert files() == before
    reserved = Profiles.at(tmp_path).reserve("Ava")  # the profile opens as before
    again = reserved.unlock(PASSPHRASE)
    assert again.read("demo-noor").dossier.title == shipped.demo_dossier().title
    again.lock()


def test_every_public_call_is_in_the_table():
    public = {n for n in vars(Unlocked) if not n.startswith("_")}
    assert public - {"forms", "locked", "lock", "encode"} == set(CALLS)
