"""The suite's subprocesses, recorded: each one's arguments, directory, environment, timeout,
and how coverage comes back from `coverage json` and the per-test contexts export."""

from __future__ import annotations

import json
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from agenticops import proc
from agenticops.config import load_config
from agenticops.measure import mutation_contexts
from agenticops.measure.tests_cov import FileCoverage, child, run_tests
from agenticops.measure.tests_cov.export import _export

PYTHON = "/opt/py/bin/python"
COVERAGE = {
    "meta": {"format": 3, "version": "7.6.1"},
    "totals": {"percent_covered": 75.0},
    "files": {
        name: {
            "summary": {"percent_covered": 75.0, "num_statements": 4},
            "missing_lines": [3],
            "missing_branches": [],
            "functions": {},
            "executed_lines": [1, 2, 4],
            "executed_branches": [],
        }
        for name in ("m.py", "n.py")
    },
}
CONTEXTS = {"contexts": ["tests/test_m.py::test_a"], "files": {"m.py": {"1": [0], "2": [0]}}}
EVENT = {"nodeid": "tests/test_m.py::test_a", "outcome": "passed", "duration": 0.5, "message": ""}


@dataclass(frozen=True)
class Call:
    argv: tuple[str, ...]
    cwd: Path
    env: Mapping[str, str] | None
    timeout: float | None


@dataclass
class Tools:
    """Stands in for the interpreter: records each call, writes what the real tool would."""

    contexts_rc: int = 0
    json_rc: int = 0
    calls: list[Call] = field(default_factory=list)

    def run(
        self,
        argv: Sequence[str],
        *,
        cwd: Path,
        env: Mapping[str, str] | None = None,
        timeout: float | None = None,
        stdin: str | None = None,
    ) -> proc.Completed:
        self.calls.append(Call(tuple(argv), cwd, env, timeout))
        returncode, stdout = 0, ""
        if argv[1:3] == ["-c", child._PROBE]:
            stdout = json.dumps(["pytest", "coverage"])
        elif argv[1:3] == ["-c", mutation_contexts.SCRIPT]:
            Path(argv[-1]).write_text(json.dumps(CONTEXTS), encoding="utf-8")
            returncode = self.contexts_rc
        elif argv[1:4] == ["-m", "coverage", "run"]:
            assert env is not None
            events = Path(env[child.TESTS_JSON_ENV])
            events.write_text(json.dumps(EVENT) + "\n", encoding="utf-8")
        elif argv[1:4] == ["-m", "coverage", "json"]:
            Path(argv[-1]).write_text(json.dumps(COVERAGE), encoding="utf-8")
            returncode, stdout = self.json_rc, "Wrote JSON report\nCoverage failure: total 75\n"
        return proc.Completed(
            argv=tuple(argv),
            returncode=returncode,
            stdout=stdout,
            stderr="",
            timed_out=False,
            duration=0.1,
        )


@pytest.fixture
def tools(monkeypatch: pytest.MonkeyPatch) -> Tools:
    recorder = Tools()
    monkeypatch.setattr(proc, "run", recorder.run)
    return recorder


def _project(root: Path) -> Path:
    (root / "tests").mkdir(parents=True)
    (root / "m.py").write_text("x = 1\n", encoding="utf-8")
    (root / "pyproject.toml").write_text(
        '[tool.agenticops]\nsource = ["m.py"]\npytest_args = ["-q"]\n', encoding="utf-8"
    )
    return root.resolve()


def test_each_subprocess_of_a_run_gets_the_child_env_workdir_and_timeout(
    tmp_path: Path, tools: Tools
) -> None:
    workdir = _project(tmp_path / "work")
    result = run_tests(workdir, load_config(workdir), python=PYTHON, env={"PATH": "/b"}, timeout=30)
    env = tools.calls[0].env
    assert env is not None
    scratch = Path(env[child.TESTS_JSON_ENV]).parent
    assert scratch.parent == Path(tempfile.gettempdir())
    assert scratch.name.startswith("agenticops-tests-")
    assert env == {
        "PATH": "/b",
        "PYTHONPATH": str(scratch / "plugin"),
        "PYTHONDONTWRITEBYTECODE": "1",
        "AGENTICOPS_TESTS_JSON": str(scratch / "tests.jsonl"),
    }
    rcfile = f"--rcfile={scratch / 'coverage.toml'}"
    pytest_argv = (PYTHON, "-m", "coverage", "run", rcfile, "-m", "pytest", "-p", child.PLUGIN)
    assert tools.calls == [
        Call(
            (PYTHON, "-c", child._PROBE, "pytest", "coverage", "pytest_cov", "xdist"),
            workdir,
            env,
            120,
        ),
        Call(
            (
                *pytest_argv,
                *("-p", "no:cacheprovider", "--color=no", "--continue-on-collection-errors"),
                f"--basetemp={scratch / 'basetemp'}",
                "-q",
                "tests",
            ),
            workdir,
            env,
            30,
        ),
        Call(
            (
                PYTHON,
                "-c",
                mutation_contexts.SCRIPT,
                str(workdir / ".coverage"),
                str(scratch / "contexts.json"),
            ),
            workdir,
            env,
            30,
        ),
        Call(
            (PYTHON, "-m", "coverage", "json", rcfile, "-o", str(scratch / "coverage.json")),
            workdir,
            env,
            30,
        ),
    ]
    assert [o.nodeid for o in result.run.outcomes] == ["tests/test_m.py::test_a"]
    assert result.coverage is not None
    assert result.coverage.files["m.py"].tests_by_line == {
        1: ("tests/test_m.py::test_a",),
        2: ("tests/test_m.py::test_a",),
    }
    assert result.coverage.files["n.py"] == FileCoverage(
        percent=75.0, statements=4, missing_lines=(3,), executed_lines=(1, 2, 4)
    )
    assert result.diagnostics == ()


def test_without_the_contexts_export_the_report_shows_the_contexts(
    tmp_path: Path, tools: Tools
) -> None:
    tools.contexts_rc = 1
    rcfile = tmp_path / "coverage.toml"
    data, diagnostics = _export(PYTHON, tmp_path, rcfile, {"PATH": "/b"}, 45.0)
    assert tools.calls[-1] == Call(
        (
            PYTHON,
            *("-m", "coverage", "json", f"--rcfile={rcfile}", "--show-contexts"),
            *("-o", str(tmp_path / "coverage.json")),
        ),
        tmp_path,
        {"PATH": "/b"},
        45.0,
    )
    assert data is not None
    assert data.files["m.py"].tests_by_line == {}
    assert diagnostics == ()


def test_a_failing_coverage_json_is_a_diagnostic_even_if_it_wrote_a_report(
    tmp_path: Path, tools: Tools
) -> None:
    tools.json_rc = 2
    data, diagnostics = _export(PYTHON, tmp_path, tmp_path / "coverage.toml", {}, 45.0)
    assert (data, diagnostics) == (None, ("coverage json: Coverage failure: total 75",))


def test_selected_tests_replace_the_configured_test_paths(tmp_path: Path, tools: Tools) -> None:
    workdir = _project(tmp_path / "work")
    selected = ["tests/test_m.py::test_a", "tests/test_n.py"]
    run_tests(workdir, load_config(workdir), python=PYTHON, env={}, timeout=30, select=selected)
    [suite] = [c for c in tools.calls if c.argv[1:4] == ("-m", "coverage", "run")]
    assert suite.argv[-3:] == ("-q", *selected)
