"""The commands behind the CLI: each takes plain values and returns an exit code."""

from __future__ import annotations

from agenticops.commands.gate import GateFlags as GateFlags
from agenticops.commands.gate import gate_command as gate_command
from agenticops.commands.gate import parse_shard as parse_shard
from agenticops.commands.init import init_command as init_command
from agenticops.commands.loop import find_project as find_project
from agenticops.commands.loop import loop_command as loop_command
from agenticops.commands.loop import summary as summary
from agenticops.commands.output import check_format as check_format
from agenticops.commands.output import emit as emit
from agenticops.commands.output import render_for as render_for
from agenticops.commands.output import verdict as verdict
from agenticops.commands.report import load_report as load_report
from agenticops.commands.report import merge_command as merge_command
from agenticops.commands.report import report_command as report_command
