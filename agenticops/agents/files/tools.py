"""The file tools as the model sees them (names, JSON Schema inputs) and the call of one."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from agenticops.agents.files.contents import read_file, write_file
from agenticops.agents.files.listing import list_files
from agenticops.agents.files.output import ToolOutput

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
