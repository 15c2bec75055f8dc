"""run_gate: the project is measured in a throwaway copy, judged, and the report (profile, tool
version, UTC time, how it was made) is kept in .agenticops/report.json.

The measurement itself (pytest under coverage.py, then mutmut) is replaced by a recorder that
looks at the copy it is given and answers the measurements given."""

from __future__ import annotations

import datetime
import json
import sys
from pathlib import Path

import pytest

import agenticops.gate.run as gate_run
from agenticops import __version__
from agenticops.config import Config
from agenticops.environment import clean_env
from agenticops.gate.options import GateOptions, measure_options
from agenticops.gates import judge
from agenticops.measure.project import MeasureOptions, StageCallback
from agenticops.model import Measurements, MutationRun, TestOutcome, TestRun
from tests.mutation_project import FILES, config, write

MEASURED = Measurements(
    tests=TestRun(
        outcomes=(TestOutcome(nodeid="tests/test_calc.py::test_add", status="passed"),),
        exit_code=0,
    ),
    coverage_total=100.0,
    files=(),
    mutation=MutationRun(ran=False, reason="switched off"),
    extra={"shard": [1, 2]},
)


class Measure:
    """measure_project: records the copy (and what it held) and the options, reports a stage."""

    def __init__(self) -> None:
        self.copies: list[tuple[Path, list[str]]] = []
        self.calls: list[tuple[Config, MeasureOptions]] = []

    def __call__(
        self, workdir: Path, cfg: Config, options: MeasureOptions, on_stage: StageCallback
    ) -> Measurements:
        files = sorted(p.relative_to(workdir).as_posix() for p in workdir.rglob("*.py"))
        self.copies.append((workdir, files))
        self.calls.append((cfg, options))
        on_stage("tests")
        return MEASURED


def test_the_gate_measures_a_throwaway_copy_and_keeps_the_report(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = write(tmp_path / "proj", FILES)
    measure = Measure()
    monkeypatch.setattr(gate_run, "measure_project", measure)
    cfg = config(root)
    options = GateOptions(python=sys.executable, env=clean_env())
    stages: list[str] = []
    before = datetime.datetime.now(datetime.UTC).replace(microsecond=0)

    report = gate_run.run_gate(cfg, options=options, on_stage=stages.append)

    after = datetime.datetime.now(datetime.UTC)
    assert stages == ["copy", "tests"]
    [(workdir, files)] = measure.copies
    assert files == ["pkg/__init__.py", "pkg/calc.py", "tests/test_calc.py"]
    assert workdir.name == "project"
    assert workdir.parent.name.startswith("agenticops-gate-")
    assert not workdir.parent.exists()  # removed once measured
    assert measure.calls == [(cfg, measure_options(cfg, options))]
    assert report.measurements is MEASURED
    assert report.gates == judge(MEASURED, cfg.thresholds)
    assert report.profile == "default"
    assert report.tool_version == __version__
    assert report.extra == {"shard": [1, 2]}
    assert report.created.endswith("+00:00")
    assert before <= datetime.datetime.fromisoformat(report.created) <= after
    written = json.loads((root / ".agenticops" / "report.json").read_text(encoding="utf-8"))
    assert (written["profile"], written["tool_version"], written["created"]) == (
        "default",
        __version__,
        report.created,
    )
    assert written["extra"] == {"shard": [1, 2]}
