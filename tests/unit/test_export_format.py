"""The export format: the demo dossier round-trips byte for byte; anything malformed is refused."""

from __future__ import annotations

import contextlib
import copy
import datetime as dt
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from samenplan import resources
from samenplan.domain.dossier import add_months, default_review_by
from samenplan.domain.export_format import ExportFormatError, dumps, from_json_data, loads
from samenplan.formkit.conditions import hidden_answers
from samenplan.formkit.validate import validate


@pytest.fixture(scope="module")
def demo_bytes() -> bytes:
    return resources.resource("demo/dossier.json").read_bytes()


@pytest.fixture
def demo_data(demo_bytes) -> dict:
    return json.loads(demo_bytes)


def test_demo_round_trips_byte_identically(forms, demo_bytes):
    dossier, exported_at = loads(demo_bytes, forms)
    first = dumps(dossier, exported_at)
    assert first.encode("utf-8") == demo_bytes
    again, stamp = loads(first.encode("utf-8"), forms)
    assert dumps(again, stamp) == first


def test_demo_validates_against_the_forms(forms, demo_bytes):
    dossier, _ = loads(demo_bytes, forms)
    roles = {m.person: m.role for m in dossier.members}
    assert sorted(roles.values()) == ["client", "hulpverlener", "naaste", "naaste"]
    assert {d.form for d in dossier.documents} == {"crisiskaart", "wrap", "triadekaart"}
    assert len(dossier.agreements) >= 3
    for document in dossier.documents:
        form = forms[document.form]
        if document.member is not None:
            form = form.for_perspective(roles[document.member])
        assert validate(form, document.answers) == [], (document.form, document.member)
        assert hidden_answers(form, document.answers) == []
        answered_sections = {n.id for n in document.answers.items if n.children}
        assert answered_sections == {s.id for s in form.sections()}, "every section filled in"


def test_export_time_defaults_to_now(forms, demo_bytes):
    dossier, _ = loads(demo_bytes, forms)
    stamp = json.loads(dumps(dossier))["exported_at"]
    written = dt.datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    assert abs(dt.datetime.now(dt.UTC) - written) < dt.timedelta(minutes=1)


def mutate(data: dict, path: list, value=None, *, delete: bool = False) -> dict:
    data = copy.deepcopy(data)
    target = data
    for key in path[:-1]:
        target = target[key]
    if delete:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return data


@pytest.mark.parametrize(
    ("path", "value", "where"),
    [
        (["format"], "iets-anders", "format"),
        (["format_version"], 4, "format_version"),
        (["format_version"], "1", "format_version"),
        (["exported_at"], "gisteren", "exported_at"),
        (["dossier", "title"], "", "dossier.title"),
        (["dossier", "id"], "Mijn Dossier", "dossier.id"),
        (["dossier", "created"], "2026-13-01", "dossier.created"),
        (["dossier", "consent"], {"p-karin": True}, "dossier.consent (p-karin)"),
        (["dossier", "consent"], {"p-ellen": "ja"}, "dossier.consent (p-ellen)"),
        (["dossier", "consent"], [], "dossier.consent"),
        (
            ["documents", 2, "items", 1, "items", 1, "items", 1, "value"],
            {"code": "naaste"},
            "documents[2].items[1] (behandeling).items[1] (medicijnen_halen).items[1] (medicijnen_halen.wie_nu)",
        ),
        (
            ["documents", 2, "items", 1, "items", 1, "items", 1, "value"],
            {"person": "p-ellen", "other": "Ellen"},
            "documents[2].items[1] (behandeling).items[1] (medicijnen_halen).items[1] (medicijnen_halen.wie_nu)",
        ),
        (["people", 0, "id"], "Noor", "people[0].id"),
        (["medicines", 0, "id"], "Aripiprazol", "medicines[0].id"),
        (["medicines", 0, "dose"], 10, "medicines[0].dose"),
        (["medicines", 0, "name"], "x" * 2_001, "medicines[0].name"),
        (["medicines", 0, "colour"], "wit", "medicines[0]"),
        (["medicines"], {}, "medicines"),
        (["people", 1, "id"], "p-noor", "people[1]"),
        (["people", 0, "name"], None, "people[0].name"),
        (["members", 0, "person"], "p-niemand", "members[0].person"),
        (["members", 0, "role"], "oma", "members[0].role"),
        (["members", 1, "status"], "half", "members[1].status"),
        (["documents", 0, "form"], "dagboek", "documents[0].form"),
        (["documents", 0, "form_version"], 99, "documents[0].form_version"),
        (["documents", 0, "member"], "p-noor", "documents[0].member"),
        (["documents", 2, "member"], None, "documents[2].member"),
        (["documents", 2, "member"], "p-dewit", "documents[2].member"),
        (["documents", 0, "status"], "klaar", "documents[0].status"),
        (["documents", 0, "review_by"], None, "documents[0].review_by"),
        (
            ["documents", 0, "items", 0, "items", 0, "value"],
            42,
            "documents[0].items[0] (over_mij).items[0] (naam)",
        ),
        (
            ["documents", 0, "items", 7, "items", 0, "value"],
            "p-onbekend",
            "documents[0].items (huisarts)",
        ),
        (["documents", 1, "form"], "crisiskaart", "documents[1].items[0] (sleutelbegrippen)"),
        (["agreements", 0, "topic"], "boodschappen_doen", "agreements[0].topic"),
        (["agreements", 0, "who"], "p-onbekend", "agreements[0].who"),
        (["agreements", 0, "what"], " ", "agreements[0].what"),
        (["agreements", 0, "status"], "misschien", "agreements[0].status"),
        (["agreements", 0, "start"], "15-10-2026", "agreements[0].start"),
        (["agreements", 1, "id"], "a-post", "agreements[1]"),
    ],
)
def test_malformed_export_is_refused_naming_the_place(forms, demo_data, path, value, where):
    with pytest.raises(ExportFormatError) as caught:
        from_json_data(mutate(demo_data, path, value), forms)
    assert caught.value.where == where
    nl, en = caught.value.describe("nl"), caught.value.describe("en")
    assert nl != en
    if isinstance(value, str) and len(value) > 3:
        assert value not in nl and value not in en  # the place, never the content


