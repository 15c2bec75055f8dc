"""The `replay:DIR` agent: DIR/1/, DIR/2/, … are file trees copied into the workspace per turn."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

from agenticops.agents.base import TurnRequest, TurnResult
from agenticops.agents.files import Refused, confine
from agenticops.errors import AgentError


class ReplayAgent:
    """Deterministic: the same recording writes the same files at the same iteration."""

    def __init__(self, recording: Path, *, label: str) -> None:
        if not recording.is_dir():
            raise AgentError(f"replay:{label}: recording directory {recording} not found")
        if not (recording / "1").is_dir():
            raise AgentError(
                f"replay:{label}: {recording} has no iteration 1 (expected {label}/1/)"
            )
        self.name = f"replay:{label}"
        self._recording = recording

    def run(self, turn: TurnRequest) -> TurnResult:
        started = time.monotonic()
        source = self._recording / str(turn.iteration)
        if not source.is_dir():
            return TurnResult(ok=False, error=f"recording has no iteration {turn.iteration}")
        try:
            plan = _plan(source, turn.workspace)
        except Refused as exc:
            return TurnResult(ok=False, error=str(exc), duration=time.monotonic() - started)
        for origin, target in plan.values():
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(origin, target)
        written = tuple(plan)
        return TurnResult(
            ok=True,
            written=written,
            transcript=f"replayed {len(written)} files from {source}:\n" + "\n".join(written),
            duration=time.monotonic() - started,
        )


def _plan(source: Path, workspace: Path) -> dict[str, tuple[Path, Path]]:
    """relative path -> (file in the recording, destination in the workspace), all checked
    before anything is written, so a bad recording changes nothing."""
    root = source.resolve()
    plan: dict[str, tuple[Path, Path]] = {}
    for current, dirs, files in os.walk(source):
        dirs.sort()
        for name in sorted(files) + [d for d in dirs if (Path(current) / d).is_symlink()]:
            origin = Path(current) / name
            rel = origin.relative_to(source).as_posix()
            real = origin.resolve()
            if not real.is_relative_to(root):
                raise Refused(f"{origin}: a symlink pointing outside the recording; refused")
            if not real.is_file():
                raise Refused(f"{origin}: not a regular file; a recording holds files only")
            plan[rel] = (real, confine(workspace, rel, writing=True))
    return plan
