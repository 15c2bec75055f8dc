"""The terminal renderer (rich, rendered to a string) and the stage spinner."""

from __future__ import annotations

import io
import re
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from agenticops.model import FunctionMetrics, MutantResult, Report, TestOutcome
from agenticops.report import terminal
from agenticops.report.terminal import LIMIT, Progress
from agenticops.report.terminal.blocks import more
from agenticops.report.terminal.rich_api import Console


def test_full_report_matches_its_golden_file(
    report: Report, project: Path, golden: Callable[[str, str], None]
) -> None:
    golden("full.terminal.txt", terminal.render(report, root=project, color=False))


def test_blocked_report_matches_its_golden_file(
    blocked: Report, project: Path, golden: Callable[[str, str], None]
) -> None:
    golden("blocked.terminal.txt", terminal.render(blocked, root=project, color=False))


def test_green_report_ends_with_the_verdict(green: Report, project: Path) -> None:
    text = terminal.render(green, root=project, color=False)
    assert text.splitlines()[-1] == "PASSED: all 6 gates hold"
    assert "Surviving mutants" not in text
    assert "Failing tests" not in text


def test_plain_text_when_not_a_terminal(report: Report, project: Path) -> None:
    assert not sys.stdout.isatty()  # pytest captures stdout
    text = terminal.render(report, root=project)
    assert "\x1b[" not in text
    assert text == terminal.render(report, root=project, color=False)


def test_colour_when_asked(report: Report, project: Path) -> None:
    text = terminal.render(report, root=project, color=True)
    assert "\x1b[1;31mFAIL" in text
    assert "\x1b[32mPASS" in text


def test_width_is_respected(report: Report, project: Path) -> None:
    text = terminal.render(report, root=project, color=False, width=60)
    assert max(len(line) for line in text.splitlines()) <= 60


def _many(report: Report, n: int) -> Report:
    ledger = report.measurements.files[1]
    mutants = tuple(
        MutantResult(
            id=f"m{i:02d}", line=24, function="Ledger.reconcile", status="survived", diff="-a\n+b"
        )
        for i in range(n)
    )
    functions = tuple(
        FunctionMetrics(
            name=f"f{i}", line=i + 1, end_line=i + 2, complexity=9, coverage=0.0, crap=90.0
        )
        for i in range(n)
    )
    files = (replace(ledger, mutants=mutants, functions=functions, unmutated=("audit",) * n),)
    run = report.measurements.tests
    assert run is not None
    failed = tuple(TestOutcome(nodeid=f"t::{i}", status="failed") for i in range(n))
    measurements = replace(report.measurements, files=files, tests=replace(run, outcomes=failed))
    crap = replace(report.gates[3], offenders=tuple(f"src/pkg/ledger.py::f{i}" for i in range(n)))
    return replace(report, measurements=measurements, gates=(*report.gates[:3], crap))


def test_long_lists_are_limited_and_counted(report: Report, project: Path) -> None:
    text = terminal.render(_many(report, LIMIT + 4), root=project, color=False)
    assert (
        text.count("… 4 more (see .agenticops/report.json)") == 4
    )  # tests, functions, mutants, unmutated
    assert "(m09)" in text
    assert "(m10)" not in text
    assert "t::9 (failed)" in text
    assert "t::10 (failed)" not in text


def test_long_messages_are_clipped(report: Report, project: Path) -> None:
    run = report.measurements.tests
    assert run is not None
    outcome = TestOutcome(nodeid="t::x", status="failed", message="\n".join(map(str, range(40))))
    measurements = replace(report.measurements, tests=replace(run, outcomes=(outcome,)))
    text = terminal.render(replace(report, measurements=measurements), root=project, color=False)
    assert "    14\n" in text
    assert "… 25 more lines" in text


def _plain(text: str) -> str:
    return re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", text)


class _Terminal(io.StringIO):
    """A stream that says it is a terminal."""

    def isatty(self) -> bool:
        return True


def test_progress_is_silent_off_a_terminal() -> None:
    stream = io.StringIO()
    with Progress(file=stream) as progress:
        progress.stage("tests")
        progress.stage("mutation")
    assert not progress.active
    assert stream.getvalue() == ""


def test_progress_is_silent_when_disabled() -> None:
    stream = _Terminal()
    with Progress(enabled=False, file=stream) as progress:
        progress.stage("tests")
    assert stream.getvalue() == ""


