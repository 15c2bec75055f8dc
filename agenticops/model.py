"""The numbers and verdicts that flow from measure/ through gates/ to report/: records only."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

SCHEMA = "agenticops.gate-report/1"

TestStatus = Literal["passed", "failed", "error", "skipped", "xfailed", "xpassed"]
MutantStatus = Literal[
    "killed",
    "survived",
    "timeout",
    "no_tests",
    "skipped",
    "suspicious",
    "segfault",
    "type_check",
    "interrupted",
    "not_checked",
]
#: statuses that count as detected in the mutation score (timeouts count as killed)
DETECTED: frozenset[str] = frozenset({"killed", "timeout", "type_check"})
GateStatus = Literal["passed", "failed", "not_run", "off"]
GATE_NAMES = ("tests", "coverage", "complexity", "crap", "mutation_score", "mutation_sites")


@dataclass(frozen=True, slots=True, kw_only=True)
class TestOutcome:
    """One collected test item and how it ended."""

    __test__ = False  # not a pytest test class, despite the name

    nodeid: str
    status: TestStatus
    duration: float = 0.0
    message: str = ""  # assertion output / error text for failures, empty otherwise


@dataclass(frozen=True, slots=True, kw_only=True)
class TestRun:
    """The project's suite, run once under coverage."""

    __test__ = False

    outcomes: tuple[TestOutcome, ...]
    exit_code: int
    timed_out: bool = False
    duration: float = 0.0
    output: str = ""  # tail of pytest's output, for collection errors and diagnostics

    @property
    def collected(self) -> int:
        return len(self.outcomes)

    @property
    def failed(self) -> tuple[TestOutcome, ...]:
        return tuple(o for o in self.outcomes if o.status in ("failed", "error", "xpassed"))

    @property
    def ran(self) -> int:
        return sum(1 for o in self.outcomes if o.status not in ("skipped",))


@dataclass(frozen=True, slots=True, kw_only=True)
class FunctionMetrics:
    """One function or method: `name` is qualified (`Class.method`, `outer.inner`)."""

    name: str
    line: int
    end_line: int
    complexity: int
    coverage: float  # percent, 0-100, statements + branches of the body
    crap: float


@dataclass(frozen=True, slots=True, kw_only=True)
class MutantResult:
    """One mutant made by the engine and its verdict."""

    id: str
    line: int
    function: str
    status: MutantStatus
    diff: str = ""
    duration: float | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class FileMetrics:
    """Everything measured about one source file."""

    path: str  # relative to the project root, with /
    coverage: float | None  # percent; None when coverage.py has no data for the file
    statements: int = 0
    missing_lines: tuple[int, ...] = ()
    missing_branches: tuple[tuple[int, int], ...] = ()
    functions: tuple[FunctionMetrics, ...] = ()
    #: what coverage.py saw run (at import too): PR scope needs the covered side as well;
    #: not part of the JSON report
    executed_lines: tuple[int, ...] = ()
    executed_branches: tuple[tuple[int, int], ...] = ()
    #: line -> node ids of the tests that ran it (coverage contexts): the mutation cache and
    #: test selection need it; not part of the JSON report
    tests_by_line: dict[int, tuple[str, ...]] = field(default_factory=dict)
    mutation_sites: int | None = None  # None when mutation did not run
    mutants: tuple[MutantResult, ...] = ()
    unmutated: tuple[str, ...] = ()  # functions the engine cannot mutate (decorated), by name


@dataclass(frozen=True, slots=True, kw_only=True)
class MutationRun:
    """What the mutation stage produced, or why it did not."""

    ran: bool
    reason: str = ""  # why it did not run / why it produced no evidence
    duration: float = 0.0
    diagnostics: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class Measurements:
    """Numbers only: no thresholds, no verdicts."""

    tests: TestRun | None
    coverage_total: float | None  # percent over `source`, as coverage.py reports it
    files: tuple[FileMetrics, ...]
    mutation: MutationRun
    scope: str = "project"  # "project", or "diff against REF"
    diagnostics: tuple[str, ...] = ()
    #: how the numbers were made, for Report.extra (a shard run: shard, commit, config)
    extra: dict[str, object] = field(default_factory=dict)


@dataclass(frozen=True, slots=True, kw_only=True)
class Thresholds:
    """The limits each gate judges by; None switches a gate off."""

    coverage: float | None
    complexity: int | None
    crap: float | None
    mutation_score: float | None
    mutation_sites: int | None


@dataclass(frozen=True, slots=True, kw_only=True)
class GateResult:
    """The verdict of one gate."""

    name: str
    status: GateStatus
    actual: float | None
    threshold: float | None
    offenders: tuple[str, ...] = ()
    reason: str = ""

    @property
    def passed(self) -> bool:
        return self.status in ("passed", "off")


@dataclass(frozen=True, slots=True, kw_only=True)
class Report:
    """One gate run: what every surface renders."""

    gates: tuple[GateResult, ...]
    measurements: Measurements
    profile: str
    root: str = "."
    tool_version: str = ""
    created: str = ""  # ISO 8601, UTC
    extra: dict[str, object] = field(default_factory=dict)

    @property
    def passed(self) -> bool:
        return all(g.passed for g in self.gates)
