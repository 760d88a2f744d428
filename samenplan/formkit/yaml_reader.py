"""Reading form YAML strictly: duplicate keys refused, the line of every mapping kept (for
problems that name their line). Built forms are kept between runs by `form_cache`.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from samenplan.formkit.problems import FormError, Problem


class LineDict(dict[str, Any]):
    """A YAML mapping that remembers the line it started on."""

    line: int = 0


def read_yaml(path: Path) -> Any:
    """Parse a YAML file strictly; raises FormError with the line of the trouble."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        problem = Problem(str(path), None, "", "yaml", {"detail": type(exc).__name__})
        raise FormError([problem]) from None
    return _parse(path, text)


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
    records line numbers. Made on first use: PyYAML is imported only when a file is read."""
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
