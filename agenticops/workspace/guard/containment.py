"""Containment of the agent: revert what it changed that it may not, and say what that was."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from agenticops.workspace.guard.boundary import Boundary, Violation
from agenticops.workspace.guard.markers import cheats
from agenticops.workspace.guard.revert import restore
from agenticops.workspace.guard.snapshots import changed, snapshot


def contain(
    workspace: Path, baseline: Path, boundary: Boundary, before: Mapping[str, str]
) -> tuple[tuple[str, ...], tuple[Violation, ...]]:
    """Revert every change outside the boundary; return (changed paths, violations)."""
    after = snapshot(workspace)
    paths = changed(before, after)
    violations: list[Violation] = []
    for rel in paths:
        target = workspace / rel
        if target.is_symlink() and not _inside(target, workspace):
            violations.append(
                Violation(path=rel, kind="symlink", detail="symlink out of the workspace")
            )
            restore(workspace, baseline, rel)
        elif not boundary.allows(rel):
            kind = (
                "locked"
                if rel in before or any(rel.startswith(lock) for lock in boundary.locked)
                else "outside"
            )
            violations.append(Violation(path=rel, kind=kind, detail=_verb(rel, before, after)))
            restore(workspace, baseline, rel)
    violations.extend(cheats(workspace, baseline, [p for p in paths if boundary.allows(p)]))
    return paths, tuple(violations)


def _verb(rel: str, before: Mapping[str, str], after: Mapping[str, str]) -> str:
    if rel not in before:
        return "created outside the writable boundary; removed"
    if rel not in after:
        return "deleted a locked file; restored"
    return "modified a locked file; reverted"


def _inside(path: Path, root: Path) -> bool:
    return path.resolve().is_relative_to(root.resolve())
