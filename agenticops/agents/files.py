"""The workspace file tools (list, read, write) an API agent may call, confined to the workspace.

Every refusal or failure is a ToolOutput with is_error set, returned to the model as an error
tool_result: a bad path never raises, so it can never end the loop.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path, PurePosixPath
from typing import Any, NamedTuple

READ_LIMIT = 200_000  # bytes returned by read_file
LIST_LIMIT = 2_000  # entries returned by list_files
#: directories the agent may never write into
PROTECTED = frozenset({".git", ".agenticops"})
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

_PATH = {"type": "string", "description": "A path relative to the workspace root, with /."}
#: the tool definitions (JSON Schema inputs) in the shape of the Messages API `tools` list
TOOLS: tuple[dict[str, Any], ...] = (
    {
        "name": "list_files",
        "description": "List the files under a directory of the workspace, recursively "
        "(caches and .git are skipped). Default: the whole workspace.",
        "input_schema": {"type": "object", "properties": {"path": _PATH}},
    },
    {
        "name": "read_file",
        "description": "Read one UTF-8 text file of the workspace.",
        "input_schema": {"type": "object", "properties": {"path": _PATH}, "required": ["path"]},
    },
    {
        "name": "write_file",
        "description": "Create or replace one file of the workspace with the complete new "
        "content (parent directories are created).",
        "input_schema": {
            "type": "object",
            "properties": {"path": _PATH, "content": {"type": "string"}},
            "required": ["path", "content"],
        },
    },
)


#: the string inputs each tool requires
_NEEDS: Mapping[str, tuple[str, ...]] = {
    "list_files": (),
    "read_file": ("path",),
    "write_file": ("path", "content"),
}


class ToolOutput(NamedTuple):
    """What a tool call answers; `written` is the relative path a successful write created."""

    text: str
    is_error: bool = False
    written: str = ""


class Refused(Exception):
    """A path the tools will not touch; the message goes back to the model."""


def confine(workspace: Path, path: str, *, writing: bool = False) -> Path:
    """The real location of `path` inside the workspace, or Refused saying why not."""
    pure = PurePosixPath(path)
    if not path.strip() or "\x00" in path:
        raise Refused(f"{path!r}: not a usable path")
    if pure.is_absolute():
        raise Refused(f"{path}: absolute paths are refused; give a path relative to the workspace")
    if ".." in pure.parts:
        raise Refused(f"{path}: '..' is refused; paths must stay inside the workspace")
    root = workspace.resolve()
    target = (root / pure).resolve()
    if not target.is_relative_to(root):
        raise Refused(f"{path}: resolves outside the workspace (through a symlink); refused")
    inside = target.relative_to(root).parts
    if writing and inside and inside[0] in PROTECTED:
        raise Refused(f"{path}: {inside[0]}/ is managed by agenticops and git; writing refused")
    return target


def relative(workspace: Path, target: Path) -> str:
    """target as a workspace-relative path with /."""
    return target.relative_to(workspace.resolve()).as_posix()


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


def read_file(workspace: Path, path: str) -> ToolOutput:
    try:
        target = confine(workspace, path)
        with target.open("rb") as handle:
            data = handle.read(READ_LIMIT)
            size = os.fstat(handle.fileno()).st_size
    except Refused as exc:
        return ToolOutput(str(exc), is_error=True)
    except OSError as exc:
        return ToolOutput(f"{path}: cannot read: {exc.strerror}", is_error=True)
    if b"\x00" in data:
        return ToolOutput(f"{path}: a binary file; not shown", is_error=True)
    text = data.decode(errors="replace")  # bytes decode as UTF-8 whatever the locale
    if size > READ_LIMIT:
        text += f"\n[truncated: showing the first {READ_LIMIT} of {size} bytes]"
    return ToolOutput(text)


def write_file(workspace: Path, path: str, content: str) -> ToolOutput:
    try:
        target = confine(workspace, path, writing=True)
        target.parent.mkdir(parents=True, exist_ok=True)
        data = content.encode()  # UTF-8 whatever the locale
        target.write_bytes(data)
    except Refused as exc:
        return ToolOutput(str(exc), is_error=True)
    except OSError as exc:
        return ToolOutput(f"{path}: cannot write: {exc.strerror}", is_error=True)
    where = relative(workspace, target)
    return ToolOutput(f"wrote {where} ({len(data)} bytes)", written=where)


def run_tool(workspace: Path, name: str, arguments: object) -> ToolOutput:
    """Call the tool `name` with the model's input, checking the input's shape first."""
    if name not in _NEEDS:
        return ToolOutput(f"no such tool: {name}; use list_files, read_file or write_file", True)
    given: Mapping[str, object] = arguments if isinstance(arguments, dict) else {}
    args = {key: value for key, value in given.items() if isinstance(value, str)}
    if not all(key in args for key in _NEEDS[name]):
        return ToolOutput(f"{name} needs {' and '.join(_NEEDS[name])} as strings", True)
    if name == "list_files":
        return list_files(workspace, args.get("path", "."))
    if name == "read_file":
        return read_file(workspace, args["path"])
    return write_file(workspace, args["path"], args["content"])
