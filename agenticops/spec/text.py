"""Reading spec files: UTF-8 text, or a SpecError naming the file."""

from __future__ import annotations

from pathlib import Path

from agenticops.errors import SpecError


def read_text(path: Path) -> str:
    """The file's text; a file that is not UTF-8 names its first bad line."""
    data = path.read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise SpecError(f"{path}:{line}: not UTF-8 text ({exc.reason})") from None
