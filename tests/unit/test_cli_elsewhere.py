"""A profile open on another computer (its lease came in through a sync program): the
command line says so on stderr in one sentence, with since when, and goes on; a lease of
this computer, or a stale one, says nothing."""

from __future__ import annotations

import datetime as dt
import io

import pytest

from samenplan import cli
from samenplan.vault import lease
from samenplan.vault.profiles import ProfileStore
from samenplan.workspace.unlocked import Unlocked
from tests.vaulthelp import PASSPHRASE, make_profile

OTHER = "bbbbbbbbbbbbbbbb"


@pytest.fixture(autouse=True)
def _no_keyring(monkeypatch):
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")


def _folder(data_dir):
    store = ProfileStore(data_dir)
    [info] = store.all()
    return store.folder(info)


def _list(monkeypatch, capsys, data_dir, lang):
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSPHRASE + "\n"))
    code = cli.run(
        ["--data-dir", str(data_dir), "--lang", lang, "dossier", "list", "--profile", "Ava"]
    )
    return code, *capsys.readouterr()


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("nl", "Dit profiel is ook open op een andere computer, sinds {t} uur."),
        ("en", "This profile is also open on another computer, since {t}."),
    ],
)
def test_another_computers_lease_is_said_on_stderr_and_the_command_goes_on(
    tmp_path, monkeypatch, capsys, lang, words
):
    make_profile(tmp_path, dossiers=1)
    now = dt.datetime.now(dt.UTC)
    since = now  # today (a lease from another day says its date, see below)
    lease.take(_folder(tmp_path), OTHER, now, since)
    code, out, err = _list(monkeypatch, capsys, tmp_path, lang)
    assert code == 0 and "Dossier 0" in out
    [line] = err.splitlines()
    expected = words.format(t=since.astimezone().strftime("%H:%M"))
    assert line.startswith(f"samenplan: {expected} ")
    assert ("allebei de versies" if lang == "nl" else "keeps both versions") in line


def test_no_sentence_for_this_computers_own_lease_or_a_stale_one(tmp_path, monkeypatch, capsys):
    store, _ = make_profile(tmp_path, dossiers=1)
    old = dt.datetime.now(dt.UTC) - dt.timedelta(seconds=lease.FRESH_SECONDS + 5)
    lease.take(_folder(tmp_path), OTHER, old, old)  # a computer that stopped long ago
    lease.take(_folder(tmp_path), store.device, dt.datetime.now(dt.UTC), old)  # a crash here
    code, out, err = _list(monkeypatch, capsys, tmp_path, "nl")
    assert (code, err) == (0, "") and "Dossier 0" in out


def test_a_lease_from_another_day_says_the_date(tmp_path):
    make_profile(tmp_path, dossiers=0)
    now = dt.datetime.now(dt.UTC)
    since = now - dt.timedelta(days=1)
    lease.take(_folder(tmp_path), OTHER, now, since)
    store = ProfileStore(tmp_path)
    with store.open("Ava") as profile, Unlocked(profile.unlock(PASSPHRASE)) as unlocked:
        assert unlocked.open_elsewhere() == since
        local = since.astimezone()
        day = f"{local.day}-{local.month}-{local.year}"
        assert f"sinds {day} om {local:%H:%M} uur." in unlocked.elsewhere_notice("nl")
        assert f"since {local:%Y-%m-%d} at {local:%H:%M}." in unlocked.elsewhere_notice("en")
