"""Reservekopie in the app: the reminder (shown when overdue, not when recent, 'Later' and the
interval are kept), making a backup from it, and putting one back from the unlock page, where
a name already taken is asked about and an existing profile is never replaced."""

from __future__ import annotations

import datetime as dt

import pytest

from samenplan.ui import dialogs
from samenplan.ui.profile_backup import BackupReminder
from samenplan.ui.unlock import UnlockPage
from samenplan.vault.profiles import ProfileStore
from tests.gui.test_app import current, fast_kdf, make_client_profile, make_window, unlock
from tests.vaulthelp import PASSPHRASE

pytestmark = pytest.mark.gui
__all__ = ["fast_kdf"]

TODAY = dt.date.today()


def profile_with_last_backup(tmp_path, days_ago: int | None) -> None:
    make_client_profile(tmp_path)
    store = ProfileStore(tmp_path)
    with store.open("Ava") as profile, profile.unlock(PASSPHRASE) as session:
        session.section["created"] = (TODAY - dt.timedelta(days=400)).isoformat()
        if days_ago is not None:
            session.section["backup_last"] = (TODAY - dt.timedelta(days=days_ago)).isoformat()
        session.save_section()


def section(tmp_path) -> dict:
    store = ProfileStore(tmp_path)
    with store.open("Ava") as profile, profile.unlock(PASSPHRASE) as session:
        return dict(session.section)


def opened(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path)
    window.start()
    unlock(qtbot, window)
    assert not isinstance(current(window), UnlockPage)
    return window


def reminder(window) -> BackupReminder | None:
    bars = [b for b in window.findChildren(BackupReminder) if not b.isHidden()]
    return bars[0] if bars else None


def test_reminder_shown_when_overdue_and_later_puts_it_off(qtbot, tmp_path):
    profile_with_last_backup(tmp_path, days_ago=40)
    window = opened(qtbot, tmp_path)
    bar = reminder(window)
    assert bar is not None
    day = TODAY - dt.timedelta(days=40)
    assert f"{day.day}-{day.month}-{day.year}" in bar.text.text()
    assert "USB-stick" in bar.text.text()
    bar.later.click()
    qtbot.waitUntil(lambda: reminder(window) is None, timeout=5_000)
    window.lock()
    assert section(tmp_path)["backup_snoozed_until"] == (TODAY + dt.timedelta(days=7)).isoformat()
    unlock(qtbot, window)
    assert reminder(window) is None  # put off for a week


def test_no_reminder_when_the_last_backup_is_recent(qtbot, tmp_path):
    profile_with_last_backup(tmp_path, days_ago=3)
    window = opened(qtbot, tmp_path)
    assert reminder(window) is None


def test_a_never_made_backup_is_reminded_and_the_interval_is_kept(qtbot, tmp_path):
    profile_with_last_backup(tmp_path, days_ago=None)
    window = opened(qtbot, tmp_path)
    bar = reminder(window)
    assert bar is not None and "nog geen reservekopie" in bar.text.text()
    assert bar.interval.currentText() == "elke 4 weken"
    bar.interval.setCurrentIndex(3)
    bar.interval.activated.emit(3)  # "nooit"
    window.lock()
    assert reminder(window) is None  # gone with the keys
    assert section(tmp_path)["backup_interval_days"] == 0
    unlock(qtbot, window)
    assert reminder(window) is None


def test_making_a_backup_from_the_reminder_then_restoring_it_asks_for_another_name(
    qtbot, tmp_path, said
):
    found, answers = said
    profile_with_last_backup(tmp_path, days_ago=40)
    window = opened(qtbot, tmp_path)
    target = tmp_path / "usb" / "ava.spbackup"
    target.parent.mkdir()
    answers.append(str(target))
    reminder(window).make.click()
    qtbot.waitUntil(lambda: any(k == "inform" for k, _ in found), timeout=20_000)
    assert "USB-stick" in found[-1][1] and str(target) in found[-1][1]
    assert target.stat().st_mode & 0o777 == 0o600
    assert reminder(window) is None
    window.lock()
    assert section(tmp_path)["backup_last"] == TODAY.isoformat()

    # on the unlock page: the same name is here, so the app asks; "no" writes nothing
    profiles_before = sorted(p.name for p in window.profiles.all())
    answers.extend([str(target), PASSPHRASE, False])
    found.clear()
    restore = next(
        a for a in window.menuBar().actions()[0].menu().actions()
        if a.objectName() == "action_backup_restore"
    )  # fmt: skip
    assert restore.isEnabled()
    restore.trigger()
    qtbot.waitUntil(lambda: any(k == "confirm" for k, _ in found), timeout=20_000)
    question = next(text for kind, text in found if kind == "confirm")
    assert "al een profiel 'Ava'" in question and "blijft zoals het is" in question
    assert sorted(p.name for p in window.profiles.all()) == profiles_before

    # "yes": restored next to it under the suggested name, the original untouched
    answers.extend([str(target), PASSPHRASE, True])
    found.clear()
    restore.trigger()
    qtbot.waitUntil(lambda: any("is teruggezet" in text for _, text in found), timeout=20_000)
    names = sorted(p.name for p in window.profiles.all())
    assert names[0] == "Ava" and names[1].startswith("Ava (teruggezet ")
    assert isinstance(current(window), UnlockPage)


def test_a_damaged_backup_is_refused_before_any_question(qtbot, tmp_path, said):
    found, answers = said
    make_client_profile(tmp_path)
    window = make_window(qtbot, tmp_path)
    window.start()
    bad = tmp_path / "kapot.spbackup"
    bad.write_bytes(b"SAMENPLN" + b"\0" * 100)
    answers.append(str(bad))
    from samenplan.ui import profile_backup

    profile_backup.restore_backup(window)
    assert found[-1][0] == "inform" and "beschadigd" in found[-1][1]
    assert [k for k, _ in found] == ["open_path", "inform"]  # no passphrase was asked
    assert [p.name for p in window.profiles.all()] == ["Ava"]


def test_the_suggested_backup_name_does_not_say_whose_it_is(qtbot, tmp_path, monkeypatch):
    """On a USB stick the file's name would tell who uses samenplan: no profile name in it."""
    profile_with_last_backup(tmp_path, days_ago=40)
    window = opened(qtbot, tmp_path)
    suggested = []
    monkeypatch.setattr(
        dialogs, "save_path", lambda _parent, _title, name, _pattern: suggested.append(name)
    )
    reminder(window).make.click()
    assert suggested == [f"reservekopie-{TODAY.isoformat()}.spbackup"]


def test_a_backup_whose_other_name_would_be_too_long_says_so(qtbot, tmp_path, said):
    """Red-team F4 in the app: a profile of 80 characters restored next to itself gets the
    name '… (teruggezet <day>)', too long: the person is told why, nothing is written."""
    from samenplan.ui import profile_backup
    from samenplan.vault import profile_backup as pb
    from tests.vaulthelp import make_profile

    found, answers = said
    name = "A" * 80
    store, _ = make_profile(tmp_path, name, dossiers=0)
    with store.open(name) as profile, profile.unlock(PASSPHRASE) as session:
        raw = pb.make(session, name, TODAY)
    path = tmp_path / "lang.spbackup"
    path.write_bytes(raw)
    window = make_window(qtbot, tmp_path)
    window.start()
    answers.extend([str(path), PASSPHRASE])
    profile_backup.restore_backup(window)
    qtbot.waitUntil(lambda: found and found[-1][0] == "inform", timeout=20_000)
    assert "1 tot 80 tekens" in found[-1][1]
    assert [p.name for p in window.profiles.all()] == [name]
