"""Hand-made gate reports (no measuring) and the project sources they describe."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from agenticops.gates import judge
from agenticops.model import (
    FileMetrics,
    FunctionMetrics,
    GateResult,
    Measurements,
    MutantResult,
    MutationRun,
    Report,
    TestOutcome,
    TestRun,
    Thresholds,
)

GOLDEN = Path(__file__).parent / "golden"
#: set AGENTICOPS_REGEN_GOLDEN=1 to rewrite the golden files from the current output
REGENERATE = os.environ.get("AGENTICOPS_REGEN_GOLDEN") == "1"

LEDGER = '''"""A tiny ledger."""

from __future__ import annotations

import functools


class Ledger:
    def __init__(self) -> None:
        self.entries: list[int] = []

    def post(self, amount: int) -> None:
        if amount == 0:
            return
        self.entries.append(amount)

    @property
    def balance(self) -> int:
        return sum(self.entries)

    def reconcile(self, statement: list[int]) -> list[int]:
        missing = []
        for amount in statement:
            if amount not in self.entries:
                missing.append(amount)
            elif amount < 0:
                missing.append(-amount)
        return missing


@functools.cache
def audit(limit: int) -> str:
    return "<script>alert('x')</script>" if limit > 100 else "ok"
'''

UTIL = '''"""Helpers."""


def slugify(text: str) -> str:
    cleaned = text.strip().lower()
    if not cleaned:
        return "-"
    return cleaned.replace(" ", "-")
'''

TEST_LEDGER = """from pkg.ledger import Ledger


def test_post():
    Ledger().post(1)


def test_reconcile_balances():
    assert Ledger().reconcile([5, -3]) == []
