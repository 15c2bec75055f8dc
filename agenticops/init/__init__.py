"""`agenticops init`: add [tool.agenticops], a spec skeleton and a workflow to a project.

pyproject.toml is edited as text (agenticops.tomltext), so every byte and comment of the
user's file is kept; the result is re-parsed to prove that only [tool.agenticops] changed.
Nothing is overwritten without `force`, and nothing is written until every check passed.
"""

from __future__ import annotations

from agenticops.init.layout import EXAMPLE, Layout, detect_layout
from agenticops.init.project import InitResult, init_project
from agenticops.init.pyproject_edit import edit_pyproject
from agenticops.init.templates import WORKFLOW, render, scaffold, tool_block

__all__ = [
    "EXAMPLE",
    "WORKFLOW",
    "InitResult",
    "Layout",
    "detect_layout",
    "edit_pyproject",
    "init_project",
    "render",
    "scaffold",
    "tool_block",
]
