"""The samenplan export format (JSON, `format_version` 3): write it, and read it strictly.

This is the user's own copy of their data (data portability), the way a dossier moves
between computers, and the input of `samenplan card`. It is documented in
`resources/docs/export-format.md`. Reading refuses anything malformed with a message that
names the place (never the content); answers of an older form version go through the
form's migrations, and a version 1 triad card's role answers are moved to persons
(triad_migration.py). Version 1 and 2 files are read as well: version 1 has no `consent`;
before version 3 the plans kept their own medication lists, which reading moves into the
dossier's `medicines` (medication_migration.py). A medication answer that refers to a
medicine the file does not have is refused. Writing is
deterministic: export → import → export gives the same bytes (`exported_at` is passed in,
so a test or a re-export can keep it).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Mapping
from typing import Any, NamedTuple

from samenplan.domain.dossier import (
    AGREEMENT_STATUSES,
    DOCUMENT_STATUSES,
    MEMBER_STATUSES,
    ROLES,
    TRIAD_FORM,
    Agreement,
    Document,
    Dossier,
    Medicine,
    Member,
    Person,
    Version,
)
from samenplan.domain.medication_migration import REGISTRY_SINCE, Registry
from samenplan.domain.triad_migration import PERSON_ANSWERS_SINCE, migrate_card
from samenplan.formkit import picks
from samenplan.formkit.answers import (
    KEY_RE,
    LINE_LIMIT,
    MEDICATION_FIELDS,
    PERSON_ID_RE,
    AnswerError,
    Answers,
    from_json,
    migrate,
)
from samenplan.formkit.model import FormDef, ItemType
from samenplan.words import Said, said

FORMAT = "samenplan-export"
FORMAT_VERSION = 3  # 2: triad "who" answers name persons, `consent`; 3: `medicines`
MAX_BYTES = 16 * 1024 * 1024
DOSSIER_ID_RE = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
PERSON_FIELDS = ("id", "name", "relation", "phone", "email", "organisation", "availability")
MEDICINE_FIELDS = ("id", *MEDICATION_FIELDS)
MAX_DEPTH = 64  # the format nests about 15 deep; deeper is not a samenplan file
MAX_DIGITS = 100  # no number in the format has more digits; longer ones are never converted
BOM = b"\xef\xbb\xbf"  # some editors start a UTF-8 file with it: accepted and skipped
_SURROGATE = re.compile("[\ud800-\udfff]")  # a lone surrogate, written \\ud800 in JSON
_NAME_RE = re.compile(r"[a-z_]{1,40}")  # the format's own key names, safe to name in a message
_PLACE_RE = re.compile(r"[A-Za-z0-9_-]{1,64}")  # a key or id that may be part of a place
_ITEM_ID_RE = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)*$")  # formkit.loader.ID_RE (no yaml here)


class ExportFormatError(ValueError):
    """An export file cannot be read. `where` names the place (a path into the tree, or a
    line said in the reader's language); the reason never quotes content."""

    def __init__(self, where: str | Said, reason: Said) -> None:
        super().__init__(f"{_said(where, 'en')}: {reason.get('en')}")
        self.where = where
        self.reason = reason

    def describe(self, lang: str) -> str:
        where = _said(self.where, lang)
        return f"{where}: {self.reason.get(lang)}" if where else self.reason.get(lang)


def _said(where: str | Said, lang: str) -> str:
    return where if isinstance(where, str) else where.get(lang)


# ---------------------------------------------------------------------------- writing


def _date(day: dt.date | None) -> str | None:
    return day.isoformat() if day is not None else None


def to_json_data(dossier: Dossier, exported_at: str) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "exported_at": exported_at,
        "dossier": {
            "id": dossier.id,
            "title": dossier.title,
            "created": _date(dossier.created),
            "reviewed": _date(dossier.reviewed),
            "review_by": _date(dossier.review_by),
            **({"compared": dict(sorted(dossier.compared.items()))} if dossier.compared else {}),
            **({"consent": dict(sorted(dossier.consent.items()))} if dossier.consent else {}),
        },
        "people": [{key: getattr(p, key) for key in PERSON_FIELDS} for p in dossier.people],
        "medicines": [{key: getattr(m, key) for key in MEDICINE_FIELDS} for m in dossier.medicines],
        "members": [
            {"person": m.person, "role": m.role, "status": m.status} for m in dossier.members
        ],
        "documents": [
            {
                "form": d.form,
                "form_version": d.form_version,
                "member": d.member,
                "status": d.status,
                "created": _date(d.created),
                "reviewed": _date(d.reviewed),
                "review_by": _date(d.review_by),
                "changed": _date(d.changed),
                "items": d.answers.to_json(),
                **(
                    {
                        "history": [
                            {"date": _date(v.day), "items": v.answers.to_json()} for v in d.history
                        ]
                    }
                    if d.history
                    else {}
                ),
            }
            for d in dossier.documents
        ],
        "agreements": [
            {
                "id": a.id,
                "topic": a.topic,
                "what": a.what,
                "who": a.who,
                "support": a.support,
                "start": _date(a.start),
                "review": _date(a.review),
                "status": a.status,
            }
            for a in dossier.agreements
        ],
    }


