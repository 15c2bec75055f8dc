"""The suite under coverage: real pytest and coverage.py on tiny projects built here."""

from __future__ import annotations

import importlib.util
import json
import os
import sys
import venv
from pathlib import Path

import pytest

from agenticops import model, proc
from agenticops.config import load_config
from agenticops.errors import ToolError
from agenticops.measure import pytest_plugin, tests_cov
from agenticops.measure.tests_cov import TESTS_JSON_ENV, parse_coverage_json, read_events, run_tests
from agenticops.workspace.copy import copy_project

PYTHON = sys.executable
# the fixture projects use none of the heavy plugins installed beside pytest here; importing
# hypothesis under coverage alone would cost seconds per run
FAST = "-p no:hypothesispytest -p no:pytest-bdd -p no:anyio"

CALC = """\
def classify(n):
    if n < 0:
        return "neg"
    if n == 0:
        return "zero"
    return "pos"


def never(x):
    return x * 2


class Box:
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v

    def debug(self):  # pragma: no cover
        return repr(self)


def windows_only():  # platform-specific
    return 1
"""
TEST_CALC = """\
import pytest
from pkg.calc import Box, classify


def test_neg():
    assert classify(-1) == "neg"


def test_pos_and_box():
    assert classify(5) == "pos"
    assert Box(1).get() == 1


def test_fails():
    assert classify(7) == "zero"


@pytest.fixture
def broken():
    raise RuntimeError("fixture exploded")


def test_errors(broken):
    pass


@pytest.mark.skip(reason="not today")
def test_skipped():
    pass


def test_tmp_path_is_under_agenticops_scratch(tmp_path):
    assert "agenticops-tests-" in str(tmp_path)
"""
MAIN = {
    "pyproject.toml": f"""\
[project]
name = "demo"
version = "0"

[tool.agenticops]
source = ["pkg"]
tests = ["tests", "no_such_dir"]

[tool.pytest.ini_options]
addopts = "-p no:cacheprovider --strict-markers {FAST}"

[tool.coverage.report]
exclude_also = ["# platform-specific"]
""",
    "pkg/__init__.py": "",
    "pkg/calc.py": CALC,
    "tests/test_calc.py": TEST_CALC,
    "tests/test_broken.py": "import pkg.not_written_yet\n",
}
PYPROJECT = (
    '[project]\nname = "{name}"\nversion = "0"\n[tool.agenticops]\nsource = ["{source}"]\n'
    f'[tool.pytest.ini_options]\naddopts = "{FAST}"\n'
)
# statements 1-6, 9-10, 13-15, 17-18 (debug and windows_only are excluded); missing 5 and 10;
# branches 2->3, 2->4, 4->5 (missing), 4->6: (11 + 3) / (13 + 4)
MAIN_TOTAL = 100 * 14 / 17


def write(root: Path, files: dict[str, str]) -> None:
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def tree(root: Path) -> set[str]:
    return {p.relative_to(root).as_posix() for p in root.rglob("*")}


def measure(
    tmp: Path, files: dict[str, str], *, env: dict[str, str] | None = None, **kw: object
) -> tuple[tests_cov.TestsCoverage, Path, Path]:
    """Build the project, copy it as the gate does, run in the copy; (result, root, copy)."""
    root, work = tmp / "project", tmp / "work"
    write(root, files)
    before = tree(root)
    copy_project(root, work)
    result = run_tests(
        work,
        load_config(work),
        python=PYTHON,
        env=env if env is not None else dict(os.environ),
        timeout=kw.pop("timeout", 60.0),  # type: ignore[arg-type]
        **kw,  # type: ignore[arg-type]
    )
    assert tree(root) == before  # nothing written in the user's tree
    return result, root, work


@pytest.fixture(scope="module")
def main(tmp_path_factory: pytest.TempPathFactory) -> tuple[tests_cov.TestsCoverage, Path, Path]:
    tmp = tmp_path_factory.mktemp("main")
    hostile = {
        **os.environ,
        "PYTEST_ADDOPTS": "--no-such-option",
        "COVERAGE_FILE": str(tmp / "leaked-coverage"),
        "COVERAGE_RCFILE": str(tmp / "missing-rc"),
    }
    return measure(tmp, MAIN, env=hostile)


