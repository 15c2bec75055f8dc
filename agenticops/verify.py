"""One verification of the loop's workspace, stage by stage, stopping at the first that fails."""

from __future__ import annotations

import datetime
import tempfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from agenticops import __version__
from agenticops.config import Config
from agenticops.environment import import_roots, with_pythonpath
from agenticops.findings import failing_tests_findings, mutation_findings, quality_findings
from agenticops.gates import judge, needs_mutation
from agenticops.measure.project import MeasureOptions, measure_mutation, measure_tests
from agenticops.model import GateResult, Measurements, Report
from agenticops.proc import run
from agenticops.workspace.copy import copy_project

STAGES = ("import", "tests", "quality", "mutation")
_QUALITY = ("tests", "coverage", "complexity", "crap")


@dataclass(frozen=True, slots=True, kw_only=True)
class StageResult:
    """One stage: whether it held, a one-line summary, and findings for the next prompt."""

    name: str
    passed: bool
    summary: str
    findings: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class Verification:
    stages: tuple[StageResult, ...]
    report: Report | None

    @property
    def passed(self) -> bool:
        return len(self.stages) == len(STAGES) and all(s.passed for s in self.stages)


@dataclass(frozen=True, slots=True, kw_only=True)
class Checks:
    """What the loop adds to the plain gate: its module, its locked tests, its step check."""

    module: str
    required_tests: tuple[str, ...]  # test files that must have run (the generated ones)
    operative: Callable[[Path], Sequence[str]]  # findings of the Gherkin literal check
    labels: Mapping[str, str] = field(default_factory=dict)  # test function -> scenario label


def verify(
    workspace: Path,
    config: Config,
    checks: Checks,
    options: MeasureOptions,
    on_stage: Callable[[str], None],
) -> Verification:
    """Measure a throwaway copy of the workspace, fast stages first."""
    with tempfile.TemporaryDirectory(prefix="agenticops-verify-") as tmp:
        work = Path(tmp) / "workspace"
        copy_project(workspace, work)
        on_stage("import")
        stage = check_import(work, config, checks.module, options)
        if not stage.passed:
            return Verification(stages=(stage,), report=None)
        return _measure(work, config, checks, options, on_stage, (stage,))


def _measure(
    work: Path,
    config: Config,
    checks: Checks,
    options: MeasureOptions,
    on_stage: Callable[[str], None],
    done: tuple[StageResult, ...],
) -> Verification:
    quick = replace(config.thresholds, mutation_score=None, mutation_sites=None)
    measured = measure_tests(work, config, options, on_stage)
    gates = judge(measured, quick)
    tests = tests_stage(measured, gates[0], checks, work)
    if not tests.passed:
        return Verification(stages=(*done, tests), report=_report(measured, gates, config))
    quality = quality_stage(measured, gates, config)
    if not quality.passed:
        return Verification(stages=(*done, tests, quality), report=_report(measured, gates, config))
    if not needs_mutation(config.thresholds):
        skipped = StageResult(name="mutation", passed=True, summary="mutation gates are off")
        return Verification(
            stages=(*done, tests, quality, skipped), report=_report(measured, gates, config)
        )
    measured = measure_mutation(work, config, options, measured, on_stage)
    gates = judge(measured, config.thresholds)
    mutation = mutation_stage(measured, gates)
    return Verification(
        stages=(*done, tests, quality, mutation), report=_report(measured, gates, config)
    )


def check_import(work: Path, config: Config, module: str, options: MeasureOptions) -> StageResult:
    """The module must compile and import; the error text goes back to the agent."""
    env = with_pythonpath(options.env, import_roots(work, config.source))
    done = run([options.python, "-c", f"import {module}"], cwd=work, env=env, timeout=60)
    if done.returncode == 0 and not done.timed_out:
        return StageResult(name="import", passed=True, summary=f"`{module}` imports")
    tail = "\n".join(done.output.strip().splitlines()[-15:]) or "timed out"
    return StageResult(
        name="import",
        passed=False,
        summary=f"`import {module}` failed",
        findings=(f"### `import {module}` failed\n\n```\n{tail}\n```",),
    )


def tests_stage(
    measured: Measurements, gate: GateResult, checks: Checks, work: Path
) -> StageResult:
    """Every test passes, the locked tests really ran, and the Gherkin steps are operative."""
    findings = list(failing_tests_findings(measured, gate, checks.labels))
    ran = {o.nodeid.split("::")[0] for o in (measured.tests.outcomes if measured.tests else ())}
    missing = [t for t in checks.required_tests if t not in ran]
    if missing:
        findings.append(
            "### Locked tests did not run\n\n"
            + "\n".join(f"- `{m}` was not collected: do not deselect or ignore it" for m in missing)
        )
    if not findings:
        findings.extend(checks.operative(work))
    passed = not findings
    summary = "all tests passed" if passed else (gate.reason or "acceptance checks failed")
    return StageResult(name="tests", passed=passed, summary=summary, findings=tuple(findings))


def quality_stage(
    measured: Measurements, gates: Sequence[GateResult], config: Config
) -> StageResult:
    failed = [g for g in gates if g.name in _QUALITY and not g.passed]
    findings = quality_findings(measured, failed, config.thresholds)
    summary = ", ".join(f"{g.name} failed" for g in failed) or "coverage, complexity and CRAP hold"
    return StageResult(name="quality", passed=not failed, summary=summary, findings=findings)


def mutation_stage(measured: Measurements, gates: Sequence[GateResult]) -> StageResult:
    failed = [g for g in gates if not g.passed]
    findings = mutation_findings(measured, failed)
    summary = ", ".join(f"{g.name} failed" for g in failed) or "every gate holds"
    return StageResult(name="mutation", passed=not failed, summary=summary, findings=findings)


def _report(measured: Measurements, gates: Sequence[GateResult], config: Config) -> Report:
    """The gate report of this verification; gates a stopped pipeline never reached are not_run."""
    return Report(
        gates=tuple(_not_reached(g, config) for g in gates),
        measurements=measured,
        profile=config.profile,
        tool_version=__version__,
        created=datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
    )


def _not_reached(gate: GateResult, config: Config) -> GateResult:
    limit = getattr(config.thresholds, gate.name, None)
    if gate.status != "off" or limit is None:
        return gate
    return replace(
        gate, status="not_run", threshold=limit, reason="not run: an earlier stage failed"
    )
