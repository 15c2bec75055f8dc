"""Running the operative check: write the probes, run pytest over them, judge each outcome."""

from __future__ import annotations

import shutil
from collections.abc import Mapping
from pathlib import Path

from agenticops.proc import run
from agenticops.spec.operative.findings import OperativeFinding, broken
from agenticops.spec.operative.outcomes import judge, read_outcomes
from agenticops.spec.operative.package import write_package
from agenticops.spec.operative.probes import build_probes
from agenticops.spec.records import Spec

#: the temporary package under the tests directory; removed when the check ends
OPERATIVE_PACKAGE = "agenticops_operative"


def check_operative(
    spec: Spec,
    workspace: Path,
    *,
    python: str,
    env: Mapping[str, str],
    timeout: float,
    tests_dir: str = "tests",
) -> tuple[OperativeFinding, ...]:
    """Run every literal mutant of every scenario against the agent's steps; each must fail.

    Skipped (no findings) when the spec brings its own steps. A scenario that fails as written
    is not judged here (the acceptance tests report it).
    """
    probes = build_probes(spec) if spec.steps is None else []
    if not probes:
        return ()
    target = workspace / tests_dir / OPERATIVE_PACKAGE
    module = target / "test_operative.py"
    try:
        write_package(target, probes)
        argv = [python, "-m", "pytest", module.relative_to(workspace).as_posix(), "-q"]
        argv += ["-p", "no:cacheprovider", "-o", "addopts="]
        completed = run(argv, cwd=workspace, env=env, timeout=timeout)
        outcomes = read_outcomes(target / "outcomes.jsonl")
    finally:
        shutil.rmtree(target, ignore_errors=True)
    if completed.timed_out:
        return (broken(f"the operative check timed out after {timeout:g} s"),)
    if not outcomes:
        lines = [line for line in completed.output.splitlines() if line.strip()] or [""]
        problem = f"pytest exit {completed.returncode}: {lines[-1][:200]}"
        return (broken(f"the operative check ran no scenario ({problem})"),)
    return tuple(judge(probes, outcomes))