def dumps(dossier: Dossier, exported_at: str | None = None) -> str:
    """The export file's text. `exported_at` defaults to now (UTC, whole seconds)."""
    if exported_at is None:
        now = dt.datetime.now(dt.UTC).replace(microsecond=0)
        exported_at = now.isoformat().replace("+00:00", "Z")
    data = to_json_data(dossier, exported_at)
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


# ---------------------------------------------------------------------------- reading


def _fail(where: str | Said, reason: Said) -> ExportFormatError:
    return ExportFormatError(where, reason)


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            if _NAME_RE.fullmatch(key) is None:  # not one of ours: never quoted
                raise _fail("", said("import_file.key_appears_twice_2"))
            raise _fail("", said("import_file.key_appears_twice", key=key))
        result[key] = value
    return result


class _TooLong:
    """A number with more digits than the format ever has; refused with its place."""


_TOO_LONG = _TooLong()


def _int(text: str) -> int | _TooLong:
    return int(text) if len(text) <= MAX_DIGITS else _TOO_LONG


def _place(path: tuple[str | int, ...]) -> str:
    """`people[0].name` for a path into the parsed tree; a key that is not a plain name is
    shown as '?' (it is content)."""
    where = ""
    for step in path:
        if isinstance(step, int):
            where += f"[{step}]"
        else:
            name = step if _PLACE_RE.fullmatch(step) else "?"
            where += f".{name}" if where else name
    return where


def _check_tree(data: Any) -> None:
    """Refuse what json accepts but a dossier cannot hold, naming the place: nesting deeper
    than the format, a number too long, a text with a lone surrogate (not a character,
    cannot be written as UTF-8). Iterative: the depth is checked here, not by recursion."""
    stack: list[tuple[Any, tuple[str | int, ...]]] = [(data, ())]
    while stack:
        value, path = stack.pop()
        if len(path) > MAX_DEPTH:
            raise _fail(_place(path[:MAX_DEPTH]), said("import_file.nested_too_deeply"))
        if isinstance(value, str):
            if _SURROGATE.search(value):
                raise _fail(_place(path), said("import_file.holds_invalid_character"))
        elif value is _TOO_LONG:
            raise _fail(_place(path), said("import_file.number_too_long"))
        elif isinstance(value, dict):
            for key in value:
                if _SURROGATE.search(key):
                    raise _fail(_place(path), said("import_file.key_holds_invalid_character"))
            stack.extend((item, (*path, key)) for key, item in reversed(value.items()))
        elif isinstance(value, list):
            stack.extend((value[i], (*path, i)) for i in reversed(range(len(value))))