def test_every_outcome_is_reported_with_its_message(
    main: tuple[tests_cov.TestsCoverage, Path, Path],
) -> None:
    run = main[0].run
    status = {o.nodeid: o.status for o in run.outcomes}
    assert status == {
        "tests/test_broken.py": "error",
        "tests/test_calc.py::test_neg": "passed",
        "tests/test_calc.py::test_pos_and_box": "passed",
        "tests/test_calc.py::test_fails": "failed",
        "tests/test_calc.py::test_errors": "error",
        "tests/test_calc.py::test_skipped": "skipped",
        "tests/test_calc.py::test_tmp_path_is_under_agenticops_scratch": "passed",
    }
    message = {o.nodeid: o.message for o in run.outcomes}
    assert (
        "ModuleNotFoundError: No module named 'pkg.not_written_yet'"
        in message["tests/test_broken.py"]
    )
    assert "AssertionError: assert 'pos' == 'zero'" in message["tests/test_calc.py::test_fails"]
    assert "RuntimeError: fixture exploded" in message["tests/test_calc.py::test_errors"]
    assert message["tests/test_calc.py::test_skipped"] == "Skipped: not today"
    assert message["tests/test_calc.py::test_neg"] == ""
    assert (run.exit_code, run.timed_out, run.collected, run.ran) == (1, False, 7, 6)
    assert "short test summary info" in run.output


def test_coverage_numbers_are_coverage_pys(
    main: tuple[tests_cov.TestsCoverage, Path, Path],
) -> None:
    data = main[0].coverage
    assert data is not None
    assert data.total == pytest.approx(MAIN_TOTAL, abs=1e-9)
    assert sorted(data.files) == ["pkg/__init__.py", "pkg/calc.py"]
    calc = data.files["pkg/calc.py"]
    assert calc.percent == pytest.approx(MAIN_TOTAL, abs=1e-9)
    assert calc.statements == 13
    assert calc.missing_lines == (5, 10)
    assert calc.missing_branches == ((4, 5),)
    assert data.files["pkg/__init__.py"].percent == 100.0
    assert main[0].diagnostics == ()


def test_function_coverage_is_of_the_body(main: tuple[tests_cov.TestsCoverage, Path, Path]) -> None:
    data = main[0].coverage
    assert data is not None
    functions = data.files["pkg/calc.py"].functions
    assert functions == {
        "classify": pytest.approx(100 * 7 / 9),  # 4 of 5 statements, 3 of 4 branches
        "never": 0.0,
        "Box.__init__": 100.0,
        "Box.get": 100.0,
        "Box.debug": 100.0,  # excluded by the default pragma: nothing left to cover
        "windows_only": 100.0,  # excluded by the project's own exclude_also
    }


def test_lines_know_the_tests_that_ran_them(
    main: tuple[tests_cov.TestsCoverage, Path, Path],
) -> None:
    data = main[0].coverage
    assert data is not None
    by_line = data.files["pkg/calc.py"].tests_by_line
    assert by_line[3] == ("tests/test_calc.py::test_neg",)
    assert by_line[6] == ("tests/test_calc.py::test_fails", "tests/test_calc.py::test_pos_and_box")
    assert by_line[18] == ("tests/test_calc.py::test_pos_and_box",)
    assert 1 not in by_line  # `def` lines run at import, outside any test
    assert 10 not in by_line


def test_executed_lines_include_those_run_at_import(
    main: tuple[tests_cov.TestsCoverage, Path, Path],
) -> None:
    data = main[0].coverage
    assert data is not None
    calc = data.files["pkg/calc.py"]
    # every statement but the missing 5 and 10, `def` and `class` lines (import time) included
    assert calc.executed_lines == (1, 2, 3, 4, 6, 9, 13, 14, 15, 17, 18)
    assert calc.executed_branches == ((2, 3), (2, 4), (4, 6))


def test_totals_agree_with_coverage_report(
    main: tuple[tests_cov.TestsCoverage, Path, Path],
) -> None:
    data, work = main[0].coverage, main[2]
    assert data is not None
    rc = work.parent / "report-rc.toml"
    rc.write_text(
        '[tool.coverage.run]\nbranch = true\nsource = ["pkg"]\nrelative_files = true\n'
        '[tool.coverage.report]\nexclude_also = ["# platform-specific"]\nprecision = 6\n',
        encoding="utf-8",
    )
    report = [PYTHON, "-m", "coverage", "report", f"--rcfile={rc}"]
    done = proc.run(report, cwd=work, env={**os.environ, "COVERAGE_FILE": str(work / ".coverage")})
    rows = {
        cells[0]: cells[-1].rstrip("%")
        for line in done.stdout.splitlines()
        if len(cells := line.split()) == 6 and cells[0] != "Name"
    }
    assert rows == {
        "pkg/__init__.py": "100.000000",
        "pkg/calc.py": f"{data.files['pkg/calc.py'].percent:.6f}",
        "TOTAL": f"{data.total:.6f}",
    }
    assert rows["TOTAL"] == "82.352941"