"""

SOURCES = {
    "src/pkg/__init__.py": "",
    "src/pkg/ledger.py": LEDGER,
    "src/pkg/util.py": UTIL,
    "tests/test_ledger.py": TEST_LEDGER,
}


def _diff(path: str, before: list[str], removed: str, added: str, after: list[str]) -> str:
    body = [f" {line}" for line in before] + [f"-{removed}", f"+{added}"]
    body += [f" {line}" for line in after]
    count = len(before) + 1 + len(after)
    return "\n".join([f"--- {path}", f"+++ {path}", f"@@ -1,{count} +1,{count} @@", *body])


RECONCILE = [
    "def reconcile(self, statement: list[int]) -> list[int]:",
    "    missing = []",
    "    for amount in statement:",
]

LEDGER_MUTANTS = (
    MutantResult(
        id="pkg.ledger.xǁLedgerǁpost__mutmut_1",
        line=13,
        function="Ledger.post",
        status="killed",
        diff=_diff(
            "src/pkg/ledger.py",
            ["def post(self, amount: int) -> None:"],
            "    if amount == 0:",
            "    if amount != 0:",
            ["        return"],
        ),
        duration=0.21,
    ),
    MutantResult(
        id="pkg.ledger.xǁLedgerǁreconcile__mutmut_2",
        line=23,
        function="Ledger.reconcile",
        status="timeout",
        diff=_diff(
            "src/pkg/ledger.py",
            RECONCILE[:2],
            "    for amount in statement:",
            "    for amount in None:",
            [],
        ),
        duration=10.0,
    ),
    MutantResult(
        id="pkg.ledger.xǁLedgerǁreconcile__mutmut_3",
        line=24,
        function="Ledger.reconcile",
        status="survived",
        diff=_diff(
            "src/pkg/ledger.py",
            RECONCILE,
            "        if amount not in self.entries:",
            "        if amount in self.entries:",
            ["            missing.append(amount)"],
        ),
        duration=0.4,
    ),
    MutantResult(
        id="pkg.ledger.xǁLedgerǁreconcile__mutmut_7",
        line=27,
        function="Ledger.reconcile",
        status="no_tests",
        diff=_diff(
            "src/pkg/ledger.py",
            ["        elif amount < 0:"],
            "            missing.append(-amount)",
            "            missing.append(+amount)",
            ["    return missing"],
        ),
    ),
    MutantResult(
        id="pkg.ledger.xǁLedgerǁbalance__mutmut_1",
        line=19,
        function="Ledger.balance",
        status="skipped",
    ),
)

UTIL_MUTANTS = (
    MutantResult(
        id="pkg.util.x_slugify__mutmut_2",
        line=7,
        function="slugify",
        status="survived",
        diff=_diff(
            "src/pkg/util.py",
            ["    if not cleaned:"],
            '        return "-"',
            '        return "XX-XX"',
            ['    return cleaned.replace(" ", "-")'],
        ),
        duration=0.12,
    ),
    MutantResult(
        id="pkg.util.x_slugify__mutmut_3",
        line=8,
        function="slugify",
        status="killed",
        diff=_diff(
            "src/pkg/util.py",
            ["        return '-'"],
            '    return cleaned.replace(" ", "-")',
            '    return cleaned.replace("XX XX", "-")',
            [],
        ),
        duration=0.13,
    ),
)


def _fn(name: str, lines: tuple[int, int], cc: int, cov: float, crap: float) -> FunctionMetrics:
    return FunctionMetrics(
        name=name, line=lines[0], end_line=lines[1], complexity=cc, coverage=cov, crap=crap
    )


FILES = (
    FileMetrics(path="src/pkg/__init__.py", coverage=100.0, statements=1, mutation_sites=0),
    FileMetrics(
        path="src/pkg/ledger.py",
        coverage=58.33,
        statements=24,
        missing_lines=(25, 26, 27, 33),
        missing_branches=((24, 25), (26, 27)),
        functions=(
            _fn("Ledger.__init__", (9, 10), 1, 100.0, 1.0),
            _fn("Ledger.post", (12, 15), 2, 100.0, 2.0),
            _fn("Ledger.balance", (18, 19), 1, 100.0, 1.0),
            _fn("Ledger.reconcile", (21, 28), 5, 20.0, 17.8),
            _fn("audit", (32, 33), 2, 0.0, 6.0),
        ),
        mutation_sites=5,
        mutants=LEDGER_MUTANTS,
        unmutated=("audit",),
    ),
    FileMetrics(
        path="src/pkg/util.py",
        coverage=85.71,
        statements=5,
        missing_lines=(7,),
        missing_branches=((6, 7),),
        functions=(_fn("slugify", (4, 8), 2, 75.0, 2.0625),),
        mutation_sites=2,
        mutants=UTIL_MUTANTS,
    ),
)

FAILURE = "AssertionError: assert [5] == []\n  +  where [5] = <Ledger>.reconcile([5, -3])"

OUTCOMES = (
    TestOutcome(nodeid="tests/test_ledger.py::test_post", status="passed", duration=0.01),
    TestOutcome(
        nodeid="tests/test_ledger.py::test_reconcile_balances",
        status="failed",
        duration=0.02,
        message=FAILURE,
    ),
    TestOutcome(nodeid="tests/test_util.py::test_slugify[plain]", status="passed"),
    TestOutcome(nodeid="tests/test_util.py::test_slugify[spaces]", status="passed"),
    TestOutcome(nodeid="tests/test_util.py::test_slugify[unicode]", status="skipped"),
    TestOutcome(nodeid="tests/test_util.py::test_slugify_empty", status="passed"),
)

FULL_GATES = (
    GateResult(
        name="tests",
        status="failed",
        actual=1.0,
        threshold=0.0,
        offenders=("tests/test_ledger.py::test_reconcile_balances",),
        reason="1 of 6 tests failed",
    ),
    GateResult(
        name="coverage",
        status="failed",
        actual=76.47,
        threshold=90.0,
        offenders=("src/pkg/ledger.py", "src/pkg/util.py"),
    ),
    GateResult(name="complexity", status="passed", actual=5.0, threshold=10),
    GateResult(
        name="crap",
        status="failed",
        actual=17.8,
        threshold=8.0,
        offenders=("src/pkg/ledger.py::Ledger.reconcile",),
    ),
    GateResult(
        name="mutation_score",
        status="failed",
        actual=50.0,
        threshold=95.0,
        offenders=("src/pkg/ledger.py::Ledger.reconcile", "src/pkg/util.py::slugify"),
    ),
    GateResult(name="mutation_sites", status="off", actual=None, threshold=None),
)


def full_report() -> Report:
    """Failing tests, coverage, CRAP and mutation gates; a passing one; one switched off."""
    measurements = Measurements(
        tests=TestRun(outcomes=OUTCOMES, exit_code=1, duration=1.25, output="1 failed, 4 passed"),
        coverage_total=76.47,
        files=FILES,
        mutation=MutationRun(
            ran=True,
            duration=14.5,
            diagnostics=("mutmut: 1 mutant skipped (# pragma: no mutate)",),
        ),
        diagnostics=("coverage: no data for src/pkg/_version.py (never imported)",),
    )
    return Report(
        gates=FULL_GATES,
        measurements=measurements,
        profile="unclebob",
        root=".",
        tool_version="0.1.0",
        created="2026-11-21T10:00:00Z",
        extra={"run_id": "r-42", "changed_files": ["src/pkg/ledger.py"]},
    )


UNCLEBOB = Thresholds(coverage=90, complexity=10, crap=8, mutation_score=95, mutation_sites=None)


def blocked_report() -> Report:
    """What `judge` makes of a suite that does not even collect: NOT RUN and OFF gates."""
    run = TestRun(
        outcomes=(),
        exit_code=2,
        output="ImportError while importing test module 'tests/test_ledger.py'.\n"
        "E   ModuleNotFoundError: No module named 'pkg.ledgr'\n"
        "!!!!!!!!!!!!!!!!!!! Interrupted: 1 error during collection !!!!!!!!!!!!!!!!!!!",
    )
    measurements = Measurements(
        tests=run,
        coverage_total=None,
        files=(),
        mutation=MutationRun(ran=False, reason="not measured: the tests did not pass"),
    )
    return Report(
        gates=judge(measurements, UNCLEBOB), measurements=measurements, profile="unclebob"
    )


def green_report() -> Report:
    """Every gate holds (judged by `judge`)."""
    ok = FileMetrics(
        path="src/pkg/util.py",
        coverage=100.0,
        statements=5,
        functions=(_fn("slugify", (4, 8), 2, 100.0, 2.0),),
        mutation_sites=2,
        mutants=tuple(
            MutantResult(id=m.id, line=m.line, function=m.function, status="killed", diff=m.diff)
            for m in UTIL_MUTANTS
        ),
    )
    measurements = Measurements(
        tests=TestRun(outcomes=(OUTCOMES[0],), exit_code=0),
        coverage_total=100.0,
        files=(ok,),
        mutation=MutationRun(ran=True),
    )
    thresholds = Thresholds(
        coverage=90, complexity=10, crap=8, mutation_score=95, mutation_sites=50
    )
    return Report(
        gates=judge(measurements, thresholds), measurements=measurements, profile="strict"
    )


@pytest.fixture
def report() -> Report:
    return full_report()


@pytest.fixture
def blocked() -> Report:
    return blocked_report()


@pytest.fixture
def green() -> Report:
    return green_report()


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A project root holding the sources the reports describe."""
    for relative, text in SOURCES.items():
        target = tmp_path / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    return tmp_path


@pytest.fixture
def golden() -> Callable[[str, str], None]:
    """Compare text with tests/report/golden/NAME (rewritten when AGENTICOPS_REGEN_GOLDEN=1)."""

    def check(name: str, text: str) -> None:
        path = GOLDEN / name
        if REGENERATE:
            path.write_text(text, encoding="utf-8")
        expected = path.read_text(encoding="utf-8")
        assert text == expected, f"{name} differs from its golden file"

    return check
