"""The mutant-verdict cache in the user's project: `.agenticops/cache/mutation.json`.

One JSON document, `schema = "agenticops.mutation-cache/1"`:

    {"schema": ..., "config": {part: value}, "isolation": "fork" | "forkserver" | "",
     "functions": {"src/pkg/mod.py::Class.method": {
         "digest": "...",                      # mutation_keys.SourceFunction.digest
         "count": 12,                          # mutants mutmut made of it
         "tests": {"tests/test_x.py::test_a": "<digest>"},   # its covering tests then
         "mutants": [{"n": 1, "status": "killed", "offset": 2, "diff": "...",
                      "duration": 0.1}] | null}}}           # null: count known, verdicts not

It is written atomically (a temporary file, then os.replace), so a reader sees the old or the
new document, never half of one. Anything it cannot read exactly so — bad JSON, another
schema, a wrong type anywhere — is discarded with a warning and never trusted: the caller
re-tests everything.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast, get_args

from agenticops.measure.mutation_fingerprint import CACHE_SCHEMA, changed
from agenticops.model import MutantStatus

CACHE_FILE = "mutation.json"
_STATUSES = frozenset(get_args(MutantStatus))


@dataclass(frozen=True, slots=True, kw_only=True)
class CachedMutant:
    """One mutant's verdict; its line is `offset` lines below its function's `def`."""

    n: int
    status: MutantStatus
    offset: int
    diff: str = ""
    duration: float | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class FunctionEntry:
    """What was known about one function when its mutants were last tested."""

    digest: str
    count: int
    tests: dict[str, str] = field(default_factory=dict)  # node id -> test digest
    mutants: tuple[CachedMutant, ...] | None = None  # None: only the count is known


@dataclass(frozen=True, slots=True, kw_only=True)
class Cache:
    config: dict[str, str] = field(default_factory=dict)
    isolation: str = ""  # what isolation "auto" resolved to last time
    functions: dict[str, FunctionEntry] = field(default_factory=dict)  # "path::qualname"


class _Corrupt(Exception):
    pass


def key(path: str, qualname: str) -> str:
    return f"{path}::{qualname}"


def load_cache(directory: Path) -> tuple[Cache, str]:
    """(the cache, "") — or (an empty cache, a one-line warning) when it cannot be trusted.
    No file yet is an empty cache without a warning."""
    path = directory / CACHE_FILE
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Cache(), ""
    except (OSError, UnicodeDecodeError) as error:
        return Cache(), _warning(path, f"unreadable: {error}")
    try:
        return _parse(json.loads(text)), ""
    except ValueError as error:
        return Cache(), _warning(path, f"not valid JSON: {error}")
    except _Corrupt as error:
        return Cache(), _warning(path, str(error))


def _warning(path: Path, problem: str) -> str:
    return f"mutation cache {path} discarded ({problem}); every mutant re-tested"


def _check(ok: bool, problem: str) -> None:
    if not ok:
        raise _Corrupt(problem)


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _str_map(value: object) -> bool:
    return isinstance(value, dict) and all(
        isinstance(k, str) and isinstance(v, str) for k, v in value.items()
    )


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


_ENTRY_CHECKS: dict[str, Callable[[object], bool]] = {
    "digest": lambda v: isinstance(v, str),
    "count": lambda v: _is_int(v) and cast(int, v) >= 0,
    "tests": _str_map,
    "mutants": lambda v: v is None or isinstance(v, list),
}


def _entry(name: str, value: object) -> FunctionEntry:
    _check(isinstance(value, dict) and set(value) == set(_ENTRY_CHECKS), f"{name}: bad entry")
    entry = cast(dict[str, Any], value)
    for field_name, check in _ENTRY_CHECKS.items():
        _check(check(entry[field_name]), f"{name}: bad {field_name}")
    raw = entry["mutants"]
    mutants = None if raw is None else tuple(_mutant(name, m) for m in raw)
    _check(mutants is None or len(mutants) == entry["count"], f"{name}: count mismatch")
    return FunctionEntry(
        digest=entry["digest"], count=entry["count"], tests=entry["tests"], mutants=mutants
    )


_MUTANT_CHECKS: dict[str, Callable[[object], bool]] = {
    "n": lambda v: _is_int(v) and cast(int, v) >= 1,
    "status": lambda v: v in _STATUSES,
    "offset": _is_int,
    "diff": lambda v: isinstance(v, str),
    "duration": lambda v: v is None or (isinstance(v, int | float) and not isinstance(v, bool)),
}


def _mutant(name: str, value: object) -> CachedMutant:
    _check(isinstance(value, dict) and set(value) == set(_MUTANT_CHECKS), f"{name}: bad mutant")
    m = cast(dict[str, Any], value)
    for field_name, check in _MUTANT_CHECKS.items():
        _check(check(m[field_name]), f"{name}: bad mutant {field_name}")
    duration = None if m["duration"] is None else float(m["duration"])
    return CachedMutant(
        n=m["n"], status=m["status"], offset=m["offset"], diff=m["diff"], duration=duration
    )


def to_json(cache: Cache) -> dict[str, Any]:
    return {
        "schema": CACHE_SCHEMA,
        "config": dict(cache.config),
        "isolation": cache.isolation,
        "functions": {k: _entry_json(e) for k, e in sorted(cache.functions.items())},
    }


def _entry_json(entry: FunctionEntry) -> dict[str, Any]:
    mutants = None
    if entry.mutants is not None:
        mutants = [
            {
                "n": m.n,
                "status": m.status,
                "offset": m.offset,
                "diff": m.diff,
                "duration": m.duration,
            }
            for m in entry.mutants
        ]
    return {
        "digest": entry.digest,
        "count": entry.count,
        "tests": dict(entry.tests),
        "mutants": mutants,
    }


def save_cache(directory: Path, cache: Cache) -> None:
    """Write the cache atomically (created with its directory when missing)."""
    directory.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".mutation-", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(to_json(cache), fh, separators=(",", ":"))
        os.replace(tmp, directory / CACHE_FILE)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def open_cache(directory: Path | None, parts: dict[str, str]) -> tuple[Cache, str]:
    """The cache to decide with, and a note when it was discarded: none without a directory
    (--no-cache), an empty one when unreadable or made under another configuration."""
    if directory is None:
        return Cache(config=parts), ""
    cache, warning = load_cache(directory)
    if not warning and cache.functions and cache.config != parts:
        what = ", ".join(changed(cache.config, parts))
        warning = f"mutation cache: the configuration changed ({what}); every mutant re-tested"
    if warning or cache.config != parts:
        return Cache(config=parts, isolation=cache.isolation), warning
    return cache, ""


def update_cache(
    directory: Path,
    cache: Cache,
    *,
    seen: Mapping[str, frozenset[str]],
    exists: Callable[[str], bool],
    entries: Mapping[str, FunctionEntry],
    isolation: str,
) -> str:
    """Write old entries, minus functions gone from the files seen (path -> qualnames now) or
    from files that no longer exist, plus the new entries; a warning when it cannot be written
    (the verdicts of the run still stand)."""

    def keep(name: str) -> bool:
        path, _, qualname = name.partition("::")
        return qualname in seen[path] if path in seen else exists(path)

    functions = {k: e for k, e in cache.functions.items() if keep(k)}
    functions.update(entries)
    try:
        save_cache(directory, Cache(config=cache.config, isolation=isolation, functions=functions))
    except OSError as error:
        return f"mutation cache {directory} not written: {error.strerror or error}"
    return ""
