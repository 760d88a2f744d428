"""The dossier table's summaries: made from a dossier, kept in the index with each save,
missing for a dossier stored without one (then filled in when it is opened), and the
card-made mark kept across saves."""

from __future__ import annotations

import datetime as dt

from samenplan import shipped
from samenplan.domain.dossier import Dossier, default_review_by
from samenplan.domain.export_format import dumps
from samenplan.domain.review import ReviewStatus
from samenplan.vault.profiles import ProfileStore
from samenplan.workspace.overview import DRAFT, NOT_STARTED, card_made, row, summarize, with_name
from samenplan.workspace.unlocked import Unlocked
from tests.vaulthelp import FAST, PASSPHRASE


def unlocked(tmp_path):
    store = ProfileStore(tmp_path)
    store.create("Consulent", PASSPHRASE, FAST)
    profile = store.open("Consulent")
    return Unlocked(profile.unlock(PASSPHRASE))


def test_summary_of_the_demo():
    demo = shipped.demo_dossier()
    summary = summarize(demo)
    crisis = demo.document("crisiskaart")
    assert summary["born"] == crisis.answers.get("geboortedatum") != ""
    assert summary["plans"]["crisiskaart"]["review_by"] == crisis.review_by.isoformat()
    assert summary["triad"] == {
        "members": len(demo.members),
        "klaar": sum(m.status == "klaar" for m in demo.members),
    }
    empty = Dossier("x", "Leeg", dt.date(2026, 1, 1), dt.date(2026, 1, 1), dt.date(2027, 1, 1))
    assert summarize(empty)["plans"]["wrap"]["state"] == NOT_STARTED


def test_overdue_row():
    demo = shipped.demo_dossier()
    crisis = demo.document("crisiskaart")
    crisis.reviewed, crisis.review_by = dt.date(2025, 3, 3), dt.date(2026, 3, 3)
    session_less = row_for(demo, dt.date(2026, 4, 1))
    assert session_less.overdue and session_less.review == ReviewStatus.DUE
    assert session_less.review_by == dt.date(2026, 3, 3)


def row_for(dossier, today):
    from samenplan.workspace.unlocked import DossierInfo

    return row(DossierInfo(dossier.id, dossier.title, "2026-01-01", 1, summarize(dossier)), today)


def test_saves_keep_a_summary_and_a_card_mark(tmp_path):
    with unlocked(tmp_path) as session:
        demo = shipped.demo_dossier()
        session.add(demo)
        [info] = session.dossiers()
        assert info.summary == summarize(demo)
        card_made(session, demo.id, "crisis", dt.date(2026, 5, 1))
        demo.title = "Noor B."
        session.save(demo)
        [info] = session.dossiers()
        assert info.title == "Noor B." and info.marks == {"card_crisis": "2026-05-01"}
        assert row(info, dt.date(2026, 5, 2)).card == dt.date(2026, 5, 1)


def test_a_dossier_without_summary_shows_unknown_until_opened(tmp_path):
    with unlocked(tmp_path) as session:
        day = dt.date(2026, 1, 5)
        old = Dossier("c1", "Oud dossier", day, day, default_review_by(day))
        with session.using() as vault:  # as samenplan stored it before summaries were kept
            vault.dossiers.create("c1", old.title, dumps(old).encode())
        [info] = session.dossiers()
        assert info.summary is None and not row(info, day).known
        session.read("c1")
        [info] = session.dossiers()
        assert row(info, day).known and info.summary == summarize(old)


def test_a_new_dossier_starts_with_je_naam():
    day = dt.date(2026, 1, 5)
    dossier = Dossier("c1", "Sanne de Wit", day, day, default_review_by(day))
    with_name(dossier, shipped.forms(), "Sanne de Wit", day)
    crisis = dossier.document("crisiskaart")
    assert crisis.answers.get("naam") == "Sanne de Wit"
    assert summarize(dossier)["plans"]["crisiskaart"]["state"] == DRAFT
