"""How fresh a plan is: a reminder from a month before its review-by date, overdue from
that date, and not to be trusted any more 18 months after the last review (a card that old
is not relied upon). A plan is reviewed every 12 months unless its owner chose 3 or 6; "still
good" moves the dates on without changing an answer, and the card prints them."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from samenplan.domain.dossier import REVIEW_MONTHS, Document, add_months

INTERVALS = (3, 6, REVIEW_MONTHS)  # months between reviews a person can choose


class ReviewStatus(StrEnum):
    OK = "ok"
    SOON = "soon"
    DUE = "due"
    STALE = "stale"


def review_status(reviewed: dt.date, review_by: dt.date, today: dt.date) -> ReviewStatus:
    if today >= add_months(reviewed, 18):
        return ReviewStatus.STALE
    if today >= review_by:
        return ReviewStatus.DUE
    if today >= add_months(review_by, -1):
        return ReviewStatus.SOON
    return ReviewStatus.OK


def interval(document: Document) -> int:
    """The chosen months between reviews: the choice nearest to reviewed → review_by."""
    assert document.review_by is not None
    days = (document.review_by - document.reviewed).days
    return min(INTERVALS, key=lambda months: abs(months * 30.44 - days))


def still_good(document: Document, today: dt.date) -> None:
    """Looked at today and found still right: the review dates move, the answers do not."""
    months = interval(document)
    document.reviewed = today
    document.review_by = add_months(today, months)


def review_every(document: Document, months: int) -> None:
    """From now on review every `months` (3, 6 or 12), counted from the last review."""
    if months not in INTERVALS:
        raise ValueError(f"review interval must be one of {INTERVALS}")
    document.review_by = add_months(document.reviewed, months)
