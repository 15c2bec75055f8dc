"""The whole cache document: checked when read, and as JSON."""

from __future__ import annotations

from typing import Any, cast

from agenticops.measure.mutation_cache.checks import _check, _str_map
from agenticops.measure.mutation_cache.entries import _entry, _entry_json
from agenticops.measure.mutation_cache.records import Cache
from agenticops.measure.mutation_fingerprint import CACHE_SCHEMA


def _parse(data: object) -> Cache:
    _check(isinstance(data, dict), "not an object")
    doc = cast(dict[str, Any], data)
    _check(doc.get("schema") == CACHE_SCHEMA, f"schema {doc.get('schema')!r}, not {CACHE_SCHEMA}")
    _check(set(doc) == {"schema", "config", "isolation", "functions"}, "unexpected keys")
    _check(_str_map(doc["config"]), "config is not a map of strings")
    _check(isinstance(doc["isolation"], str), "isolation is not a string")
    _check(isinstance(doc["functions"], dict), "functions is not an object")
    functions = {str(k): _entry(k, v) for k, v in doc["functions"].items()}
    return Cache(config=doc["config"], isolation=doc["isolation"], functions=functions)


def to_json(cache: Cache) -> dict[str, Any]:
    return {
        "schema": CACHE_SCHEMA,
        "config": dict(cache.config),
        "isolation": cache.isolation,
        "functions": {k: _entry_json(e) for k, e in sorted(cache.functions.items())},
    }
