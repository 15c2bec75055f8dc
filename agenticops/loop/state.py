"""The running tally of one loop run: iteration, cost so far, the findings to feed back, start."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

Notify = Callable[[str], None]


@dataclass(slots=True)
class LoopState:
    iteration: int = 0
    cost: float = 0.0
    findings: list[str] = field(default_factory=list)
    started: float = field(default_factory=time.monotonic)
