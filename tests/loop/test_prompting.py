"""feedback: what the next prompt reports of a turn, in order: the turn's error, its violations,
then the findings of every verified stage."""

from __future__ import annotations

from agenticops.agents.base import TurnResult
from agenticops.loop.prompting import feedback
from agenticops.verify import StageResult, Verification
from agenticops.workspace.guard import Violation

TESTS = StageResult(
    name="tests", passed=False, summary="2 of 3 tests failed", findings=("### A", "### B")
)
QUALITY = StageResult(name="quality", passed=False, summary="crap failed", findings=("### C",))
CLEAN = Verification(
    stages=(StageResult(name="import", passed=True, summary="`refunds` imports"),), report=None
)


def test_an_error_then_each_violation_then_the_stage_findings() -> None:
    turn = TurnResult(ok=False, error="turn timed out after 90 s")
    violations = (
        Violation(path="pyproject.toml", kind="locked", detail="modified a locked file; reverted"),
        Violation(path="notes.txt", kind="outside", detail="created outside; removed"),
    )
    verification = Verification(stages=(TESTS, QUALITY), report=None)

    assert feedback(turn, violations, verification) == [
        "### Your previous turn ended with an error\n\nturn timed out after 90 s",
        "### Violations (this iteration cannot be accepted)\n\n"
        "- `pyproject.toml`: modified a locked file; reverted\n"
        "- `notes.txt`: created outside; removed\n\n"
        "Locked files were restored. Stay inside the writable boundary and do not "
        "hide code from the gates.",
        "### A",
        "### B",
        "### C",
    ]


def test_a_clean_turn_reports_only_what_the_stages_found() -> None:
    verification = Verification(stages=(TESTS,), report=None)
    assert feedback(TurnResult(ok=True), (), verification) == ["### A", "### B"]


def test_a_clean_turn_that_passed_every_stage_run_reports_nothing() -> None:
    assert feedback(TurnResult(ok=True, error="ignored"), (), CLEAN) == []
