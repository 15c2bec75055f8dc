from __future__ import annotations

from pathlib import Path

import pytest

from agenticops import errors
from agenticops.resources import data_dir, template


@pytest.mark.parametrize(
    ("cls", "code"),
    [
        (errors.AgenticOpsError, 3),
        (errors.UsageError, 2),
        (errors.ConfigError, 4),
        (errors.SpecError, 4),
        (errors.ToolError, 4),
        (errors.ProjectError, 4),
        (errors.AgentError, 4),
        (errors.Interrupted, 130),
    ],
)
def test_each_error_carries_its_exit_code(cls: type[errors.AgenticOpsError], code: int) -> None:
    assert cls("x").exit_code == code


def test_data_dir_prefers_the_wheel_layout(tmp_path: Path) -> None:
    package = tmp_path / "agenticops"
    (package / "_data" / "gates").mkdir(parents=True)
    (tmp_path / "gates").mkdir()
    assert data_dir("gates", package=package) == package / "_data" / "gates"


def test_data_dir_falls_back_to_the_checkout(tmp_path: Path) -> None:
    package = tmp_path / "agenticops"
    package.mkdir()
    (tmp_path / "templates").mkdir()
    assert data_dir("templates", package=package) == tmp_path / "templates"


def test_data_dir_missing(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="'gates' is missing"):
        data_dir("gates", package=tmp_path / "agenticops")


def test_template_reads_shipped_text() -> None:
    assert "$module" in template("prompts/task.md")
