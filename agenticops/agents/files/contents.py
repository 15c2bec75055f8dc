"""The read_file and write_file tools: one UTF-8 text file of the workspace, whole."""

from __future__ import annotations

import os
from pathlib import Path

from agenticops.agents.files.output import ToolOutput
from agenticops.agents.files.paths import Refused, confine, relative

READ_LIMIT = 200_000  # bytes returned by read_file


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
