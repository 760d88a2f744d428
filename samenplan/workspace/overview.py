"""A cheap overview of every dossier for the consultant's table, without opening them.

When a dossier is stored, `summarize` takes a few facts from it (date of birth, per plan its
state and review dates, the triad's members and how many are klaar); the vault keeps them
in its encrypted index next to the title. `Row` reads them back for the table, with the
review status worked out for today. A dossier saved before summaries were kept, or listed
again from its files after the index was lost, has no summary: its row says so (`known`
False) and the summary is filled in the next time the dossier is opened or saved. The day a
pocket card was made is a mark in the index (`card_made`), kept across saves.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from samenplan.domain.dossier import PLAN_FORMS, Document, Dossier
from samenplan.domain.review import ReviewStatus, review_status
from samenplan.formkit.answers import Node, is_empty, section_of
from samenplan.formkit.model import FormDef
from samenplan.workspace.unlocked import DossierInfo, Unlocked

BIRTH_ITEM = ("crisiskaart", "geboortedatum")  # (form, item) holding the date of birth
NAME_ITEM = ("crisiskaart", "naam")  # (form, item) holding the client's own name
NOT_STARTED, DRAFT, FINAL = "none", "draft", "final"
CARD_KINDS = ("crisis", "wrap")


def summarize(dossier: Dossier) -> dict[str, object]:
    """What the table shows of a dossier, as plain JSON for the index."""
    plans: dict[str, object] = {}
    for form in PLAN_FORMS:
        document = dossier.document(form)
        plans[form] = {
            "state": _state(document),
            "reviewed": document.reviewed.isoformat() if document is not None else "",
            "review_by": (
                document.review_by.isoformat()
                if document is not None and document.review_by is not None
                else ""
            ),
        }
    crisis = dossier.document(BIRTH_ITEM[0])
    born = crisis.answers.get(BIRTH_ITEM[1]) if crisis is not None else None
    klaar = sum(1 for m in dossier.members if m.status == "klaar")
    return {
        "born": born if isinstance(born, str) else "",
        "plans": plans,
        "triad": {"members": len(dossier.members), "klaar": klaar},
    }


def _state(document: Document | None) -> str:
    if document is None or not _filled(document.answers.root()):
        return NOT_STARTED
    return FINAL if document.status == "final" else DRAFT


def _filled(node: Node) -> bool:
    return any(not is_empty(child.value) or _filled(child) for child in node.children)


def card_key(kind: str) -> str:
    """The index mark that keeps the day a pocket card of `kind` was made."""
    if kind not in CARD_KINDS:
        raise ValueError(f"card kind must be one of {CARD_KINDS}")
    return f"card_{kind}"


def card_made(unlocked: Unlocked, dossier_id: str, kind: str, today: dt.date) -> None:
    """Remember that a pocket card of `kind` was made for the dossier today."""
    unlocked.mark(dossier_id, card_key(kind), today.isoformat())


@dataclass(frozen=True)
class Plan:
    state: str  # NOT_STARTED, DRAFT or FINAL
    reviewed: dt.date | None
    review_by: dt.date | None


@dataclass(frozen=True)
class Row:
    """One dossier as the table shows it; every date None when not known."""

    id: str
    title: str
    updated: dt.date | None
    known: bool  # False: no summary yet (the facts below are not known)
    born: dt.date | None
    plans: dict[str, Plan]
    members: int
    klaar: int
    card: dt.date | None  # the day the crisis card was last made here
    review_by: dt.date | None  # the earliest review-by of the plans started
    review: ReviewStatus | None

    @property
    def overdue(self) -> bool:
        return self.review in (ReviewStatus.DUE, ReviewStatus.STALE)


def row(info: DossierInfo, today: dt.date) -> Row:
    summary = info.summary or {}
    plans_raw = summary.get("plans")
    plans: dict[str, Plan] = {}
    for form in PLAN_FORMS:
        raw = plans_raw.get(form) if isinstance(plans_raw, dict) else None
        raw = raw if isinstance(raw, dict) else {}
        state = raw.get("state")
        plans[form] = Plan(
            state
            if isinstance(state, str) and state in (NOT_STARTED, DRAFT, FINAL)
            else NOT_STARTED,
            _date(raw.get("reviewed")),
            _date(raw.get("review_by")),
        )
    started = [p for p in plans.values() if p.state != NOT_STARTED and p.review_by and p.reviewed]
    due = min(started, key=lambda p: p.review_by or dt.date.max, default=None)
    review = None
    if due is not None and due.reviewed is not None and due.review_by is not None:
        review = review_status(due.reviewed, due.review_by, today)
    triad = summary.get("triad")
    triad = triad if isinstance(triad, dict) else {}
    return Row(
        info.id,
        info.title,
        _date(info.updated),
        info.summary is not None,
        _date(summary.get("born")),
        plans,
        _count(triad.get("members")),
        _count(triad.get("klaar")),
        _date(info.marks.get(card_key("crisis"))),
        due.review_by if due is not None else None,
        review,
    )


def rows(infos: list[DossierInfo], today: dt.date | None = None) -> list[Row]:
    day = today or dt.date.today()
    return [row(info, day) for info in infos]


def _date(value: object) -> dt.date | None:
    if not isinstance(value, str):
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def _count(value: object) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else 0


def with_name(dossier: Dossier, forms: Mapping[str, FormDef], name: str, today: dt.date) -> None:
    """A new dossier's crisiskaart starts with the client's name as 'Je naam'."""
    form_id, item = NAME_ITEM
    form = forms[form_id]
    document = dossier.document_or_new(form_id, form.version, today=today)
    if document.answers.get(item) is None:
        section_of(form, document.answers, item).children.append(Node(item, name))
