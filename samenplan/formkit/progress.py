"""How far a person is with a form: per section, the shown questions and how many have an answer."""

from __future__ import annotations

from dataclasses import dataclass

from samenplan.formkit.answers import Answers, is_empty
from samenplan.formkit.conditions import walk_enabled
from samenplan.formkit.model import FormDef


@dataclass(frozen=True)
class SectionProgress:
    section_id: str
    answered: int
    total: int

    @property
    def started(self) -> bool:
        return self.answered > 0


def section_progress(form: FormDef, answers: Answers) -> list[SectionProgress]:
    """Per top-level section: shown questions, and how many of them are answered.

    A question inside a repeated group counts once per instance. Hidden questions do not
    count, so toggling a condition never makes a plan look less complete than it is.
    """
    counts = {s.id: [0, 0] for s in form.sections()}
    for item, scopes, node in walk_enabled(form, answers):
        if not item.type.answerable:
            continue
        section = scopes[1].id if len(scopes) > 1 else item.id
        if section not in counts:
            continue
        counts[section][1] += 1
        if node is not None and not is_empty(node.value):
            counts[section][0] += 1
    return [SectionProgress(sid, done, total) for sid, (done, total) in counts.items()]
