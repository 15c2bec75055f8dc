"""scripts/run_action_locally.py runs a composite action's steps as a GitHub runner would."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from run_action_locally import (
    ActionError,
    ActionRun,
    StepResult,
    load_action,
    main,
    parse_file_command,
    resolve_inputs,
    run_action,
)

from agenticops import proc

ECHO = Path(__file__).parent / "fixtures" / "echo-action"


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    ws = tmp_path / "ws"
    (ws / "sub").mkdir(parents=True)
    return ws


def test_echo_action_passes_inputs_env_outputs_and_summary(workspace: Path) -> None:
    run = run_action(ECHO, workspace=workspace, inputs={"who": "agents"})

    assert [(s.name, s.outcome) for s in run.steps] == [
        ("actions/setup-python@v5", "skipped"),
        ("Say it", "success"),
        ("Use the environment", "success"),
        ("Maybe fail", "success"),
        ("On failure", "skipped"),
        ("Upload", "skipped"),
        ("step 7", "success"),
    ]
    assert run.steps[0].note == "uses: actions/setup-python@v5 is not run locally"
    assert run.step("Upload").note == "uses: actions/upload-artifact@v4 is not run locally"
    assert run.step("On failure").note == "if: failure() is false"
    assert run.step("say").stdout == "hello, agents\n"
    assert run.step("say").outputs == {"said": "hello agents", "lines": "one\ntwo"}
    assert run.outputs == {"said": "hello agents", "lines": "one\ntwo", "tail": "yes"}
    assert run.summary == "## hello agents\n"
    assert not run.failed
    used = run.step("Use the environment")
    assert used.stdout == f"exported=from-say cwd={workspace.resolve() / 'sub'}\ntool ran\n"


def test_runner_variables_are_exported(workspace: Path, tmp_path: Path) -> None:
    temp = tmp_path / "runner-temp"
    run_action(ECHO, workspace=workspace, runner_temp=temp, env={"PATH": os.environ["PATH"]})

    env = dict(
        line.split("=", 1)
        for line in (workspace / "env.txt").read_text().splitlines()
        if "=" in line
    )
    assert env["CI"] == "true"
    assert env["GITHUB_ACTIONS"] == "true"
    assert env["GITHUB_ACTION_PATH"] == str(ECHO.resolve())
    assert env["GITHUB_WORKSPACE"] == str(workspace.resolve())
    assert env["RUNNER_TEMP"] == str(temp)
    assert env["GREETING"] == "hello"
    assert env["WHO"] == "world"
    assert env["FROM"] == str(ECHO.resolve())
    assert env["GITHUB_OUTPUT"] == str(temp / "step2-github_output")
    assert env["GITHUB_STEP_SUMMARY"] == str(temp / "step2-github_step_summary")
    assert "HOME" not in env  # only the env given, plus the runner's variables


def test_a_failing_step_runs_failure_steps_and_skips_the_rest(workspace: Path) -> None:
    run = run_action(ECHO, workspace=workspace, inputs={"fail": "3"})

    failed = run.step("Maybe fail")
    assert (failed.outcome, failed.conclusion, failed.returncode) == ("failure", "failure", 3)
    assert run.step("On failure").outcome == "success"
    assert run.step("Upload").note == "uses: actions/upload-artifact@v4 is not run locally"
    assert run.step("last").note == "if: success() is false"
    assert run.summary == "## hello world\ncleaning up\n"
    assert run.outputs["tail"] == ""
    assert run.failed


def write_action(directory: Path, steps: str, name: str = "action.yml") -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    body = "name: t\ndescription: t\nruns:\n  using: composite\n  steps:\n" + steps
    (directory / name).write_text(body)
    return directory


def test_continue_on_error_keeps_the_job_green(tmp_path: Path) -> None:
    action = write_action(
        tmp_path / "a",
        "    - id: bad\n      shell: bash\n      continue-on-error: true\n      run: exit 5\n"
        "    - id: next\n      shell: bash\n      run: echo next\n",
    )
    run = run_action(action / "action.yml", workspace=tmp_path)

    bad = run.step("bad")
    assert (bad.outcome, bad.conclusion, bad.returncode) == ("failure", "success", 5)
    assert run.step("next").stdout == "next\n"
    assert not run.failed


def test_a_step_over_its_time_limit_fails(tmp_path: Path) -> None:
    action = write_action(tmp_path / "a", "    - id: slow\n      shell: bash\n      run: sleep 5\n")
    run = run_action(action, workspace=tmp_path, timeout=0.3)

    assert (run.step("slow").outcome, run.step("slow").note) == ("failure", "timed out")


def test_path_without_a_path_variable_falls_back_to_the_default(tmp_path: Path) -> None:
    action = write_action(
        tmp_path / "a",
        '    - shell: bash\n      run: echo "$(pwd)" >> "$GITHUB_PATH"\n'
        '    - id: show\n      shell: bash\n      run: echo "$PATH"\n',
        name="action.yaml",
    )
    run = run_action(action, workspace=tmp_path, env={})

    assert run.step("show").stdout == f"{tmp_path}{os.pathsep}{os.defpath}\n"


def test_expressions_in_run_scripts_are_substituted(tmp_path: Path) -> None:
    action = write_action(
        tmp_path / "a",
        "    - id: s\n      shell: bash\n"
        "      run: echo '${{ runner.os }} ${{ github.workspace }}'\n",
    )
    run = run_action(action, workspace=tmp_path)

    assert run.step("s").stdout == f"Linux {tmp_path.resolve()}\n"


@pytest.mark.parametrize(
    ("steps", "message"),
    [
        ("    - shell: pwsh\n      run: echo\n", "step 'step 1': shell 'pwsh' is not supported"),
        ("    - run: echo\n", "step 'step 1': shell None is not supported"),
    ],
)
def test_unsupported_shells_are_refused(tmp_path: Path, steps: str, message: str) -> None:
    action = write_action(tmp_path / "a", steps)
    with pytest.raises(ActionError, match=message):
        run_action(action, workspace=tmp_path)


def test_load_action_refuses_missing_and_non_composite(tmp_path: Path) -> None:
    with pytest.raises(ActionError, match=r"no action\.yml"):
        load_action(tmp_path)
    (tmp_path / "action.yml").write_text("name: js\nruns:\n  using: node20\n")
    with pytest.raises(ActionError, match="not a composite action"):
        load_action(tmp_path)
    (tmp_path / "action.yml").write_text("- just a list\n")
    with pytest.raises(ActionError, match="not a composite action"):
        load_action(tmp_path / "action.yml")


def test_resolve_inputs_layers_given_values_over_defaults() -> None:
    action = {"inputs": {"a": {"description": "x", "default": "1"}, "b": {"description": "y"}}}

    assert resolve_inputs(action, {"b": "2"}) == {"a": "1", "b": "2"}
    assert resolve_inputs({}, {}) == {}
    with pytest.raises(ActionError, match=r"unexpected input 'c' \(declared: a, b\)"):
        resolve_inputs(action, {"c": "3"})


def test_parse_file_command_reads_values_and_heredocs() -> None:
    text = "a=1\n\nb<<EOF\nx=y\nz\nEOF\nc=with<<inside\nd<<E=F\nline\nE=F\n"

    assert parse_file_command(text) == {"a": "1", "b": "x=y\nz", "c": "with<<inside", "d": "line"}
    assert parse_file_command("") == {}


def test_parse_file_command_refuses_malformed_lines() -> None:
    with pytest.raises(ActionError, match="missing delimiter 'EOF'"):
        parse_file_command("b<<EOF\nno end\n")
    with pytest.raises(ActionError, match="invalid file command line 'oops'"):
        parse_file_command("oops\n")


def test_action_run_step_lookup() -> None:
    step = StepResult(name="N", id="i", outcome="success", conclusion="success")
    run = ActionRun(steps=(step,), outputs={}, summary="")

    assert run.step("i") is step
    assert run.step("N") is step
    with pytest.raises(KeyError):
        run.step("missing")


def test_main_prints_steps_and_returns_the_verdict(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([str(ECHO), "--workspace", str(workspace), "--input", "who=you"]) == 0
    out = capsys.readouterr().out
    assert "== actions/setup-python@v5: skipped (uses: actions/setup-python@v5 is not run" in out
    assert "== Say it: success\nhello, you\n" in out
    assert "== outputs: {'said': 'hello you', 'lines': 'one\\ntwo', 'tail': 'yes'}" in out
    assert out.endswith("== step summary:\n## hello you\n\n")

    assert main([str(ECHO), "--workspace", str(workspace), "--input", "fail=1"]) == 1


def test_main_refuses_an_input_without_a_value(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main([str(ECHO), "--input", "who"])
    assert exc.value.code == 2
    assert "--input takes NAME=VALUE" in capsys.readouterr().err


def test_run_as_a_script(workspace: Path) -> None:
    script = Path(__file__).parents[2] / "scripts" / "run_action_locally.py"
    done = proc.run(
        [
            sys.executable,
            str(script),
            str(ECHO),
            "--workspace",
            str(workspace),
            "--input",
            "fail=2",
        ],
        cwd=workspace,
        env={"PATH": os.environ["PATH"]},
    )

    assert done.returncode == 1, done.stderr
    assert "== Maybe fail: failure\n" in done.stdout
    assert "== On failure: success\n" in done.stdout
