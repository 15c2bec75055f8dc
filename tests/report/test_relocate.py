from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from agenticops.model import FileMetrics, GateResult, Measurements, MutationRun, Report
from agenticops.report.relocate import relocated, repository_prefix


def report() -> Report:
    files = (FileMetrics(path="src/a.py", coverage=50.0),)
    gates = (
        GateResult(
            name="crap", status="failed", actual=9.0, threshold=8, offenders=("src/a.py::f",)
        ),
        GateResult(
            name="tests", status="failed", actual=1.0, threshold=0, offenders=("tests/t.py::t",)
        ),
        GateResult(
            name="mutation_score", status="failed", actual=1.0, threshold=9, offenders=("x",)
        ),
    )
    measured = Measurements(
        tests=None, coverage_total=50.0, files=files, mutation=MutationRun(ran=False)
    )
    return Report(gates=gates, measurements=measured, profile="default")


def test_repository_prefix(tmp_path: Path) -> None:
    (tmp_path / "sub" / "proj").mkdir(parents=True)
    assert repository_prefix(tmp_path / "sub" / "proj", tmp_path) == "sub/proj"
    assert repository_prefix(tmp_path, tmp_path) == ""
    assert repository_prefix(tmp_path, tmp_path / "sub") == ""
    assert repository_prefix(tmp_path, None) == ""


def test_relocated_moves_files_and_offenders_that_name_files() -> None:
    moved = relocated(report(), "pkg")
    assert [f.path for f in moved.measurements.files] == ["pkg/src/a.py"]
    assert moved.gates[0].offenders == ("pkg/src/a.py::f",)
    assert moved.gates[1].offenders == ("pkg/tests/t.py::t",)
    assert moved.gates[2].offenders == ("x",)
    assert relocated(report(), "") == report()


def test_relocated_moves_offenders_with_nested_node_ids() -> None:
    nested = GateResult(
        name="tests",
        status="failed",
        actual=1.0,
        threshold=0,
        offenders=("tests/t.py::TestA::test_b", "src/a.py::C::f"),
    )
    moved = relocated(replace(report(), gates=(nested,)), "pkg")
    assert moved.gates[0].offenders == ("pkg/tests/t.py::TestA::test_b", "pkg/src/a.py::C::f")
