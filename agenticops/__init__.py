"""agenticops: verify code written by agents with hard quality gates and a constraint-first loop."""

from __future__ import annotations

__version__ = "0.1.0"
