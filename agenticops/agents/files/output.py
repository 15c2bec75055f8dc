"""What a file tool answers: its text, whether that is an error, and the path it wrote."""

from __future__ import annotations

from typing import NamedTuple


class ToolOutput(NamedTuple):
    """What a tool call answers; `written` is the relative path a successful write created."""

    text: str
    is_error: bool = False
    written: str = ""
