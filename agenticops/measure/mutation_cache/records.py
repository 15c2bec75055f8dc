"""The cache's records: a function's entry with its mutants' verdicts, and the whole cache."""

from __future__ import annotations

from dataclasses import dataclass, field

from agenticops.model import MutantStatus

CACHE_FILE = "mutation.json"


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


def key(path: str, qualname: str) -> str:
    return f"{path}::{qualname}"
