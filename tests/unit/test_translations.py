"""The app's own strings go through Qt Linguist: every Dutch source text has a finished
English translation with the same placeholders, and the committed `.ts` and `.qm` files are
what `pyside6-lupdate` and `pyside6-lrelease` make from `samenplan/ui/strings.py` today."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from samenplan import resources
from samenplan.ui.strings import STRINGS, t

TS = resources.resource("i18n/samenplan_en.ts")
BIN = Path(sys.executable).parent
SCRIPT = Path(__file__).resolve().parents[2] / "packaging" / "translations.sh"


def messages() -> dict[str, ET.Element]:
    [context] = ET.parse(TS).getroot().iter("context")
    assert context.findtext("name") == "samenplan"
    return {m.findtext("source") or "": m for m in context.iter("message")}


def fields(text: str) -> set[str]:
    return set(re.findall(r"\{(\w*)\}", text))


def test_every_source_text_has_a_finished_translation_with_the_same_placeholders():
    found = messages()
    assert set(found) == set(STRINGS.values())
    for source, message in found.items():
        translation = message.find("translation")
        assert translation is not None and translation.get("type") is None, source
        english = translation.text or ""
        assert english.strip(), source
        assert fields(english) == fields(source), source
        assert english.count("&") == source.count("&"), source  # menu accelerators


def test_the_app_speaks_english_through_the_compiled_file():
    assert t("next", "en") == "Next"
    assert t("next", "nl") == "Volgende"
    assert t("profile_deleted", "en", name="Ava") == "The profile 'Ava' was deleted."
    for key, source in STRINGS.items():
        english = messages()[source].findtext("translation") or ""
        params = {name: "x" for name in fields(source)}
        assert t(key, "en", **params) == english.format(**params)


def test_the_committed_translation_files_are_up_to_date(tmp_path):
    """Run packaging/translations.sh on a copy of the tree: nothing may change."""
    copy = tmp_path / "tree"
    for part in ("samenplan/ui/strings.py", "resources/i18n", "packaging/translations.sh"):
        source = SCRIPT.parents[1] / part
        target = copy / part
        target.parent.mkdir(parents=True, exist_ok=True)
        if source.is_dir():
            shutil.copytree(source, target)
        else:
            shutil.copy2(source, target)
    (copy / ".venv").symlink_to(BIN.parent)
    subprocess.run(["bash", str(copy / "packaging/translations.sh")], check=True)
    for name in ("samenplan_en.ts", "samenplan_en.qm"):
        made = (copy / "resources/i18n" / name).read_bytes()
        assert made == (SCRIPT.parents[1] / "resources/i18n" / name).read_bytes(), (
            f"{name} is out of date: run bash packaging/translations.sh"
        )
