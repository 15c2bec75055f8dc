"""One file's mutants as Stryker mutant objects: locations on the file's real lines (first,
last, past the end, several lines) and durations in milliseconds."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from agenticops.model import FileMetrics, MutantResult
from agenticops.report.stryker.mutants import source_file

#: the last line is a method's: mutmut's diff of it lacks the class indentation
SOURCE = (
    "def f(a):\n    x = g(\n        a,\n    )\n    return x\n\n\n"
    "class C:\n    def m(self, x):\n        return x == 0\n"
)


def _mutants(tmp_path: Path, *mutants: MutantResult) -> list[dict[str, Any]]:
    (tmp_path / "m.py").write_text(SOURCE, encoding="utf-8")
    file = FileMetrics(path="m.py", coverage=100.0, mutants=mutants)
    return list(source_file(file, tmp_path)["mutants"])


def _location(start: tuple[int, int], end: tuple[int, int]) -> dict[str, Any]:
    return {
        "start": {"line": start[0], "column": start[1]},
        "end": {"line": end[0], "column": end[1]},
    }


def test_a_mutant_on_the_last_line_is_located_in_it(tmp_path: Path) -> None:
    last = MutantResult(
        id="m1",
        line=10,
        function="C.m",
        status="survived",
        diff="-    return x == 0\n+    return x != 0",
    )
    [found] = _mutants(tmp_path, last)
    assert found["location"] == _location((10, 18), (10, 20))
    assert found["replacement"] == "!="


def test_a_mutant_of_several_lines_ends_on_its_last_line(tmp_path: Path) -> None:
    diff = "-    x = g(\n-        a,\n-    )\n+    x = None"
    several = MutantResult(id="m2", line=2, function="f", status="survived", diff=diff)
    [found] = _mutants(tmp_path, several)
    assert found["location"] == _location((2, 5), (4, 6))
    assert found["replacement"] == "x = None"


def test_a_mutant_past_the_end_without_a_diff_is_a_point_at_its_line(tmp_path: Path) -> None:
    past = MutantResult(id="m3", line=40, function="f", status="no_tests")
    [found] = _mutants(tmp_path, past)
    assert found["location"] == _location((40, 1), (40, 1))
    assert found["status"] == "NoCoverage"


def test_durations_are_milliseconds_to_three_decimals(tmp_path: Path) -> None:
    timed = MutantResult(id="m4", line=1, function="f", status="killed", duration=0.0123456)
    [found] = _mutants(tmp_path, timed)
    assert found["duration"] == 12.346
