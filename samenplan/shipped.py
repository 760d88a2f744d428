"""The forms and the demo dossier that ship with samenplan, loaded through `resources`."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from functools import cache
from typing import TYPE_CHECKING

from samenplan import resources

if TYPE_CHECKING:
    from samenplan.domain.dossier import Dossier
    from samenplan.formkit.model import FormDef

DEMO_FILE = "demo/dossier.json"


@cache
def forms() -> dict[str, FormDef]:
    """The shipped form definitions by id; FormError if a shipped file is broken."""
    from samenplan import paths
    from samenplan.formkit.form_cache import load_folder

    return load_folder(resources.forms_dir(), paths.cache_dir() / "forms")


class FormsOnFirstUse(Mapping[str, "FormDef"]):
    """`forms()`, loaded when first looked into: the app's window shows before parsing."""

    def __getitem__(self, form_id: str) -> FormDef:
        return forms()[form_id]

    def __iter__(self) -> Iterator[str]:
        return iter(forms())

    def __len__(self) -> int:
        return len(forms())


def demo_dossier() -> Dossier:
    """A fresh copy of the fictional demo dossier (only ever held in memory)."""
    from samenplan.domain.export_format import loads

    dossier, _ = loads(resources.resource(DEMO_FILE).read_bytes(), forms())
    return dossier