def _reject_constant(name: str) -> Any:
    raise _fail("", said("import_file.invalid_number", name=name))


_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]')


def _too_deep_line(text: str) -> int:
    """The line where `text` first nests deeper than the format allows (for the message)."""
    depth = 0
    for token in _TOKEN.finditer(text):
        bracket = token.group()
        if bracket in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                return text.count("\n", 0, token.start()) + 1
        elif bracket in "]}":
            depth -= 1
    return 1


def parse_json(raw: bytes) -> Any:
    """Strict JSON: UTF-8 (a byte order mark is skipped), no duplicate keys, no NaN or
    Infinity, bounded size, depth and number length, no lone surrogates."""
    if len(raw) > MAX_BYTES:
        raise _fail("", said("import_file.file_too_large"))
    raw = raw.removeprefix(BOM)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise _fail("", said("import_file.file_not_utf_8")) from None
    try:
        data = json.loads(
            text,
            object_pairs_hook=_no_duplicates,
            parse_constant=_reject_constant,
            parse_int=_int,
        )
    except json.JSONDecodeError as exc:
        raise _fail(
            said("import_file.line", n=exc.lineno), said("import_file.file_not_valid_json")
        ) from None
    except RecursionError:
        raise _fail(
            said("import_file.line", n=_too_deep_line(text)),
            said("import_file.file_nested_too_deeply"),
        ) from None
    _check_tree(data)
    return data


def _object(
    value: Any, where: str, keys: tuple[str, ...], optional: tuple[str, ...] = ()
) -> dict[str, Any]:
    """`value` as an object with exactly `keys`, and perhaps some of `optional`."""
    if not isinstance(value, dict):
        raise _fail(where, said("import_file.expected_object"))
    if not set(keys) <= set(value) <= set(keys) | set(optional):
        missing = sorted(set(keys) - set(value))
        extra = sorted(set(value) - set(keys) - set(optional))
        if missing:
            raise _fail(where, said("import_file.missing", value=missing[0]))
        if _NAME_RE.fullmatch(extra[0]) is None:  # not one of ours: never quoted
            raise _fail(where, said("import_file.unknown_key_2"))
        raise _fail(where, said("import_file.unknown_key", value=extra[0]))
    return value


def _list(value: Any, where: str) -> list[Any]:
    if not isinstance(value, list):
        raise _fail(where, said("import_file.expected_list"))
    return value


def _str(value: Any, where: str, *, empty: bool = True, limit: int = 10_000) -> str:
    if not isinstance(value, str):
        raise _fail(where, said("import_file.expected_text"))
    if not empty and not value.strip():
        raise _fail(where, said("import_file.must_not_be_empty"))
    if len(value) > limit:
        raise _fail(where, said("import_file.text_too_long"))
    return value


def _choice(value: Any, where: str, options: tuple[str, ...]) -> str:
    if value not in options:
        raise _fail(where, said("import_file.choose_from", value=", ".join(options)))
    return str(value)


def _id(value: Any, where: str, pattern: re.Pattern[str]) -> str:
    if not isinstance(value, str) or pattern.match(value) is None:
        raise _fail(where, said("import_file.not_valid_id"))
    return value


def _day(value: Any, where: str, *, optional: bool = False) -> dt.date | None:
    if value is None and optional:
        return None
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    raise _fail(where, said("import_file.expected_date_yyyy_mm"))


def _required_day(value: Any, where: str) -> dt.date:
    day = _day(value, where)
    assert day is not None
    return day


def _timestamp(value: Any, where: str) -> str:
    text = _str(value, where, limit=40)
    try:
        dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise _fail(where, said("import_file.expected_time_iso_8601")) from None
    return text


def _unique(items: list[Any], key: Callable[[Any], Any], where: str) -> None:
    seen = set()
    for index, item in enumerate(items):
        value = key(item)
        if value in seen:
            raise _fail(f"{where}[{index}]", said("import_file.appears_twice"))
        seen.add(value)


