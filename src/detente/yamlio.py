"""YAML loading that remembers line numbers, so dictionary errors can name file and line."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from detente.errors import DictionaryError

LINE_KEY = "__line__"


class _LineLoader(yaml.SafeLoader):
    """A safe loader that stores each mapping's 1-based line under ``__line__``."""


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> dict[Any, Any]:
    mapping: dict[Any, Any] = loader.construct_mapping(node, deep=True)
    mapping[LINE_KEY] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def load_yaml(path: Path) -> Any:
    """Parse a YAML file; syntax errors become :class:`DictionaryError` with file and line."""
    try:
        with open(path, encoding="utf-8") as fh:
            return yaml.load(fh, Loader=_LineLoader)  # noqa: S506 - _LineLoader is a SafeLoader
    except FileNotFoundError:
        raise DictionaryError("E010", "file not found", item=str(path)) from None
    except yaml.MarkedYAMLError as exc:
        line = exc.problem_mark.line + 1 if exc.problem_mark else None
        raise DictionaryError("E010", f"YAML syntax error: {exc.problem}", item=str(path), line=line) from None
    except ValueError as exc:  # an impossible date such as 2013-02-30
        raise DictionaryError("E010", f"invalid value: {exc}", item=str(path)) from None
