"""The cache across one run: opened against the configuration, then updated with the
run's entries."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

from agenticops.measure.mutation_cache.records import Cache, FunctionEntry
from agenticops.measure.mutation_cache.storage import load_cache, save_cache
from agenticops.measure.mutation_fingerprint import changed


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