def test_the_day_of_the_last_change_is_kept_and_may_be_absent(forms, demo_data):
    dossier, stamp = from_json_data(demo_data, forms)
    plan = dossier.document("crisiskaart")
    assert plan.changed == dt.date(2026, 9, 20)
    plan.edit(plan.answers, dt.date(2026, 11, 23))
    again, _ = loads(dumps(dossier, stamp).encode(), forms)
    assert again.document("crisiskaart").changed == dt.date(2026, 11, 23)
    older = mutate(demo_data, ["documents", 0, "changed"], delete=True)
    assert from_json_data(older, forms)[0].documents[0].changed == dt.date(2026, 9, 1)
    with pytest.raises(ExportFormatError) as caught:
        from_json_data(mutate(demo_data, ["documents", 0, "changed"], "gisteren"), forms)
    assert caught.value.where == "documents[0].changed"


@pytest.mark.parametrize(
    ("compared", "where"),
    [
        ({"p-onbekend": "0" * 64}, "dossier.compared (p-onbekend)"),
        ({"p-jesse": "niet-hex"}, "dossier.compared (p-jesse)"),
        (["p-jesse"], "dossier.compared"),
    ],
)
def test_comparison_marks_name_members_and_hold_digests(forms, demo_data, compared, where):
    assert from_json_data(demo_data, forms)[0].compared == {}  # absent: never compared
    good = mutate(demo_data, ["dossier", "compared"], {"p-jesse": "a" * 64})
    assert from_json_data(good, forms)[0].compared == {"p-jesse": "a" * 64}
    with pytest.raises(ExportFormatError) as caught:
        from_json_data(mutate(demo_data, ["dossier", "compared"], compared), forms)
    assert caught.value.where == where


def test_a_second_copy_of_a_plan_is_refused(forms, demo_data):
    data = copy.deepcopy(demo_data)
    data["documents"].append(copy.deepcopy(data["documents"][0]))
    with pytest.raises(ExportFormatError) as caught:
        from_json_data(data, forms)
    assert caught.value.where == f"documents[{len(data['documents']) - 1}]"


@pytest.mark.parametrize("key", ["people", "medicines", "dossier", "agreements"])
def test_missing_or_extra_keys_are_refused(forms, demo_data, key):
    with pytest.raises(ExportFormatError):
        from_json_data(mutate(demo_data, [key], delete=True), forms)
    with pytest.raises(ExportFormatError):
        from_json_data(mutate(demo_data, ["extra"], 1), forms)


@pytest.mark.parametrize(
    "raw",
    [
        b"",
        b"\xff\xfe{}",
        b"[1, 2",
        b'{"format": "samenplan-export", "format": "x"}',
        b'{"a": NaN}',
        b"[" * 100_000 + b"]" * 100_000,
    ],
)
def test_broken_bytes_are_refused(forms, raw):
    with pytest.raises(ExportFormatError):
        loads(raw, forms)


def test_an_older_form_version_is_migrated(forms, demo_data):
    # Pretend the crisis plan was stored by version 0 of a form that renamed 'naam'.
    from dataclasses import replace

    from samenplan.formkit.model import Migrations

    crisis = forms["crisiskaart"]
    newer = replace(
        crisis,
        version=crisis.version + 1,
        migrations=Migrations(renamed={"volledige_naam": "naam"}),
    )
    data = mutate(demo_data, ["documents", 0, "items", 0, "items", 0, "id"], "volledige_naam")
    dossier, _ = from_json_data(data, {**forms, "crisiskaart": newer})
    document = dossier.document("crisiskaart")
    assert document.form_version == crisis.version + 1
    assert document.answers.get("naam") == "Noor Bakker"


def test_review_dates():
    assert default_review_by(dt.date(2026, 3, 15)) == dt.date(2027, 3, 15)
    assert default_review_by(dt.date(2024, 2, 29)) == dt.date(2025, 2, 28)
    assert add_months(dt.date(2026, 1, 31), 1) == dt.date(2026, 2, 28)
    assert add_months(dt.date(2026, 11, 30), 3) == dt.date(2027, 2, 28)


@settings(max_examples=400, deadline=None)
@given(raw=st.binary(max_size=300))
def test_arbitrary_bytes_give_only_export_errors(forms, raw):
    with contextlib.suppress(ExportFormatError):
        loads(raw, forms)


@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_random_damage_to_the_demo_gives_only_export_errors(forms, demo_bytes, data):
    position = data.draw(st.integers(0, len(demo_bytes) - 1))
    choice = data.draw(st.sampled_from(["flip", "cut", "insert"]))
    if choice == "flip":
        bit = data.draw(st.integers(0, 7))
        raw = bytearray(demo_bytes)
        raw[position] ^= 1 << bit
        damaged = bytes(raw)
    elif choice == "cut":
        damaged = demo_bytes[:position]
    else:
        damaged = (
            demo_bytes[:position]
            + data.draw(st.binary(min_size=1, max_size=5))
            + demo_bytes[position:]
        )
    with contextlib.suppress(ExportFormatError):
        loads(damaged, forms)
