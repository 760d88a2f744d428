"""Reading form YAML strictly (duplicate keys refused, the line of every mapping kept), with
an optional parse cache.

Parsing the shipped forms is most of samenplan's start-up work, and the files only change
with an update. With a `cache_dir`, the parse result of a file is kept there as JSON, named
by the SHA-256 of the file's text, and read back instead of parsing when the text is the
same. Only what JSON holds exactly is cached (text keys; text, number, true/false, null,
list and mapping values); anything else is parsed every time. The cache holds form texts
only, never anything a person typed; a cache that cannot be read or written is ignored.
"""

from __future__ import annotations

import hashlib
import json
import os
from functools import cache
from pathlib import Path
from typing import Any

from samenplan.formkit.problems import FormError, Problem

_LINE = "\x00line"  # the key that carries a mapping's line in the cache
_SCALARS = (str, int, float, bool, type(None))


class LineDict(dict[str, Any]):
    """A YAML mapping that remembers the line it started on."""

    line: int = 0


def read_yaml(path: Path, cache_dir: Path | None = None) -> Any:
    """Parse a YAML file strictly; raises FormError with the line of the trouble."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        problem = Problem(str(path), None, "", "yaml", {"detail": type(exc).__name__})
        raise FormError([problem]) from None
    if cache_dir is None:
        return _parse(path, text)
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]
    cached = cache_dir / f"{path.stem}-{digest}.json"
    try:
        return json.loads(cached.read_text(encoding="utf-8"), object_hook=_with_line)
    except (OSError, ValueError):
        pass
    data = _parse(path, text)
    _store(cache_dir, cached, data)
    return data


def _parse(path: Path, text: str) -> Any:
    import yaml

    try:
        return yaml.load(text, Loader=_strict_loader())  # noqa: S506 - a SafeLoader subclass
    except yaml.MarkedYAMLError as exc:
        line = exc.problem_mark.line + 1 if exc.problem_mark else None
        detail = exc.problem or "?"
        if detail.startswith("duplicate key"):
            key = detail.split("'")[1] if "'" in detail else detail
            raise FormError([Problem(str(path), line, "", "duplicate_key", {"key": key})]) from None
        raise FormError([Problem(str(path), line, "", "yaml", {"detail": detail})]) from None
    except yaml.YAMLError as exc:
        raise FormError([Problem(str(path), None, "", "yaml", {"detail": str(exc)})]) from None


@cache
def _strict_loader() -> Any:
    """A safe loader (libyaml's C parser when PyYAML has it) that refuses duplicate keys and
    records line numbers. Made on first use: importing PyYAML is skipped when cached."""
    import yaml

    base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

    def construct_mapping(loader: Any, node: yaml.MappingNode) -> LineDict:
        result = LineDict()
        result.line = node.start_mark.line + 1
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node, deep=True)
            if key in result:
                raise yaml.constructor.ConstructorError(
                    None, None, f"duplicate key {key!r}", key_node.start_mark
                )
            result[key] = loader.construct_object(value_node, deep=True)
        return result

    loader: Any = type("StrictLoader", (base,), {})
    loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, construct_mapping)
    return loader


def _with_line(raw: dict[str, Any]) -> LineDict:
    result = LineDict(raw)
    result.line = result.pop(_LINE)
    return result


def _plain(value: Any) -> Any:
    """`value` with each mapping's line as a key; ValueError for what JSON cannot hold."""
    if isinstance(value, LineDict):
        if not all(isinstance(key, str) and key != _LINE for key in value):
            raise ValueError("a key JSON cannot hold")
        return {_LINE: value.line, **{key: _plain(v) for key, v in value.items()}}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, _SCALARS):  # NaN and infinity: json.dumps refuses them
        return value
    raise ValueError("a value JSON cannot hold")


def _store(cache_dir: Path, cached: Path, data: Any) -> None:
    """Write the cache file whole (temporary file, then rename); drop older ones."""
    try:
        text = json.dumps(_plain(data), ensure_ascii=False, allow_nan=False)
        cache_dir.mkdir(parents=True, exist_ok=True)
        partial = cached.with_suffix(f".{os.getpid()}.part")
        partial.write_text(text, encoding="utf-8")
        os.replace(partial, cached)
        stem = cached.stem.rsplit("-", 1)[0]
        for old in cache_dir.glob(f"{stem}-{'?' * 32}.json"):
            if old != cached:
                old.unlink(missing_ok=True)
    except (OSError, ValueError):
        pass
