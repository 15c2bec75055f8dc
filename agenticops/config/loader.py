"""load_config: read root/pyproject.toml and layer profile < [gates] < --profile < --set."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from agenticops.config.settings import Config, _mutation_settings
from agenticops.config.sources import _configured_source
from agenticops.config.thresholds import _layered_gates, thresholds_from
from agenticops.config.tool_table import _project_table


def load_config(root: Path, *, profile: str | None = None, overrides: Sequence[str] = ()) -> Config:
    """Read root/pyproject.toml, layer profile < [gates] < --profile < --set, and check it all."""
    root = root.resolve()
    pyproject = root / "pyproject.toml"
    table = _project_table(root, pyproject)
    chosen = profile or str(table.get("profile", "default"))
    return Config(
        root=root,
        pyproject=pyproject if pyproject.is_file() else None,
        source=_configured_source(root, pyproject, table),
        tests=tuple(table.get("tests", ("tests",))),
        profile=chosen,
        agent=table.get("agent"),
        thresholds=thresholds_from(_layered_gates(chosen, table, overrides)),
        test_timeout=float(table.get("test_timeout", 600.0)),
        pytest_args=tuple(table.get("pytest_args", ())),
        mutation=_mutation_settings(table.get("mutation", {})),
    )
