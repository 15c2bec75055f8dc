"""Fixtures for the agent tests: a workspace, and a TurnRequest factory."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from agenticops.agents.base import TurnRequest


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    root = tmp_path / "workspace"
    root.mkdir()
    return root


@pytest.fixture
def turn(workspace: Path) -> Callable[..., TurnRequest]:
    """turn(**changes): the request of iteration 1 in `workspace`, with its prompt file written."""

    def make(**changes: Any) -> TurnRequest:
        prompt_file = workspace.parent / "prompts" / "iteration-1.md"
        prompt_file.parent.mkdir(exist_ok=True)
        prompt_file.write_text(changes.get("prompt", "Implement refunds."), encoding="utf-8")
        fields: dict[str, Any] = {
            "prompt": "Implement refunds.",
            "workspace": workspace,
            "iteration": 1,
            "prompt_file": prompt_file,
            "time_limit": 30.0,
            "cost_limit_usd": None,
        }
        return TurnRequest(**{**fields, **changes})

    return make
