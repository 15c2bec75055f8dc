"""Setting up a loop run: budget, workspace copies, locked tests, boundary and the first prompt."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from agenticops.config import Config
from agenticops.environment import import_roots, with_pythonpath
from agenticops.measure.project import MeasureOptions
from agenticops.prompt import bullets, gates_text, render_task
from agenticops.spec import Spec, check_operative, write_contract_tests
from agenticops.verify import Checks
from agenticops.workspace.copy import copy_project
from agenticops.workspace.guard import Boundary, changed, snapshot
from agenticops.workspace.patch import user_snapshot

GENERATED_DIR = "agenticops_contract"
DEFAULT_ITERATIONS = 5
DEFAULT_MINUTES = 30.0


@dataclass(frozen=True, slots=True, kw_only=True)
class Budget:
    """When the loop gives up: iterations, wall minutes, USD (None = no limit)."""

    max_iterations: int = DEFAULT_ITERATIONS
    max_minutes: float = DEFAULT_MINUTES
    max_cost_usd: float | None = None

    def exhausted(self, iterations: int, cost: float, elapsed: float) -> str | None:
        """The reason the budget is spent, or None while work may go on."""
        if iterations >= self.max_iterations:
            return f"budget spent: {iterations} of {self.max_iterations} iterations used"
        if elapsed >= self.max_minutes * 60:
            return f"budget spent: {elapsed / 60:.1f} of {self.max_minutes} minutes used"
        if self.max_cost_usd is not None and cost >= self.max_cost_usd:
            return f"budget spent: ${cost:.4f} of ${self.max_cost_usd} used"
        return None

    def remaining_seconds(self, elapsed: float) -> float:
        return max(1.0, self.max_minutes * 60 - elapsed)

    def remaining_cost(self, cost: float) -> float | None:
        return None if self.max_cost_usd is None else max(0.0, self.max_cost_usd - cost)

    def to_dict(self) -> dict[str, Any]:
        return {
            "max_iterations": self.max_iterations,
            "max_minutes": self.max_minutes,
            "max_cost_usd": self.max_cost_usd,
        }


@dataclass(frozen=True, slots=True, kw_only=True)
class Limits:
    """Budget limits given on the command line; None = take the contract's."""

    iterations: int | None = None
    minutes: float | None = None
    cost_usd: float | None = None


def merge_budget(spec: Spec, limits: Limits) -> Budget:
    """CLI flags over the contract's [budget] over the defaults."""
    declared = spec.budget
    return Budget(
        max_iterations=limits.iterations or declared.max_iterations or DEFAULT_ITERATIONS,
        max_minutes=limits.minutes or declared.max_minutes or DEFAULT_MINUTES,
        max_cost_usd=limits.cost_usd if limits.cost_usd is not None else declared.max_cost_usd,
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class Run:
    """Everything one loop run works with."""

    spec: Spec
    config: Config
    budget: Budget
    start: Path  # the project as it was, for final.patch
    workspace: Path  # where the agent works
    baseline: Path  # the workspace with its locked tests, for reverting
    boundary: Boundary
    checks: Checks
    task: str
    user_before: dict[str, str]

    def changed_paths(self) -> tuple[str, ...]:
        return changed(snapshot(self.start), snapshot(self.workspace))


def prepare_run(
    spec: Spec,
    spec_dir: Path,
    config: Config,
    run_dir: Path,
    budget: Budget,
    options: MeasureOptions,
) -> Run:
    """Copy the project, lock the spec and generated tests in, and write the first prompt."""
    user_before = user_snapshot(config.root)
    start, workspace, baseline = run_dir / "start", run_dir / "workspace", run_dir / "baseline"
    copy_project(config.root, start)
    shutil.copytree(start, workspace, symlinks=True)
    spec_rel = _place_spec(spec_dir, config.root, workspace, spec.name)
    (workspace / config.source[0]).mkdir(parents=True, exist_ok=True)
    tests_dir = config.tests[0]
    generated = write_contract_tests(spec, workspace / spec_rel, workspace, tests_dir=tests_dir)
    shutil.copytree(workspace, baseline, symlinks=True)
    generated_dir = f"{tests_dir}/{GENERATED_DIR}"
    boundary = Boundary(
        writable=tuple(spec.writable), locked=(spec_rel, generated_dir, "pyproject.toml")
    )
    required = tuple(
        p.relative_to(workspace).as_posix() for p in generated if p.name.startswith("test_")
    )
    checks = Checks(
        module=spec.module,
        required_tests=required,
        operative=lambda work: _operative(spec, work, config, options),
        labels=scenario_labels(spec),
    )
    task = _task(spec, config, spec_rel, generated_dir)
    return Run(
        spec=spec,
        config=config,
        budget=budget,
        start=start,
        workspace=workspace,
        baseline=baseline,
        boundary=boundary,
        checks=checks,
        task=task,
        user_before=user_before,
    )


def _place_spec(spec_dir: Path, root: Path, workspace: Path, name: str) -> str:
    """The spec's path inside the workspace: where it is in the project, else specs/NAME."""
    resolved = spec_dir.resolve()
    if resolved.is_relative_to(root):
        return resolved.relative_to(root).as_posix()
    rel = f"specs/{name}"
    shutil.copytree(resolved, workspace / rel, dirs_exist_ok=True)
    return rel


def scenario_labels(spec: Spec) -> dict[str, str]:
    """pytest-bdd's test function name of every scenario -> "Scenario 'name' (file:line)"."""
    from pytest_bdd.scenario import make_python_name

    return {
        f"test_{make_python_name(s.name)}": f"Scenario '{s.name}' ({f.path}:{s.line})"
        for f in spec.features
        for s in f.scenarios
    }


def _operative(spec: Spec, work: Path, config: Config, options: MeasureOptions) -> list[str]:
    env = with_pythonpath(options.env, import_roots(work, config.source))
    findings = check_operative(
        spec, work, python=options.python, env=env, timeout=300, tests_dir=config.tests[0]
    )
    if not findings:
        return []
    rows = "\n".join(f"- {f.message}" for f in findings)
    return [f"### Acceptance steps do not check their values\n\n{rows}"]


def _task(spec: Spec, config: Config, spec_rel: str, generated_dir: str) -> str:
    return render_task(
        {
            "name": spec.name,
            "module": spec.module,
            "intent": spec.intent.strip(),
            "source_root": config.source[0],
            "interface": "\n\n".join(
                f"```python\ndef {f.name}{f.signature}\n```\n\n{f.doc.strip()}"
                for f in spec.functions
            ),
            "invariants": bullets(
                [
                    f"`{i.function}`: {i.name}: `{i.holds}`"
                    + (f" when `{i.where}`" if i.where else "")
                    for i in spec.invariants
                ]
            ),
            "examples": bullets([_example(e) for e in spec.examples]),
            "steps_note": "Step definitions are given and locked."
            if spec.steps
            else "Write the pytest-bdd step definitions yourself (see below); agenticops "
            "changes the scenarios' literal values to prove your steps check them.",
            "features": "\n\n".join(
                f"`{f.path}`:\n\n```gherkin\n{f.text.strip()}\n```" for f in spec.features
            ),
            "writable": ", ".join(f"`{g}`" for g in spec.writable),
            "spec_dir": spec_rel,
            "generated_dir": generated_dir,
            "profile": config.profile,
            "gates": gates_text(config.thresholds),
        }
    )


def _example(example: Any) -> str:
    args = ", ".join(f"{k}={v!r}" for k, v in example.args.items())
    outcome = f"raises {example.raises}" if example.raises else f"returns {example.returns!r}"
    return f"`{example.function}({args})` {outcome}"
