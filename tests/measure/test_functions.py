"""Joining coverage and complexity into per-function CRAP."""

from __future__ import annotations

import pytest

from agenticops.measure.functions import build_files
from agenticops.measure.radon_cc import FunctionComplexity
from agenticops.measure.tests_cov import CoverageData, FileCoverage
from agenticops.model import FileMetrics, FunctionMetrics

CALC = (
    FunctionComplexity(name="classify", line=1, end_line=6, complexity=3),
    FunctionComplexity(name="never", line=9, end_line=10, complexity=1),
    FunctionComplexity(name="Box.get", line=14, end_line=15, complexity=4),
)
COVERAGE = CoverageData(
    total=82.35294117647059,
    files={
        "pkg/calc.py": FileCoverage(
            percent=70.0,
            statements=13,
            missing_lines=(5, 10),
            missing_branches=((4, 5),),
            functions={"classify": 77.77777777777777, "never": 0.0, "Box.__init__": 100.0},
            tests_by_line={2: ("tests/test_calc.py::test_neg",)},
            executed_lines=(1, 2, 3, 4, 6, 9, 13, 14, 15),
            executed_branches=((2, 3), (4, 6)),
        ),
        "pkg/__init__.py": FileCoverage(percent=100.0, statements=0),
    },
)


def test_coverage_and_complexity_make_crap() -> None:
    files = build_files(COVERAGE, {"pkg/calc.py": CALC, "pkg/__init__.py": ()})
    assert [f.path for f in files] == ["pkg/__init__.py", "pkg/calc.py"]
    assert files[0] == FileMetrics(path="pkg/__init__.py", coverage=100.0, statements=0)
    calc = files[1]
    assert (calc.coverage, calc.statements) == (70.0, 13)
    assert calc.missing_lines == (5, 10)
    assert calc.missing_branches == ((4, 5),)
    assert calc.executed_lines == (1, 2, 3, 4, 6, 9, 13, 14, 15)
    assert calc.executed_branches == ((2, 3), (4, 6))
    classify, never, get = calc.functions
    assert classify.name == "classify"
    assert (classify.line, classify.end_line, classify.complexity) == (1, 6, 3)
    assert classify.coverage == pytest.approx(77.7777777)
    # 3^2 * (2/9)^3 + 3
    assert classify.crap == pytest.approx(3.0987654321)
    assert never == FunctionMetrics(
        name="never", line=9, end_line=10, complexity=1, coverage=0.0, crap=2.0
    )
    # coverage.py has no region named Box.get: fail closed at 0%, CRAP = 4^2 + 4
    assert (get.coverage, get.crap) == (0.0, 20.0)


def test_a_file_without_coverage_data_fails_closed() -> None:
    files = build_files(COVERAGE, {"pkg/new.py": (CALC[0],)})
    new = next(f for f in files if f.path == "pkg/new.py")
    assert new.coverage is None
    assert new.statements == 0
    assert new.functions == (
        FunctionMetrics(name="classify", line=1, end_line=6, complexity=3, coverage=0.0, crap=12.0),
    )


def test_no_coverage_at_all_fails_every_function_closed() -> None:
    (calc,) = build_files(None, {"pkg/calc.py": CALC})
    assert calc.coverage is None
    assert [(f.name, f.coverage, f.crap) for f in calc.functions] == [
        ("classify", 0.0, 12.0),
        ("never", 0.0, 2.0),
        ("Box.get", 0.0, 20.0),
    ]


def test_nothing_measured_gives_no_files() -> None:
    assert build_files(None, {}) == ()
