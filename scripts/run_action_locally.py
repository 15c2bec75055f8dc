"""Run a composite action's `run:` steps on this machine the way a GitHub runner does.

    python scripts/run_action_locally.py [ACTION_DIR] --workspace DIR [--input NAME=VALUE]...

Each step's `if:`, `env:` and `working-directory:` are evaluated with the `inputs`, `github`
(`action_path`, `workspace`), `runner` (`temp`, `os`), `steps` and `env` contexts; the script
runs as `bash --noprofile --norc -eo pipefail FILE` with GITHUB_OUTPUT, GITHUB_ENV,
GITHUB_PATH and GITHUB_STEP_SUMMARY files of its own, GITHUB_ACTION_PATH, GITHUB_WORKSPACE,
RUNNER_TEMP, CI=true and GITHUB_ACTIONS=true. `uses:` steps (setup-python, upload-artifact)
are not run: they are recorded as skipped with a note. Importable: `run_action(...)`.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml  # type: ignore[import-untyped]
from action_expressions import condition, substitute

SHELLS = {
    "bash": ("bash", "--noprofile", "--norc", "-eo", "pipefail"),
    "sh": ("sh", "-e"),
}


class ActionError(ValueError):
    """The action file is malformed or uses something this local runner cannot do."""


@dataclass(frozen=True, slots=True, kw_only=True)
class StepResult:
    """One step as the runner saw it; outcome is success, failure or skipped."""

    name: str
    id: str
    outcome: str
    conclusion: str
    note: str = ""
    returncode: int | None = None
    stdout: str = ""
    stderr: str = ""
    outputs: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True, kw_only=True)
class ActionRun:
    """The whole action: every step, the action's outputs and the job summary it wrote."""

    steps: tuple[StepResult, ...]
    outputs: Mapping[str, str]
    summary: str

    @property
    def failed(self) -> bool:
        return any(s.conclusion == "failure" for s in self.steps)

    def step(self, key: str) -> StepResult:
        """The step with this id (or, failing that, this name)."""
        for s in self.steps:
            if key in (s.id, s.name):
                return s
        raise KeyError(key)


def load_action(path: Path) -> dict[str, Any]:
    """Parse action.yml (path is the file or the directory holding action.yml/action.yaml)."""
    if path.is_dir():
        path = next((path / n for n in ("action.yml", "action.yaml") if (path / n).is_file()), path)
    if not path.is_file():
        raise ActionError(f"{path}: no action.yml")
    action = yaml.safe_load(path.read_text(encoding="utf-8"))
    runs = action.get("runs", {}) if isinstance(action, dict) else {}
    if runs.get("using") != "composite":
        raise ActionError(f"{path}: not a composite action (runs.using must be 'composite')")
    return dict(action)


def resolve_inputs(action: Mapping[str, Any], given: Mapping[str, str]) -> dict[str, str]:
    """The inputs' defaults overlaid with the given values; an unknown name is an error."""
    declared = action.get("inputs") or {}
    unknown = sorted(set(given) - set(declared))
    if unknown:
        raise ActionError(f"unexpected input {unknown[0]!r} (declared: {', '.join(declared)})")
    values = {name: str(spec.get("default", "")) for name, spec in declared.items()}
    return {**values, **given}


class _Runner:
    def __init__(self, action_dir: Path, workspace: Path, temp: Path, env: Mapping[str, str]):
        self.temp = temp
        self.workspace = workspace
        self.base_env = {
            **env,
            "CI": "true",
            "GITHUB_ACTIONS": "true",
            "GITHUB_ACTION_PATH": str(action_dir),
            "GITHUB_WORKSPACE": str(workspace),
            "RUNNER_TEMP": str(temp),
        }
        self.exported: dict[str, str] = {}
        self.paths: list[str] = []
        self.steps: dict[str, Any] = {}
        self.failed = False
        self.summary: list[str] = []
        self.context: dict[str, Any] = {
            "github": {"action_path": str(action_dir), "workspace": str(workspace)},
            "runner": {"temp": str(temp), "os": "Linux"},
            "steps": self.steps,
            "env": self.base_env,
        }
        self.functions = {
            "always": lambda: True,
            "success": lambda: not self.failed,
            "failure": lambda: self.failed,
            "cancelled": lambda: False,
        }

    def run_step(self, index: int, spec: Mapping[str, Any], timeout: float | None) -> StepResult:
        name = str(spec.get("name") or spec.get("uses") or f"step {index}")
        step_id = str(spec.get("id") or f"__{index}")
        if not condition(spec.get("if"), self.context, self.functions):
            result = StepResult(
                name=name,
                id=step_id,
                outcome="skipped",
                conclusion="skipped",
                note=f"if: {spec.get('if', 'success()')} is false",
            )
        elif "uses" in spec:
            result = StepResult(
                name=name,
                id=step_id,
                outcome="skipped",
                conclusion="skipped",
                note=f"uses: {spec['uses']} is not run locally",
            )
        else:
            result = self._execute(index, name, step_id, spec, timeout)
        self.steps[step_id] = {
            "outputs": dict(result.outputs),
            "outcome": result.outcome,
            "conclusion": result.conclusion,
        }
        self.failed = self.failed or result.conclusion == "failure"
        return result

    def _execute(
        self, index: int, name: str, step_id: str, spec: Mapping[str, Any], timeout: float | None
    ) -> StepResult:
        from agenticops.proc import run

        shell = spec.get("shell")
        if shell not in SHELLS:
            raise ActionError(f"step {name!r}: shell {shell!r} is not supported (bash, sh)")
        files = {k: self.temp / f"step{index}-{k.lower()}" for k in _FILE_COMMANDS}
        for path in files.values():
            path.write_text("", encoding="utf-8")
        script = self.temp / f"step{index}.sh"
        script.write_text(
            substitute(str(spec["run"]), self.context, self.functions), encoding="utf-8"
        )
        workdir = substitute(str(spec.get("working-directory", ".")), self.context)
        done = run(
            [*SHELLS[shell], str(script)],
            cwd=self.workspace / workdir,
            env=self._env(spec, files),
            timeout=timeout,
        )
        outputs = parse_file_command(files["GITHUB_OUTPUT"].read_text(encoding="utf-8"))
        self.exported.update(parse_file_command(files["GITHUB_ENV"].read_text(encoding="utf-8")))
        added = files["GITHUB_PATH"].read_text(encoding="utf-8").splitlines()
        self.paths[:0] = [line.strip() for line in reversed(added) if line.strip()]
        self.summary.append(files["GITHUB_STEP_SUMMARY"].read_text(encoding="utf-8"))
        outcome = "success" if done.returncode == 0 and not done.timed_out else "failure"
        tolerated = spec.get("continue-on-error") in (True, "true")
        return StepResult(
            name=name,
            id=step_id,
            outcome=outcome,
            conclusion="success" if tolerated else outcome,
            note="timed out" if done.timed_out else "",
            returncode=done.returncode,
            stdout=done.stdout,
            stderr=done.stderr,
            outputs=outputs,
        )

    def _env(self, spec: Mapping[str, Any], files: Mapping[str, Path]) -> dict[str, str]:
        env = {**self.base_env, **self.exported, **{k: str(p) for k, p in files.items()}}
        if self.paths:
            env["PATH"] = os.pathsep.join([*self.paths, env.get("PATH", os.defpath)])
        for key, value in (spec.get("env") or {}).items():
            env[key] = substitute(str(value), {**self.context, "env": env}, self.functions)
        return env


