"""One gate run: copy the project, measure it, judge it, and keep the report in .agenticops/."""

from __future__ import annotations

from agenticops.gate.diff import measure_diff as measure_diff
from agenticops.gate.options import GateOptions as GateOptions
from agenticops.gate.run import run_gate as run_gate
from agenticops.gate.state import CACHE_DIR as CACHE_DIR
from agenticops.gate.state import REPORT_FILE as REPORT_FILE
from agenticops.gate.state import STATE_DIR as STATE_DIR
from agenticops.gate.state import state_dir as state_dir
from agenticops.gate.state import write_report as write_report
