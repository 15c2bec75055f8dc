"""The always-on `tests` gate: every collected test passed, and at least one ran."""

from __future__ import annotations

from agenticops.model import GateResult, TestRun


def judge_tests(run: TestRun | None) -> GateResult:
    """Fail closed: no run, a hung run, nothing collected or any failure is a failed gate."""
    if run is None:
        return _failed(None, (), "the test suite did not run")
    failed = tuple(o.nodeid for o in run.failed)
    if run.timed_out:
        return _failed(float(run.collected), failed, "the test suite hit its time limit")
    if run.collected == 0 or run.ran == 0:
        return _failed(0.0, (), "no tests collected" if run.collected == 0 else "no test ran")
    if failed:
        return _failed(float(len(failed)), failed, f"{len(failed)} of {run.collected} tests failed")
    if run.exit_code != 0:
        return _failed(0.0, (), f"pytest exited with code {run.exit_code}")
    return GateResult(name="tests", status="passed", actual=0.0, threshold=0.0)


def _failed(actual: float | None, offenders: tuple[str, ...], reason: str) -> GateResult:
    return GateResult(
        name="tests",
        status="failed",
        actual=actual,
        threshold=0.0,
        offenders=offenders,
        reason=reason,
    )
