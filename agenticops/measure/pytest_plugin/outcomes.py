"""A test's outcome and message from one phase's pytest report; messages keep their tail."""

from __future__ import annotations

import pytest

MESSAGE_LIMIT = 4000  # characters of a failure's text kept (the tail: pytest ends with the E lines)


def classify(report: pytest.TestReport) -> tuple[str | None, str]:
    """The outcome one phase's report implies, or None when it changes nothing."""
    xfail = getattr(report, "wasxfail", None)
    if report.failed:
        kind = "failed" if report.when == "call" else "error"
        return kind, trim(report.longreprtext)
    if report.skipped:
        reason = str(xfail) if xfail is not None else skip_reason(report)
        return ("xfailed" if xfail is not None else "skipped"), reason
    if report.when == "call" and xfail is not None:
        return "xpassed", str(xfail)
    return None, ""


def skip_reason(report: pytest.TestReport | pytest.CollectReport) -> str:
    longrepr = report.longrepr  # (path, line, "Skipped: reason") for every pytest.skip
    return str(longrepr[2]) if isinstance(longrepr, tuple) else trim(report.longreprtext)


def trim(text: str) -> str:
    """At most MESSAGE_LIMIT characters, keeping the end."""
    return text if len(text) <= MESSAGE_LIMIT else "…" + text[-MESSAGE_LIMIT:]
