"""What counts as a Python project when there is no pyproject.toml."""

from __future__ import annotations

from pathlib import Path

from agenticops.config import load_config


def test_a_directory_with_only_a_module_is_a_project(tmp_path: Path) -> None:
    (tmp_path / "tool.py").write_text("x = 1\n")
    config = load_config(tmp_path)
    assert config.pyproject is None
    assert config.source == ("tool.py",)
