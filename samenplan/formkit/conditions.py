"""Which items are shown: `enable_when` with `all`/`any` over earlier answers.

A condition looks for its question in the nearest enclosing group instance first, then
further out, so a condition inside a repeated group reads the answer of the same instance.
An item is shown only when its parent is shown too.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from samenplan.formkit.answers import Answers, Node, Value, is_empty
from samenplan.formkit.model import Condition, FormDef, Item, Operator


def _lookup(scopes: Sequence[Node], question: str) -> Value:
    for scope in reversed(scopes):
        found = next(scope.find_all(question), None)
        if found is not None:
            return found.value
    return None


def _compare(value: Value, op: Operator, answer: Value) -> bool:
    if op is Operator.EXISTS:
        return bool((not is_empty(value)) == answer)
    if op is Operator.EQ:
        return answer in value if isinstance(value, list) else value == answer
    if op is Operator.NE:
        if is_empty(value):
            return True
        return answer not in value if isinstance(value, list) else value != answer
    if is_empty(value) or isinstance(value, list) or type(value) is not type(answer):
        return False
    if op is Operator.LT:
        return bool(value < answer)
    if op is Operator.GT:
        return bool(value > answer)
    if op is Operator.LE:
        return bool(value <= answer)
    return bool(value >= answer)


def condition_holds(condition: Condition, scopes: Sequence[Node]) -> bool:
    return _compare(_lookup(scopes, condition.question), condition.operator, condition.answer)


def item_enabled(item: Item, scopes: Sequence[Node]) -> bool:
    """Whether `item`'s own conditions hold, reading answers from `scopes` (outer first)."""
    if not item.enable_when:
        return True
    results = (condition_holds(c, scopes) for c in item.enable_when)
    return any(results) if item.enable_behavior == "any" else all(results)


Shown = tuple[Item, list[Node], Node | None]


def walk_enabled(form: FormDef, answers: Answers) -> Iterator[Shown]:
    """Every shown item with the group instances around it and its answer node (if any).

    A repeated group yields itself once per instance (with that instance as the node);
    items below a hidden item are not yielded.
    """
    root = answers.root()

    def walk(items: Sequence[Item], scopes: list[Node]) -> Iterator[Shown]:
        parent = scopes[-1]
        for item in items:
            if not item_enabled(item, scopes):
                continue
            nodes = [n for n in parent.children if n.id == item.id]
            if not item.items:
                yield item, scopes, nodes[0] if nodes else None
                continue
            if not nodes:
                yield item, scopes, None
                if item.repeats is None:  # a group not yet touched still asks its questions
                    yield from walk(item.items, [*scopes, Node(item.id, None, [])])
                continue
            for node in nodes:
                yield item, scopes, node
                yield from walk(item.items, [*scopes, node])

    yield from walk(form.items, [root])


def hidden_answers(form: FormDef, answers: Answers) -> list[str]:
    """Ids of answered items that are hidden by a condition: kept in the draft, left out
    of PDFs and completeness, and removed only when the user finalises the plan."""
    shown = {id(node) for _, _, node in walk_enabled(form, answers) if node is not None}
    hidden: list[str] = []

    def scan(nodes: list[Node]) -> None:
        for node in nodes:
            if id(node) not in shown:
                hidden.append(node.id)
                continue
            scan(node.children)

    scan(answers.items)
    return hidden
