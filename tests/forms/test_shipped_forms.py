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
    # "who" answers name persons ("Ik" is the member filling in, see the who drop-down);
    # the list holds only the answers that are no person
    for role in ("client", "naaste", "hulpverlener"):
        own = triad.for_perspective(role)
        item = own.item("boodschappen.wie_nu")
        assert item.type is ItemType.WHO and item.choices.codes() == ("niemand", "weet_niet")
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


# ------------------------------------------------------------------ crisis and WRAP content


def test_the_safety_items_name_113_and_112(forms):
    crisis = forms["crisiskaart"]
    for item_id in ("veiligheid_gedachten", "veiligheid_anderen"):
        guidance = crisis.item(item_id).guidance
        for text in (guidance.nl, guidance.en):
            for number in ("113", "0800-0113", "112"):
                assert number in text, f"{item_id}: {number} missing"
    line = crisis.item("veiligheid_113").text.nl
    assert "113 Zelfmoordpreventie: 113 of gratis 0800-0113. Bij direct gevaar: 112." in line
    # the follow-up questions only open after a yes, and what others should do is on the card
    for item_id in ("veiligheid_wat", "veiligheid_helpt", "veiligheid_anderen"):
        (condition,) = crisis.item(item_id).enable_when
        assert (condition.question, condition.answer) == ("veiligheid_gedachten", True)
    assert crisis.item("veiligheid_anderen").card.panel == "crisis"


@pytest.mark.parametrize("form_id", ("crisiskaart", "wrap"))
def test_every_question_has_a_heading_in_its_own_words(forms, form_id):
    for item in forms[form_id].walk():
        if item.type.answerable:
            assert item.heading is not None, f"{item.id} has no heading"
            assert item.heading.nl.strip() and item.heading.en, (
                f"{item.id}: heading needs nl and en"
            )
            # said by the person, not asked of them
            assert not item.heading.nl.endswith("?") or item.heading.nl.startswith("Mag je mij")
            assert item.heading.nl != item.text.nl, f"{item.id}: heading repeats the question"


def test_the_new_crisis_items_are_on_the_card_where_a_bystander_needs_them(forms):
    crisis = forms["crisiskaart"]
    placed = {
        "huisartsenpost": "call_first",
        "gemachtigde": "care",  # not "Bel eerst": that panel is for whom to call now
        "plan_ligt_bij": "care",
        "voorschrijver": "medication",
        "middelen_weten": "medication",
        "hulp_weigeren": "approach",
        "verplichte_zorg_wens": "care",
    }
    for item_id, panel in placed.items():
        assert crisis.item(item_id).card.panel == panel, item_id
    for item_id in ("huisartsenpost", "gemachtigde", "voorschrijver", "pvp"):
        assert crisis.item(item_id).type is ItemType.PERSON, item_id
    guidance = crisis.item("verplichte_zorg_wens").guidance.nl
    for word in (
        "crisismaatregel",
        "burgemeester",
        "zorgmachtiging",
        "rechter",
        "eigen plan van aanpak",
        "pvp",
    ):
        assert word in guidance, word
    assert "www.pvp.nl" in crisis.item("pvp").guidance.nl
    assert "familievertrouwenspersoon" in crisis.item("pvp").guidance.nl


def test_no_two_card_sections_share_a_label(forms):
    """A bystander tells the crisis card's sections apart by their label ('Liever niet' was
    printed twice). The WRAP card's 'Dan doe ik' follows a different heading each time."""
    labels: dict[tuple[str, str], str] = {}
    for item in forms["crisiskaart"].walk():
        if item.card is None:
            continue
        for lang in ("nl", "en"):
            label = item.card.label.get(lang)
            assert (lang, label) not in labels, f"{item.id} and {labels[(lang, label)]}: {label}"
            labels[(lang, label)] = item.id


def test_english_card_labels_cannot_be_misread(forms):
    crisis = forms["crisiskaart"]
    assert crisis.item("roepnaam").card.label.en != "Call me"
    assert crisis.item("behandelaar").card.label.en == "Practitioner"
    assert crisis.item("medicatie_vermijden").card.label.en == "Please avoid"
    for form_id in ("crisiskaart", "wrap"):
        for item in forms[form_id].walk():
            for text in (item.text, item.hint, item.guidance, item.heading, *item.examples):
                assert text is None or "therapist" not in (text.en or "").lower(), item.id


def test_supporters_are_heard_not_given_the_decision(forms):
    wrap = forms["wrap"]
    texts = []
    for item_id in ("steunpersoon_taak", "onenigheid"):
        item = wrap.item(item_id)
        texts += [item.hint.nl, item.guidance.nl, *(e.nl for e in item.examples)]
    for text in texts:
        assert "beslist" not in text.lower() or "beslis je zelf" in text, text
        assert "laatste woord" not in text, text


def test_wrap_opens_with_the_five_key_concepts_and_a_pointer_to_groups(forms):
    wrap = forms["wrap"]
    first = wrap.sections()[0]
    assert first.id == "sleutelbegrippen"
    shown = " ".join(i.text.nl for i in first.items if i.type is ItemType.DISPLAY).lower()
    for concept in (
        "hoop",
        "eigen verantwoordelijkheid",
        "jezelf ontwikkelen",
        "opkomen voor jezelf",
        "steun",
    ):
        assert concept in shown, concept
    assert "herstelacademie" in shown and "ervaringsdeskundigen" in shown
    questions = [i for i in first.items if i.type.answerable]
    assert len(questions) == 5 and not any(i.required for i in questions)


def test_wrap_post_crisis_picks_from_the_toolbox_and_the_card_has_whom_to_call(forms):
    wrap = forms["wrap"]
    assert wrap.item("nacrisis_zelf").picks == wrap.item("elke_dag").picks
    calls = {i.id for i in wrap.walk() if i.card is not None and i.card.panel == "call_first"}
    assert {"crisisdienst", "behandelaar"} <= calls
    assert all(wrap.item(i).type is ItemType.PERSON for i in ("crisisdienst", "behandelaar"))
