"""The cache of built forms: the same forms as a strict load, no loading when nothing
changed, a new entry when a file changes, and never trusted blindly."""

from __future__ import annotations

import io
import os
import pickle
import shutil

import pytest

from samenplan import resources
from samenplan.formkit import form_cache, loader
from samenplan.formkit.problems import FormError
from tests.conftest import FIXTURES


def no_loading(folder):
    raise AssertionError(f"{folder.name} was loaded again")


def test_cached_forms_equal_strictly_loaded_ones_and_are_not_loaded_again(tmp_path, monkeypatch):
    fresh = loader.load_folder(resources.forms_dir())
    first = form_cache.load_folder(resources.forms_dir(), tmp_path)
    [entry] = tmp_path.iterdir()
    assert entry.name.startswith("forms-") and entry.suffix == ".pickle"
    monkeypatch.setattr(loader, "load_folder", no_loading)
    again = form_cache.load_folder(resources.forms_dir(), tmp_path)
    assert fresh == first == again
    for code in ("client", "naaste", "hulpverlener"):
        view = fresh["triadekaart"].for_perspective(code)
        assert again["triadekaart"].for_perspective(code) == view
        assert again["triadekaart"]._seen_as[code] == view  # kept in the entry, not made again


def copy_of_good(tmp_path):
    folder = tmp_path / "forms"
    shutil.copytree(FIXTURES / "good", folder)
    return folder


def test_a_changed_file_is_loaded_again_and_the_old_entry_dropped(tmp_path):
    folder = copy_of_good(tmp_path)
    cache = tmp_path / "cache"
    before = form_cache.load_folder(folder, cache)
    [old_entry] = cache.iterdir()
    (cache / "every_type-0123456789abcdef0123456789abcdef.json").write_text("{}")  # old style
    path = folder / "every_type.yaml"
    path.write_text(path.read_text().replace("version: 2", "version: 3", 1))
    after = form_cache.load_folder(folder, cache)
    assert after["every_type"].version == before["every_type"].version + 1
    [entry] = cache.iterdir()
    assert entry != old_entry


def test_a_broken_file_is_refused_and_nothing_cached(tmp_path):
    folder = copy_of_good(tmp_path)
    cache = tmp_path / "cache"
    (folder / "every_type.yaml").write_text("id: every_type\nversion: [\n")
    with pytest.raises(FormError):
        form_cache.load_folder(folder, cache)
    assert not cache.exists() or not list(cache.iterdir())


def test_a_damaged_entry_is_ignored_and_replaced(tmp_path):
    fresh = loader.load_folder(FIXTURES / "good")
    form_cache.load_folder(FIXTURES / "good", tmp_path)
    [entry] = tmp_path.iterdir()
    whole = entry.read_bytes()
    entry.write_bytes(whole[: len(whole) // 2])
    assert form_cache.load_folder(FIXTURES / "good", tmp_path) == fresh
    assert entry.read_bytes() == whole


class RunsACommand:
    def __init__(self, marker):
        self.marker = marker

    def __reduce__(self):
        return (os.system, (f"touch {self.marker}",))


@pytest.mark.parametrize("name", ["Mapping", "cached_property", "StrEnum"])
def test_only_classes_the_model_defines_may_be_unpickled(name):
    # a pickle that is just a reference to a class model.py imports but does not define
    reference = f"csamenplan.formkit.model\n{name}\n.".encode()
    with pytest.raises(pickle.UnpicklingError):
        form_cache._FormsOnly(io.BytesIO(reference)).load()
    defined = b"csamenplan.formkit.model\nText\n."
    assert form_cache._FormsOnly(io.BytesIO(defined)).load() is form_cache.model.Text


@pytest.mark.parametrize("foreign", ["code", "not forms"])
def test_a_foreign_entry_runs_nothing_and_is_replaced(tmp_path, foreign):
    fresh = loader.load_folder(FIXTURES / "good")
    cache = tmp_path / "cache"
    form_cache.load_folder(FIXTURES / "good", cache)
    [entry] = cache.iterdir()
    marker = tmp_path / "ran"
    payload = {"every_type": RunsACommand(marker)} if foreign == "code" else {"x": [1, 2]}
    entry.write_bytes(pickle.dumps(payload))
    assert form_cache.load_folder(FIXTURES / "good", cache) == fresh
    assert not marker.exists()
    assert form_cache._read(entry) == fresh  # made again


def test_a_cache_that_cannot_be_written_is_ignored(tmp_path):
    blocked = tmp_path / "cache"
    blocked.write_text("a file where the folder should be")
    assert form_cache.load_folder(FIXTURES / "good", blocked) == loader.load_folder(
        FIXTURES / "good"
    )


def test_a_full_disk_leaves_no_partial_entry(tmp_path, monkeypatch):
    from pathlib import Path

    cache = tmp_path / "cache"
    real_write = Path.write_bytes

    def disk_full(self, data):
        real_write(self, data[: len(data) // 3])  # some of it reached the disk
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Path, "write_bytes", disk_full)
    forms = form_cache.load_folder(FIXTURES / "good", cache)
    monkeypatch.undo()
    assert forms == loader.load_folder(FIXTURES / "good")
    assert list(cache.iterdir()) == []
