"""Undo and redo over a whole dossier, as a plain list of steps (no Qt).

A step is the dossier before and after one change, as deep copies, with a name for the
menu. Typing in one field is one step: a change with the same merge key as the step before
it extends that step. The history lives with the open dossier, not with a screen, so it
survives a page that is built again (language, text size) and covers every kind of change:
answers, people, members, agreements, filling one plan from the other.
"""

from __future__ import annotations

from typing import NamedTuple

from samenplan.domain.dossier import Dossier

LIMIT = 200


class Step(NamedTuple):
    label: str
    before: Dossier
    after: Dossier
    merge: str | None  # what was typed in (form:question), for merging and for the focus
    closed: bool = False  # sealed: the next change is a step of its own


class History:
    def __init__(self, limit: int = LIMIT) -> None:
        self._done: list[Step] = []
        self._undone: list[Step] = []
        self._limit = limit

    def record(self, label: str, before: Dossier, after: Dossier, merge: str | None = None) -> None:
        """One change (the copies are kept as they are: the caller hands over fresh ones)."""
        self._undone.clear()
        last = self._done[-1] if self._done else None
        if merge is not None and last is not None and last.merge == merge and not last.closed:
            self._done[-1] = last._replace(after=after)
            return
        self._done.append(Step(label, before, after, merge))
        del self._done[: -self._limit]

    def undo(self) -> Step | None:
        """The step to take back (its `before` is the state to return to)."""
        if not self._done:
            return None
        step = self._done.pop()
        self._undone.append(step)
        return step

    def redo(self) -> Step | None:
        """The step to do again (its `after` is the state to return to)."""
        if not self._undone:
            return None
        step = self._undone.pop()
        self._done.append(step)
        return step

    def undo_label(self) -> str | None:
        return self._done[-1].label if self._done else None

    def redo_label(self) -> str | None:
        return self._undone[-1].label if self._undone else None

    def seal(self) -> None:
        """End typing-merging: the next change is a step of its own."""
        if self._done:
            self._done[-1] = self._done[-1]._replace(closed=True)