def test_progress_shows_each_stage_and_marks_it_done() -> None:
    stream = _Terminal()
    with Progress(file=stream) as progress:
        assert progress.active
        on_stage: Callable[[str], None] = progress.stage
        on_stage("running the tests")
        on_stage("mutation [mutmut]")
    out = _plain(stream.getvalue())
    assert "mutation [mutmut]…" in out  # the spinner line
    assert "✓ running the tests (" in out
    assert "✓ mutation [mutmut] (" in out  # markup-like names are shown as they are
    assert out.index("✓ running the tests") < out.index("✓ mutation [mutmut]")


def test_progress_without_stages_writes_nothing() -> None:
    stream = _Terminal()
    with Progress(file=stream):
        pass
    assert "✓" not in stream.getvalue()


def test_progress_defaults_to_stderr(monkeypatch: pytest.MonkeyPatch) -> None:
    stream = _Terminal()
    monkeypatch.setattr(sys, "stderr", stream)
    with Progress() as progress:
        progress.stage("coverage")
    assert "✓ coverage (" in _plain(stream.getvalue())


def test_width_defaults_to_100_columns(report: Report, project: Path) -> None:
    diagnostics = ("x" * 150,)
    other = replace(report, measurements=replace(report.measurements, diagnostics=diagnostics))
    text = terminal.render(other, root=project, color=False)
    assert f"  {'x' * 98}\n{'x' * 52}\n" in text


def test_colour_follows_stdout_when_not_asked(
    report: Report, project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdout", _Terminal())
    assert "\x1b[1;31mFAIL" in terminal.render(report, root=project)


def test_colour_is_standard_even_on_a_dumb_terminal(
    report: Report, project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TERM", "dumb")
    monkeypatch.delenv("COLORTERM", raising=False)
    assert "\x1b[1;31mFAIL" in terminal.render(report, root=project, color=True)


def test_gate_text_is_shown_as_written(report: Report, project: Path) -> None:
    gate = replace(report.gates[1], reason="see :warning: 12 files at 0x1f")
    text = terminal.render(replace(report, gates=(gate,)), root=project, color=True)
    assert "76.47% < 90%" in text
    assert "see :warning: 12 files at 0x1f" in text


def test_a_list_of_exactly_the_limit_has_no_more_note() -> None:
    assert list(more(LIMIT)) == []
    (note,) = more(LIMIT + 3)
    buffer = io.StringIO()
    Console(file=buffer, force_terminal=True, color_system="standard").print(note)
    assert buffer.getvalue() == "\x1b[2m… 3 more (see .agenticops/report.json)\x1b[0m\n"


class _Clock:
    """time.monotonic that moves 2.5 s between readings."""

    def __init__(self) -> None:
        self.now = 100.0

    def monotonic(self) -> float:
        self.now += 2.5
        return self.now


def test_progress_prints_each_stage_with_its_time_in_colour(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("TERM", "xterm")
    for name in ("COLORTERM", "NO_COLOR", "FORCE_COLOR"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr("agenticops.report.terminal.progress.time", _Clock())
    stream = _Terminal()
    with Progress(file=stream) as progress:
        progress.stage("tests")
    out = stream.getvalue()
    assert "tests…" in _plain(out)  # the spinner names the first stage
    assert "\x1b[32m✓ \x1b[0mtests\x1b[2m (2.5s)\x1b[0m" in out


def test_progress_used_again_prints_nothing_more() -> None:
    stream = _Terminal()
    progress = Progress(file=stream)
    with progress:
        progress.stage("tests")
    with progress:
        pass
    assert _plain(stream.getvalue()).count("✓") == 1


def test_plain_text_keeps_the_width_asked_whatever_the_environment_forces(
    report: Report, project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # FORCE_COLOR would make rich treat the buffer as a terminal, and TERM=dumb then as 80 wide
    monkeypatch.setenv("FORCE_COLOR", "1")
    monkeypatch.setenv("TERM", "dumb")
    monkeypatch.delenv("TTY_COMPATIBLE", raising=False)
    diagnostics = ("x" * 150,)
    other = replace(report, measurements=replace(report.measurements, diagnostics=diagnostics))
    text = terminal.render(other, root=project, color=False, width=120)
    assert "\x1b[" not in text
    assert f"  {'x' * 118}\n{'x' * 32}\n" in text


def test_section_headings_are_bold_and_underlined(report: Report, project: Path) -> None:
    text = terminal.render(report, root=project, color=True)
    assert "\n\n\x1b[1;4mFailing tests (1)\x1b[0m\n" in text
    assert "\n\n\x1b[1;4mFunctions over the CRAP / complexity limit (1)\x1b[0m\n" in text
