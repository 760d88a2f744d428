"""The lease: "this profile is open on this computer", seen by other computers.

The OS lock (`.lock`, filelock) only works within one computer; a sync program copies no
locks. So while a profile is unlocked, each device keeps its own small lease file in the
profile folder, `devices/<device>.lease` (JSON: the device id, the time of the last renewal
and since when it is open, UTC; no names, no plan content), renewed every RENEW_SECONDS and
removed on lock. One file per device, so
two computers never write the same lease file and a sync program makes no conflict copy of
it. At unlock, a lease of another device younger than FRESH_SECONDS means that computer has
the profile open (or stopped without locking less than FRESH_SECONDS ago): the person is told
and chooses to go on or stop. A stale lease is ignored (a computer that crashed).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import re
from dataclasses import dataclass
from pathlib import Path

from samenplan.paths import make_private_dir, write_private

RENEW_SECONDS = 120
FRESH_SECONDS = 6 * 60  # three renewals missed: the other computer is gone
MAX_OPEN = dt.timedelta(days=366)  # an older "since" is taken as not said
SUFFIX = ".lease"
_NAME = re.compile(r"^([0-9a-f]{16})\.lease$")


@dataclass(frozen=True)
class Lease:
    device: str
    time: dt.datetime  # last renewed
    since: dt.datetime  # unlocked at (the renewal time for a lease that does not say)


def _path(profile_folder: Path, device: str) -> Path:
    return profile_folder / "devices" / f"{device}{SUFFIX}"


def take(profile_folder: Path, device: str, now: dt.datetime, since: dt.datetime) -> None:
    """Write (or renew) this device's lease: open since `since`, still open at `now`.
    OSError when it cannot be written."""
    make_private_dir(profile_folder / "devices")
    data = {
        "device": device,
        "time": now.astimezone(dt.UTC).isoformat(),
        "since": since.astimezone(dt.UTC).isoformat(),
    }
    write_private(_path(profile_folder, device), json.dumps(data).encode("utf-8"))


def give_back(profile_folder: Path, device: str) -> None:
    """Remove this device's lease (at lock); never fails."""
    with contextlib.suppress(OSError):
        _path(profile_folder, device).unlink()


def others(profile_folder: Path, device: str, now: dt.datetime) -> list[Lease]:
    """Fresh leases of other devices: computers that have this profile open now."""
    found = []
    try:
        paths = sorted((profile_folder / "devices").glob(f"*{SUFFIX}"))
    except OSError:
        return []
    for path in paths:
        match = _NAME.match(path.name)
        if match is None or match.group(1) == device:
            continue
        try:
            data = json.loads(path.read_bytes()[:4096].decode("utf-8"))
            when = _utc(data["time"])
        except (OSError, ValueError, KeyError, TypeError, UnicodeDecodeError, RecursionError):
            continue  # RecursionError: JSON nested deeper than the reader goes
        if when is None:
            continue
        age = (now - when).total_seconds()
        if -FRESH_SECONDS < age < FRESH_SECONDS:  # a clock a little ahead still counts
            since = _utc(data.get("since"))
            if since is None or not when - MAX_OPEN <= since <= when:  # not said, or not meant
                since = when
            found.append(Lease(match.group(1), when, since))
    return found


def _utc(value: object) -> dt.datetime | None:
    """A lease's time in UTC; None when it is no time with a zone, or none the calendar has
    in UTC (e.g. "0001-01-01T00:00+14:00")."""
    try:
        parsed = dt.datetime.fromisoformat(str(value))
        return parsed.astimezone(dt.UTC) if parsed.tzinfo is not None else None
    except (ValueError, OverflowError):
        return None
