"""Which cached verdicts still hold: pure decisions, one function at a time.

The rules (PIT's and Stryker's incremental rules, with the covering tests taken from
coverage.py's per-test contexts instead of a recorded killing test, which mutmut does not
keep):

- the function's digest changed, or it is new: every mutant is re-tested;
- killed, timeout, type_check: kept while none of the tests that covered the function then
  changed or went away (a new test cannot un-kill a mutant);
- survived, no_tests: kept only while the covering tests are exactly the same, with the same
  digests (a new or changed test may kill it now);
- any other status (suspicious, segfault, interrupted, skipped, not_checked): re-tested.

The configuration fingerprint is checked before any of this (a changed one empties the
cache).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from agenticops.measure.mutation_cache import CachedMutant, FunctionEntry

KEPT_WHILE_TESTS_KEPT = frozenset({"killed", "timeout", "type_check"})
KEPT_WHILE_TESTS_SAME = frozenset({"survived", "no_tests"})


@dataclass(frozen=True, slots=True, kw_only=True)
class Decision:
    """For one function: the verdicts kept, and the mutants to re-test (None: all of them)."""

    reused: tuple[CachedMutant, ...] = ()
    rerun: tuple[int, ...] | None = None
    why: str = ""  # why anything is re-tested: new, changed, tests changed, tests added

    @property
    def runs(self) -> bool:
        return self.rerun is None or bool(self.rerun)


def decide(entry: FunctionEntry | None, digest: str, tests: Mapping[str, str]) -> Decision:
    """What to do with the mutants of a function whose digest and covering tests
    (node id -> test digest) are these now."""
    if entry is None or entry.mutants is None:
        return Decision(why="new")
    if entry.digest != digest:
        return Decision(why="changed")
    kept, same = _compare(entry.tests, tests)
    reused = tuple(m for m in entry.mutants if _holds(m, kept=kept, same=same))
    rerun = tuple(m.n for m in entry.mutants if m not in reused)
    if not rerun:
        return Decision(reused=reused, rerun=())
    return Decision(reused=reused, rerun=rerun if reused else None, why=_WHY[(kept, same)])


#: (every old covering test kept, the very same tests) -> why something is re-tested
_WHY = {(True, True): "unfinished", (True, False): "tests added", (False, False): "tests changed"}


def _compare(then: Mapping[str, str], now: Mapping[str, str]) -> tuple[bool, bool]:
    """(every test that covered the function then is still there, unchanged; and no other)."""
    kept = all(now.get(node) == value for node, value in then.items())
    return kept, kept and now.keys() == then.keys()


def _holds(mutant: CachedMutant, *, kept: bool, same: bool) -> bool:
    """Whether a cached verdict stands, given whether every old covering test is kept and
    whether the covering tests are the very same."""
    if mutant.status in KEPT_WHILE_TESTS_KEPT:
        return kept
    return mutant.status in KEPT_WHILE_TESTS_SAME and same


def known_count(entry: FunctionEntry | None, digest: str) -> int | None:
    """How many mutants mutmut makes of the function, when the cache knows it."""
    if entry is None or entry.digest != digest:
        return None
    return entry.count
