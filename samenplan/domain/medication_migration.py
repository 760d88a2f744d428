"""Medication answers of export format 1 and 2 moved into the dossier's medicines.

Before format 3 every medication answer was its own list of `{name, dose, when, notes}`, so
the crisiskaart and the WRAP each kept a copy that drifted apart. Reading such a file puts
every medicine of every plan (and of their kept versions) into `Dossier.medicines` and turns
the answers into references (`{"ref": id}`). Two entries become one medicine only when name,
dose and when are equal (case and spaces aside); their notes are kept side by side when they
differ. Nothing typed is lost; an entry with every field empty held nothing and is dropped.
Entries of any other shape are left as they are, for the reader to refuse with their place.
"""

from __future__ import annotations

from typing import Any

from samenplan.domain.dossier import Medicine, new_id
from samenplan.formkit.answers import MEDICATION_FIELDS

REGISTRY_SINCE = 3  # the export format version whose medication answers are references
NOTES_JOIN = "; "


def _same(text: str) -> str:
    return " ".join(text.split()).casefold()


def _old_entry(entry: Any) -> bool:
    return (
        isinstance(entry, dict)
        and set(entry) == set(MEDICATION_FIELDS)
        and all(isinstance(v, str) for v in entry.values())
    )


class Registry:
    """The medicines found so far while the documents of one old file are read."""

    def __init__(self) -> None:
        self.medicines: list[Medicine] = []
        self._by_key: dict[tuple[str, str, str], Medicine] = {}

    def ref(self, entry: dict[str, str]) -> str:
        """The id of the medicine for this old entry, added or merged."""
        key = (_same(entry["name"]), _same(entry["dose"]), _same(entry["when"]))
        found = self._by_key.get(key)
        if found is None:
            found = Medicine(new_id(), *(entry[name].strip() for name in MEDICATION_FIELDS))
            self._by_key[key] = found
            self.medicines.append(found)
            return found.id
        notes = entry["notes"].strip()
        known = [_same(n) for n in found.notes.split(NOTES_JOIN)]
        if notes and _same(notes) not in known:
            found.notes = f"{found.notes}{NOTES_JOIN}{notes}" if found.notes else notes
        return found.id

    def migrate(self, items: Any, medication_items: set[str]) -> Any:
        """A copy of a stored answer tree (plain JSON) whose medication answers refer to
        this registry."""
        if not isinstance(items, list):
            return items
        out = []
        for raw in items:
            if not isinstance(raw, dict):
                out.append(raw)
                continue
            node = dict(raw)
            if "items" in node:
                node["items"] = self.migrate(node["items"], medication_items)
            value = node.get("value")
            if (
                node.get("id") in medication_items
                and isinstance(value, list)
                and all(_old_entry(e) for e in value)
            ):
                kept = [e for e in value if any(v.strip() for v in e.values())]
                refs = list(dict.fromkeys(self.ref(e) for e in kept))
                node["value"] = [{"ref": r} for r in refs]
            out.append(node)
        return out
