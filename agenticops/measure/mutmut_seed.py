"""Give mutmut 3.8.1 the test mapping agenticops already measured, instead of its stats run.

mutmut maps every function to the tests that call it in a *stats run*: the whole suite once
more, under its trampolines. agenticops has just run the suite under coverage.py with a
context per test, which says the same (the tests that ran any line of the function's body),
so it writes `mutants/mutmut-stats.json` before `mutmut run`. mutmut then loads it as a
previous run's stats and only lists the tests (`--collect-only`) to find new ones: tests it
does not know get the stats run, deselected ones are dropped. The mapping also decides which
tests each mutant runs (fastest first, from the durations given), so mutmut's test selection
is coverage's, the one the verdict cache is keyed by.

The document has exactly the keys mutmut 3.8.1 writes (mutmut_meta.STATS_KEYS); the empty
`config_fingerprint`, `function_hashes` and `watched_file_hashes` make mutmut invalidate
nothing on load.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, NamedTuple

from agenticops import textfile

STATS_FILE = "mutants/mutmut-stats.json"


class Seed(NamedTuple):
    tests: Mapping[str, Sequence[str]]  # mutmut key (`pkg.mod.x_f`) -> node ids
    durations: Mapping[str, float]  # node id -> seconds, for every test of the suite


def stats_document(seed: Seed) -> dict[str, Any]:
    return {
        "tests_by_mangled_function_name": {k: sorted(v) for k, v in sorted(seed.tests.items())},
        "duration_by_test": dict(sorted(seed.durations.items())),
        "stats_time": 0.0,
        "function_hashes": {},
        "function_dependencies": {},
        "config_fingerprint": {},
        "watched_file_hashes": {},
        "git_commit": None,
    }


def write_seed(workdir: Path, seed: Seed) -> None:
    """Write the stats file mutmut will load (creating mutants/)."""
    path = workdir / STATS_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    textfile.write(path, json.dumps(stats_document(seed)))
