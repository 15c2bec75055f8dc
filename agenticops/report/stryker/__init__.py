"""The mutants as a Stryker mutation-testing report (schemaVersion 2), as Stryker tools read.

mutmut names no mutator and no columns, so the location is rebuilt from each mutant's diff: the
changed span of the first changed line (1-based, end exclusive), and `replacement` is its new text.
The thresholds are the mutation_score minimum for both `high` and `low`: the gate has no middle.
"""

from __future__ import annotations

import json
from pathlib import Path

from agenticops.model import Report
from agenticops.report.stryker.change import change as change
from agenticops.report.stryker.document import DEFAULT_THRESHOLDS as DEFAULT_THRESHOLDS
from agenticops.report.stryker.document import to_stryker as to_stryker
from agenticops.report.stryker.mutants import STATUS as STATUS
from agenticops.report.stryker.span import Change as Change


def render(report: Report, *, root: Path) -> str:
    """The Stryker JSON text (`mutation-testing-elements` and the Stryker dashboard read it)."""
    return json.dumps(to_stryker(report, root=root), indent=2, ensure_ascii=False) + "\n"
