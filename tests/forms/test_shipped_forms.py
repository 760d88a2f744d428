"""The shipped forms: they load, keep their ids, speak plain Dutch and English, and fit the schema."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
import yaml

from samenplan import resources
from samenplan.formkit.loader import form_files, load_choices, load_form
from samenplan.formkit.model import CARD_PANELS, ItemType
from samenplan.formkit.problems import FormError
from samenplan.formkit.text import missing_english

HERE = Path(__file__).resolve().parent
IDS_FILE = HERE / "shipped_ids.txt"
FORM_IDS = ("crisiskaart", "triadekaart", "wrap")
TRIAD_TASK_PARTS = ("bespreken", "wie_nu", "wie_straks", "belasting", "steun", "toelichting")
JARGON = ("psychose", "decompensatie", "anamnese", "medicamenteus", "indicatie")


def shipped_ids() -> dict[str, set[str]]:
    ids: dict[str, set[str]] = {}
    for line in IDS_FILE.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            form, item = line.split(":", 1)
            ids.setdefault(form, set()).add(item)
    return ids


def test_the_three_forms_ship(forms):
    assert set(forms) == set(FORM_IDS)


@pytest.mark.parametrize("form_id", FORM_IDS)
def test_no_shipped_id_disappears_without_a_migration(forms, form_id):
    form = forms[form_id]
    current = set(form.ids())
    accounted = current | set(form.migrations.renamed) | set(form.migrations.deleted)
    gone = shipped_ids()[form_id] - accounted
    assert not gone, f"ids removed without a migration in {form_id}: {sorted(gone)}"
    for old, new in form.migrations.renamed.items():
        assert new in current, f"{old} is renamed to {new}, which is not in the form"


@pytest.mark.parametrize("form_id", FORM_IDS)
def test_every_id_is_in_the_committed_list(forms, form_id):
    new = set(forms[form_id].ids()) - shipped_ids()[form_id]
    assert not new, f"add these ids to {IDS_FILE.name}: {sorted(new)}"


@pytest.mark.parametrize("form_id", FORM_IDS)
def test_every_section_starts_with_an_intro_and_every_question_has_a_hint(forms, form_id):
    form = forms[form_id]
    assert form.intro is not None
    for section in form.sections():
        first = section.items[0]
        assert first.type is ItemType.DISPLAY, f"{section.id} has no intro"
        assert len(first.text.nl) > 40, f"{section.id}: intro too short to say why it matters"
    for item in form.walk():
        if item.type.answerable:
            assert item.hint is not None, f"{item.id} has no hint"


@pytest.mark.parametrize("form_id", FORM_IDS)
def test_english_is_complete(forms, form_id):
    assert missing_english(forms[form_id]) == []


@pytest.mark.parametrize("form_id", FORM_IDS)
def test_plain_language(forms, form_id):
    """B1 Dutch: short sentences, 'je' not 'u', no clinical jargon without explanation."""
    for item in forms[form_id].walk():
        for text in (item.text, item.hint, item.guidance):
            if text is None:
                continue
            words = f" {text.nl.lower()} "
            assert " u " not in words and " uw " not in words, f"{item.id}: use 'je'"
            for sentence in text.nl.replace("?", ".").replace("!", ".").split("."):
                assert len(sentence.split()) <= 30, f"{item.id}: sentence too long: {sentence!r}"
            for word in JARGON:
                assert word not in words, f"{item.id}: jargon '{word}'"


@pytest.mark.parametrize("form_id", FORM_IDS)
def test_guidance_and_examples_are_common(forms, form_id):
    questions = [i for i in forms[form_id].walk() if i.type.answerable]
    with_guidance = [i for i in questions if i.guidance is not None]
    assert len(with_guidance) / len(questions) >= 0.75
    for item in questions:
        assert len(item.examples) <= 4, item.id
    free_text = [i for i in questions if i.type in (ItemType.TEXT, ItemType.LIST)]
    with_examples = [i for i in free_text if len(i.examples) >= 2]
    assert len(with_examples) / len(free_text) >= 0.5


def test_crisis_card_fills_every_card_panel_it_needs(forms):
    panels = {i.card.panel for i in forms["crisiskaart"].walk() if i.card is not None}
    assert panels >= {
        "front",
        "call_first",
        "crisis",
        "approach",
        "medication",
        "care",
        "practical",
    }
    assert panels <= set(CARD_PANELS)
    name = forms["crisiskaart"].item("naam")
    assert name.required and name.card.panel == "front"


def test_wrap_card_panels(forms):
    panels = {i.card.panel for i in forms["wrap"].walk() if i.card is not None}
    assert panels >= {"daily", "triggers", "warning", "breaking_down", "call_first"}


def test_wrap_has_the_nine_crisis_plan_parts_and_must_could_action_plans(forms):
    sections = [s.id for s in forms["wrap"].sections()]
    crisis = [s for s in sections if s.startswith("crisis_")]
    assert len(crisis) == 9
    for part in ("triggers", "waarschuwing", "ontsporing"):
        ids = forms["wrap"].item(part).items
        assert {f"{part}_tekens", f"{part}_moet", f"{part}_kan"} <= {i.id for i in ids}


def test_triad_domains_tasks_and_perspectives(forms):
    triad = forms["triadekaart"]
    domains = [
        s for s in triad.sections() if s.id not in ("wie_doet_wat", "mijn_situatie", "afsluiting")
    ]
    assert len(domains) == 7
    for domain in domains:
        tasks = [i for i in domain.items if i.type is ItemType.GROUP]
        assert 4 <= len(tasks) <= 8, domain.id
        for task in tasks:
            assert [i.id for i in task.items] == [f"{task.id}.{p}" for p in TRIAD_TASK_PARTS]
            assert triad.item(f"{task.id}.belasting").perspectives == ("naaste",)
            assert triad.item(f"{task.id}.steun").perspectives == ("client", "naaste")
    statements = [i for i in triad.item("mijn_situatie").items if i.type is ItemType.SCALE]
    assert len(statements) == 7
    assert triad.item("mijn_situatie").perspectives == ("naaste",)
    # each perspective calls its own role "Ik"
    for role in ("client", "naaste", "hulpverlener"):
        own = triad.for_perspective(role)
        choice = own.item("boodschappen.wie_nu").choices.find(role)
        assert choice.text.nl.startswith("Ik"), role
        assert (
            "mijn_situatie" in own.ids() if role == "naaste" else "mijn_situatie" not in own.ids()
        )


# ------------------------------------------------------------------ JSON Schema


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft202012Validator:
    schema = json.loads((resources.forms_dir() / "form.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


@pytest.mark.parametrize("path", form_files(resources.forms_dir()), ids=lambda p: p.name)
def test_schema_accepts_the_shipped_forms(validator, path):
    errors = list(validator.iter_errors(yaml.safe_load(path.read_text(encoding="utf-8"))))
    assert errors == []


FIXTURES = HERE / "fixtures"
# Mistakes a schema can see; the others (duplicate ids, references) only the loader sees.
STRUCTURAL = {"unknown_key", "unknown_type", "missing_nl"}


@pytest.mark.parametrize(
    "path",
    form_files(FIXTURES / "good") + form_files(FIXTURES / "bad"),
    ids=lambda p: f"{p.parent.name}/{p.name}",
)
def test_schema_and_loader_agree(validator, path):
    choices = load_choices(path.parent / "choices.yaml")
    try:
        load_form(path, choices)
        loader_ok = True
    except FormError:
        loader_ok = False
    schema_ok = validator.is_valid(yaml.safe_load(path.read_text(encoding="utf-8")))
    if path.stem in STRUCTURAL or path.parent.name == "good":
        assert schema_ok == loader_ok
    else:
        assert not loader_ok and schema_ok  # referential: only the loader can tell
    assert loader_ok == (path.parent.name == "good")
