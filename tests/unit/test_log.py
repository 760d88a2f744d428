"""The log carries event names and ids only; anything else is redacted by the filter."""

from __future__ import annotations

import logging
import stat

import pytest

from samenplan import log as applog


@pytest.fixture
def logfile(tmp_path):
    path = applog.setup(tmp_path)
    yield path
    for handler in list(logging.getLogger("samenplan").handlers):
        logging.getLogger("samenplan").removeHandler(handler)
        handler.close()


def lines(path):
    return path.read_text(encoding="utf-8").splitlines()


def test_events_with_id_fields_are_written(logfile):
    logging.getLogger("samenplan.vault").info(
        "dossier.saved", extra={"fields": {"file": "ab12cd", "generation": 3}}
    )
    [line] = lines(logfile)
    assert line.endswith("info dossier.saved file=ab12cd generation=3")
    assert stat.S_IMODE(logfile.stat().st_mode) == 0o600


@pytest.mark.parametrize(
    ("message", "args", "fields"),
    [
        ("Opgeslagen: Noor Bakker", (), {}),
        ("dossier.saved %s", ("Noor Bakker",), {}),
        ("dossier.saved", (), {"title": "Noor"}),
        ("dossier.saved", (), {"reason": "bel 06-12345678 aub"}),
        ("dossier.saved", (), {"file": "x" * 65}),
    ],
)
def test_anything_but_ids_is_redacted(logfile, message, args, fields):
    logging.getLogger("samenplan.ui").warning(message, *args, extra={"fields": fields})
    [line] = lines(logfile)
    assert line.endswith("warning log.redacted")
    assert "Noor" not in line and "0612345678" not in line.replace("-", "")


def test_exceptions_are_not_written_with_their_text(logfile):
    try:
        raise ValueError("Noor Bakker woont op Lindelaan 12")
    except ValueError:
        logging.getLogger("samenplan").exception("app.failed")
    text = logfile.read_text(encoding="utf-8")
    assert "Noor" not in text and "Lindelaan" not in text
    assert "log.redacted" in text


def test_forget_removes_a_profiles_lines(logfile, tmp_path):
    log = logging.getLogger("samenplan.vault")
    log.info("profile.unlocked", extra={"fields": {"profile": "a" * 32}})
    log.info("profile.unlocked", extra={"fields": {"profile": "b" * 32}})
    applog.forget(tmp_path, "a" * 32)
    assert ["b" * 32 in line for line in lines(logfile)] == [True]
