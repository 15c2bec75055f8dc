"""The list_files tool: the files under a workspace directory, caches and .git skipped."""

from __future__ import annotations

import os
from pathlib import Path

from agenticops.agents.files.output import ToolOutput
from agenticops.agents.files.paths import PROTECTED, Refused, confine, relative

LIST_LIMIT = 2_000  # entries returned by list_files
#: directories list_files does not descend into (VCS, our own state, caches, environments)
UNLISTED = PROTECTED | {
    "__pycache__",
    ".venv",
    "venv",
    "node_modules",
    ".mypy_cache",
    ".ruff_cache",
    ".pytest_cache",
    ".hypothesis",
}


def list_files(workspace: Path, path: str = ".") -> ToolOutput:
    try:
        start = confine(workspace, path)
    except Refused as exc:
        return ToolOutput(str(exc), is_error=True)
    if start.is_file():
        return ToolOutput(relative(workspace, start))
    if not start.is_dir():
        return ToolOutput(f"{path}: no such directory", is_error=True)
    found: list[str] = []
    for current, dirs, files in os.walk(start):
        dirs[:] = sorted(d for d in dirs if d not in UNLISTED)
        found.extend(relative(workspace, Path(current) / name) for name in sorted(files))
        if len(found) > LIST_LIMIT:
            shown = "\n".join(found[:LIST_LIMIT])
            return ToolOutput(
                f"{shown}\n[truncated at {LIST_LIMIT} entries; list a subdirectory to see more]"
            )
    return ToolOutput("\n".join(found) if found else f"{path}: no files")
