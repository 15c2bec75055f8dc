"""How a loop run ends: LoopResult in result.json, final.patch, and an accepted change applied."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from agenticops import textfile
from agenticops.ledger import Ledger
from agenticops.loop.state import LoopState
from agenticops.loop_setup import Run
from agenticops.workspace.patch import apply_change, make_patch


@dataclass(frozen=True, slots=True, kw_only=True)
class LoopResult:
    """What result.json holds."""

    verdict: str  # accepted | rejected
    reason: str
    iterations: int
    cost_usd: float
    run_dir: str
    applied: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "verdict": self.verdict,
            "reason": self.reason,
            "iterations": self.iterations,
            "cost_usd": round(self.cost_usd, 6),
            "run_dir": self.run_dir,
            "applied": self.applied,
        }


def apply_accepted(run: Run, ledger: Ledger, result: LoopResult) -> LoopResult:
    """Copy the accepted change into the user's project and record that it was applied."""
    paths = run.changed_paths()
    apply_change(run.workspace, run.config.root, paths, run.user_before)
    ledger.event("applied", paths=list(paths))
    applied = LoopResult(**{**result.to_dict(), "applied": True})
    ledger.write_json("result.json", applied.to_dict())
    return applied


def finish(run: Run, ledger: Ledger, state: LoopState, verdict: str, reason: str) -> LoopResult:
    """Write final.patch, the verdict event and result.json."""
    patch = make_patch(run.start, run.workspace, run.changed_paths())
    textfile.write(ledger.run_dir / "final.patch", patch)
    result = LoopResult(
        verdict=verdict,
        reason=reason,
        iterations=state.iteration,
        cost_usd=state.cost,
        run_dir=str(ledger.run_dir),
    )
    ledger.event("verdict", **result.to_dict())
    ledger.write_json("result.json", result.to_dict())
    return result
