"""What each verification leaves behind: stage events, report.json, the user's progress lines."""

from __future__ import annotations

from agenticops.ledger import Ledger
from agenticops.loop.state import Notify
from agenticops.loop_setup import Run
from agenticops.report.json_report import to_dict
from agenticops.verify import Verification
from agenticops.workspace.guard import Violation


def prefixed(notify: Notify, label: str) -> Notify:
    return lambda message: notify(f"{label}: {message}")


def stage_line(verification: Verification, violations: tuple[Violation, ...]) -> str:
    """One line per iteration: each stage's outcome, then any violations."""
    parts = [
        f"{s.name} {'ok' if s.passed else 'FAILED'} ({s.summary})" for s in verification.stages
    ]
    if violations:
        parts.append(f"{len(violations)} violation(s)")
    return " · ".join(parts)


def record_stages(ledger: Ledger, iteration: int, verification: Verification, run: Run) -> None:
    for stage in verification.stages:
        ledger.event(
            "stage",
            iteration=iteration,
            stage=stage.name,
            passed=stage.passed,
            summary=stage.summary,
        )
    if verification.report is not None:
        ledger.write_json("report.json", to_dict(verification.report))
