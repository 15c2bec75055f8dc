"""The terminal page's own lines: the bold title, the files over the mutation-sites limit, the
tail of pytest's output, and the verdict in green or red."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from agenticops.model import GateResult, Report
from agenticops.report import terminal


def _sites_failed(report: Report) -> Report:
    sites = GateResult(
        name="mutation_sites",
        status="failed",
        actual=5.0,
        threshold=3.0,
        offenders=("src/pkg/ledger.py",),
    )
    return replace(report, gates=(*report.gates[:5], sites))


def test_the_title_is_bold(report: Report, project: Path) -> None:
    text = terminal.render(report, root=project, color=True)
    assert text.startswith("\x1b[1magenticops gate · profile unclebob · scope project\x1b[0m\n")


def test_files_over_the_mutation_sites_limit_are_listed_with_their_count(
    report: Report, project: Path
) -> None:
    text = terminal.render(_sites_failed(report), root=project, color=False)
    section = "\nFiles over the mutation-sites limit (1)\n  src/pkg/ledger.py: 5 mutants\n\n"
    assert section in text
    assert text.index("Surviving mutants (3)") < text.index(section)
    assert text.index(section) < text.index("Decorated functions, not mutated (1)")


def test_only_the_last_thirty_lines_of_pytest_output_are_shown(
    blocked: Report, project: Path
) -> None:
    run = blocked.measurements.tests
    assert run is not None
    output = "\n".join(f"out {i}" for i in range(1, 41))
    measurements = replace(blocked.measurements, tests=replace(run, output=output))
    text = terminal.render(replace(blocked, measurements=measurements), root=project, color=False)
    shown = "\n".join(f"out {i}" for i in range(11, 41))
    assert f"\npytest output (last lines)\n{shown}\n\nFAILED: " in text


def test_the_verdict_is_bold_green_when_the_gates_hold(green: Report, project: Path) -> None:
    text = terminal.render(green, root=project, color=True)
    assert text.endswith("\n\n\x1b[1;32mPASSED: all 6 gates hold\x1b[0m\n")


def test_the_verdict_is_bold_red_when_a_gate_fails(blocked: Report, project: Path) -> None:
    text = terminal.render(blocked, root=project, color=True)
    assert text.endswith(
        "\n\n\x1b[1;31mFAILED: 5 of 5 gates did not pass "
        "(tests, coverage, complexity, crap, mutation_score)\x1b[0m\n"
    )
