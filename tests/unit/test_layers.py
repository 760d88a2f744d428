"""The layer rules of SPEC §1, checked by import-linter on the real import graph."""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def lint_imports(root: Path) -> subprocess.CompletedProcess[str]:
    found = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    assert found is not None, "import-linter is not installed"
    return subprocess.run(
        [found], cwd=root, capture_output=True, text=True, timeout=300, check=False,
        env={**os.environ, "PYTHONPATH": str(root)},
    )  # fmt: skip


def test_import_contracts_hold():
    result = lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "7 kept, 0 broken" in result.stdout


def test_a_screen_that_imports_the_vault_breaks_a_contract(tmp_path):
    """The rule 'the screens reach the vault only through the workspace' can fail."""
    shutil.copytree(ROOT / "samenplan", tmp_path / "samenplan")
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    widgets = tmp_path / "samenplan" / "ui" / "widgets.py"
    widgets.write_text(
        widgets.read_text(encoding="utf-8") + "\nfrom samenplan.vault import errors  # noqa\n",
        encoding="utf-8",
    )
    result = lint_imports(tmp_path)
    assert result.returncode != 0
    assert "reach the vault only through the workspace BROKEN" in " ".join(result.stdout.split())


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


TTS = "PySide6.QtTextToSpeech"


def test_services_use_only_qtcore():
    for path in sorted((ROOT / "samenplan" / "services").rglob("*.py")):
        qt = {m for m in imported_modules(path) if m.startswith("PySide6")}
        # QtTextToSpeech (services/speech.py) imports only QtCore: no widgets, no QtGui
        allowed = {m for m in qt if m == "PySide6" or m.startswith(("PySide6.QtCore", TTS))}
        assert qt == allowed, f"{path.name} imports {sorted(qt - allowed)}"


def test_the_services_check_can_fail(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text(
        "from PySide6.QtWidgets import QWidget\nfrom PySide6 import QtGui\n", encoding="utf-8"
    )
    assert imported_modules(bad) >= {"PySide6.QtWidgets", "PySide6.QtGui"}
