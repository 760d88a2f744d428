"""Shared fixtures. Every test that writes gets its own tmp_path; nothing touches real user folders."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

from samenplan import shipped
from samenplan.formkit.loader import load_choices, load_form
from samenplan.formkit.model import FormDef

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# the cache of the built shipped forms goes here, not into the real ~/.cache
CACHE_HOME = tempfile.mkdtemp(prefix="samenplan-test-cache-")
os.environ["XDG_CACHE_HOME"] = CACHE_HOME
# this installation's device id (vault/devices.py) too, not into the real config folder
os.environ["SAMENPLAN_DEVICE_DIR"] = os.path.join(CACHE_HOME, "device")
# no speech engine (no speech-dispatcher started) unless a test gives one: tests/gui/test_read_aloud.py
os.environ["SAMENPLAN_SPEECH_ENGINE"] = "none"


def pytest_sessionfinish() -> None:
    shutil.rmtree(CACHE_HOME, ignore_errors=True)


ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "forms" / "fixtures"


@pytest.fixture(scope="session")
def forms() -> dict[str, FormDef]:
    """The shipped forms, loaded once."""
    return shipped.forms()


@pytest.fixture(scope="session")
def every_type() -> FormDef:
    """A small fixture form with every item type, conditions and a repeated group."""
    good = FIXTURES / "good"
    return load_form(good / "every_type.yaml", load_choices(good / "choices.yaml"))


@pytest.fixture
def write_form(tmp_path: Path):
    """Write a form file (and the fixture choice lists) to tmp_path; returns its path."""

    def write(text: str, name: str = "form.yaml") -> Path:
        (tmp_path / "choices.yaml").write_text(
            (FIXTURES / "good" / "choices.yaml").read_text(encoding="utf-8"), encoding="utf-8"
        )
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return path

    return write


@pytest.fixture
def memory():
    """A keyring in memory for the test (tests/vaulthelp.MemoryKeyring), then the old one."""
    import keyring

    from tests.memory_keyring import MemoryKeyring

    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)
