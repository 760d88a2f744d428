"""The parse cache of form YAML: the same forms and the same problems (with their lines) as
a fresh parse, no parsing when the text is unchanged, and never trusted blindly."""

from __future__ import annotations

import shutil

import pytest

from samenplan import resources
from samenplan.formkit import yaml_reader
from samenplan.formkit.loader import load_choices, load_folder, load_form
from samenplan.formkit.problems import FormError
from tests.conftest import FIXTURES


def no_parsing(path, text):
    raise AssertionError(f"{path.name} was parsed again")


def test_cached_forms_equal_freshly_parsed_ones_and_are_not_parsed_again(tmp_path, monkeypatch):
    fresh = load_folder(resources.forms_dir())
    first = load_folder(resources.forms_dir(), tmp_path)
    assert sorted(p.name.split("-")[0] for p in tmp_path.iterdir()) == [
        "choices", "crisiskaart", "triadekaart", "wrap",
    ]  # fmt: skip
    monkeypatch.setattr(yaml_reader, "_parse", no_parsing)
    again = load_folder(resources.forms_dir(), tmp_path)
    assert fresh == first == again
    assert again["triadekaart"].for_perspective("naaste") == fresh["triadekaart"].for_perspective(
        "naaste"
    )


@pytest.mark.parametrize("fixture", ["condition_later", "unknown_key", "missing_nl"])
def test_problems_name_the_same_lines_from_the_cache(tmp_path, monkeypatch, fixture):
    bad = FIXTURES / "bad"

    def problems(cache):
        with pytest.raises(FormError) as caught:
            load_form(bad / f"{fixture}.yaml", load_choices(bad / "choices.yaml", cache), cache)
        return [(p.line, p.code, p.path) for p in caught.value.problems]

    fresh = problems(None)
    assert problems(tmp_path) == fresh
    monkeypatch.setattr(yaml_reader, "_parse", no_parsing)
    assert problems(tmp_path) == fresh
    assert any(line for line, _, _ in fresh)


def test_a_changed_file_is_parsed_again_and_its_old_entry_dropped(tmp_path):
    folder = tmp_path / "forms"
    shutil.copytree(FIXTURES / "good", folder)
    cache = tmp_path / "cache"
    before = load_folder(folder, cache)
    path = folder / "every_type.yaml"
    entries = sorted(cache.glob("every_type-*.json"))
    path.write_text(path.read_text().replace("version: 2", "version: 3", 1))
    after = load_folder(folder, cache)
    assert after["every_type"].version == before["every_type"].version + 1
    [entry] = cache.glob("every_type-*.json")
    assert entries != [entry]


def test_a_damaged_cache_entry_is_ignored_and_replaced(tmp_path):
    fresh = load_folder(FIXTURES / "good")
    load_folder(FIXTURES / "good", tmp_path)
    for entry in tmp_path.iterdir():
        entry.write_bytes(b'{"truncated": ')
    assert load_folder(FIXTURES / "good", tmp_path) == fresh
    assert all(entry.read_bytes().startswith(b"{") for entry in tmp_path.iterdir())
    assert load_folder(FIXTURES / "good", tmp_path) == fresh


def test_what_json_cannot_hold_is_not_cached(tmp_path):
    path = tmp_path / "x.yaml"
    path.write_text("a: 2026-11-23\nb: [1, 2]\n")
    cache = tmp_path / "cache"
    data = yaml_reader.read_yaml(path, cache)
    assert str(data["a"]) == "2026-11-23" and data.line == 1
    assert not list(cache.glob("*.json"))
    path.write_text("a: text\n1: number key\n")
    assert yaml_reader.read_yaml(path, cache)[1] == "number key"
    assert not list(cache.glob("*.json"))


def test_an_unwritable_cache_is_no_problem(tmp_path):
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    assert load_folder(FIXTURES / "good", blocked) == load_folder(FIXTURES / "good")
