"""How fresh a plan is: a reminder from 11 months after the last review, overdue from 12,
and not to be trusted any more from 18 months (a card that old is not relied upon)."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from samenplan.domain.dossier import add_months


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
