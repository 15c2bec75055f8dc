"""The stages judged from one test run: the tests pass, the steps are operative, quality holds."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from agenticops.config import Config
from agenticops.findings import failing_tests_findings, quality_findings
from agenticops.model import GateResult, Measurements
from agenticops.verify.records import Checks, StageResult

_QUALITY = ("tests", "coverage", "complexity", "crap")


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
