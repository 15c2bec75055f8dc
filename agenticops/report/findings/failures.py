"""Findings of the tests gate: each failed test at the `def` line of its test function."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from agenticops import textfile
from agenticops.report import select
from agenticops.report.findings.finding import Context, Finding


def failed_test(ctx: Context, nodeid: str) -> Iterator[Finding]:
    """The finding of one failed test, with its message."""
    outcomes = select.failing_tests(ctx.report)
    outcome = next((o for o in outcomes if o.nodeid == nodeid), None)
    message = ctx.gate.reason if outcome is None else outcome.message or outcome.status
    path = nodeid.partition("::")[0]
    yield ctx.finding(f"test failed: {nodeid}", message, path, nodeid_line(ctx.root, nodeid))


def nodeid_line(root: Path, nodeid: str) -> int | None:
    """The `def` line of the test function a pytest node id names, read from the source."""
    path, sep, rest = nodeid.partition("::")
    name = rest.rpartition("::")[2].partition("[")[0]
    try:
        source = textfile.read(root / path)
    except (OSError, UnicodeDecodeError):
        return None
    pattern = rf"^[ \t]*(?:async[ \t]+)?def[ \t]+{re.escape(name)}\b"
    match = re.search(pattern, source, re.MULTILINE) if sep else None
    return None if match is None else source.count("\n", 0, match.start()) + 1