def from_json_data(data: Any, forms: Mapping[str, FormDef]) -> tuple[Dossier, str]:
    """The dossier in a parsed export file, and its `exported_at`."""
    top = _object(
        data,
        "",
        ("format", "format_version", "exported_at", "dossier", "people", "members",
         "documents", "agreements"),
        optional=("medicines",),  # since version 3, and then always there
    )  # fmt: skip
    if top["format"] != FORMAT:
        raise _fail("format", said("import_file.not_samenplan_export_file"))
    version = top["format_version"]
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise _fail("format_version", said("import_file.invalid_version"))
    if version > FORMAT_VERSION:
        raise _fail("format_version", said("import_file.file_was_made_by"))
    if ("medicines" in top) != (version >= REGISTRY_SINCE):
        if "medicines" in top:
            raise _fail("", said("import_file.unknown_key_medicines"))
        raise _fail("", said("import_file.medicines_missing"))
    exported_at = _timestamp(top["exported_at"], "exported_at")
    raw = _object(
        top["dossier"],
        "dossier",
        ("id", "title", "created", "reviewed", "review_by"),
        optional=("compared", "consent"),  # added later in version 1, and in version 2
    )
    dossier = Dossier(
        id=_id(raw["id"], "dossier.id", DOSSIER_ID_RE),
        title=_str(raw["title"], "dossier.title", empty=False, limit=200),
        created=_required_day(raw["created"], "dossier.created"),
        reviewed=_required_day(raw["reviewed"], "dossier.reviewed"),
        review_by=_required_day(raw["review_by"], "dossier.review_by"),
    )
    dossier.people = [
        _person(p, f"people[{i}]") for i, p in enumerate(_list(top["people"], "people"))
    ]
    _unique(dossier.people, lambda p: p.id, "people")
    people = {p.id for p in dossier.people}
    registry = Registry() if version < REGISTRY_SINCE else None  # filled from the plans
    if registry is None:
        dossier.medicines = [
            _medicine(m, f"medicines[{i}]")
            for i, m in enumerate(_list(top["medicines"], "medicines"))
        ]
        _unique(dossier.medicines, lambda m: m.id, "medicines")

    raw_members = _list(top["members"], "members")
    for index, raw_member in enumerate(raw_members):
        where = f"members[{index}]"
        m = _object(raw_member, where, ("person", "role", "status"))
        if not isinstance(m["person"], str) or m["person"] not in people:
            raise _fail(f"{where}.person", said("import_file.person_not_in_people"))
        dossier.members.append(
            Member(
                m["person"],
                _choice(m["role"], f"{where}.role", ROLES),
                _choice(m["status"], f"{where}.status", MEMBER_STATUSES),
            )
        )
    _unique(dossier.members, lambda m: m.person, "members")
    roles = {m.person: m.role for m in dossier.members}
    dossier.compared = _compared(raw.get("compared", {}), roles)
    dossier.consent = _consent(raw.get("consent", {}), roles)

    medicines = {m.id for m in dossier.medicines}
    for index, raw_doc in enumerate(_list(top["documents"], "documents")):
        context = _Context(people, None, roles, medicines, registry)
        dossier.documents.append(_document(raw_doc, f"documents[{index}]", forms, context))
    _unique(dossier.documents, lambda d: (d.form, d.member), "documents")
    if registry is not None:
        dossier.medicines = registry.medicines

    triad = forms.get(TRIAD_FORM)
    topics = {i.id for i in triad.walk() if i.type is ItemType.GROUP} if triad else set()
    for index, raw_agreement in enumerate(_list(top["agreements"], "agreements")):
        dossier.agreements.append(_agreement(raw_agreement, f"agreements[{index}]", topics, people))
    _unique(dossier.agreements, lambda a: a.id, "agreements")
    return dossier, exported_at


