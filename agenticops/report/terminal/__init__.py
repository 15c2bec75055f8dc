"""The report for people at a terminal, and the stage spinner (the only door to rich)."""

from __future__ import annotations

from agenticops.report.terminal.blocks import LIMIT as LIMIT
from agenticops.report.terminal.page import render as render
from agenticops.report.terminal.progress import Progress as Progress
