"""mutmut 3.8.1's machine files (mutants/<path>.meta, mutants/mutmut-stats.json), parsed and
checked against 3.8.1's exact shape: anything else is an error, never a guess."""

from __future__ import annotations

from agenticops.measure.mutmut_meta.checks import load
from agenticops.measure.mutmut_meta.meta import META_KEYS, Meta, parse_meta
from agenticops.measure.mutmut_meta.stats import STATS_KEYS, Stats, parse_stats, read_stats

__all__ = [
    "META_KEYS",
    "STATS_KEYS",
    "Meta",
    "Stats",
    "load",
    "parse_meta",
    "parse_stats",
    "read_stats",
]
