"""Logging that never contains plan text, names or phone numbers.

A log line is an event name (`vault.saved`) with allow-listed fields whose values are ids,
numbers or short codes. The filter on the handler enforces it: a record with a free-text
message, %-arguments, an unknown field or a value that is not an id-like token is
replaced by `log.redacted`, so a mistake elsewhere cannot leak content. Logs go to a small
rotating file in the data folder (owner-only); deleting a profile removes its lines.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import re
from pathlib import Path

from samenplan.paths import make_private_dir

LOG_DIR = "logs"
LOG_FILE = "samenplan.log"
EVENT_RE = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$")
TOKEN_RE = re.compile(r"^[A-Za-z0-9_.:-]{1,64}$")
FIELDS = frozenset(
    {"profile", "file", "generation", "with", "reason", "count", "ms", "kind", "step", "form",
     "section", "item", "lang", "version", "platform"}
)  # fmt: skip


def _safe_value(value: object) -> bool:
    if isinstance(value, bool | int | float):
        return True
    return isinstance(value, str) and TOKEN_RE.match(value) is not None


class EventFilter(logging.Filter):
    """Lets through only event-name records with allow-listed, id-like fields."""

    def filter(self, record: logging.LogRecord) -> bool:
        fields = getattr(record, "fields", {})
        ok = (
            isinstance(record.msg, str)
            and EVENT_RE.match(record.msg) is not None
            and not record.args
            and isinstance(fields, dict)
            and all(key in FIELDS and _safe_value(value) for key, value in fields.items())
            and record.exc_info is None
        )
        if not ok:
            record.msg, record.args, record.exc_info, record.exc_text = (
                "log.redacted",
                (),
                None,
                None,
            )
            record.fields = {}
        return True


class EventFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        fields = getattr(record, "fields", {})
        extra = "".join(f" {key}={value}" for key, value in sorted(fields.items()))
        stamp = self.formatTime(record, "%Y-%m-%dT%H:%M:%S")
        return f"{stamp} {record.levelname.lower()} {record.msg}{extra}"


def setup(data_dir: Path, level: int = logging.INFO) -> Path:
    """Send samenplan's log events to `<data_dir>/logs/samenplan.log`; returns that path."""
    folder = data_dir / LOG_DIR
    make_private_dir(folder)
    path = folder / LOG_FILE
    if not path.exists():
        path.touch(mode=0o600)
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=1 << 20, backupCount=2, encoding="utf-8"
    )
    handler.addFilter(EventFilter())
    handler.setFormatter(EventFormatter())
    root = logging.getLogger("samenplan")
    for old in list(root.handlers):
        if isinstance(old, logging.handlers.RotatingFileHandler):
            root.removeHandler(old)
            old.close()
    root.addHandler(handler)
    root.setLevel(level)
    root.propagate = False
    return path


def forget(data_dir: Path, profile_id: str) -> None:
    """Remove every log line that mentions a deleted profile (logs carry ids only)."""
    folder = data_dir / LOG_DIR
    if not folder.is_dir():
        return
    for path in folder.glob(f"{LOG_FILE}*"):
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines(keepends=True)
        kept = [line for line in lines if profile_id not in line]
        if len(kept) != len(lines):
            tmp = path.with_name(f".{path.name}.tmp")
            tmp.write_text("".join(kept), encoding="utf-8")
            os.replace(tmp, path)
