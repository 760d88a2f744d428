"""Hostile or damaged lease files (a synced folder anyone may write into): never an error at
unlock, and the 'open since' they report is a time that can be shown."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from samenplan.vault import lease

A, B = "a" * 16, "b" * 16
NOW = dt.datetime(2026, 12, 3, 10, 0, tzinfo=dt.UTC)


def _plant(folder, text: str) -> None:
    (folder / "devices").mkdir(parents=True, exist_ok=True)
    (folder / "devices" / f"{A}.lease").write_text(text)


@pytest.mark.parametrize(
    "text",
    [
        "[" * 4000,  # nesting deeper than the JSON reader's recursion limit
        '{"time": "0001-01-01T00:00:00+14:00"}',  # before the calendar's start in UTC
        '{"time": "9999-12-31T23:59:59-14:00"}',  # after its end in UTC
    ],
)
def test_a_lease_that_cannot_be_read_is_ignored(tmp_path, text):
    _plant(tmp_path, text)
    assert lease.others(tmp_path, B, NOW) == []


@pytest.mark.parametrize("since", ["0001-01-01T00:00:00+14:00", "0001-01-01T00:00:00+00:00"])
def test_a_fresh_lease_with_an_impossible_since_says_open_since_its_renewal(tmp_path, since):
    _plant(tmp_path, json.dumps({"time": NOW.isoformat(), "since": since}))
    [found] = lease.others(tmp_path, B, NOW)
    assert found.since == NOW
    found.since.astimezone()  # shown in local time at unlock: must not overflow


def test_a_lease_open_for_days_keeps_its_since(tmp_path):
    since = NOW - dt.timedelta(days=3)
    _plant(tmp_path, json.dumps({"time": NOW.isoformat(), "since": since.isoformat()}))
    assert lease.others(tmp_path, B, NOW) == [lease.Lease(A, NOW, since)]
