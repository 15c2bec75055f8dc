"""Shared wording: numbers, ranges, gate measures, the verdict line."""

from __future__ import annotations

from dataclasses import replace

import pytest

from agenticops.model import GateResult, Report
from agenticops.report.text import (
    branches,
    clip,
    diff_body,
    measure,
    not_passed,
    number,
    percent,
    ranges,
    verdict,
)


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (76.0, "76"),
        (76.25, "76.25"),
        (76.5, "76.5"),
        (2.0625, "2.06"),
        (0.0, "0"),
        (-0.001, "0"),
        (100.0, "100"),
        (17.8, "17.8"),
        (1234567.0, "1234567"),
    ],
)
def test_number_keeps_at_most_two_decimals(value: float, text: str) -> None:
    assert number(value) == text


def test_percent_and_no_data() -> None:
    assert percent(58.333) == "58.33%"
    assert percent(None) == "—"


def test_ranges_compact_like_coverage_py() -> None:
    assert ranges([5, 9, 22, 23, 24, 28]) == "5, 9, 22-24, 28"
    assert ranges([3, 1, 2, 2]) == "1-3"
    assert ranges([]) == ""


def test_branches_name_the_exit() -> None:
    assert branches([(3, 5), (7, -1), (8, 0)]) == "3->5, 7->exit, 8->exit"


def _gate(name: str, status: str, actual: float | None, threshold: float | None) -> GateResult:
    return GateResult(name=name, status=status, actual=actual, threshold=threshold)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("gate", "text"),
    [
        (_gate("coverage", "failed", 76.0, 80), "76% < 80%"),
        (_gate("coverage", "passed", 80.0, 80), "80% ≥ 80%"),
        (_gate("mutation_score", "passed", 91.5, 85), "91.5% ≥ 85%"),
        (_gate("crap", "failed", 56.0, 30), "56 > 30"),
        (_gate("complexity", "passed", 10.0, 10), "10 ≤ 10"),
        (_gate("mutation_sites", "failed", 60.0, 50), "60 > 50"),
        (_gate("tests", "failed", 2.0, 0.0), "2 failed"),
        (_gate("crap", "failed", None, 30), "— (limit 30)"),
        (_gate("coverage", "not_run", None, 90), "— (limit 90%)"),
        (_gate("tests", "failed", None, None), "—"),
        (_gate("crap", "off", None, None), "off"),
    ],
)
def test_measure_shows_the_comparator_that_holds(gate: GateResult, text: str) -> None:
    assert measure(gate) == text


def test_verdict_lines(report: Report, blocked: Report, green: Report) -> None:
    assert (
        verdict(report)
        == "FAILED: 4 of 5 gates did not pass (tests, coverage, crap, mutation_score)"
    )
    assert verdict(blocked) == (
        "FAILED: 5 of 5 gates did not pass (tests, coverage, complexity, crap, mutation_score)"
    )
    assert verdict(green) == "PASSED: all 6 gates hold"
    assert [g.name for g in not_passed(report)] == ["tests", "coverage", "crap", "mutation_score"]
    assert not_passed(replace(report, gates=())) == ()


def test_diff_body_drops_only_the_file_header() -> None:
    assert diff_body("--- a.py\n+++ a.py\n@@ -1 +1 @@\n-a\n+b") == "@@ -1 +1 @@\n-a\n+b"
    assert diff_body("- a\n+ b") == "- a\n+ b"
    assert diff_body("--- a.py") == "--- a.py"
    assert diff_body("") == ""


def test_clip_counts_what_it_cuts() -> None:
    assert clip("a\nb\nc", 3) == "a\nb\nc"
    assert clip("a\nb\nc\nd", 2) == "a\nb\n… 2 more lines"


def test_diff_body_of_a_bare_header_is_empty() -> None:
    assert diff_body("--- a.py\n+++ a.py") == ""
    assert diff_body("--- a.py\n+++ a.py\n-a") == "-a"


def test_a_gate_neither_measured_nor_limited_reads_as_a_dash() -> None:
    assert measure(_gate("crap", "not_run", None, None)) == "—"


def test_a_branch_back_to_line_one_is_not_an_exit() -> None:
    assert branches([(3, 1)]) == "3->1"
