"""A plan's versions: marking it final keeps a dated copy of its answers, so that later the
person can see what changed since and put an old answer back (see formkit.diff)."""

from __future__ import annotations

import copy
import datetime as dt

from samenplan.domain.dossier import Document, Version


def mark_final(document: Document, today: dt.date) -> bool:
    """Mark the plan final and keep today's version; False when nothing changed since the
    last kept version (then no second copy is kept)."""
    document.status = "final"
    last = document.history[-1] if document.history else None
    if last is not None and last.answers.to_json() == document.answers.to_json():
        return False
    document.history.append(Version(today, copy.deepcopy(document.answers)))
    return True