_FILE_COMMANDS = ("GITHUB_OUTPUT", "GITHUB_ENV", "GITHUB_PATH", "GITHUB_STEP_SUMMARY")


def parse_file_command(text: str) -> dict[str, str]:
    """`name=value` and `name<<DELIMITER` … `DELIMITER` lines, as GITHUB_OUTPUT/GITHUB_ENV hold."""
    values: dict[str, str] = {}
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        line = lines[i]
        i += 1
        equals, heredoc = line.find("="), line.find("<<")
        if not line.strip():
            continue
        if equals >= 0 and (heredoc < 0 or equals < heredoc):
            values[line[:equals]] = line[equals + 1 :]
        elif heredoc >= 0:
            name, delimiter = line[:heredoc], line[heredoc + 2 :]
            if delimiter not in lines[i:]:
                raise ActionError(f"file command {name!r}: missing delimiter {delimiter!r}")
            end = lines.index(delimiter, i)
            values[name] = "\n".join(lines[i:end])
            i = end + 1
        else:
            raise ActionError(f"invalid file command line {line!r}")
    return values


def run_action(
    action: Path,
    *,
    workspace: Path,
    inputs: Mapping[str, str] | None = None,
    env: Mapping[str, str] | None = None,
    runner_temp: Path | None = None,
    timeout: float | None = None,
) -> ActionRun:
    """Run every step of the composite action at `action` with cwd = workspace."""
    spec = load_action(action)
    action_dir = (action if action.is_dir() else action.parent).resolve()
    values = resolve_inputs(spec, inputs or {})
    with tempfile.TemporaryDirectory(prefix="runner-temp-") as scratch:
        temp = runner_temp or Path(scratch)
        temp.mkdir(parents=True, exist_ok=True)
        runner = _Runner(action_dir, workspace.resolve(), temp, os.environ if env is None else env)
        runner.context["inputs"] = values
        steps = tuple(
            runner.run_step(i, step, timeout) for i, step in enumerate(spec["runs"]["steps"], 1)
        )
        outputs = {
            name: substitute(str(out.get("value", "")), runner.context, runner.functions)
            for name, out in (spec.get("outputs") or {}).items()
        }
    return ActionRun(steps=steps, outputs=outputs, summary="".join(runner.summary))


def main(argv: Sequence[str] | None = None) -> int:
    """Run the action, print each step and its output; exit 1 when a step failed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", nargs="?", default=".", type=Path)
    parser.add_argument("--workspace", type=Path, default=Path.cwd())
    parser.add_argument("--input", action="append", default=[], metavar="NAME=VALUE")
    args = parser.parse_args(argv)
    pairs = [item.partition("=") for item in args.input]
    if any(not sep for _, sep, _ in pairs):
        parser.error("--input takes NAME=VALUE")
    result = run_action(
        args.action, workspace=args.workspace, inputs={name: value for name, _, value in pairs}
    )
    for step in result.steps:
        print(f"== {step.name}: {step.outcome}" + (f" ({step.note})" if step.note else ""))
        sys.stdout.write(step.stdout + step.stderr)
    print(f"== outputs: {dict(result.outputs)}")
    print("== step summary:\n" + result.summary)
    return 1 if result.failed else 0


if __name__ == "__main__":  # pragma: no cover - run as a script in test_run_as_a_script
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # this checkout's agenticops
    raise SystemExit(main())
