"""Every table of contract.toml checked against its shape: known keys, required keys, types."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from agenticops.spec.contract.shapes import SHAPES, Shape, title, toml_type
from agenticops.spec.tomlpos import KeyPath, Source


def check_document(data: Mapping[str, Any], source: Source) -> None:
    known = ", ".join(title(key, shape) for key, shape in SHAPES.items())
    for key in data:
        if key not in SHAPES:
            raise source.error((), f"unknown key {key!r} (known: {known})", at=(key,))
    for key, shape in SHAPES.items():
        for path, table in _tables(data, key, shape, source):
            _check_table(table, shape, path, source)


def _tables(
    data: Mapping[str, Any], key: str, shape: Shape, source: Source
) -> list[tuple[KeyPath, object]]:
    """The tables stored under `key`, each with its key path; a missing needed one is an error."""
    if key not in data:
        if shape.needed:
            raise source.error((), f"missing {title(key, shape)}")
        return []
    value = data[key]
    if not shape.array:
        return [((key,), value)]
    if not isinstance(value, list) or not value:
        what = "a non-empty array of tables" if isinstance(value, list) else "an array of tables"
        raise source.error((key,), f"expected {what}, got {toml_type(value)}")
    return [((key, index), table) for index, table in enumerate(value)]


def _check_table(table: object, shape: Shape, path: KeyPath, source: Source) -> None:
    if not isinstance(table, dict):
        raise source.error(path, f"expected a table, got {toml_type(table)}")
    kinds = {**shape.required, **shape.optional}
    for key in table:
        if key not in kinds:
            known = ", ".join(sorted(kinds))
            raise source.error(path, f"unknown key {key!r} (known: {known})", at=(*path, key))
    for key in shape.required:
        if key not in table:
            raise source.error(path, f"missing key {key!r}")
    for key, value in table.items():
        what, accepts = kinds[key]
        if not accepts(value):
            raise source.error((*path, key), f"expected {what}, got {toml_type(value)}")
