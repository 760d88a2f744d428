"""Triad cards from before persons: their "who does it" answers named a role; read now, each
names a person where that is certain, and is marked for review where it is not.

Form version 1 of the triadekaart stored `<task>.wie_nu` / `<task>.wie_straks` as a role
code (client, naaste, hulpverlener) or niemand / weet_niet; each perspective showed its own
role as "Ik" and told a naaste to choose "Ik" also for a task shared with another naaste.
Read with form version 2 (type `who`), an answer becomes, in this order:

1. niemand / weet_niet → `{"code": ...}`, unchanged in meaning;
2. the answering member's own role → that member (`{"person": id}`): that was their "Ik";
3. a role exactly one member of the dossier has → that member;
4. any other role (two naasten, or nobody in that role) → `{"review": role}`: kept as
   "een naaste (kies wie)", so nothing is lost, and the comparison marks it to choose.

This works on the plain JSON of one answer tree, before it is checked against the form.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any

from samenplan.domain.dossier import ROLES

PERSON_ANSWERS_SINCE = 2  # the triadekaart version whose "who" answers name persons
NO_PERSON = ("niemand", "weet_niet")


def role_to_who(role: str, member: str, roles: Mapping[str, str]) -> Any:
    """The person answer for a role answer given by `member` (see the module's rules); an
    unknown value is returned as it was (the answer check refuses it)."""
    if role in NO_PERSON:
        return {"code": role}
    if role not in ROLES:
        return role
    if roles.get(member) == role:
        return {"person": member}
    holders = [person for person, held in roles.items() if held == role]
    if len(holders) == 1:
        return {"person": holders[0]}
    return {"review": role}


def migrate_card(
    items: Any, member: str, roles: Mapping[str, str], who_items: Collection[str]
) -> Any:
    """A copy of one card's answer tree (plain JSON) with its role answers moved to persons.
    `roles` maps each triad member's person id to their role; `who_items` are the ids of
    the form's `who` items."""

    def walk(nodes: Any) -> Any:
        if not isinstance(nodes, list):
            return nodes
        out = []
        for raw in nodes:
            node = dict(raw) if isinstance(raw, dict) else raw
            if isinstance(node, dict):
                if "items" in node:
                    node["items"] = walk(node["items"])
                elif node.get("id") in who_items and isinstance(node.get("value"), str):
                    node["value"] = role_to_who(node["value"], member, roles)
            out.append(node)
        return out

    return walk(items)
