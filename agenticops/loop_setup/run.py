"""One loop run's working set: the spec, config, budget, the project's copies, checks and task."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from agenticops.config import Config
from agenticops.loop_setup.budget import Budget
from agenticops.spec import Spec
from agenticops.verify import Checks
from agenticops.workspace.guard import Boundary, changed, snapshot


@dataclass(frozen=True, slots=True, kw_only=True)
class Run:
    """Everything one loop run works with."""

    spec: Spec
    config: Config
    budget: Budget
    start: Path  # the project as it was, for final.patch
    workspace: Path  # where the agent works
    baseline: Path  # the workspace with its locked tests, for reverting
    boundary: Boundary
    checks: Checks
    task: str
    user_before: dict[str, str]

    def changed_paths(self) -> tuple[str, ...]:
        return changed(snapshot(self.start), snapshot(self.workspace))
