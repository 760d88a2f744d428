"""Logging that never contains plan text, names or phone numbers.

A log line is an event name (`vault.saved`) with allow-listed fields whose values are ids,
numbers or short codes. The filter on the handler enforces it: a record with a free-text
message, %-arguments, an unknown field or a value that is not an id-like token is
replaced by `log.redacted`, so a mistake elsewhere cannot leak content. Logs go to a small
rotating file in the data folder (owner-only); deleting a profile removes its lines.

Logging never stands in the way: when the log cannot be opened (a read-only data folder, a
folder where the file belongs, a symbolic link, which is never followed) samenplan runs
without one, and a write that fails later (a full disk) is dropped without a word; Python's
"--- Logging error ---" with its traceback is never printed.
"""

from __future__ import annotations

import errno
import io
import logging
import logging.handlers
import os
import re
import stat
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


class _QuietFileHandler(logging.handlers.RotatingFileHandler):
    """The log file: opened without following a symbolic link, owner-only, and quiet when
    writing fails (the record is dropped; nothing is printed)."""

    def _open(self) -> io.TextIOWrapper:
        flags = os.O_WRONLY | os.O_APPEND | os.O_CREAT
        flags |= getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)  # no link, no fifo
        fd = os.open(self.baseFilename, flags, 0o600)
        try:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                raise OSError(errno.EINVAL, "not a regular file", self.baseFilename)
            return open(fd, "a", encoding=self.encoding, errors=self.errors)
        except BaseException:
            os.close(fd)
            raise

    def handleError(self, record: logging.LogRecord) -> None:
        pass


def setup(data_dir: Path, level: int = logging.INFO) -> Path | None:
    """Send samenplan's log events to `<data_dir>/logs/samenplan.log`; returns that path, or
    None when no log can be kept there (samenplan then runs without one)."""
    root = logging.getLogger("samenplan")
    for old in list(root.handlers):
        if isinstance(old, logging.handlers.RotatingFileHandler | logging.NullHandler):
            root.removeHandler(old)
            old.close()
    root.setLevel(level)
    root.propagate = False
    folder = data_dir / LOG_DIR
    path = folder / LOG_FILE
    try:
        make_private_dir(folder, inside=data_dir)
        handler = _QuietFileHandler(path, maxBytes=1 << 20, backupCount=2, encoding="utf-8")
    except OSError:
        root.addHandler(logging.NullHandler())
        return None
    handler.addFilter(EventFilter())
    handler.setFormatter(EventFormatter())
    root.addHandler(handler)
    return path


def forget(data_dir: Path, profile_id: str) -> None:
    """Remove every log line that mentions a deleted profile (logs carry ids only). A log
    that cannot be rewritten (read-only) is left as it is; a symbolic link is not followed."""
    folder = data_dir / LOG_DIR
    if folder.is_symlink() or not folder.is_dir():
        return
    for path in folder.glob(f"{LOG_FILE}*"):
        if path.is_symlink() or not path.is_file():
            continue
        try:
            lines = path.read_text(encoding="utf-8", errors="replace").splitlines(keepends=True)
            kept = [line for line in lines if profile_id not in line]
            if len(kept) != len(lines):
                tmp = path.with_name(f".{path.name}.tmp")
                tmp.unlink(missing_ok=True)
                fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
                with open(fd, "w", encoding="utf-8") as file:
                    file.write("".join(kept))
                os.replace(tmp, path)
        except OSError:
            continue
