"""Which of the project's coverage.py settings are kept, and the shape settings travel in."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

#: the project's settings kept, so its pragmas and omits still count
KEPT: Mapping[str, tuple[str, ...]] = {
    "run": ("omit",),
    "report": ("exclude_lines", "exclude_also", "omit", "partial_branches", "partial_also"),
}
Settings = dict[str, dict[str, Any]]
