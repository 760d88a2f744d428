"""Bestand → Profiel controleren… with a Syncthing conflict copy of a dossier: the copy is
compared side by side and kept whole, not at all, or per section; the side not chosen
stays as a kept version and the copy's file goes only after the person confirmed."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from samenplan import shipped
from samenplan.ui import dialogs, profile_health
from samenplan.vault.profiles import ProfileStore
from samenplan.workspace.unlocked import Unlocked
from tests.gui.test_app import fast_kdf, make_window, unlock
from tests.vaulthelp import PASSPHRASE, make_profile

pytestmark = pytest.mark.gui
__all__ = ["fast_kdf"]


def _edit(dossier, count, mark):
    """Append `mark` to the first text answer of the crisiskaart's first `count` sections;
    returns those sections' ids."""
    document = dossier.document("crisiskaart")
    touched = []
    for section in document.answers.items:
        child = next((n for n in section.children if isinstance(n.value, str) and n.value), None)
        if child is not None:
            child.value += mark
            touched.append(section.id)
        if len(touched) == count:
            return touched
    raise AssertionError("the demo has too few sections with text")


def _plant(data):
    """The demo dossier; a copy saved with two sections changed, then the current version
    saved without; the copy put back under Syncthing's conflict name."""
    store, _ = make_profile(data, dossiers=0)
    dossier = shipped.demo_dossier()
    with store.open("Ava") as profile, Unlocked(profile.unlock(PASSPHRASE)) as unlocked:
        unlocked.add(dossier)
        theirs = unlocked.read(dossier.id).dossier
        sections = _edit(theirs, 2, " (laptop)")
        unlocked.save(theirs)
        [path] = data.glob("profiles/*/dossiers/*.spd")
        copy_bytes = path.read_bytes()
        mine = unlocked.read(dossier.id).dossier
        _edit(mine, 2, "")  # nothing appended: back to the demo's answers
        document = mine.document("crisiskaart")
        document.answers = shipped.demo_dossier().document("crisiskaart").answers
        unlocked.save(mine)
    copy = path.with_name(f"{path.stem}.sync-conflict-20261203-101500-ABCDEFG.spd")
    copy.write_bytes(copy_bytes)
    return store, dossier.id, sections, copy


def _answers(store, dossier_id):
    with store.open("Ava") as profile, Unlocked(profile.unlock(PASSPHRASE)) as unlocked:
        return unlocked.read(dossier_id).dossier.document("crisiskaart")


def _value(document, section):
    node = next(n for n in document.answers.items if n.id == section)
    return next(n.value for n in node.children if isinstance(n.value, str) and n.value)


@pytest.mark.parametrize("choice", ["current", "copy", "merge"])
def test_the_conflict_choice(qtbot, tmp_path, choice):
    store, dossier_id, (first, second), copy = _plant(tmp_path)
    confirms = []
    dialogs.answer_hook = lambda kind, text: confirms.append((kind, text)) or True
    try:
        window = make_window(qtbot, tmp_path)
        window.start()
        unlock(qtbot, window)
        dialog = profile_health.show(window)
        assert dialog is not None
        [row] = [i for i, p in enumerate(dialog.problems) if p.name.endswith(copy.name)]
        text = dialog.list.item(row).text()
        title = shipped.demo_dossier().title
        assert text.startswith(f"Twee versies van '{title}' (Syncthing)")
        assert "Vergelijken en kiezen" in text and copy.name not in text
        dialog.list.setCurrentRow(row)
        assert dialog.compare.isEnabled() and not dialog.remove.isEnabled()
        dialog.compare.click()
        conflict = dialog.conflict_dialog
        assert conflict is not None and len(conflict.choices) == 2
        shown = " ".join(label.text() for label in conflict.findChildren(QLabel))
        assert "(laptop)" in shown  # the copy's answers are shown beside the current ones
        conflict.buttons["cancel"].click()
        assert copy.exists()  # nothing goes without a choice
        dialog.compare.click()
        conflict = dialog.conflict_dialog
        if choice == "merge":
            conflict.choices[("crisiskaart", None, first)].setChecked(True)
            conflict.buttons["conflict_merge"].click()
        else:
            conflict.buttons[f"conflict_all_{choice}"].click()
        assert confirms and confirms[-1][0] == "confirm"
        assert not copy.exists()
        assert window.statusBar().currentMessage().startswith("Je keuze is bewaard")
        assert dialog.list.item(0).text().startswith("Alles in orde")
        window.lock()
    finally:
        dialogs.answer_hook = None
    document = _answers(store, dossier_id)
    kept = document.history[-1]
    first_now, second_now = _value(document, first), _value(document, second)
    if choice == "current":
        assert not first_now.endswith("(laptop)") and not second_now.endswith("(laptop)")
        assert _value(kept, first).endswith("(laptop)")  # the copy: a kept version
    elif choice == "copy":
        assert first_now.endswith("(laptop)") and second_now.endswith("(laptop)")
        assert not _value(kept, first).endswith("(laptop)")  # the current one: kept
    else:
        assert first_now.endswith("(laptop)") and not second_now.endswith("(laptop)")
        assert _value(kept, second).endswith("(laptop)")
    assert ProfileStore(tmp_path).all()  # the profile is still there
