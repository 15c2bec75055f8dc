"""The coverage.py settings agenticops measures with: ours, plus the project's own exclusions."""

from __future__ import annotations

from agenticops.measure.coverage_rc.kept import KEPT, Settings
from agenticops.measure.coverage_rc.settings import coverage_settings, project_settings

__all__ = ["KEPT", "Settings", "coverage_settings", "project_settings"]
