"""The coverage finding: each file's uncovered lines and branches, least covered first."""

from __future__ import annotations

from agenticops.findings import quality_findings
from agenticops.model import FileMetrics, GateResult, Measurements, MutationRun, Thresholds

LIMITS = Thresholds(
    coverage=90, complexity=None, crap=None, mutation_score=None, mutation_sites=None
)


def _coverage_section(*files: FileMetrics) -> str:
    measured = Measurements(
        tests=None, coverage_total=70.0, files=files, mutation=MutationRun(ran=False)
    )
    gate = GateResult(name="coverage", status="failed", actual=70.0, threshold=90)
    [section] = quality_findings(measured, [gate], LIMITS)
    return section


def test_files_are_listed_least_covered_first_with_lines_or_branches() -> None:
    section = _coverage_section(
        FileMetrics(path="a.py", coverage=80.0, missing_lines=(3, 4, 5, 9)),
        FileMetrics(path="b.py", coverage=50.0, missing_branches=((2, 4), (7, 9))),
        FileMetrics(path="c.py", coverage=None, missing_lines=(1,)),
        FileMetrics(path="d.py", coverage=100.0),
        FileMetrics(path="e.py", coverage=0.5, missing_lines=(8, 10)),
    )
    assert section == (
        "### Coverage 70.0% < 90%\n\nWrite tests that execute these:\n\n"
        "- `c.py` (None%): lines 1\n"
        "- `e.py` (0.5%): lines 8, 10\n"
        "- `b.py` (50.0%): lines none; branches 2->4, 7->9\n"
        "- `a.py` (80.0%): lines 3-5, 9"
    )


def test_files_at_the_same_coverage_are_listed_by_path() -> None:
    section = _coverage_section(
        FileMetrics(path="z.py", coverage=60.0, missing_lines=(1,)),
        FileMetrics(path="m.py", coverage=60.0, missing_lines=(2,), missing_branches=((2, 3),)),
    )
    assert section.endswith(
        "these:\n\n- `m.py` (60.0%): lines 2; branches 2->3\n- `z.py` (60.0%): lines 1"
    )


def test_a_file_lists_its_first_ten_missing_branches() -> None:
    branches = tuple((n, n + 1) for n in range(1, 13))
    section = _coverage_section(FileMetrics(path="a.py", coverage=10.0, missing_branches=branches))
    shown = ", ".join(f"{n}->{n + 1}" for n in range(1, 11))
    assert section.endswith(f"- `a.py` (10.0%): lines none; branches {shown}")
