"""The gate report as JSON (`agenticops.gate-report/1`): written, read back, compared exactly.

`to_dict` keeps DESIGN.md's keys in their order and adds more after them; coverage percents are
rounded to 2 decimals. `from_dict` accepts only what `to_dict` could have written:
`to_dict(from_dict(d)) == d` for every accepted `d`.
"""

from __future__ import annotations

import json
from pathlib import Path

from agenticops.model import Report
from agenticops.report.json_report.document import to_dict as to_dict
from agenticops.report.json_report.loading import from_dict as from_dict
from agenticops.report.json_report.loading import load as load


def render(report: Report, *, root: Path) -> str:
    """The JSON text written to `.agenticops/report.json` (and printed by `--format json`)."""
    del root  # the JSON report stands alone
    return json.dumps(to_dict(report), indent=2, ensure_ascii=False) + "\n"
