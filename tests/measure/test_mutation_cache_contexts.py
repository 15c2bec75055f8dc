"""Per-test contexts read from a real coverage.py data file, compactly."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from agenticops.measure import tests_cov
from agenticops.measure.mutation_contexts import export_contexts, parse_contexts

CODE = "def f(x):\n    if x:\n        return 1\n    return 0\n"
TESTS = (
    "from m import f\n\n\ndef test_one():\n    assert f(1)\n\n\n"
    "def test_zero():\n    assert not f(0)\n"
)
PLUGIN = """\
import coverage, pytest

@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_call(item):
    cov = coverage.Coverage.current()
    cov.switch_context(item.nodeid)
    yield
    cov.switch_context("")
"""


def test_contexts_of_a_real_run(tmp_path: Path) -> None:
    (tmp_path / "m.py").write_text(CODE)
    (tmp_path / "test_m.py").write_text(TESTS)
    (tmp_path / "conftest.py").write_text(PLUGIN)
    (tmp_path / ".coveragerc").write_text("[run]\nsource = .\n")  # absolute paths kept
    subprocess.run(
        [sys.executable, "-m", "coverage", "run", "-m", "pytest", "-q", "-p", "no:cacheprovider"],
        cwd=tmp_path,
        check=True,
        capture_output=True,
    )
    found = export_contexts(
        sys.executable,
        tmp_path,
        data_file=Path(".coverage"),  # read from the workdir, where the script runs
        out=tmp_path / "contexts.json",
        env={},
        timeout=60,
    )
    assert found is not None
    assert found["m.py"] == {
        2: ("test_m.py::test_one", "test_m.py::test_zero"),
        3: ("test_m.py::test_one",),
        4: ("test_m.py::test_zero",),
    }  # line 1 (the def) ran at import, in no test's context


def test_no_data_file(tmp_path: Path) -> None:
    found = export_contexts(
        sys.executable,
        tmp_path,
        data_file=tmp_path / "nothing",
        out=tmp_path / "contexts.json",
        env={},
        timeout=60,
    )
    assert found == {}  # coverage.py reads a missing data file as empty
    assert (
        export_contexts(
            "/bin/false", tmp_path, data_file=tmp_path, out=tmp_path / "x.json", env={}, timeout=60
        )
        is None
    )


def fake_python(tmp_path: Path, body: str) -> str:
    """An 'interpreter' that ignores the script and runs this shell body ($4: the out file)."""
    script = tmp_path / "fake-python"
    script.write_text(f"#!/bin/sh\n{body}\n", encoding="utf-8")
    script.chmod(0o755)
    return str(script)


def test_an_export_that_writes_nothing_is_no_answer(tmp_path: Path) -> None:
    python = fake_python(tmp_path, "exit 0")
    out = tmp_path / "contexts.json"
    found = export_contexts(python, tmp_path, data_file=tmp_path, out=out, env={}, timeout=60)
    assert found is None


def test_a_failed_export_does_not_read_a_stale_answer(tmp_path: Path) -> None:
    out = tmp_path / "contexts.json"
    out.write_text('{"contexts": [], "files": {}}', encoding="utf-8")  # from an earlier run
    found = export_contexts("/bin/false", tmp_path, data_file=tmp_path, out=out, env={}, timeout=60)
    assert found is None


def test_an_export_past_its_time_limit_is_no_answer(tmp_path: Path) -> None:
    python = fake_python(tmp_path, 'sleep 3; echo \'{"contexts": [], "files": {}}\' > "$4"')
    out = tmp_path / "contexts.json"
    found = export_contexts(python, tmp_path, data_file=tmp_path, out=out, env={}, timeout=0.3)
    assert found is None


def test_the_export_runs_in_the_environment_given(tmp_path: Path) -> None:
    python = fake_python(
        tmp_path, '[ "$CHOSEN" = yes ] && echo \'{"contexts": [], "files": {}}\' > "$4"'
    )
    out = tmp_path / "contexts.json"
    chosen = {"CHOSEN": "yes"}
    assert (
        export_contexts(python, tmp_path, data_file=tmp_path, out=out, env=chosen, timeout=60) == {}
    )
    out.unlink()
    assert (
        export_contexts(python, tmp_path, data_file=tmp_path, out=out, env={}, timeout=60) is None
    )


def test_parse_makes_absolute_paths_relative(tmp_path: Path) -> None:
    doc = {
        "contexts": ["t::a", "t::b"],
        "files": {
            str(tmp_path / "src/m.py"): {"10": [0, 1], "2": [1]},
            "/elsewhere/x.py": {"1": [0]},
            "src/n.py": {},
        },
    }
    assert parse_contexts(doc, tmp_path) == {
        "src/m.py": {2: ("t::b",), 10: ("t::a", "t::b")},
        "/elsewhere/x.py": {1: ("t::a",)},
        "src/n.py": {},
    }


def test_one_file_held_relative_and_absolute_is_one_file(tmp_path: Path) -> None:
    """coverage.py can hold a file twice; the entry without tests must not hide the other."""
    absolute = str(tmp_path / "src/m.py")
    doc = {"contexts": ["t::a", "t::b"], "files": {"src/m.py": {"3": [0]}, absolute: {}}}
    assert parse_contexts(doc, tmp_path) == {"src/m.py": {3: ("t::a",)}}
    doc["files"] = {absolute: {"3": [1], "4": [1]}, "src/m.py": {"3": [0]}}
    assert parse_contexts(doc, tmp_path) == {"src/m.py": {3: ("t::a", "t::b"), 4: ("t::b",)}}


def test_the_report_falls_back_to_show_contexts(tmp_path: Path) -> None:
    """An interpreter that cannot run the export script still gets contexts, the big way."""
    (tmp_path / "m.py").write_text(CODE)
    (tmp_path / "test_m.py").write_text(TESTS)
    (tmp_path / "conftest.py").write_text(PLUGIN)
    rcfile = tmp_path / "coverage.toml"
    rcfile.write_text(
        '[tool.coverage.run]\nrelative_files = true\nsource = ["."]\nbranch = true\n'
        f'data_file = "{tmp_path / ".coverage"}"\n'
    )
    subprocess.run(
        [sys.executable, "-m", "coverage", "run", f"--rcfile={rcfile}", "-m", "pytest", "-q"],
        cwd=tmp_path,
        check=True,
        capture_output=True,
    )
    python = tmp_path / "python"  # runs `-m coverage`, refuses `-c SCRIPT`
    python.write_text(f'#!/bin/sh\n[ "$1" = "-c" ] && exit 1\nexec {sys.executable} "$@"\n')
    python.chmod(0o755)
    data, notes = tests_cov._export(str(python), tmp_path, rcfile, {}, 60)
    assert notes == ()
    assert data is not None
    assert data.files["m.py"].tests_by_line == {
        2: ("test_m.py::test_one", "test_m.py::test_zero"),
        3: ("test_m.py::test_one",),
        4: ("test_m.py::test_zero",),
    }
    direct, _ = tests_cov._export(sys.executable, tmp_path, rcfile, {}, 60)
    assert direct == data
