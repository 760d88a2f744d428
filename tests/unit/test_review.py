"""Review reminders (soon from a month before, overdue from the review-by date, not trusted
from 18 months) and "still good", the interval and the dates on the card."""

import datetime as dt
import io

import pdfplumber
import pytest

from samenplan import shipped
from samenplan.domain.dossier import Document, default_review_by
from samenplan.domain.review import (
    ReviewStatus,
    interval,
    review_every,
    review_status,
    still_good,
)
from samenplan.formkit.answers import Answers

REVIEWED = dt.date(2025, 3, 15)


@pytest.mark.parametrize(
    ("today", "status"),
    [
        (dt.date(2025, 3, 15), ReviewStatus.OK),
        (dt.date(2026, 2, 14), ReviewStatus.OK),
        (dt.date(2026, 2, 15), ReviewStatus.SOON),
        (dt.date(2026, 3, 14), ReviewStatus.SOON),
        (dt.date(2026, 3, 15), ReviewStatus.DUE),
        (dt.date(2026, 9, 14), ReviewStatus.DUE),
        (dt.date(2026, 9, 15), ReviewStatus.STALE),
    ],
)
def test_review_status(today, status):
    assert review_status(REVIEWED, default_review_by(REVIEWED), today) is status


def plan(reviewed: dt.date, review_by: dt.date | None = None) -> Document:
    return Document("wrap", 1, Answers(), created=reviewed, reviewed=reviewed, review_by=review_by)


def test_still_good_moves_the_dates_and_keeps_the_interval():
    document = plan(dt.date(2025, 11, 30))
    assert document.review_by == dt.date(2026, 11, 30) and interval(document) == 12
    answers = document.answers.to_json()
    still_good(document, dt.date(2026, 12, 3))  # a few days late
    assert (document.reviewed, document.review_by) == (dt.date(2026, 12, 3), dt.date(2027, 12, 3))
    assert document.answers.to_json() == answers and document.changed == dt.date(2025, 11, 30)
    review_every(document, 3)
    assert document.review_by == dt.date(2027, 3, 3) and interval(document) == 3
    still_good(document, dt.date(2027, 2, 28))
    assert document.review_by == dt.date(2027, 5, 28)  # still every 3 months
    assert review_status(document.reviewed, document.review_by, dt.date(2027, 5, 1)) is (
        ReviewStatus.SOON
    )
    with pytest.raises(ValueError):
        review_every(document, 7)


def test_month_ends_are_kept_sensible():
    document = plan(dt.date(2026, 8, 31))
    review_every(document, 6)
    assert document.review_by == dt.date(2027, 2, 28)
    assert interval(plan(dt.date(2024, 2, 29))) == 12  # leap day to 28 February


def test_the_card_prints_the_dates_of_the_last_review():
    from samenplan.export.pocket import crisis_card

    dossier = shipped.demo_dossier()
    still_good(dossier.document("crisiskaart"), dt.date(2027, 9, 1))
    pdf, _report = crisis_card(dossier, shipped.forms())
    with pdfplumber.open(io.BytesIO(pdf)) as opened:
        text = opened.pages[0].extract_text()
    assert "Bijgewerkt op 01-09-2027" in text and "Herzien vóór 01-09-2028" in text
