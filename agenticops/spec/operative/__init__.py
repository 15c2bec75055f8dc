"""The operative check: agent-written step definitions must fail when a checked literal changes."""

from __future__ import annotations

from agenticops.spec.operative.check import OPERATIVE_PACKAGE, check_operative
from agenticops.spec.operative.findings import OperativeFinding

__all__ = ["OPERATIVE_PACKAGE", "OperativeFinding", "check_operative"]
