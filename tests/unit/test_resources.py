"""`samenplan.resources` finds forms/ and resources/ from a checkout, an installed wheel and a frozen bundle."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import pytest

from samenplan import resources

ROOT = Path(__file__).resolve().parents[2]
PROBE = textwrap.dedent(
    """
    import sys
    {setup}
    from samenplan import resources, shipped
    print(resources.forms_dir())
    print(resources.resource("demo/dossier.json").is_file())
    print(sorted(shipped.forms()))
    print(shipped.demo_dossier().title)
    """
)


def probe(setup: str, pythonpath: Path, cwd: Path) -> list[str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["PYTHONPATH"] = str(pythonpath)
    result = subprocess.run(
        [sys.executable, "-c", PROBE.format(setup=setup)],
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.splitlines()


def test_checkout():
    assert resources.forms_dir() == ROOT / "forms"
    assert (resources.forms_dir() / "crisiskaart.yaml").is_file()
    assert resources.resource("demo/dossier.json").is_file()


@pytest.mark.parametrize("name", ["../pyproject.toml", "/etc/passwd", "demo/../../x"])
def test_resource_names_must_be_relative(name):
    with pytest.raises(ValueError):
        resources.resource(name)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "hatchling", "build", "-t", "wheel", "-d", str(out)],
        cwd=ROOT,
        check=True,
        capture_output=True,
        timeout=300,
    )
    [built] = out.glob("samenplan-*.whl")
    return built


def test_installed_wheel(wheel, tmp_path):
    names = zipfile.ZipFile(wheel).namelist()
    assert "samenplan/_data/forms/crisiskaart.yaml" in names
    assert "samenplan/_data/resources/demo/dossier.json" in names
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)  # what pip does for a pure-Python wheel
    lines = probe("", site, tmp_path)
    assert lines[0] == str(site / "samenplan" / "_data" / "forms")
    assert lines[1:] == ["True", "['crisiskaart', 'triadekaart', 'wrap']", "Noor Bakker"]


def test_frozen_bundle(wheel, tmp_path):
    # PyInstaller puts the package's data next to the code under sys._MEIPASS; the code
    # itself may live in an archive, so the data must be found through _MEIPASS.
    bundle = tmp_path / "bundle"
    zipfile.ZipFile(wheel).extractall(bundle)
    code = tmp_path / "code"
    shutil.copytree(
        bundle / "samenplan", code / "samenplan", ignore=shutil.ignore_patterns("_data")
    )
    setup = f"sys.frozen = True; sys._MEIPASS = {str(bundle)!r}"
    lines = probe(setup, code, tmp_path)
    assert lines[0] == str(bundle / "samenplan" / "_data" / "forms")
    assert lines[1:] == ["True", "['crisiskaart', 'triadekaart', 'wrap']", "Noor Bakker"]
