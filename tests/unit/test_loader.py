"""The strict form loader: every kind of mistake is found and named precisely."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from samenplan.formkit.loader import load_choices, load_folder, load_form
from samenplan.formkit.model import ItemType
from samenplan.formkit.problems import FormError

FIXTURES = Path(__file__).resolve().parent.parent / "forms" / "fixtures"
HEAD = """\
id: test
version: 1
title: {nl: "Test"}
items:
  - id: deel
    type: group
    text: {nl: "Deel"}
    items:
"""


def problems_of(write_form, body: str) -> list:
    path = write_form(HEAD + textwrap.indent(textwrap.dedent(body), " " * 6))
    choices = load_choices(path.parent / "choices.yaml")
    with pytest.raises(FormError) as caught:
        load_form(path, choices)
    return caught.value.problems


def test_every_type_fixture_loads(every_type):
    kinds = {item.type for item in every_type.walk()}
    assert kinds == set(ItemType)
    assert every_type.item("kleur").choices is not None
    assert every_type.item("kleur").choices.codes() == ("groen", "rood")
    assert every_type.item("kleuren").choices.codes() == ("blauw", "geel")
    assert every_type.item("cijfer").scale.max == 5
    assert every_type.item("herhaal").repeats.max == 3
    assert every_type.migrations.renamed == {"oude_naam": "naam"}
    assert every_type.item("als_rood_of_hoog").enable_behavior == "any"


@pytest.mark.parametrize(
    ("fixture", "code", "line", "path", "words"),
    [
        ("unknown_key", "unknown_key", 10, "deel > naam", ["'hnt'", "'hint'"]),
        ("unknown_type", "unknown_type", 10, "deel > naam", ["'strng'", "'string'"]),
        ("duplicate_id", "duplicate_id", 13, "deel > naam", ["'naam'", "regel 10"]),
        ("condition_missing", "condition_missing", 12, "deel > naam", ["'bestaat_niet'"]),
        ("condition_later", "condition_later", 12, "deel > naam", ["'akkoord'", "later"]),
        ("missing_nl", "missing_nl", 12, "deel > naam", ["nl: ...", "'text'"]),
        ("unknown_choices", "unknown_choices", 10, "deel > kleur", ["'kleurtjes'", "'kleur'"]),
    ],
)
def test_bad_fixture_is_refused_with_file_line_path_and_fix(fixture, code, line, path, words):
    bad = FIXTURES / "bad"
    with pytest.raises(FormError) as caught:
        load_form(bad / f"{fixture}.yaml", load_choices(bad / "choices.yaml"))
    [problem] = caught.value.problems
    assert problem.code == code
    assert problem.line == line
    assert problem.path == path
    message = problem.render("nl")
    assert message.startswith(f"{bad / fixture}.yaml:{line} [{path}]: ")
    for word in words:
        assert word in message
    assert ";" in message  # what is wrong; what to do
    english = problem.render("en")
    assert english != message
    assert english.startswith(f"{bad / fixture}.yaml:{line} [{path}]: ")


def test_all_problems_are_collected_not_just_the_first(write_form):
    problems = problems_of(
        write_form,
        """\
        - id: a
          type: strng
          text: {nl: "A"}
        - id: b
          type: string
          txt: {nl: "B"}
        - id: c
          type: choice
          choices: geen
          text: {nl: "C"}
        """,
    )
    assert [p.code for p in problems] == [
        "unknown_type",
        "unknown_key",
        "missing_key",
        "unknown_choices",
    ]


@pytest.mark.parametrize(
    ("body", "code"),
    [
        ('- {id: Naam, type: string, text: {nl: "x"}}', "bad_id"),
        ('- {id: a, type: string, text: {nl: ""}}', "bad_text"),
        ('- {id: a, type: string, text: {nl: "x", de: "y"}}', "unknown_key"),
        ('- {id: a, type: string, text: "x"}', "bad_text"),
        ('- {id: a, type: string, text: {nl: "x"}, required: "ja"}', "bad_value"),
        ('- {id: a, type: string, text: {nl: "x"}, max_length: 0}', "bad_value"),
        ('- {id: a, type: string, text: {nl: "x"}, pattern: "[a-"}', "bad_pattern"),
        ('- {id: a, type: string, text: {nl: "x"}, message: {nl: "m"}}', "not_for_type"),
        ('- {id: a, type: string, text: {nl: "x"}, choices: kleur}', "not_for_type"),
        ('- {id: a, type: text, text: {nl: "x"}, repeats: {min: 1}}', "not_for_type"),
        ('- {id: a, type: display, text: {nl: "x"}, required: true}', "not_for_type"),
        ('- {id: a, type: group, text: {nl: "x"}}', "empty_group"),
        ('- {id: a, type: group, text: {nl: "x"}, items: []}', "empty_group"),
        ('- {id: a, type: choice, text: {nl: "x"}}', "missing_key"),
        ('- {id: a, type: scale, text: {nl: "x"}, min: 5, max: 1}', "bad_value"),
        (
            '- {id: a, type: string, text: {nl: "x"}, card: {panel: binnen, label: {nl: "A"}}}',
            "bad_value",
        ),
        (
            '- {id: a, type: string, text: {nl: "x"}, perspectives: [client]}',
            "perspectives_not_declared",
        ),
        (
            '- {id: a, type: boolean, text: {nl: "x"}}\n'
            '- {id: b, type: string, text: {nl: "y"}, enable_when: [{question: a, operator: "=", answer: ja}]}',
            "condition_answer",
        ),
        (
            '- {id: a, type: choice, choices: kleur, text: {nl: "x"}}\n'
            '- {id: b, type: string, text: {nl: "y"}, enable_when: [{question: a, operator: "=", answer: paars}]}',
            "condition_answer",
        ),
        (
            '- {id: a, type: string, text: {nl: "x"}}\n'
            '- {id: b, type: string, text: {nl: "y"}, enable_when: [{question: a, operator: "~", answer: z}]}',
            "bad_value",
        ),
        (
            '- {id: b, type: group, text: {nl: "y"}, items: [{id: c, type: string, text: {nl: "z"},'
            " enable_when: [{question: b, operator: exists, answer: true}]}]}",
            "condition_later",
        ),
    ],
)
def test_each_mistake_has_its_own_problem(write_form, body, code):
    problems = problems_of(write_form, body)
    assert code in [p.code for p in problems]


def test_yaml_syntax_error_names_the_line(write_form):
    path = write_form(HEAD + "      - {id: a, type: string, text: {nl: Wat helpt? Dit: niet}}\n")
    with pytest.raises(FormError) as caught:
        load_form(path, {})
    [problem] = caught.value.problems
    assert problem.code == "yaml"
    assert problem.line == 9


def test_duplicate_yaml_key_is_refused(write_form):
    path = write_form(HEAD + '      - {id: a, type: string, text: {nl: "x"}, type: text}\n')
    with pytest.raises(FormError) as caught:
        load_form(path, {})
    [problem] = caught.value.problems
    assert problem.code == "duplicate_key"
    assert problem.params["key"] == "type"


def test_top_level_keys_are_checked(write_form):
    path = write_form('id: test\nversion: 0\ntitel: {nl: "Test"}\nitems: []\n')
    with pytest.raises(FormError) as caught:
        load_form(path, {})
    codes = [p.code for p in caught.value.problems]
    assert codes.count("unknown_key") == 1
    assert "bad_value" in codes  # version 0
    assert "missing_key" in codes  # title


def test_migrations_may_not_clash_with_current_ids(write_form):
    path = write_form(
        HEAD.replace(
            "items:\n  - id: deel",
            "migrations:\n  renamed: {deel: weg}\n  deleted: [deel]\nitems:\n  - id: deel",
        )
        + '      - {id: a, type: string, text: {nl: "x"}}\n'
    )
    with pytest.raises(FormError) as caught:
        load_form(path, {})
    codes = [p.code for p in caught.value.problems]
    assert codes.count("migration_clash") == 2
    assert "unknown_item" in codes  # renamed to an id that does not exist


def test_perspective_wording_must_point_at_real_items_and_codes(write_form):
    text = (
        'id: test\nversion: 1\ntitle: {nl: "T"}\n'
        "perspectives:\n"
        '  client:\n    title: {nl: "C"}\n'
        '    wording: {nergens: {text: {nl: "x"}}}\n'
        '    choice_wording: {kleur: {paars: {nl: "P"}}}\n'
        '  oma:\n    title: {nl: "O"}\n'
        'items:\n  - {id: a, type: choice, choices: kleur, text: {nl: "A"}, perspectives: [client]}\n'
    )
    path = write_form(text)
    with pytest.raises(FormError) as caught:
        load_form(path, load_choices(path.parent / "choices.yaml"))
    codes = sorted(p.code for p in caught.value.problems)
    assert codes == ["bad_value", "unknown_item", "unknown_key"]


def test_load_folder_refuses_two_forms_with_one_id(tmp_path):
    text = 'id: same\nversion: 1\ntitle: {nl: "T"}\nitems:\n  - {id: a, type: string, text: {nl: "A"}}\n'
    (tmp_path / "a.yaml").write_text(text, encoding="utf-8")
    (tmp_path / "b.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(FormError) as caught:
        load_folder(tmp_path)
    assert [p.code for p in caught.value.problems] == ["duplicate_id"]
