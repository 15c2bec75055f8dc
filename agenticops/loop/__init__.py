"""The constraint-first loop: agent turn, containment, verification, feedback, to a verdict."""

from __future__ import annotations

from agenticops.loop.driver import run_loop as run_loop
from agenticops.loop.progress import stage_line as stage_line
from agenticops.loop.state import Notify as Notify
from agenticops.loop.verdict import LoopResult as LoopResult
