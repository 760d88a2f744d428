"""The forms and the demo dossier that ship with samenplan, loaded through `resources`."""

from __future__ import annotations

from functools import cache

from samenplan import resources
from samenplan.domain.dossier import Dossier
from samenplan.domain.export_format import loads
from samenplan.formkit.loader import load_folder
from samenplan.formkit.model import FormDef

DEMO_FILE = "demo/dossier.json"


@cache
def forms() -> dict[str, FormDef]:
    """The shipped form definitions by id; FormError if a shipped file is broken."""
    return load_folder(resources.forms_dir())


def demo_dossier() -> Dossier:
    """A fresh copy of the fictional demo dossier (only ever held in memory)."""
    dossier, _ = loads(resources.resource(DEMO_FILE).read_bytes(), forms())
    return dossier
