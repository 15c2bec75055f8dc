"""Text for a JUnit file: without what XML 1.0 forbids, and the details of a failed gate."""

from __future__ import annotations

import re

from agenticops.model import GateResult, Report
from agenticops.report import select

#: characters XML 1.0 forbids (ANSI escapes in pytest output would make the file unreadable)
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def xml_text(text: str) -> str:
    """`text` without the characters XML 1.0 cannot carry."""
    return _FORBIDDEN.sub("", text)


def details(report: Report, gate: GateResult) -> str:
    """A failed gate's reason and offenders, with the failing tests' messages and output."""
    lines = [gate.reason] if gate.reason else []
    messages = {o.nodeid: o.message for o in select.failing_tests(report)}
    for offender in gate.offenders:
        lines.append(offender)
        message = messages.get(offender, "") if gate.name == "tests" else ""
        lines += [f"    {line}" for line in message.splitlines()]
    output = select.test_output(report) if gate.name == "tests" else ""
    return "\n".join([*lines, output] if output else lines)
