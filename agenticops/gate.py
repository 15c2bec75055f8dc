"""One gate run: copy the project, measure it, judge it, and keep the report in .agenticops/."""

from __future__ import annotations

import datetime
import json
import sys
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

from agenticops import __version__
from agenticops.config import Config
from agenticops.environment import clean_env
from agenticops.gates import judge, needs_mutation
from agenticops.measure.project import (
    MeasureOptions,
    StageCallback,
    measure_mutation,
    measure_project,
    measure_tests,
)
from agenticops.model import GateResult, Measurements, MutationRun, Report
from agenticops.report.json_report import to_dict
from agenticops.scope import (
    ChangedLines,
    changed_lines,
    explain,
    mutation_options,
    nothing_to_mutate,
    scope_measurements,
    scope_mutants,
)
from agenticops.workspace.copy import copy_project

STATE_DIR = ".agenticops"
REPORT_FILE = "report.json"
CACHE_DIR = "cache"


@dataclass(frozen=True, slots=True, kw_only=True)
class GateOptions:
    """How the gate runs, beyond the project's config."""

    python: str = sys.executable
    env: Mapping[str, str] = field(default_factory=clean_env)
    mutation_timeout: float | None = None
    diff_base: str | None = None  # judge only what changed since this git ref
    use_cache: bool = True  # reuse mutant verdicts from .agenticops/cache when still valid
    shard: tuple[int, int] | None = None  # (K, N): this run's share of the mutants


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
    measure = MeasureOptions(
        python=options.python,
        env=options.env,
        mutation=needs_mutation(config.thresholds),
        mutation_timeout=options.mutation_timeout,
        cache_dir=state_dir(config.root) / CACHE_DIR if options.use_cache else None,
        shard=options.shard,
    )
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


def measure_diff(
    workdir: Path,
    config: Config,
    measure: MeasureOptions,
    changes: ChangedLines,
    on_stage: StageCallback,
) -> tuple[Measurements, tuple[GateResult, ...]]:
    """PR scope: the whole suite, then the change's numbers, mutation of the changed functions
    only, and verdicts that say when the scope left a gate without evidence."""
    whole = measure_tests(workdir, config, measure, on_stage)
    scoped = scope_measurements(whole, changes)
    if measure.mutation and (skip := nothing_to_mutate(scoped)):
        scoped = replace(scoped, mutation=MutationRun(ran=False, reason=skip))
    elif measure.mutation:
        mutate = mutation_options(measure, scoped)
        scoped = measure_mutation(workdir, config, mutate, scoped, on_stage)
        scoped = scope_mutants(scoped, mutate.only_functions or {})
    return scoped, explain(judge(scoped, config.thresholds), whole, scoped)


def state_dir(root: Path) -> Path:
    """root/.agenticops, created with a .gitignore so it is never committed by accident."""
    path = root / STATE_DIR
    path.mkdir(exist_ok=True)
    ignore = path / ".gitignore"
    if not ignore.exists():
        ignore.write_text("# written by agenticops\n*\n", encoding="utf-8")
    return path


def write_report(root: Path, report: Report) -> Path:
    """Write the JSON report to root/.agenticops/report.json and return its path."""
    path = state_dir(root) / REPORT_FILE
    path.write_text(json.dumps(to_dict(report), indent=2) + "\n", encoding="utf-8")
    return path
