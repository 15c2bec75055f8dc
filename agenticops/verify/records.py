"""What a verification yields and what it checks: stage results, the verdict, the loop's checks."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from agenticops.model import Report

STAGES = ("import", "tests", "quality", "mutation")


@dataclass(frozen=True, slots=True, kw_only=True)
class StageResult:
    """One stage: whether it held, a one-line summary, and findings for the next prompt."""

    name: str
    passed: bool
    summary: str
    findings: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class Verification:
    stages: tuple[StageResult, ...]
    report: Report | None

    @property
    def passed(self) -> bool:
        return len(self.stages) == len(STAGES) and all(s.passed for s in self.stages)


@dataclass(frozen=True, slots=True, kw_only=True)
class Checks:
    """What the loop adds to the plain gate: its module, its locked tests, its step check."""

    module: str
    required_tests: tuple[str, ...]  # test files that must have run (the generated ones)
    operative: Callable[[Path], Sequence[str]]  # findings of the Gherkin literal check
    labels: Mapping[str, str] = field(default_factory=dict)  # test function -> scenario label