def _person(raw: Any, where: str) -> Person:
    p = _object(raw, where, PERSON_FIELDS)
    return Person(
        id=_id(p["id"], f"{where}.id", PERSON_ID_RE),
        name=_str(p["name"], f"{where}.name", empty=False, limit=200),
        **{key: _str(p[key], f"{where}.{key}", limit=500) for key in PERSON_FIELDS[2:]},
    )


def _medicine(raw: Any, where: str) -> Medicine:
    m = _object(raw, where, MEDICINE_FIELDS)
    return Medicine(
        id=_id(m["id"], f"{where}.id", KEY_RE),
        **{key: _str(m[key], f"{where}.{key}", limit=LINE_LIMIT) for key in MEDICATION_FIELDS},
    )


def _document(raw: Any, where: str, forms: Mapping[str, FormDef], context: _Context) -> Document:
    d = _object(
        raw,
        where,
        ("form", "form_version", "member", "status", "created", "reviewed", "review_by", "items"),
        optional=("changed", "history"),  # added later in version 1
    )
    form = forms.get(d["form"]) if isinstance(d["form"], str) else None
    if form is None:
        raise _fail(f"{where}.form", said("import_file.unknown_form"))
    version = d["form_version"]
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise _fail(f"{where}.form_version", said("import_file.invalid_version"))
    if version > form.version:
        raise _fail(f"{where}.form_version", said("import_file.plan_was_made_with"))
    member = d["member"]
    roles = context.roles
    if form.id == TRIAD_FORM:
        if not isinstance(member, str) or member not in roles:
            raise _fail(f"{where}.member", said("import_file.triad_card_belongs_to"))
        form = form.for_perspective(roles[member])
    elif member is not None:
        raise _fail(f"{where}.member", said("import_file.only_triad_card_has"))
    context = context._replace(member=member if form.id == TRIAD_FORM else None)
    answers = _answers(form, version, d["items"], f"{where}.items", context)
    history = []
    for index, raw_version in enumerate(_list(d.get("history", []), f"{where}.history")):
        here = f"{where}.history[{index}]"
        v = _object(raw_version, here, ("date", "items"))
        day = _required_day(v["date"], f"{here}.date")
        history.append(Version(day, _answers(form, version, v["items"], f"{here}.items", context)))
    return Document(
        form=form.id,
        form_version=form.version,
        answers=answers,
        member=member,
        status=_choice(d["status"], f"{where}.status", DOCUMENT_STATUSES),
        created=_required_day(d["created"], f"{where}.created"),
        reviewed=_required_day(d["reviewed"], f"{where}.reviewed"),
        review_by=_required_day(d["review_by"], f"{where}.review_by"),
        changed=_day(d.get("changed"), f"{where}.changed", optional=True),
        history=history,
    )


class _Context(NamedTuple):
    """What reading a document's answers needs from the rest of the file."""

    people: set[str]
    member: str | None  # the triad member whose card it is
    roles: Mapping[str, str]  # every triad member's role
    medicines: set[str]  # the ids in the file's `medicines`
    registry: Registry | None  # a file before version 3: its medicines, gathered from plans


def _answers(form: FormDef, version: int, raw: Any, where: str, context: _Context) -> Answers:
    """One answer tree of a document (its answers now, or a kept version of them)."""
    items = migrate(form, raw) if version < form.version else raw
    medication = {item.id for item in form.walk() if item.type is ItemType.MEDICATION}
    if context.registry is not None and medication:
        items = context.registry.migrate(items, medication)
    if context.member is not None and version < PERSON_ANSWERS_SINCE:
        who_items = {item.id for item in form.walk() if item.type is ItemType.WHO}
        items = migrate_card(items, context.member, context.roles, who_items)
    _plain_ids(items, where)
    try:
        answers = from_json(form, items, where)
    except AnswerError as exc:
        raise ExportFormatError(exc.where, exc.reason) from None
    people = context.people
    medicines = context.medicines | (
        {m.id for m in context.registry.medicines} if context.registry is not None else set()
    )
    for item in form.walk():
        if item.type is ItemType.MEDICATION:
            for node in answers.root().find_all(item.id):
                if any(entry["ref"] not in medicines for entry in node.value):
                    raise _fail(
                        f"{where} ({item.id})", said("import_file.medicine_not_in_medicines")
                    )
        if item.type is ItemType.PERSON:
            for node in answers.root().find_all(item.id):
                if node.value not in people:
                    raise _fail(f"{where} ({item.id})", said("import_file.person_not_in_people"))
    for item_id in picks.problems(form, answers):
        raise _fail(f"{where} ({item_id})", said("import_file.refers_to_something_that"))
    return answers


