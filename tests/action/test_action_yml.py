"""action.yml: valid metadata, inputs only through env:, and the right behaviour per gate exit code.

The behaviour tests run the action's real `run:` steps with scripts/run_action_locally.py and a
fake `python` on PATH that records `pip install` and answers `python -m agenticops ...` like
the CLI does (exit code chosen by the test); anything else goes to the real interpreter.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from run_action_locally import ActionRun, run_action

from agenticops import proc

ROOT = Path(__file__).resolve().parents[2]
ACTION = ROOT / "action.yml"

FAKE_PYTHON = """#!/bin/bash
if [ "$1" = "-m" ] && [ "$2" = "pip" ]; then
  printf '%s\\n' "pip ${*:3}" >> "$FAKE_LOG"
  exit 0
fi
if [ "$1" = "-m" ] && [ "$2" = "agenticops" ]; then
  shift 2
  case "$1" in
    --version) echo "agenticops 0.1.0" ;;
    gate)
      printf '%s\\0' "$@" > "$FAKE_ARGS"
      out=
      while [ $# -gt 0 ]; do [ "$1" = --output ] && out=$2; shift; done
      echo "measuring..." >&2
      if [ "$FAKE_GATE_RC" -le 1 ]; then
        mkdir -p "$(dirname "$out")"
        echo '{"passed": false}' > "$out"
      else
        echo "agenticops: error: pyproject.toml: unknown key [tool.agenticops] sauce" >&2
      fi
      exit "$FAKE_GATE_RC" ;;
    report)
      printf '%s\\n' "report $*" >> "$FAKE_LOG"
      case "$4" in
        markdown)
          printf '## agenticops: %s\\n' "$FAKE_MARKDOWN"
          head -c "${FAKE_PADDING:-0}" /dev/zero | tr '\\0' x ;;
        github) echo "::error file=src/a.py,line=3,title=crap::CRAP 40 > 30" ;;
        *) echo "terminal report" ;;
      esac
      exit "${FAKE_REPORT_RC:-$FAKE_GATE_RC}" ;;  # report exits as the gate did
  esac
  exit 0
