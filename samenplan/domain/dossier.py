"""A dossier: the plans about one client, with its people, medicines, triad members and
agreements.

Plain data classes; reading and writing them as the export format lives in
`export_format.py`. Plans refer to people and medicines by id, so a phone number or a dose
is typed once and corrected once for every plan. They have no generated repr: what a
person wrote never shows in a traceback or a log line.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from samenplan.formkit.answers import Answers

ROLES = ("client", "naaste", "hulpverlener")
MEMBER_STATUSES = ("open", "klaar")
DOCUMENT_STATUSES = ("draft", "final")
AGREEMENT_STATUSES = ("active", "kept", "changed", "stopped")
PLAN_FORMS = ("crisiskaart", "wrap")  # one per dossier; the triad card is one per member
TRIAD_FORM = "triadekaart"
REVIEW_MONTHS = 12


def new_id() -> str:
    """A random id: no names, dates or counts in it."""
    import secrets

    return secrets.token_hex(8)


def add_months(day: dt.date, months: int) -> dt.date:
    """`day` plus whole months, clamped to the end of a shorter month."""
    import calendar

    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def default_review_by(reviewed: dt.date) -> dt.date:
    return add_months(reviewed, REVIEW_MONTHS)


@dataclass(repr=False)
class Person:
    id: str
    name: str
    relation: str = ""  # relation or role, e.g. "moeder", "huisarts"
    phone: str = ""
    email: str = ""
    organisation: str = ""
    availability: str = ""


@dataclass(repr=False)
class Medicine:
    """A medicine of the client; the plans' medication answers refer to it by id
    (`{"ref": id}`), so the crisiskaart and the WRAP always show the same name and dose."""

    id: str  # new_id(): 16 hex digits
    name: str = ""
    dose: str = ""
    when: str = ""
    notes: str = ""


@dataclass(repr=False)
class Member:
    """A triad participant: a person in a role, with the status of their card."""

    person: str
    role: str
    status: str = "open"


@dataclass(repr=False)
class Version:
    """A plan's answers as they were when it was marked final on `day`."""

    day: dt.date
    answers: Answers


@dataclass(repr=False)
class Document:
    """One plan: the crisiskaart or WRAP of the dossier, or one member's triad card."""

    form: str
    form_version: int
    answers: Answers
    member: str | None = None  # person id of the triad member; None for the plans
    status: str = "draft"
    created: dt.date = field(default_factory=dt.date.today)
    reviewed: dt.date = field(default_factory=dt.date.today)
    review_by: dt.date | None = None
    changed: dt.date | None = None  # last day the answers were edited; None: `created`
    history: list[Version] = field(default_factory=list)  # oldest first

    def __post_init__(self) -> None:
        if self.review_by is None:
            self.review_by = default_review_by(self.reviewed)
        if self.changed is None:
            self.changed = self.created

    def edit(self, answers: Answers, today: dt.date | None = None) -> None:
        """New answers, typed now: the day of the last change follows."""
        self.answers = answers
        self.changed = today or dt.date.today()


@dataclass(repr=False)
class Agreement:
    """A triad afspraak: who does what about a task, with which support, until when."""

    id: str
    topic: str  # item id of a triad task
    what: str
    who: str  # person id
    support: str = ""
    start: dt.date | None = None
    review: dt.date | None = None
    status: str = "active"


@dataclass(repr=False)
class Dossier:
    id: str
    title: str
    created: dt.date
    reviewed: dt.date
    review_by: dt.date
    people: list[Person] = field(default_factory=list)
    members: list[Member] = field(default_factory=list)
    documents: list[Document] = field(default_factory=list)
    agreements: list[Agreement] = field(default_factory=list)
    # per triad member: a digest of their card when the comparison was last opened
    compared: dict[str, str] = field(default_factory=dict)
    # per triad member (not the client): whether the client agreed that they may see the
    # others' cards in the comparison; a member not in it is not decided yet
    consent: dict[str, bool] = field(default_factory=dict)
    # the client's medicines, referred to by the plans' medication answers
    medicines: list[Medicine] = field(default_factory=list)

    def person(self, person_id: str) -> Person | None:
        return next((p for p in self.people if p.id == person_id), None)

    def client(self) -> str | None:
        """The person id of the client: the triad member in that role, else the person
        noted as the client when the dossier was made."""
        member = next((m.person for m in self.members if m.role == "client"), None)
        noted = (p.id for p in self.people if p.relation.casefold() in ("cliënt", "client"))
        return member or next(noted, None)

    def medicine(self, medicine_id: str) -> Medicine | None:
        return next((m for m in self.medicines if m.id == medicine_id), None)

    def document(self, form: str, member: str | None = None) -> Document | None:
        return next((d for d in self.documents if d.form == form and d.member == member), None)

    def document_or_new(
        self, form: str, version: int, member: str | None = None, today: dt.date | None = None
    ) -> Document:
        """The plan (or a member's card), made empty when there is none yet."""
        found = self.document(form, member)
        if found is None:
            day = today or dt.date.today()
            found = Document(form, version, Answers(), member=member, created=day, reviewed=day)
            self.documents.append(found)
        return found

    def remove_member(self, person_id: str) -> None:
        """A member leaves the triad: their card and its comparison mark go with them."""
        self.members = [m for m in self.members if m.person != person_id]
        self.documents = [d for d in self.documents if d.member != person_id]
        self.compared.pop(person_id, None)
        self.consent.pop(person_id, None)
