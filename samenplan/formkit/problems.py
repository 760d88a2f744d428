"""What can be wrong with a form file, in the catalogue's words (`form_problem.*`).

Every problem names the file, the line, the item path and how to fix it, in the style of
pyxform's error codes: a stable code and the values to fill in.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from samenplan.words import say


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a form file, with where it is and how to fix it."""

    file: str
    line: int | None
    path: str
    code: str
    params: dict[str, object] = field(default_factory=dict)

    def render(self, lang: str = "nl") -> str:
        params = {"suggestion": "", **self.params}
        if params["suggestion"]:
            params["suggestion"] = say("form_problem.suggestion", lang, id=params["suggestion"])
        where = self.file
        if self.line is not None:
            where += f":{self.line}"
        if self.path:
            where += f" [{self.path}]"
        return f"{where}: {say(f'form_problem.{self.code}', lang, **params)}"


class FormError(Exception):
    """A form file could not be loaded; `problems` lists every reason found."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(f"{len(problems)} problem(s) in form definitions")
        self.problems = problems
