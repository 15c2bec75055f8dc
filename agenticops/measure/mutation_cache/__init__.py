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

from agenticops.measure.mutation_cache.document import to_json
from agenticops.measure.mutation_cache.lifecycle import open_cache, update_cache
from agenticops.measure.mutation_cache.records import (
    CACHE_FILE,
    Cache,
    CachedMutant,
    FunctionEntry,
    key,
)
from agenticops.measure.mutation_cache.storage import load_cache, save_cache

__all__ = [
    "CACHE_FILE",
    "Cache",
    "CachedMutant",
    "FunctionEntry",
    "key",
    "load_cache",
    "open_cache",
    "save_cache",
    "to_json",
    "update_cache",
]
