"""The job summary's failing tests and diagnostics: failing tests as separate paragraphs, and
each list saying what it left out when the page is trimmed to fit."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from agenticops.model import Report, TestOutcome
from agenticops.report.markdown import render, render_limited


def _failing(report: Report, n: int, message: str) -> Report:
    run = report.measurements.tests
    assert run is not None
    failed = tuple(
        TestOutcome(nodeid=f"tests/t.py::test_{i}", status="failed", message=message)
        for i in range(n)
    )
    measurements = replace(report.measurements, tests=replace(run, outcomes=failed))
    return replace(report, measurements=measurements)


def test_failing_tests_are_paragraphs_apart(report: Report, project: Path) -> None:
    page = render(_failing(report, 2, "boom"), root=project)
    assert (
        "<details><summary>Failing tests (2)</summary>\n\n"
        "**`tests/t.py::test_0`** (failed)\n\n```text\nboom\n```\n\n"
        "**`tests/t.py::test_1`** (failed)\n\n```text\nboom\n```\n\n</details>\n"
    ) in page


def test_trimmed_failing_tests_say_how_many_were_left_out(report: Report, project: Path) -> None:
    heavy = _failing(report, 8, "x" * 2000)
    limit = len(render(heavy, root=project).encode()) - 1
    page = render_limited(heavy, root=project, limit_bytes=limit)
    assert "\n\n\n… 4 more failing tests omitted; see the artifact.\n\n</details>" in page


def test_trimmed_diagnostics_say_how_many_were_left_out(report: Report, project: Path) -> None:
    said = tuple(f"note {i}: " + "y" * 2000 for i in range(9))
    heavy = replace(report, measurements=replace(report.measurements, diagnostics=said))
    limit = len(render(heavy, root=project).encode()) - 1
    page = render_limited(heavy, root=project, limit_bytes=limit)
    assert "\n\n… 5 more diagnostics omitted; see the artifact.\n\n</details>" in page