def _plain_ids(items: Any, where: str) -> None:
    """Every answer's 'id' is shaped like a form's id, so that a message about an unknown
    question can name it without quoting content (the depth was bounded by `_check_tree`)."""
    stack: list[tuple[Any, str]] = [(items, where)]
    while stack:
        nodes, here = stack.pop()
        if not isinstance(nodes, list):
            continue  # from_json names it
        for index, node in enumerate(nodes):
            if not isinstance(node, dict):
                continue
            item_id = node.get("id")
            if isinstance(item_id, str) and (len(item_id) > 64 or not _ITEM_ID_RE.match(item_id)):
                raise _fail(f"{here}[{index}]", said("import_file.no_such_question_at"))
            if "items" in node and isinstance(item_id, str):
                stack.append((node["items"], f"{here}[{index}] ({item_id}).items"))


def _compared(raw: Any, members: Mapping[str, str]) -> dict[str, str]:
    if not isinstance(raw, dict):
        raise _fail("dossier.compared", said("import_file.expected_object"))
    for person, mark in raw.items():
        if person not in members:
            named = f" ({person})" if PERSON_ID_RE.match(person) else ""
            raise _fail(f"dossier.compared{named}", said("import_file.person_not_triad_member"))
        if not isinstance(mark, str) or not re.fullmatch(r"[0-9a-f]{64}", mark):
            raise _fail(f"dossier.compared ({person})", said("import_file.invalid_digest"))
    return dict(raw)


def _consent(raw: Any, members: Mapping[str, str]) -> dict[str, bool]:
    if not isinstance(raw, dict):
        raise _fail("dossier.consent", said("import_file.expected_object"))
    for person, allowed in raw.items():
        if person not in members:  # a client's own entry means nothing, and harms nothing
            named = f" ({person})" if PERSON_ID_RE.match(person) else ""
            raise _fail(f"dossier.consent{named}", said("import_file.person_not_triad_member"))
        if not isinstance(allowed, bool):
            raise _fail(f"dossier.consent ({person})", said("import_file.expected_true_or_false"))
    return dict(raw)


def _agreement(raw: Any, where: str, topics: set[str], people: set[str]) -> Agreement:
    a = _object(raw, where, ("id", "topic", "what", "who", "support", "start", "review", "status"))
    if not isinstance(a["topic"], str) or a["topic"] not in topics:
        raise _fail(f"{where}.topic", said("import_file.unknown_triad_card_topic"))
    if not isinstance(a["who"], str) or a["who"] not in people:
        raise _fail(f"{where}.who", said("import_file.person_not_in_people"))
    return Agreement(
        id=_id(a["id"], f"{where}.id", DOSSIER_ID_RE),
        topic=a["topic"],
        what=_str(a["what"], f"{where}.what", empty=False, limit=2000),
        who=a["who"],
        support=_str(a["support"], f"{where}.support", limit=2000),
        start=_day(a["start"], f"{where}.start", optional=True),
        review=_day(a["review"], f"{where}.review", optional=True),
        status=_choice(a["status"], f"{where}.status", AGREEMENT_STATUSES),
    )


def loads(raw: bytes, forms: Mapping[str, FormDef]) -> tuple[Dossier, str]:
    """Read an export file's bytes; ExportFormatError names the place of any problem."""
    return from_json_data(parse_json(raw), forms)