fi
exec "$REAL_PYTHON" "$@"
"""


@pytest.fixture
def fake(tmp_path: Path) -> dict[str, str]:
    bindir = tmp_path / "bin"
    bindir.mkdir()
    python = bindir / "python"
    python.write_text(FAKE_PYTHON)
    python.chmod(0o755)
    return {
        "PATH": f"{bindir}:/usr/bin:/bin",
        "REAL_PYTHON": sys.executable,
        "FAKE_LOG": str(tmp_path / "log"),
        "FAKE_ARGS": str(tmp_path / "args"),
        "FAKE_GATE_RC": "0",
        "FAKE_MARKDOWN": "PASSED",
    }


@pytest.fixture
def project(tmp_path: Path) -> Path:
    ws = tmp_path / "ws"
    ws.mkdir()
    (ws / "pyproject.toml").write_text('[project]\nname = "demo"\nversion = "1"\n')
    return ws


def act(project: Path, env: dict[str, str], **inputs: str) -> ActionRun:
    return run_action(ROOT, workspace=project, inputs=inputs, env=env, timeout=60)


def log(env: dict[str, str]) -> list[str]:
    path = Path(env["FAKE_LOG"])
    return path.read_text().splitlines() if path.exists() else []


def gate_args(env: dict[str, str]) -> list[str]:
    return Path(env["FAKE_ARGS"]).read_text().split("\0")[:-1]


def outcomes(run: ActionRun) -> dict[str, str]:
    return {s.name: s.outcome for s in run.steps}


def test_a_passing_gate(project: Path, fake: dict[str, str]) -> None:
    run = act(project, fake)

    assert run.outputs == {"verdict": "pass", "exit-code": "0", "report": ".agenticops/report.json"}
    assert outcomes(run) == {
        "Set up Python": "skipped",
        "Install agenticops": "success",
        "Install the project under test": "success",
        "Run the gate": "success",
        "Publish the job summary and annotations": "success",
        "Upload the report": "skipped",
        "Fail the job when the gate failed": "skipped",
    }
    assert run.steps[0].note == "uses: actions/setup-python@v5 is not run locally"
    assert (
        run.step("Upload the report").note == "uses: actions/upload-artifact@v4 is not run locally"
    )
    assert not run.failed
    assert log(fake) == [
        f"pip install --disable-pip-version-check --progress-bar off {ROOT}",
        "pip install --disable-pip-version-check --progress-bar off -e .",
        "report report . --format markdown",
        "report report . --format github",
        "report report . --format terminal",
    ]
    assert gate_args(fake) == [
        "gate",
        ".",
        "--format",
        "json",
        "--output",
        ".agenticops/report.json",
    ]
    assert run.summary == "## agenticops: PASSED\n"
    published = run.step("Publish the job summary and annotations").stdout
    assert published == "::error file=src/a.py,line=3,title=crap::CRAP 40 > 30\nterminal report\n"
    assert (project / ".agenticops" / "report.json").is_file()


def test_a_failed_gate_publishes_then_fails_the_job_with_exit_1(
    project: Path, fake: dict[str, str]
) -> None:
    fake["FAKE_GATE_RC"] = "1"
    fake["FAKE_MARKDOWN"] = "FAILED"
    run = act(
        project,
        fake,
        profile="strict",
        **{"diff-base": "origin/main", "args": "--set coverage=90 --python '/opt/my py/python'"},
    )

    assert run.outputs["verdict"] == "fail"
    assert run.outputs["exit-code"] == "1"
    assert gate_args(fake) == [
        *("gate", ".", "--format", "json", "--output", ".agenticops/report.json"),
        *("--profile", "strict", "--diff", "origin/main"),
        *("--set", "coverage=90", "--python", "/opt/my py/python"),
    ]
    assert run.summary == "## agenticops: FAILED\n"
    final = run.step("Fail the job when the gate failed")
    assert (final.outcome, final.returncode) == ("failure", 1)
    assert (
        final.stdout
        == "agenticops: one or more gates failed; see the job summary and annotations\n"
    )
    assert run.failed


def test_a_gate_that_cannot_run_fails_with_the_error_line(
    project: Path, fake: dict[str, str]
) -> None:
    fake["FAKE_GATE_RC"] = "4"
    run = act(project, fake)

    assert run.outputs == {"verdict": "fail", "exit-code": "4", "report": ".agenticops/report.json"}
    gate = run.step("gate")
    assert gate.stdout.endswith(
        "::error title=agenticops gate could not run (exit 4)::"
        "agenticops: error: pyproject.toml: unknown key [tool.agenticops] sauce\n"
    )
    assert run.summary == (
        "## agenticops: the gate could not run (exit code 4)\n\n```\n"
        "agenticops: error: pyproject.toml: unknown key [tool.agenticops] sauce\n```\n"
    )
    assert outcomes(run)["Publish the job summary and annotations"] == "skipped"
    final = run.step("Fail the job when the gate failed")
    assert (final.outcome, final.returncode) == ("failure", 4)
    assert "the gate could not run (exit code 4)" in final.stdout


def test_inputs_are_never_executed(project: Path, fake: dict[str, str]) -> None:
    run = act(
        project,
        fake,
        path=".",
        profile="$(touch pwned1)",
        args="`touch pwned2` ; touch pwned3 $HOME",
        install="-e .[test] $(touch pwned4)",
        version='"; touch pwned5; "',
    )

    assert not list(project.glob("pwned*"))
    assert gate_args(fake)[6:] == [
        *("--profile", "$(touch pwned1)"),
        *("`touch", "pwned2`", ";", "touch", "pwned3", "$HOME"),
    ]
    assert log(fake)[:2] == [
        'pip install --disable-pip-version-check --progress-bar off agenticops"; touch pwned5; "',
        "pip install --disable-pip-version-check --progress-bar off -e .[test] $(touch pwned4)",
    ]
    assert run.outputs["verdict"] == "pass"


def test_install_words_are_not_globbed(project: Path, fake: dict[str, str]) -> None:
    (project / ".t").write_text("a file the glob .[test] would match")
    act(project, fake, install="-e .[test]")

    assert log(fake)[1] == "pip install --disable-pip-version-check --progress-bar off -e .[test]"


@pytest.mark.parametrize(
    ("version", "spec"),
    [
        ("latest", "agenticops"),
        ("0.3.1", "agenticops==0.3.1"),
        (">=0.3,<0.4", "agenticops>=0.3,<0.4"),
    ],
)
def test_version_input(project: Path, fake: dict[str, str], version: str, spec: str) -> None:
    act(project, fake, version=version)

    assert log(fake)[0] == f"pip install --disable-pip-version-check --progress-bar off {spec}"


@pytest.mark.parametrize(
    ("pyproject", "installs"),
    [
        ('[project]\nname = "x"\n', True),
        ('[build-system]\nrequires = ["hatchling"]\n', True),
        ("[tool.agenticops]\nprofile = 'strict'\n", False),
        (None, False),
    ],
)
def test_install_auto_installs_only_installable_projects(
    project: Path, fake: dict[str, str], pyproject: str | None, installs: bool
) -> None:
    if pyproject is None:
        (project / "pyproject.toml").unlink()
    else:
        (project / "pyproject.toml").write_text(pyproject)
    run = act(project, fake)

    assert (
        "pip install --disable-pip-version-check --progress-bar off -e ." in log(fake)
    ) is installs
    said = run.step("Install the project under test").stdout
    assert ("nothing installable in ." in said) is not installs


def test_install_setup_py_and_none(project: Path, fake: dict[str, str]) -> None:
    (project / "pyproject.toml").unlink()
    (project / "setup.py").write_text("")
    act(project, fake)
    assert log(fake)[1] == "pip install --disable-pip-version-check --progress-bar off -e ."

    Path(fake["FAKE_LOG"]).unlink()
    run = act(project, fake, install="none")
    assert len(log(fake)) == 4  # agenticops itself and the three renderings
    assert "install: none" in run.step("Install the project under test").stdout


def test_a_project_in_a_subdirectory(project: Path, fake: dict[str, str]) -> None:
    sub = project / "packages" / "core"
    sub.mkdir(parents=True)
    (sub / "setup.py").write_text("")
    run = act(project, fake, path="packages/core/", install="-e .")

    assert run.outputs["report"] == "packages/core/.agenticops/report.json"
    assert gate_args(fake)[:6] == [
        *("gate", "packages/core/", "--format", "json"),
        *("--output", "packages/core/.agenticops/report.json"),
    ]
    assert (sub / ".agenticops" / "report.json").is_file()
    assert "report report packages/core/ --format markdown" in log(fake)


def test_an_oversized_summary_is_not_appended(project: Path, fake: dict[str, str]) -> None:
    fake["FAKE_PADDING"] = "999980"
    run = act(project, fake)

    assert run.summary == ""
    assert "::warning title=agenticops::the Markdown report has 1000002 bytes" in (
        run.step("Publish the job summary and annotations").stdout
    )


def test_a_renderer_that_breaks_only_warns(project: Path, fake: dict[str, str]) -> None:
    fake["FAKE_REPORT_RC"] = "3"
    run = act(project, fake)

    published = run.step("Publish the job summary and annotations")
    assert published.outcome == "success"
    assert published.stdout.splitlines() == [
        "::warning title=agenticops::could not render the Markdown summary (exit 3)",
        "::error file=src/a.py,line=3,title=crap::CRAP 40 > 30",
        "::warning title=agenticops::could not render the annotations (exit 3)",
        "terminal report",
    ]
    assert run.summary == ""
    assert run.outputs["verdict"] == "pass"


def test_unbalanced_quotes_in_args_stop_the_action(project: Path, fake: dict[str, str]) -> None:
    run = act(project, fake, args="--set 'coverage=90")

    gate = run.step("gate")
    assert (gate.outcome, gate.returncode) == ("failure", 2)
    assert "::error title=agenticops::cannot split the args input" in gate.stdout
    assert outcomes(run)["Fail the job when the gate failed"] == "skipped"


def metadata() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(ACTION.read_text())
    return data


def test_inputs_and_outputs() -> None:
    data = metadata()

    assert {k: v["default"] for k, v in data["inputs"].items()} == {
        "path": ".",
        "profile": "",
        "diff-base": "",
        "args": "",
        "python-version": "3.11",
        "version": "",
        "install": "auto",
        "artifact-name": "agenticops-report",
    }
    assert all(v["description"] for v in data["inputs"].values())
    assert set(data["outputs"]) == {"verdict", "exit-code", "report"}
    uses = [s["uses"] for s in data["runs"]["steps"] if "uses" in s]
    assert uses == ["actions/setup-python@v5", "actions/upload-artifact@v4"]


def test_run_scripts_get_inputs_only_through_env() -> None:
    scripts = [s["run"] for s in metadata()["runs"]["steps"] if "run" in s]

    assert len(scripts) == 5
    assert not [s for s in scripts if "${{" in s]
    for step in metadata()["runs"]["steps"]:
        assert "run" not in step or step["shell"] == "bash"
        for value in (step.get("env") or {}).values():
            assert re.fullmatch(r"\$\{\{ (inputs|steps)\.[\w.-]+ \}\}", value)


@pytest.mark.skipif(
    importlib.util.find_spec("check_jsonschema") is None, reason="check-jsonschema not installed"
)
def test_action_yml_is_valid_against_the_schemastore_schema() -> None:
    done = proc.run(
        [
            sys.executable,
            "-m",
            "check_jsonschema",
            "--builtin-schema",
            "vendor.github-actions",
            str(ACTION),
        ],
        cwd=ROOT,
        timeout=120,
    )
    assert done.returncode == 0, done.output
    assert "ok -- validation done" in done.stdout
