"""What fell short, with locations, as Markdown sections for the agent's next prompt."""

from __future__ import annotations

from agenticops.findings.failing_tests import failing_tests_findings
from agenticops.findings.limits import MAX_ITEMS, MAX_MESSAGE_LINES
from agenticops.findings.mutation import mutation_findings
from agenticops.findings.quality import quality_findings
from agenticops.findings.uncovered import compact

__all__ = [
    "MAX_ITEMS",
    "MAX_MESSAGE_LINES",
    "compact",
    "failing_tests_findings",
    "mutation_findings",
    "quality_findings",
]
