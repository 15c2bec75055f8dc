"""What the loop checks beyond the gate: its module, its locked tests, operative Gherkin steps."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from agenticops.config import Config
from agenticops.environment import import_roots, with_pythonpath
from agenticops.measure.project import MeasureOptions
from agenticops.spec import Spec, check_operative
from agenticops.verify import Checks


def loop_checks(
    spec: Spec, workspace: Path, generated: Sequence[Path], config: Config, options: MeasureOptions
) -> Checks:
    """The Checks of a run whose contract tests were generated into workspace."""
    required = tuple(
        p.relative_to(workspace).as_posix() for p in generated if p.name.startswith("test_")
    )
    return Checks(
        module=spec.module,
        required_tests=required,
        operative=lambda work: _operative(spec, work, config, options),
        labels=scenario_labels(spec),
    )


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
