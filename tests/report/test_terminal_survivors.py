"""The terminal's surviving mutants: a bold line naming each, then its diff, clipped."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from agenticops.model import MutantResult, Report
from agenticops.report import terminal


def _one_survivor(report: Report, diff: str) -> Report:
    ledger = report.measurements.files[1]
    mutant = MutantResult(
        id="m1", line=24, function="Ledger.reconcile", status="no_tests", diff=diff
    )
    files = (replace(ledger, mutants=(mutant,)),)
    return replace(report, measurements=replace(report.measurements, files=files))


def test_each_survivor_is_named_in_bold(report: Report, project: Path) -> None:
    text = terminal.render(_one_survivor(report, " a"), root=project, color=True)
    assert "\n\x1b[1msrc/pkg/ledger.py:24 Ledger.reconcile — no tests (m1)\x1b[0m\n" in text


def test_a_long_diff_shows_its_first_twelve_lines(report: Report, project: Path) -> None:
    diff = "\n".join(f" line {i}" for i in range(1, 21))
    text = terminal.render(_one_survivor(report, diff), root=project, color=False)
    shown = "\n".join(f"     line {i}" for i in range(1, 13))
    assert f"— no tests (m1)\n{shown}\n    … 8 more lines\n" in text
