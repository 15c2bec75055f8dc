"""measure_stages: one measurement of the suite judged as the tests stage, then the quality
stage, stopping at the first that fails with a report whose unreached gates are not_run.

The suite itself is not run: measure_tests (a pytest subprocess) is replaced by one that
records its arguments and returns the measurements given."""

from __future__ import annotations

import dataclasses
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest

from agenticops.config import Config
from agenticops.environment import clean_env
from agenticops.measure.project import MeasureOptions
from agenticops.model import (
    FileMetrics,
    FunctionMetrics,
    GateResult,
    Measurements,
    MutationRun,
    TestOutcome,
    TestRun,
)
from agenticops.verify import stages
from agenticops.verify.records import Checks, StageResult, Verification
from tests.mutation_project import config

IMPORTED = StageResult(name="import", passed=True, summary="`pkg.calc` imports")
PASSED = TestOutcome(nodeid="tests/test_calc.py::test_add", status="passed")
FAILED = TestOutcome(nodeid="tests/test_calc.py::test_sign", status="failed", message="boom")
ADD = FunctionMetrics(name="add", line=6, end_line=7, complexity=2, coverage=100.0, crap=2.0)
NOT_RUN = "not run: an earlier stage failed"


def measured(*outcomes: TestOutcome, coverage: float = 80.0) -> Measurements:
    return Measurements(
        tests=TestRun(outcomes=outcomes, exit_code=1 if FAILED in outcomes else 0),
        coverage_total=coverage,
        files=(FileMetrics(path="pkg/calc.py", coverage=coverage, functions=(ADD,)),),
        mutation=MutationRun(ran=False, reason="switched off"),
    )


def on_stage(name: str) -> None:
    """What the caller shows as each stage starts: handed on to measure_tests."""


class Operative:
    """The Gherkin literal check: records where it looked, answers the findings given."""

    def __init__(self, findings: Sequence[str] = ()) -> None:
        self.findings = tuple(findings)
        self.seen: list[Path] = []

    def __call__(self, work: Path) -> Sequence[str]:
        self.seen.append(work)
        return self.findings


def run(
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    result: Measurements,
    operative: Operative,
    cfg: Config | None = None,
) -> Verification:
    """measure_stages in tmp_path after the import stage, measure_tests answering result."""
    calls: list[tuple[object, ...]] = []

    def measure_tests(
        work: Path, cfg: Config, options: MeasureOptions, on_stage: object
    ) -> Measurements:
        calls.append((work, cfg, options, on_stage))
        return result

    monkeypatch.setattr(stages, "measure_tests", measure_tests)
    checks = Checks(module="pkg.calc", required_tests=("tests/test_calc.py",), operative=operative)
    options = MeasureOptions(python=sys.executable, env=clean_env())
    verification = stages.measure_stages(
        tmp_path, cfg or config(tmp_path), checks, options, on_stage, (IMPORTED,)
    )
    assert calls == [(tmp_path, cfg or config(tmp_path), options, on_stage)]
    return verification


def test_failing_tests_stop_before_quality_and_leave_every_other_gate_not_run(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    operative = Operative(["### never asked"])
    result = measured(PASSED, FAILED)
    verification = run(monkeypatch, tmp_path, result, operative)

    imported, tests = verification.stages
    assert imported is IMPORTED
    assert (tests.name, tests.passed, tests.summary) == ("tests", False, "1 of 2 tests failed")
    assert tests.findings == (
        "### Failing tests (1 of 2)\n\n"
        "- `tests/test_calc.py::test_sign` (failed)\n\n```\nboom\n```",
    )
    assert operative.seen == []  # the step check waits for a passing suite
    assert verification.report is not None
    assert verification.report.measurements is result
    assert verification.report.profile == "default"
    assert verification.report.gates == (
        GateResult(
            name="tests",
            status="failed",
            actual=1.0,
            threshold=0.0,
            offenders=("tests/test_calc.py::test_sign",),
            reason="1 of 2 tests failed",
        ),
        *(
            GateResult(
                name=name,
                status="not_run",
                actual=None,
                threshold=limit,
                reason="not measured: the tests did not pass",
            )
            for name, limit in (("coverage", 50.0), ("complexity", 10), ("crap", 30.0))
        ),
        GateResult(
            name="mutation_score", status="not_run", actual=None, threshold=50.0, reason=NOT_RUN
        ),
        GateResult(
            name="mutation_sites", status="not_run", actual=None, threshold=100, reason=NOT_RUN
        ),
    )
    assert not verification.passed


def test_steps_that_are_not_operative_fail_the_tests_stage_checked_in_the_work_copy(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    operative = Operative(["### Steps that check nothing"])
    verification = run(monkeypatch, tmp_path, measured(PASSED), operative)

    assert operative.seen == [tmp_path]
    assert verification.stages == (
        IMPORTED,
        StageResult(
            name="tests",
            passed=False,
            summary="acceptance checks failed",
            findings=("### Steps that check nothing",),
        ),
    )
    assert verification.report is not None
    assert [g.status for g in verification.report.gates] == [
        "passed",
        "passed",
        "passed",
        "passed",
        "not_run",
        "not_run",
    ]


def test_failing_quality_stops_before_mutation_which_is_not_run(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    result = measured(PASSED, coverage=40.0)
    verification = run(monkeypatch, tmp_path, result, Operative())

    imported, tests, quality = verification.stages
    assert imported is IMPORTED
    assert tests == StageResult(name="tests", passed=True, summary="all tests passed")
    assert (quality.name, quality.passed, quality.summary) == (
        "quality",
        False,
        "coverage failed",
    )
    assert quality.findings[0].startswith("### Coverage 40.0% < 50.0%")
    assert verification.report is not None
    assert verification.report.measurements is result
    assert verification.report.gates == (
        GateResult(name="tests", status="passed", actual=0.0, threshold=0.0),
        GateResult(
            name="coverage",
            status="failed",
            actual=40.0,
            threshold=50.0,
            offenders=("pkg/calc.py",),
        ),
        GateResult(name="complexity", status="passed", actual=2.0, threshold=10),
        GateResult(name="crap", status="passed", actual=2.0, threshold=30.0),
        GateResult(
            name="mutation_score", status="not_run", actual=None, threshold=50.0, reason=NOT_RUN
        ),
        GateResult(
            name="mutation_sites", status="not_run", actual=None, threshold=100, reason=NOT_RUN
        ),
    )


def test_with_the_mutation_gates_off_a_sound_suite_passes_every_stage(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    base = config(tmp_path)
    cfg = dataclasses.replace(
        base,
        thresholds=dataclasses.replace(base.thresholds, mutation_score=None, mutation_sites=None),
    )
    result = measured(PASSED)
    verification = run(monkeypatch, tmp_path, result, Operative(), cfg)

    assert [(s.name, s.passed, s.summary) for s in verification.stages] == [
        ("import", True, "`pkg.calc` imports"),
        ("tests", True, "all tests passed"),
        ("quality", True, "coverage, complexity and CRAP hold"),
        ("mutation", True, "mutation gates are off"),
    ]
    assert verification.passed
    assert verification.report is not None
    assert verification.report.measurements is result
    assert [(g.name, g.status) for g in verification.report.gates] == [
        ("tests", "passed"),
        ("coverage", "passed"),
        ("complexity", "passed"),
        ("crap", "passed"),
        ("mutation_score", "off"),
        ("mutation_sites", "off"),
    ]
