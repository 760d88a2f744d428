"""The shipped forms, loaded strictly once and kept between runs.

Reading the forms (YAML parse and every check of the dialect) is most of the work of
`samenplan card` and of the app's first form page, and the files only change with an update.
A folder's forms are kept in the cache folder as a pickle named by a SHA-256 over every
YAML file's name and text, the source of `samenplan.formkit` and the Python version: an
entry is only ever what those exact files gave through those exact checks. Each triad
perspective's view is made before storing, so it is kept too.

Unpickling admits the classes of `formkit.model` and nothing else (the "restricting globals"
recipe of Python's pickle documentation): a damaged or foreign file cannot run code; it is
ignored and made again. The cache holds form texts only, never anything a person typed; a
cache that cannot be read or written is ignored.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import pickle
import sys
from pathlib import Path
from typing import Any

from samenplan.formkit import model
from samenplan.formkit.model import FormDef

_PACKAGE = Path(__file__).parent


def load_folder(folder: Path, cache_dir: Path) -> dict[str, FormDef]:
    """The forms of `folder` as `loader.load_folder` gives them, from the cache when the
    files and the code are unchanged; FormError when a file is broken (nothing is cached)."""
    entry = cache_dir / f"forms-{_key(folder)}.pickle"
    forms = _read(entry)
    if forms is None:
        from samenplan.formkit.loader import load_folder as load_strictly

        forms = load_strictly(folder)
        for form in forms.values():
            for code in form.perspectives:
                form.for_perspective(code)
        _store(cache_dir, entry, forms)
    return forms


def _key(folder: Path) -> str:
    digest = hashlib.sha256(sys.version.encode())
    for path in (*sorted(_PACKAGE.glob("*.py")), *sorted(folder.glob("*.yaml"))):
        digest.update(path.name.encode() + b"\0")
        try:
            digest.update(path.read_bytes())
        except OSError:
            digest.update(b"unreadable")
    return digest.hexdigest()[:32]


class _FormsOnly(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> Any:
        found = getattr(model, name, None) if module == model.__name__ else None
        if not isinstance(found, type) or found.__module__ != model.__name__:
            raise pickle.UnpicklingError("not a form class")  # nor anything model imports
        return found


def _read(entry: Path) -> dict[str, FormDef] | None:
    try:
        data = entry.read_bytes()
    except OSError:
        return None
    try:
        forms = _FormsOnly(io.BytesIO(data)).load()
    except Exception:  # a damaged file can fail in many ways; it is made again
        return None
    if not isinstance(forms, dict) or not all(isinstance(f, FormDef) for f in forms.values()):
        return None
    return forms


def _store(cache_dir: Path, entry: Path, forms: dict[str, FormDef]) -> None:
    """Write the entry whole (temporary file, then rename); drop what else is cached. A
    full disk leaves nothing behind."""
    partial = entry.with_suffix(f".{os.getpid()}.part")
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        partial.write_bytes(pickle.dumps(forms, protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(partial, entry)
        for old in cache_dir.iterdir():  # older entries, and the YAML parses cached before
            if old != entry and old.suffix in (".pickle", ".json"):
                old.unlink(missing_ok=True)
    except OSError:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