def test_only_coverage_data_is_left_in_the_copy(
    main: tuple[tests_cov.TestsCoverage, Path, Path], tmp_path: Path
) -> None:
    root, work = main[1], main[2]
    assert tree(work) - tree(root) == {".coverage"}  # no .pytest_cache, no __pycache__
    assert not (work.parent / "leaked-coverage").exists()


@pytest.mark.skipif(
    importlib.util.find_spec("pytest_cov") is None, reason="pytest-cov is not installed"
)
def test_addopts_with_pytest_cov_and_a_source_file(tmp_path: Path) -> None:
    files = {
        "pyproject.toml": (
            '[project]\nname = "calc"\nversion = "0"\n'
            '[tool.agenticops]\nsource = ["calc.py"]\n'
            "[tool.pytest.ini_options]\n"
            f'addopts = "--cov=calc --cov-report=term-missing --cov-fail-under=100 {FAST}"\n'
        ),
        ".coveragerc": "[report]\nexclude_lines =\n    no-cover-here\n",
        "calc.py": (
            "def add(a, b):\n    return a + b\n\n\n"
            "def debug():  # no-cover-here\n    return 1\n\n\n"
            "def unused():\n    return 2\n"
        ),
        "other.py": "X = 1\n",
        "tests/test_calc.py": "from calc import add\n\n\ndef test_add():\n    assert add(1, 2)\n",
    }
    result, _, _ = measure(tmp_path, files)
    assert result.run.outcomes == (
        model.TestOutcome(
            nodeid="tests/test_calc.py::test_add",
            status="passed",
            duration=result.run.outcomes[0].duration,
        ),
    )
    assert result.run.exit_code == 0  # pytest-cov's --cov-fail-under=100 was switched off
    assert result.coverage is not None
    assert list(result.coverage.files) == ["calc.py"]
    calc = result.coverage.files["calc.py"]
    assert (calc.percent, calc.statements, calc.missing_lines) == (75.0, 4, (10,))
    assert calc.functions == {"add": 100.0, "debug": 100.0, "unused": 0.0}
    assert result.coverage.total == 75.0


def test_a_hanging_suite_is_stopped_at_the_timeout(tmp_path: Path) -> None:
    files = {
        "pyproject.toml": PYPROJECT.format(name="h", source="h"),
        "h/__init__.py": "def f():\n    return 1\n",
        "tests/test_hang.py": (
            "import time\nfrom h import f\n\n\ndef test_first():\n    assert f() == 1\n\n\n"
            "def test_hangs():\n    time.sleep(120)\n"
        ),
        "tests/test_other.py": "def test_other():\n    pass\n",
    }
    result, _, _ = measure(tmp_path, files, timeout=5.0, select=("tests/test_hang.py",))
    run = result.run
    assert run.timed_out
    assert run.duration < 30
    assert [(o.nodeid, o.status) for o in run.outcomes] == [
        ("tests/test_hang.py::test_first", "passed"),
        ("tests/test_hang.py::test_hangs", "error"),
    ]
    assert run.outcomes[1].message == (
        "still running when the suite was stopped at its 5 s timeout"
    )
    assert result.coverage is None
    assert result.diagnostics == ("tests timed out",)


def test_no_tests_and_no_python_source(tmp_path: Path) -> None:
    files = {
        "pyproject.toml": PYPROJECT.format(name="e", source="lib"),
        "lib/data.txt": "not python\n",
    }
    result, _, _ = measure(tmp_path, files)
    assert result.run.outcomes == ()
    assert result.run.exit_code == 5
    assert result.coverage is None
    assert result.diagnostics == ("coverage json: No data to report.",)


