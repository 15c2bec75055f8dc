"""prefixed labels progress lines; record_stages leaves stage events and report.json."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from agenticops.ledger import Ledger
from agenticops.loop.progress import prefixed, record_stages
from agenticops.model import GateResult, Measurements, MutationRun, Report
from agenticops.report.json_report import to_dict
from agenticops.verify import Verification
from agenticops.verify.records import StageResult
from tests.loop.test_loop_agent import make_run


def events(ledger: Ledger) -> list[dict[str, Any]]:
    return [{k: v for k, v in e.items() if k != "at"} for e in ledger.events()]


STAGES = (
    StageResult(name="tests", passed=True, summary="12 passed"),
    StageResult(name="gate", passed=False, summary="crap 9 > 8", findings=("### CRAP",)),
)


def report() -> Report:
    gates = (GateResult(name="crap", status="failed", actual=9.0, threshold=8, offenders=("f",)),)
    measured = Measurements(
        tests=None, coverage_total=50.0, files=(), mutation=MutationRun(ran=False)
    )
    return Report(gates=gates, measurements=measured, profile="default")


def test_prefixed_puts_the_label_before_each_message() -> None:
    lines: list[str] = []
    notify = prefixed(lines.append, "iteration 2")
    notify("verifying")
    notify("done")
    assert lines == ["iteration 2: verifying", "iteration 2: done"]


def test_each_stage_is_an_event_and_the_report_is_written(tmp_path: Path) -> None:
    ledger = Ledger(tmp_path / "run")
    verification = Verification(stages=STAGES, report=report())

    record_stages(ledger, 3, verification, make_run(tmp_path))

    assert events(ledger) == [
        {
            "event": "stage",
            "iteration": 3,
            "stage": "tests",
            "passed": True,
            "summary": "12 passed",
        },
        {
            "event": "stage",
            "iteration": 3,
            "stage": "gate",
            "passed": False,
            "summary": "crap 9 > 8",
        },
    ]
    written = json.loads((tmp_path / "run" / "report.json").read_text(encoding="utf-8"))
    assert written == json.loads(json.dumps(to_dict(report())))
    assert written["passed"] is False


def test_without_a_report_only_the_stages_are_recorded(tmp_path: Path) -> None:
    ledger = Ledger(tmp_path / "run")
    verification = Verification(stages=STAGES[:1], report=None)

    record_stages(ledger, 1, verification, make_run(tmp_path))

    assert events(ledger) == [
        {
            "event": "stage",
            "iteration": 1,
            "stage": "tests",
            "passed": True,
            "summary": "12 passed",
        },
    ]
    assert not (tmp_path / "run" / "report.json").exists()
