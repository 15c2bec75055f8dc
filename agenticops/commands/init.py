"""`agenticops init`: scaffold a project and say what was written."""

from __future__ import annotations

from pathlib import Path

from agenticops.commands.output import emit
from agenticops.errors import ExitCode


def init_command(path: Path, *, name: str | None, force: bool) -> int:
    """`agenticops init`: scaffold the project at path."""
    from agenticops.init import init_project

    result = init_project(path.resolve(), name=name, force=force)
    for line in result.lines():
        emit(line, None)
    return int(ExitCode.OK)
