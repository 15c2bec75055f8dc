"""Drive mutmut by configuration: probe the target interpreter and write `[tool.mutmut]` into
the measurement copy's pyproject.toml (the user's own `[tool.mutmut]` is replaced)."""

from __future__ import annotations

from agenticops.measure.mutmut_config.interpreter import Probe, check_version, probe
from agenticops.measure.mutmut_config.pyproject import CONFIG_FILES, write_table
from agenticops.measure.mutmut_config.table import (
    also_copy,
    mutmut_table,
    pytest_args,
    source_paths,
)

__all__ = [
    "CONFIG_FILES",
    "Probe",
    "also_copy",
    "check_version",
    "mutmut_table",
    "probe",
    "pytest_args",
    "source_paths",
    "write_table",
]
