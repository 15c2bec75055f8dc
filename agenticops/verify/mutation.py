"""The mutation stage, last and slowest: skipped when its gates are off, else measured, judged."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

from agenticops.config import Config
from agenticops.findings import mutation_findings
from agenticops.gates import judge, needs_mutation, tests_mutants
from agenticops.measure.project import MeasureOptions, measure_mutation
from agenticops.model import GateResult, Measurements
from agenticops.verify.records import StageResult, Verification
from agenticops.verify.report import verification_report


def mutation_verification(
    work: Path,
    config: Config,
    options: MeasureOptions,
    on_stage: Callable[[str], None],
    measured: Measurements,
    gates: tuple[GateResult, ...],
    done: tuple[StageResult, ...],
) -> Verification:
    """The verification once every earlier stage (done) held: mutation measured or skipped."""
    if not needs_mutation(config.thresholds):
        skipped = StageResult(name="mutation", passed=True, summary="mutation gates are off")
        return Verification(
            stages=(*done, skipped), report=verification_report(measured, gates, config)
        )
    counting = replace(options, test_mutants=tests_mutants(config.thresholds))
    measured = measure_mutation(work, config, counting, measured, on_stage)
    gates = judge(measured, config.thresholds)
    mutation = mutation_stage(measured, gates)
    return Verification(
        stages=(*done, mutation), report=verification_report(measured, gates, config)
    )


def mutation_stage(measured: Measurements, gates: Sequence[GateResult]) -> StageResult:
    failed = [g for g in gates if not g.passed]
    findings = mutation_findings(measured, failed)
    summary = ", ".join(f"{g.name} failed" for g in failed) or "every gate holds"
    return StageResult(name="mutation", passed=not failed, summary=summary, findings=findings)
