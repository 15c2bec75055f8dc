"""`agenticops init` as a command: the spec named as asked, a second run only with --force, and
one line per file written."""

from __future__ import annotations

from pathlib import Path

import pytest

from agenticops.commands.init import init_command
from agenticops.errors import ConfigError

NEXT = (
    "next: edit the example spec in specs/refunds/, then run `agenticops gate` and "
    "`agenticops loop specs/refunds --agent ...`"
)


def shop(root: Path) -> Path:
    (root / "shop").mkdir(parents=True)
    (root / "shop" / "__init__.py").write_text("")
    (root / "pyproject.toml").write_text('[project]\nname = "shop"\n')
    return root


def test_init_names_the_spec_as_asked_and_says_what_it_wrote(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = shop(tmp_path)
    assert init_command(root, name="refunds", force=False) == 0
    assert capsys.readouterr().out.splitlines() == [
        "created specs/refunds/contract.toml",
        "created specs/refunds/refunds.feature",
        "created .github/workflows/agenticops.yml",
        "updated pyproject.toml",
        NEXT,
    ]
    assert not (root / "specs" / "shop").exists()


def test_a_second_run_needs_force(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = shop(tmp_path)
    init_command(root, name="refunds", force=False)
    capsys.readouterr()
    with pytest.raises(ConfigError):
        init_command(root, name="refunds", force=False)
    assert init_command(root, name="refunds", force=True) == 0
    assert capsys.readouterr().out.splitlines() == [
        "updated pyproject.toml",
        "updated specs/refunds/contract.toml",
        "updated specs/refunds/refunds.feature",
        "updated .github/workflows/agenticops.yml",
        NEXT,
    ]
