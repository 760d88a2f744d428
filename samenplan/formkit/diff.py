"""What changed between two versions of a plan's answers, and putting an old answer back.

Every answerable item is compared where it stands in the form. Instances of a repeated
group are matched by their key where both have one (toolbox items), else by position; an
instance only in the old version is one "removed" change, only in the new one "added".
A `Change` knows its place as a path of (item id, instance number) steps, so `restore` can
put the old answer (or the removed instance) back into the current answers.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum

from samenplan.formkit.answers import Answers, Node, Value, is_empty
from samenplan.formkit.model import FormDef, Item, ItemType

Step = tuple[str, int]  # item id, instance number (0 for anything that does not repeat)


class Kind(StrEnum):
    ADDED = "added"
    REMOVED = "removed"
    CHANGED = "changed"


@dataclass(frozen=True)
class Change:
    kind: Kind
    item: Item  # the question, or the repeated group for a whole instance
    path: tuple[Step, ...]  # from the top of the form to the item (or instance)
    trail: tuple[Item, ...]  # the groups around it, outermost first (for "where")
    old: Value = None  # a value, or for a whole instance its Node
    new: Value = None


def changes(form: FormDef, old: Answers, new: Answers) -> list[Change]:
    """Every difference, in form order."""
    return list(_compare(form.items, old.items, new.items, (), ()))


def _compare(
    items: Sequence[Item], old: list[Node], new: list[Node], path: tuple[Step, ...],
    trail: tuple[Item, ...],
) -> Iterator[Change]:  # fmt: skip
    for item in items:
        if item.type is ItemType.DISPLAY:
            continue
        before = [n for n in old if n.id == item.id]
        after = [n for n in new if n.id == item.id]
        if item.type is ItemType.GROUP and item.repeats is None:
            inner = (*trail, item)
            yield from _compare(
                item.items, _children(before), _children(after), (*path, (item.id, 0)), inner
            )
        elif item.type is ItemType.GROUP:
            yield from _instances(item, before, after, path, trail)
        else:
            was = before[0].value if before else None
            now = after[0].value if after else None
            if was == now or (is_empty(was) and is_empty(now)):
                continue
            kind = Kind.ADDED if is_empty(was) else Kind.REMOVED if is_empty(now) else Kind.CHANGED
            yield Change(kind, item, (*path, (item.id, 0)), trail, was, now)


def _children(nodes: list[Node]) -> list[Node]:
    return nodes[0].children if nodes else []


def _instances(
    item: Item, before: list[Node], after: list[Node], path: tuple[Step, ...],
    trail: tuple[Item, ...],
) -> Iterator[Change]:  # fmt: skip
    keyed = {n.key: n for n in after if n.key is not None}
    used: set[int] = set()
    for number, node in enumerate(before):
        match = keyed.get(node.key) if node.key is not None else None
        if match is None and node.key is None and number < len(after):
            match = after[number]
        if match is None:
            yield Change(Kind.REMOVED, item, (*path, (item.id, number)), trail, node, None)
            continue
        used.add(id(match))
        here = (*path, (item.id, after.index(match)))
        yield from _compare(item.items, node.children, match.children, here, (*trail, item))
    for number, node in enumerate(after):
        if id(node) not in used:
            yield Change(Kind.ADDED, item, (*path, (item.id, number)), trail, None, node)


def restore(current: Answers, change: Change) -> None:
    """Put the old answer of `change` back into `current` (removed when there was none); a
    removed instance comes back at the end of its group."""
    *groups, (item_id, _instance) = change.path
    nodes = current.items
    for group_id, index in groups:
        same = [n for n in nodes if n.id == group_id]
        if index < len(same):
            target = same[index]
        else:  # a group that was left empty since
            target = Node(group_id, None, [])
            nodes.append(target)
        assert target.items is not None
        nodes = target.items
    if isinstance(change.old, Node) or isinstance(change.new, Node):
        if isinstance(change.old, Node):  # a removed instance: back, at the end
            nodes.append(copy.deepcopy(change.old))
        else:  # an added instance: taken out again
            nodes.remove(next(n for n in nodes if n is change.new or n == change.new))
        return
    existing = next((n for n in nodes if n.id == item_id), None)
    if is_empty(change.old):
        if existing is not None:
            nodes.remove(existing)
    elif existing is not None:
        existing.value = copy.deepcopy(change.old)
    else:
        nodes.append(Node(item_id, copy.deepcopy(change.old)))
