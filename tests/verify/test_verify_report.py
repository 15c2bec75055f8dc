"""verification_report: the verification's gate report, unreached gates marked not_run."""

from __future__ import annotations

import dataclasses
import datetime
import re
from pathlib import Path

from agenticops import __version__
from agenticops.model import GateResult, Measurements, MutationRun, TestRun
from agenticops.verify.report import verification_report
from tests.mutation_project import config

MEASURED = Measurements(
    tests=TestRun(outcomes=(), exit_code=0),
    coverage_total=91.5,
    files=(),
    mutation=MutationRun(ran=False, reason="an earlier stage failed"),
)


def test_gates_never_reached_are_not_run_and_the_rest_stay_as_judged(tmp_path: Path) -> None:
    base = config(tmp_path)
    cfg = dataclasses.replace(
        base,
        profile="strict",
        thresholds=dataclasses.replace(base.thresholds, mutation_sites=None),
    )
    gates = (
        GateResult(name="coverage", status="passed", actual=91.5, threshold=50.0),
        GateResult(name="crap", status="failed", actual=42.0, threshold=30.0, offenders=("f",)),
        GateResult(name="mutation_score", status="off", actual=None, threshold=None),
        GateResult(name="mutation_sites", status="off", actual=None, threshold=None),
        GateResult(name="tests", status="off", actual=None, threshold=None),
    )
    before = datetime.datetime.now(datetime.UTC).replace(microsecond=0)

    report = verification_report(MEASURED, gates, cfg)

    after = datetime.datetime.now(datetime.UTC)
    assert report.gates == (
        gates[0],
        gates[1],
        GateResult(
            name="mutation_score",
            status="not_run",
            actual=None,
            threshold=50.0,
            reason="not run: an earlier stage failed",
        ),
        gates[3],  # switched off by the config: stays off
        gates[4],  # no threshold of that name: stays off
    )
    assert report.measurements is MEASURED
    assert report.profile == "strict"
    assert report.tool_version == __version__
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00", report.created)
    assert before <= datetime.datetime.fromisoformat(report.created) <= after
    assert not report.passed
