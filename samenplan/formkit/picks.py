"""Entries picked by reference: a `list` item with `picks` may hold, besides its own texts,
`{"ref": key}` entries that point at an instance of a repeated group of the same form (the
WRAP's toolbox items in the daily plan and the action plans).

An instance that can be picked carries a random `key`; its name is read from its `label`
item each time it is shown, so renaming a tool renames it everywhere. Removing one that is
in use first asks (`where_used`) and then takes its references out (`drop`).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from samenplan.formkit.answers import Answers, Node, is_ref
from samenplan.formkit.model import FormDef, Item


def new_key() -> str:
    import secrets

    return secrets.token_hex(8)


def picking_items(form: FormDef) -> list[Item]:
    """The list items whose entries may be picked."""
    return [item for item in form.walk() if item.picks is not None]


def targets(form: FormDef) -> dict[str, str]:
    """Group id → its label item id, for every group that some list picks from."""
    return {i.picks.group: i.picks.label for i in picking_items(form) if i.picks is not None}


def _instances(form: FormDef, answers: Answers) -> Iterator[tuple[Node, str]]:
    """Every instance that can be picked, with its name."""
    for group_id, label_id in targets(form).items():
        for node in answers.root().find_all(group_id):
            yield node, _label(node, label_id)


def _label(node: Node, label_id: str) -> str:
    return str(next((n.value for n in node.children if n.id == label_id), None) or "").strip()


def ensure_keys(form: FormDef, answers: Answers) -> None:
    """Give every instance that can be picked a key (answers made before picking existed)."""
    for node, _ in _instances(form, answers):
        if node.key is None:
            node.key = new_key()


def options(form: FormDef, answers: Answers, item: Item) -> list[tuple[str, str]]:
    """(key, name) of every instance `item` can pick, in their order; unnamed ones left out."""
    if item.picks is None:
        return []
    found = []
    for node in answers.root().find_all(item.picks.group):
        label = _label(node, item.picks.label)
        if node.key is not None and label:
            found.append((node.key, label))
    return found


def labels(form: FormDef, answers: Answers) -> dict[str, str]:
    """Key → name of every instance that can be picked."""
    return {node.key: label for node, label in _instances(form, answers) if node.key}


def _picking_nodes(form: FormDef, answers: Answers) -> Iterator[tuple[Item, Node]]:
    for item in picking_items(form):
        for node in answers.root().find_all(item.id):
            yield item, node


def where_used(form: FormDef, answers: Answers, key: str) -> list[Item]:
    """The list items that pick the instance with `key`, in form order."""
    found: list[Item] = []
    for item, node in _picking_nodes(form, answers):
        if isinstance(node.value, list) and {"ref": key} in node.value and item not in found:
            found.append(item)
    return found


def drop(form: FormDef, answers: Answers, key: str) -> None:
    """Take every reference to `key` out (after its instance was removed)."""
    for _item, node in _picking_nodes(form, answers):
        if isinstance(node.value, list):
            node.value = [v for v in node.value if v != {"ref": key}] or None
    answers.items[:] = _without_empty(answers.items)


def _without_empty(nodes: list[Node]) -> list[Node]:
    kept = []
    for node in nodes:
        if node.items is not None:
            node.items = _without_empty(node.items)
            kept.append(node)
        elif node.value is not None:
            kept.append(node)
    return kept


def detach(form: FormDef, answers: Answers, names: dict[str, str]) -> None:
    """Turn references to instances that are not in `answers` into plain text with the
    name they had (`names`), so an old answer put back never points at nothing."""
    known = {node.key for node, _ in _instances(form, answers) if node.key is not None}
    for _item, node in _picking_nodes(form, answers):
        if isinstance(node.value, list):
            kept = [
                v if not is_ref(v) or v["ref"] in known else names.get(v["ref"], "")
                for v in node.value
            ]
            node.value = [v for v in kept if v != ""] or None
    answers.items[:] = _without_empty(answers.items)


def problems(form: FormDef, answers: Answers) -> list[str]:
    """Item ids that pick something that is not there, or instances sharing a key."""
    known: set[str] = set()
    found: list[str] = []
    for node, _ in _instances(form, answers):
        if node.key is not None and node.key in known:
            found.append(node.id)
        if node.key is not None:
            known.add(node.key)
    for item, node in _picking_nodes(form, answers):
        refs = [v["ref"] for v in node.value if is_ref(v)] if isinstance(node.value, list) else []
        if any(ref not in known for ref in refs) and item.id not in found:
            found.append(item.id)
    return found


def named(value: list[Any], names: dict[str, str]) -> list[Any]:
    """A list answer with each picked entry as its name (entries without a name left out)."""
    shown = [names.get(v["ref"], "") if is_ref(v) else v for v in value]
    return [v for v in shown if v != ""]


def resolved(form: FormDef, answers: Answers) -> Answers:
    """A copy of `answers` with every picked entry replaced by its current name: what a
    PDF or card prints."""
    names = labels(form, answers)
    picking = {item.id for item in picking_items(form)}  # not medication: its refs stay

    def copy(node: Node) -> Node:
        if node.items is not None:
            return Node(node.id, None, [copy(n) for n in node.items], node.key)
        value = node.value
        if isinstance(value, list) and node.id in picking:
            value = named(value, names)
        return Node(node.id, value)

    return Answers([copy(n) for n in answers.items])
