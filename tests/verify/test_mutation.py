"""mutation_stage: the mutation gates' verdict as a loop stage, with findings for the agent."""

from __future__ import annotations

from dataclasses import replace

from agenticops.model import GateResult, Measurements, MutationRun
from agenticops.verify.mutation import mutation_stage
from agenticops.verify.records import StageResult

NOT_RUN = Measurements(
    tests=None,
    coverage_total=None,
    files=(),
    mutation=MutationRun(ran=False, reason="mutmut could not find a test"),
)


def test_failed_mutation_gates_are_named_with_their_findings() -> None:
    gates = (
        GateResult(name="coverage", status="passed", actual=100.0, threshold=90.0),
        GateResult(name="mutation_score", status="failed", actual=None, threshold=90.0),
        GateResult(name="mutation_sites", status="failed", actual=None, threshold=3.0),
    )
    assert mutation_stage(NOT_RUN, gates) == StageResult(
        name="mutation",
        passed=False,
        summary="mutation_score failed, mutation_sites failed",
        findings=("### Mutation testing did not run\n\nmutmut could not find a test",),
    )


def test_holding_gates_pass_without_findings() -> None:
    ran = replace(NOT_RUN, mutation=MutationRun(ran=True))
    gates = (GateResult(name="mutation_score", status="passed", actual=95.0, threshold=90.0),)
    assert mutation_stage(ran, gates) == StageResult(
        name="mutation", passed=True, summary="every gate holds"
    )
