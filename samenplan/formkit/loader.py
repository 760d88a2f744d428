"""Strict loader: `forms/*.yaml` → `FormDef`.

Everything that could make a screen, a card or stored answers go wrong is refused here:
unknown keys and types, duplicate ids, conditions on missing or later items, unknown
choice lists, missing Dutch text. Every problem found is collected (not just the first),
each naming file, line, item path and the fix.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, TypeGuard

from samenplan.formkit.model import (
    CARD_PANELS,
    LANGUAGES,
    PERSPECTIVES,
    CardSpec,
    Choice,
    ChoiceList,
    Condition,
    FormDef,
    Item,
    ItemType,
    Migrations,
    Operator,
    Perspective,
    Picks,
    Repeat,
    Scale,
    Text,
    Wording,
)
from samenplan.formkit.problems import FormError, Problem
from samenplan.formkit.yaml_reader import LineDict, read_yaml

CHOICES_FILE = "choices.yaml"
ID_RE = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)*$")
CODE_RE = re.compile(r"^[a-z0-9][a-z0-9_]*$")

FORM_KEYS = ("id", "version", "title", "intro", "perspectives", "migrations", "items")
ITEM_KEYS = (
    "id", "type", "text", "hint", "guidance", "examples", "heading", "required", "max_length",
    "pattern", "message", "choices", "repeats", "enable_when", "enable_behavior",
    "perspectives", "card", "min", "max", "min_label", "max_label", "picks", "items",
)  # fmt: skip
# Keys that only some item types may carry.
ONLY_FOR: dict[str, frozenset[ItemType]] = {
    "items": frozenset({ItemType.GROUP}),
    "repeats": frozenset({ItemType.GROUP}),
    "choices": frozenset({ItemType.CHOICE, ItemType.MULTICHOICE, ItemType.WHO}),
    "min": frozenset({ItemType.SCALE}),
    "max": frozenset({ItemType.SCALE}),
    "min_label": frozenset({ItemType.SCALE}),
    "max_label": frozenset({ItemType.SCALE}),
    "max_length": frozenset({ItemType.STRING, ItemType.TEXT, ItemType.LIST}),
    "picks": frozenset({ItemType.LIST}),
    "pattern": frozenset({ItemType.STRING, ItemType.PHONE}),
    "examples": frozenset({ItemType.STRING, ItemType.TEXT, ItemType.LIST}),
}
NOT_FOR_DISPLAY = ("required", "card", "enable_behavior")


def _is_int(value: Any) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


def _suggest(word: str, options: Iterable[str]) -> str:
    close = difflib.get_close_matches(word, list(options), n=1, cutoff=0.6)
    return close[0] if close else ""


class _Reader:
    """Collects problems while turning one parsed YAML document into model objects."""

    def __init__(self, file: str, choice_lists: Mapping[str, ChoiceList]) -> None:
        self.file = file
        self.choice_lists = choice_lists
        self.problems: list[Problem] = []

    def problem(self, node: Any, path: str, code: str, **params: object) -> None:
        line = getattr(node, "line", None)
        self.problems.append(Problem(self.file, line, path, code, params))

    def mapping(self, node: Any, path: str, key: str) -> bool:
        if isinstance(node, dict):
            return True
        self.problem(node, path, "not_mapping", key=key)
        return False

    def check_keys(self, node: LineDict, path: str, allowed: tuple[str, ...]) -> None:
        for key in node:
            if key not in allowed:
                self.problem(
                    node,
                    path,
                    "unknown_key",
                    key=key,
                    suggestion=_suggest(str(key), allowed),
                    allowed=", ".join(allowed),
                )

    def text(self, node: Any, path: str, key: str) -> Text | None:
        if node is None:
            return None
        if not isinstance(node, dict):
            self.problem(node, path, "bad_text", key=key)
            return None
        for lang in node:
            if lang not in LANGUAGES:
                self.problem(
                    node,
                    path,
                    "unknown_key",
                    key=lang,
                    suggestion=_suggest(str(lang), LANGUAGES),
                    allowed=", ".join(LANGUAGES),
                )
        nl = node.get("nl")
        if nl is None:
            self.problem(node, path, "missing_nl", key=key)
            return None
        given = {lang: text for lang, text in node.items() if lang in LANGUAGES}
        if not (isinstance(nl, str) and nl.strip()) or not all(
            text is None or isinstance(text, str) for text in given.values()
        ):
            self.problem(node, path, "bad_text", key=key)
            return None
        en = given.get("en")
        more = tuple(
            (lang, text.strip())
            for lang, text in sorted(given.items())
            if lang not in ("nl", "en") and text and text.strip()
        )
        return Text(nl.strip(), en.strip() if en else None, more)

    def required_text(self, parent: LineDict, key: str, path: str) -> Text:
        if key not in parent:
            self.problem(parent, path, "missing_key", key=key)
            return Text("?")
        return self.text(parent[key], path, key) or Text("?")

    def choice_list(self, node: Any, path: str, list_id: str) -> ChoiceList | None:
        if not isinstance(node, list) or not node:
            self.problem(node, path, "not_list", key="choices")
            return None
        choices: list[Choice] = []
        seen: set[str] = set()
        for entry in node:
            if not self.mapping(entry, path, "code"):
                continue
            self.check_keys(entry, path, ("code", "text"))
            code = entry.get("code")
            if not isinstance(code, str) or not CODE_RE.match(code):
                self.problem(
                    entry, path, "bad_value", key="code", value=code, expected="a-z, 0-9, _"
                )
                continue
            if code in seen:
                self.problem(entry, path, "duplicate_id", value=code, line=entry.line)
                continue
            seen.add(code)
            choices.append(Choice(code, self.required_text(entry, "text", f"{path}.{code}")))
        return ChoiceList(list_id, tuple(choices))


def load_choices(path: Path) -> dict[str, ChoiceList]:
    """The shared choice lists (`forms/choices.yaml`)."""
    data = read_yaml(path)
    reader = _Reader(str(path), {})
    lists: dict[str, ChoiceList] = {}
    if reader.mapping(data, "", "lists"):
        reader.check_keys(data, "", ("lists",))
        raw = data.get("lists")
        if reader.mapping(raw, "lists", "lists"):
            for list_id, entries in raw.items():
                if not isinstance(list_id, str) or not CODE_RE.match(list_id):
                    reader.problem(raw, "lists", "bad_id", value=list_id)
                    continue
                loaded = reader.choice_list(entries, f"lists.{list_id}", list_id)
                if loaded is not None:
                    lists[list_id] = loaded
    if reader.problems:
        raise FormError(reader.problems)
    return lists


class _FormReader(_Reader):
    def __init__(self, file: str, choice_lists: Mapping[str, ChoiceList]) -> None:
        super().__init__(file, choice_lists)
        self.seen: dict[str, int] = {}  # id -> line
        self.order: dict[str, Item] = {}  # id -> item, only complete items, document order
        self.has_perspectives = False
        # Conditions whose question was not read yet: later or missing, told apart at the end.
        self.pending_later: list[tuple[Any, str, str]] = []
        self.pending_picks: list[tuple[Any, str, Picks]] = []

    def form(self, data: Any) -> FormDef | None:
        if not self.mapping(data, "", "id"):
            return None
        self.check_keys(data, "", FORM_KEYS)
        for key in ("id", "version", "title", "items"):
            if key not in data:
                self.problem(data, "", "missing_key", key=key)
        form_id = data.get("id")
        if form_id is not None and (not isinstance(form_id, str) or not CODE_RE.match(form_id)):
            self.problem(data, "", "bad_id", value=form_id)
        version = data.get("version")
        if version is not None and (not _is_int(version) or version < 1):
            self.problem(
                data, "", "bad_value", key="version", value=version, expected="1, 2, 3, ..."
            )
        title = self.required_text(data, "title", "")
        intro = self.text(data.get("intro"), "", "intro")
        self.has_perspectives = "perspectives" in data
        items = self.items(data.get("items", []), "")
        perspectives = self.perspectives(data.get("perspectives"))
        migrations = self.migrations(data.get("migrations"))
        if self.problems:
            return None
        assert isinstance(form_id, str)
        assert isinstance(version, int)
        return FormDef(form_id, version, title, intro, items, perspectives, migrations, self.file)

    def items(self, node: Any, path: str) -> tuple[Item, ...]:
        if not isinstance(node, list):
            self.problem(node, path, "not_list", key="items")
            return ()
        out = []
        for entry in node:
            item = self.item(entry, path)
            if item is not None:
                out.append(item)
        return tuple(out)

    def item(self, node: Any, parent_path: str) -> Item | None:
        if not self.mapping(node, parent_path, "id"):
            return None
        raw_id = node.get("id")
        path = f"{parent_path} > {raw_id}" if parent_path else str(raw_id)
        self.check_keys(node, path, ITEM_KEYS)
        if raw_id is None:
            self.problem(node, path, "missing_key", key="id")
            return None
        if not isinstance(raw_id, str) or not ID_RE.match(raw_id):
            self.problem(node, path, "bad_id", value=raw_id)
            return None
        if raw_id in self.seen:
            self.problem(node, path, "duplicate_id", value=raw_id, line=self.seen[raw_id])
        else:
            self.seen[raw_id] = node.line
        raw_type = node.get("type")
        allowed_types = [t.value for t in ItemType]
        if raw_type not in allowed_types:
            if raw_type is None:
                self.problem(node, path, "missing_key", key="type")
            else:
                self.problem(
                    node,
                    path,
                    "unknown_type",
                    value=raw_type,
                    suggestion=_suggest(str(raw_type), allowed_types),
                    allowed=", ".join(allowed_types),
                )
            return None
        kind = ItemType(raw_type)
        for key, kinds in ONLY_FOR.items():
            if key in node and kind not in kinds:
                self.problem(node, path, "not_for_type", key=key, value=kind.value)
        if kind is ItemType.DISPLAY:
            for key in NOT_FOR_DISPLAY:
                if key in node:
                    self.problem(node, path, "not_for_type", key=key, value=kind.value)
        if "message" in node and "pattern" not in node:
            self.problem(node, path, "not_for_type", key="message", value=kind.value)

        text = self.required_text(node, "text", path)
        # Conditions are read before the children, so an item cannot depend on its own children.
        enable_when = self.conditions(node.get("enable_when"), path)
        behavior = node.get("enable_behavior", "all")
        if behavior not in ("all", "any"):
            self.problem(
                node, path, "bad_value", key="enable_behavior", value=behavior, expected="all, any"
            )
        item = Item(
            id=raw_id,
            type=kind,
            text=text,
            hint=self.text(node.get("hint"), path, "hint"),
            guidance=self.text(node.get("guidance"), path, "guidance"),
            examples=self.examples(node.get("examples"), path),
            heading=self.text(node.get("heading"), path, "heading"),
            required=self.flag(node, "required", path),
            max_length=self.positive(node, "max_length", path),
            pattern=self.pattern(node.get("pattern"), path),
            message=self.text(node.get("message"), path, "message"),
            choices=self.item_choices(node, kind, path),
            repeats=self.repeats(node.get("repeats"), path),
            enable_when=enable_when,
            enable_behavior=behavior if behavior in ("all", "any") else "all",
            perspectives=self.item_perspectives(node, path),
            card=self.card(node.get("card"), path),
            scale=self.scale(node, kind, path),
            picks=self.picks(node.get("picks"), path),
        )
        if kind is ItemType.GROUP:
            children = self.items(node.get("items", []), path)
            if node.get("items") in (None, []):
                self.problem(node, path, "empty_group")
            item = item._replace(items=children)
        self.order.setdefault(raw_id, item)
        return item

    def flag(self, node: LineDict, key: str, path: str) -> bool:
        value = node.get(key, False)
        if not isinstance(value, bool):
            self.problem(node, path, "bad_value", key=key, value=value, expected="true, false")
            return False
        return value

    def positive(self, node: LineDict, key: str, path: str) -> int | None:
        value = node.get(key)
        if value is None:
            return None
        if not _is_int(value) or value < 1:
            self.problem(node, path, "bad_value", key=key, value=value, expected="1, 2, 3, ...")
            return None
        return value

    def pattern(self, value: Any, path: str) -> str | None:
        if value is None:
            return None
        if not isinstance(value, str):
            self.problem(None, path, "bad_value", key="pattern", value=value, expected="text")
            return None
        try:
            re.compile(value)
        except re.error as exc:
            self.problem(None, path, "bad_pattern", detail=str(exc))
            return None
        return value

    def examples(self, node: Any, path: str) -> tuple[Text, ...]:
        if node is None:
            return ()
        if not isinstance(node, list):
            self.problem(node, path, "not_list", key="examples")
            return ()
        texts = (self.text(entry, path, "examples") for entry in node)
        return tuple(t for t in texts if t is not None)

    def item_choices(self, node: LineDict, kind: ItemType, path: str) -> ChoiceList | None:
        if kind not in (ItemType.CHOICE, ItemType.MULTICHOICE, ItemType.WHO):
            return None
        raw = node.get("choices")
        if raw is None:
            self.problem(node, path, "missing_key", key="choices")
            return None
        if isinstance(raw, str):
            found = self.choice_lists.get(raw)
            if found is None:
                self.problem(
                    node,
                    path,
                    "unknown_choices",
                    value=raw,
                    suggestion=_suggest(raw, self.choice_lists),
                )
            return found
        return self.choice_list(raw, path, str(node.get("id")))

    def repeats(self, node: Any, path: str) -> Repeat | None:
        if node is None:
            return None
        if not self.mapping(node, path, "repeats"):
            return None
        self.check_keys(node, path, ("min", "max", "add_label"))
        low = node.get("min", 0)
        high = node.get("max")
        if not _is_int(low) or low < 0:
            self.problem(node, path, "bad_value", key="repeats.min", value=low, expected="0, 1, 2")
            low = 0
        if high is not None and (not _is_int(high) or high < max(low, 1)):
            self.problem(
                node, path, "bad_value", key="repeats.max", value=high, expected=f">= {max(low, 1)}"
            )
            high = None
        return Repeat(low, high, self.text(node.get("add_label"), path, "add_label"))

    def scale(self, node: LineDict, kind: ItemType, path: str) -> Scale | None:
        if kind is not ItemType.SCALE:
            return None
        low, high = node.get("min"), node.get("max")
        if not _is_int(low) or not _is_int(high) or low >= high:
            self.problem(
                node, path, "bad_value", key="min/max", value=f"{low}/{high}", expected="min < max"
            )
            return None
        return Scale(
            low,
            high,
            self.text(node.get("min_label"), path, "min_label"),
            self.text(node.get("max_label"), path, "max_label"),
        )

    def item_perspectives(self, node: LineDict, path: str) -> tuple[str, ...]:
        raw = node.get("perspectives")
        if raw is None:
            return PERSPECTIVES
        if not self.has_perspectives:
            self.problem(node, path, "perspectives_not_declared")
            return PERSPECTIVES
        if not isinstance(raw, list) or not raw or any(p not in PERSPECTIVES for p in raw):
            self.problem(
                node,
                path,
                "bad_value",
                key="perspectives",
                value=raw,
                expected=", ".join(PERSPECTIVES),
            )
            return PERSPECTIVES
        return tuple(raw)

    def picks(self, node: Any, path: str) -> Picks | None:
        """`picks: {group, label}`; that the group and label exist is checked at the end."""
        if node is None:
            return None
        if not self.mapping(node, path, "picks"):
            return None
        self.check_keys(node, path, ("group", "label"))
        found = Picks(str(node.get("group", "")), str(node.get("label", "")))
        self.pending_picks.append((node, path, found))
        return found

    def check_picks(self, form: FormDef) -> None:
        items = {item.id: item for item in form.walk()}
        for node, path, picks in self.pending_picks:
            group = items.get(picks.group)
            if group is None or group.type is not ItemType.GROUP or group.repeats is None:
                self.problem(
                    node, path, "bad_value", key="picks.group", value=picks.group,
                    expected="het id van een herhalende groep / the id of a repeated group",
                )  # fmt: skip
                continue
            label = next((i for i in group.items if i.id == picks.label), None)
            if label is None or label.type is not ItemType.STRING:
                self.problem(
                    node, path, "bad_value", key="picks.label", value=picks.label,
                    expected=f"een tekstvraag in / a string item of '{picks.group}'",
                )  # fmt: skip

    def card(self, node: Any, path: str) -> CardSpec | None:
        if node is None:
            return None
        if not self.mapping(node, path, "card"):
            return None
        self.check_keys(node, path, ("panel", "priority", "label"))
        panel = node.get("panel")
        if panel not in CARD_PANELS:
            self.problem(
                node,
                path,
                "bad_value",
                key="card.panel",
                value=panel,
                expected=", ".join(CARD_PANELS),
            )
        priority = node.get("priority", 1)
        if not _is_int(priority) or priority < 1:
            self.problem(
                node, path, "bad_value", key="card.priority", value=priority, expected="1, 2, 3"
            )
            priority = 1
        label = self.required_text(node, "label", path)
        return CardSpec(str(panel), priority, label)

    def conditions(self, node: Any, path: str) -> tuple[Condition, ...]:
        if node is None:
            return ()
        if not isinstance(node, list) or not node:
            self.problem(node, path, "not_list", key="enable_when")
            return ()
        out = []
        operators = [o.value for o in Operator]
        for entry in node:
            if not self.mapping(entry, path, "question"):
                continue
            self.check_keys(entry, path, ("question", "operator", "answer"))
            question = entry.get("question")
            op = entry.get("operator")
            answer = entry.get("answer")
            if op not in operators:
                self.problem(
                    entry, path, "bad_value", key="operator", value=op, expected=" ".join(operators)
                )
                continue
            operator = Operator(op)
            if not isinstance(question, str):
                self.problem(entry, path, "missing_key", key="question")
                continue
            target = self.order.get(question)
            if target is None:
                if question in self.seen:
                    # Known id but not complete yet: an enclosing group, i.e. not earlier.
                    self.problem(entry, path, "condition_later", value=question)
                else:
                    self.pending_later.append((entry, path, question))
                continue
            if self.check_condition_answer(entry, path, target, operator, answer):
                out.append(Condition(question, operator, answer))
        return tuple(out)

    def check_condition_answer(
        self, entry: Any, path: str, target: Item, operator: Operator, answer: Any
    ) -> bool:
        def bad(expected: str) -> bool:
            self.problem(
                entry,
                path,
                "condition_answer",
                value=target.id,
                answer=repr(answer),
                expected=expected,
            )
            return False

        if not target.type.answerable:
            return bad("a question, not a group or text")
        if operator is Operator.EXISTS:
            return isinstance(answer, bool) or bad("true, false")
        kind = target.type
        if kind is ItemType.BOOLEAN:
            ok = isinstance(answer, bool) and operator in (Operator.EQ, Operator.NE)
            return ok or bad("true or false with = or !=")
        if kind in (ItemType.CHOICE, ItemType.MULTICHOICE):
            codes = target.choices.codes() if target.choices else ()
            ok = answer in codes and operator in (Operator.EQ, Operator.NE)
            return ok or bad(" / ".join(codes) + " with = or !=")
        if kind is ItemType.SCALE:
            ok = _is_int(answer)
            return ok or bad("a number")
        if kind is ItemType.DATE:
            ok = isinstance(answer, str) and bool(re.match(r"^\d{4}-\d{2}-\d{2}$", answer))
            return ok or bad("a date YYYY-MM-DD")
        if kind is ItemType.WHO:  # its answer is a small object: only whether it is there
            return bad("exists: true or false")
        ok = isinstance(answer, str) and operator in (Operator.EQ, Operator.NE)
        return ok or bad("a text with = or !=")

    def perspectives(self, node: Any) -> dict[str, Perspective]:
        if node is None:
            return {}
        if not self.mapping(node, "perspectives", "perspectives"):
            return {}
        out = {}
        for code, raw in node.items():
            path = f"perspectives > {code}"
            if code not in PERSPECTIVES:
                self.problem(
                    node,
                    path,
                    "unknown_key",
                    key=code,
                    suggestion=_suggest(str(code), PERSPECTIVES),
                    allowed=", ".join(PERSPECTIVES),
                )
                continue
            if not self.mapping(raw, path, "title"):
                continue
            self.check_keys(raw, path, ("title", "intro", "wording", "choice_wording"))
            wording = {}
            raw_wording = raw.get("wording") or {}
            if self.mapping(raw_wording, path, "wording"):
                for item_id, w in raw_wording.items():
                    wpath = f"{path} > wording > {item_id}"
                    if item_id not in self.order:
                        self.problem(
                            raw_wording,
                            wpath,
                            "unknown_item",
                            value=item_id,
                            suggestion=_suggest(str(item_id), self.order),
                        )
                        continue
                    if not self.mapping(w, wpath, "text"):
                        continue
                    self.check_keys(w, wpath, ("text", "hint", "guidance"))
                    wording[item_id] = Wording(
                        self.text(w.get("text"), wpath, "text"),
                        self.text(w.get("hint"), wpath, "hint"),
                        self.text(w.get("guidance"), wpath, "guidance"),
                    )
            choice_wording: dict[str, dict[str, Text]] = {}
            raw_cw = raw.get("choice_wording") or {}
            if self.mapping(raw_cw, path, "choice_wording"):
                for list_id, codes in raw_cw.items():
                    cpath = f"{path} > choice_wording > {list_id}"
                    known = self.choice_lists.get(list_id)
                    if known is None:
                        self.problem(
                            raw_cw,
                            cpath,
                            "unknown_choices",
                            value=list_id,
                            suggestion=_suggest(str(list_id), self.choice_lists),
                        )
                        continue
                    if not self.mapping(codes, cpath, "code"):
                        continue
                    texts = {}
                    for choice_code, text in codes.items():
                        if known.find(choice_code) is None:
                            self.problem(
                                codes,
                                cpath,
                                "bad_value",
                                key=choice_code,
                                value=choice_code,
                                expected=", ".join(known.codes()),
                            )
                            continue
                        texts[choice_code] = self.text(text, cpath, choice_code) or Text("?")
                    choice_wording[list_id] = texts
            out[code] = Perspective(
                code,
                self.required_text(raw, "title", path),
                self.text(raw.get("intro"), path, "intro"),
                wording,
                choice_wording,
            )
        return out

    def migrations(self, node: Any) -> Migrations:
        if node is None:
            return Migrations()
        if not self.mapping(node, "migrations", "renamed"):
            return Migrations()
        self.check_keys(node, "migrations", ("renamed", "deleted"))
        renamed = node.get("renamed") or {}
        deleted = node.get("deleted") or []
        if not self.mapping(renamed, "migrations > renamed", "renamed"):
            renamed = {}
        if not isinstance(deleted, list):
            self.problem(node, "migrations > deleted", "not_list", key="deleted")
            deleted = []
        for old, new in renamed.items():
            if old in self.seen:
                self.problem(renamed, "migrations > renamed", "migration_clash", value=old)
            if new not in self.seen:
                self.problem(
                    renamed,
                    "migrations > renamed",
                    "unknown_item",
                    value=new,
                    suggestion=_suggest(str(new), self.seen),
                )
        for old in deleted:
            if old in self.seen:
                self.problem(node, "migrations > deleted", "migration_clash", value=old)
        return Migrations(dict(renamed), tuple(str(d) for d in deleted))


def load_form(path: Path, choice_lists: Mapping[str, ChoiceList]) -> FormDef:
    """Load one form file strictly; FormError lists every problem found."""
    data = read_yaml(path)
    reader = _FormReader(str(path), choice_lists)
    form = reader.form(data)
    if form is not None:
        reader.check_picks(form)
    for entry, item_path, question in reader.pending_later:
        code = "condition_later" if question in reader.seen else "condition_missing"
        reader.problem(
            entry, item_path, code, value=question, suggestion=_suggest(question, reader.seen)
        )
    if reader.problems or form is None:
        raise FormError(reader.problems)
    return form


def form_files(folder: Path) -> list[Path]:
    """The form definitions in a folder: every YAML file except the shared choice lists."""
    return sorted(p for p in folder.glob("*.yaml") if p.name != CHOICES_FILE)


def load_folder(folder: Path) -> dict[str, FormDef]:
    """Every form in `folder`, keyed by form id, with the folder's shared choice lists."""
    choices_path = folder / CHOICES_FILE
    choice_lists = load_choices(choices_path) if choices_path.exists() else {}
    problems: list[Problem] = []
    forms: dict[str, FormDef] = {}
    for path in form_files(folder):
        try:
            form = load_form(path, choice_lists)
        except FormError as exc:
            problems.extend(exc.problems)
            continue
        if form.id in forms:
            problems.append(
                Problem(str(path), None, "", "duplicate_id", {"value": form.id, "line": "-"})
            )
            continue
        forms[form.id] = form
    if problems:
        raise FormError(problems)
    return forms
