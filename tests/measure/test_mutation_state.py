"""The project as the mutation stage sees it: which functions are this run's, and mutmut's seed."""

from __future__ import annotations

from pathlib import Path

from agenticops.measure.mutation_state import ProjectState, mutmut_seed, read_state
from agenticops.measure.mutmut_seed import Seed
from agenticops.model import FileMetrics, Measurements, MutationRun, TestOutcome, TestRun

PATH = "src/pkg/m.py"


def measurements(tests: TestRun | None) -> Measurements:
    return Measurements(
        tests=tests,
        coverage_total=None,
        files=(FileMetrics(path=PATH, coverage=None, tests_by_line={5: ("tests/t.py::test_f",)}),),
        mutation=MutationRun(ran=False),
    )


def project(tmp_path: Path) -> Path:
    (tmp_path / "src" / "pkg").mkdir(parents=True)
    (tmp_path / PATH).write_text("def f():\n    return 1\n\n\ndef g():\n    return 2\n")
    return tmp_path


def scope(tmp_path: Path, only: dict[str, frozenset[str]] | None) -> dict[str, frozenset[str]]:
    state = read_state(project(tmp_path), measurements(None), [PATH], only=only, shard=None)
    return state.scope


def test_every_function_is_in_scope_without_only(tmp_path: Path) -> None:
    assert scope(tmp_path, None) == {PATH: frozenset({"f", "g"})}


def test_only_names_the_functions_of_each_file(tmp_path: Path) -> None:
    assert scope(tmp_path, {PATH: frozenset({"g", "gone"})}) == {PATH: frozenset({"g"})}


def test_a_file_missing_from_only_has_nothing_in_scope(tmp_path: Path) -> None:
    assert scope(tmp_path, {"src/pkg/other.py": frozenset({"f"})}) == {PATH: frozenset()}


def test_the_seed_maps_functions_to_tests_and_tests_to_durations(tmp_path: Path) -> None:
    run = TestRun(
        outcomes=(
            TestOutcome(nodeid="tests/t.py::test_f", status="passed", duration=0.5),
            TestOutcome(nodeid="tests/t.py::test_g", status="passed", duration=1.25),
        ),
        exit_code=0,
    )
    state = ProjectState(
        functions=read_state(
            project(tmp_path), measurements(run), [PATH], only=None, shard=None
        ).functions,
        tests={PATH: {"f": {"tests/t.py::test_f": "1"}, "g": {}}},
        scope={PATH: frozenset({"f"})},
    )
    assert mutmut_seed(state, measurements(run), [PATH]) == Seed(
        tests={"pkg.m.x_f": ("tests/t.py::test_f",), "pkg.m.x_g": ()},
        durations={"tests/t.py::test_f": 0.5, "tests/t.py::test_g": 1.25},
    )
    assert mutmut_seed(state, measurements(None), [PATH]) == Seed(
        tests={"pkg.m.x_f": ("tests/t.py::test_f",), "pkg.m.x_g": ()}, durations={}
    )
