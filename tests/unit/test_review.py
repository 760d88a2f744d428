"""Review reminders: soon from 11 months, overdue from 12, not trusted from 18."""

import datetime as dt

import pytest

from samenplan.domain.dossier import default_review_by
from samenplan.domain.review import ReviewStatus, review_status

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