def test_an_interpreter_without_pytest_is_a_tool_error(tmp_path: Path) -> None:
    venv.create(tmp_path / "bare", with_pip=False)
    write(tmp_path / "p", {"pyproject.toml": '[tool.agenticops]\nsource = ["m.py"]\n', "m.py": ""})
    config = load_config(tmp_path / "p")
    bare = str(tmp_path / "bare" / "bin" / "python")
    with pytest.raises(ToolError, match=r"bare/bin/python: pytest and coverage not installed;"):
        run_tests(tmp_path / "p", config, python=bare, env={}, timeout=30)


def test_a_program_that_is_not_python_is_a_tool_error(tmp_path: Path) -> None:
    fake = tmp_path / "python"
    fake.write_text("#!/bin/sh\necho 'not a python' >&2\nexit 3\n", encoding="utf-8")
    fake.chmod(0o755)
    write(tmp_path / "p", {"pyproject.toml": '[tool.agenticops]\nsource = ["m.py"]\n', "m.py": ""})
    config = load_config(tmp_path / "p")
    with pytest.raises(ToolError, match=r"python: cannot run it as Python: not a python$"):
        run_tests(tmp_path / "p", config, python=str(fake), env={}, timeout=30)


def test_events_survive_a_line_cut_by_the_kill(tmp_path: Path) -> None:
    path = tmp_path / "tests.jsonl"
    finished = {"nodeid": "t.py::a", "outcome": "passed", "duration": 0.5, "message": ""}
    path.write_text(
        "\n".join([json.dumps({"start": "t.py::a"}), json.dumps(finished), '{"start": "t.py::b'])
        + "\n",
        encoding="utf-8",
    )
    events = read_events(path)
    assert events.outcomes == (model.TestOutcome(nodeid="t.py::a", status="passed", duration=0.5),)
    assert events.running is None
    assert read_events(tmp_path / "absent.jsonl") == ((), None)


def test_coverage_too_old_for_function_data_is_a_tool_error() -> None:
    with pytest.raises(ToolError, match=r"^coverage 7\.4\.0: too old, agenticops needs"):
        parse_coverage_json({"meta": {"format": 2, "version": "7.4.0"}, "files": {}})


def test_the_plugin_and_the_runner_agree_on_the_variable() -> None:
    assert TESTS_JSON_ENV == pytest_plugin.ENV


def test_events_after_a_garbled_line_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "tests.jsonl"
    a = {"nodeid": "t.py::a", "outcome": "failed", "duration": 0.25, "message": "boom"}
    b = {"nodeid": "t.py::b", "outcome": "skipped", "duration": 0.0, "message": "later"}
    broken = {"nodeid": "t.py", "outcome": "error", "duration": 0.0, "message": "no module"}
    lines = [
        json.dumps({"start": "t.py::a"}),
        json.dumps(a)[:20],  # garbled in the middle of the file, not only at its end
        json.dumps(a),
        json.dumps({"start": "t.py::b"}),
        json.dumps(b),
        json.dumps({"start": "t.py::c"}),
        json.dumps(broken),  # another node's record: t.py::c is still the one running
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert read_events(path) == (
        (
            model.TestOutcome(nodeid="t.py::a", status="failed", duration=0.25, message="boom"),
            model.TestOutcome(nodeid="t.py::b", status="skipped", message="later"),
            model.TestOutcome(nodeid="t.py", status="error", message="no module"),
        ),
        "t.py::c",
    )


def test_a_program_that_fails_silently_is_a_tool_error_saying_so(tmp_path: Path) -> None:
    fake = tmp_path / "python"
    fake.write_text("#!/bin/sh\nexit 1\n", encoding="utf-8")
    fake.chmod(0o755)
    write(tmp_path / "p", {"pyproject.toml": '[tool.agenticops]\nsource = ["m.py"]\n', "m.py": ""})
    config = load_config(tmp_path / "p")
    with pytest.raises(ToolError) as caught:
        run_tests(tmp_path / "p", config, python=str(fake), env={}, timeout=30)
    assert str(caught.value) == f"{fake}: cannot run it as Python: no output"


def test_a_report_without_meta_is_from_an_unknown_too_old_coverage() -> None:
    message = "coverage unknown: too old, agenticops needs coverage >= 7.5"
    docs: tuple[dict[str, object], ...] = ({"files": {}}, {"meta": {}, "files": {}})
    for doc in docs:
        with pytest.raises(ToolError) as caught:
            parse_coverage_json(doc)
        assert str(caught.value) == message
