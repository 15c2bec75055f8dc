"""The cache file: read back only when it can be trusted, written atomically."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from agenticops import textfile
from agenticops.measure.mutation_cache.checks import _Corrupt
from agenticops.measure.mutation_cache.document import _parse, to_json
from agenticops.measure.mutation_cache.records import CACHE_FILE, Cache


def load_cache(directory: Path) -> tuple[Cache, str]:
    """(the cache, "") — or (an empty cache, a one-line warning) when it cannot be trusted.
    No file yet is an empty cache without a warning."""
    path = directory / CACHE_FILE
    try:
        text = textfile.read(path)
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
