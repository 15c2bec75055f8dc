"""One gate run: copy the project, measure it, judge it, and keep the report in .agenticops/."""

from __future__ import annotations

import datetime
import tempfile
from pathlib import Path

from agenticops import __version__
from agenticops.config import Config
from agenticops.gate.diff import measure_diff
from agenticops.gate.options import GateOptions, measure_options
from agenticops.gate.state import write_report
from agenticops.gates import judge
from agenticops.measure.project import StageCallback, measure_project
from agenticops.model import Report
from agenticops.scope import changed_lines
from agenticops.workspace.copy import copy_project


def _quiet(stage: str) -> None:
    """The default stage callback: say nothing."""


def run_gate(
    config: Config, *, options: GateOptions | None = None, on_stage: StageCallback = _quiet
) -> Report:
    """Measure a temporary copy of config.root, judge it, and write .agenticops/report.json.

    The copy is removed afterwards, also when interrupted: the user's tree gets nothing but
    .agenticops/. With options.diff_base only what changed since that git ref is judged (a bad
    ref fails before anything is copied).
    """
    options = options or GateOptions()
    changes = None if options.diff_base is None else changed_lines(config.root, options.diff_base)
    measure = measure_options(config, options)
    with tempfile.TemporaryDirectory(prefix="agenticops-gate-") as tmp:
        workdir = Path(tmp) / "project"
        on_stage("copy")
        copy_project(config.root, workdir)
        if changes is None:
            measurements = measure_project(workdir, config, measure, on_stage)
            gates = judge(measurements, config.thresholds)
        else:
            measurements, gates = measure_diff(workdir, config, measure, changes, on_stage)
    report = Report(
        gates=gates,
        measurements=measurements,
        profile=config.profile,
        tool_version=__version__,
        created=datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        extra=dict(measurements.extra),
    )
    write_report(config.root, report)
    return report
