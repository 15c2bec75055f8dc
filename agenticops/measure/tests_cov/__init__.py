"""Run the project's suite once under coverage.py: how each test ended, and what it covered.

The suite runs as `python -m coverage run -m pytest` in the measurement copy, with the
project's own pytest configuration and a generated coverage configuration (branch coverage over
`source`, the project's exclusion settings kept). Outcomes come from agenticops's pytest plugin
(a JSON-lines file), coverage from `coverage json` and the per-test contexts from the data
file (mutation_contexts): machine formats only.
"""

from __future__ import annotations

import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from agenticops import proc
from agenticops.config import Config
from agenticops.measure.tests_cov.child import PLUGIN as PLUGIN
from agenticops.measure.tests_cov.child import TESTS_JSON_ENV as TESTS_JSON_ENV
from agenticops.measure.tests_cov.child import _child_env, _probe
from agenticops.measure.tests_cov.command import _pytest_argv, _test_paths, _write_rcfile
from agenticops.measure.tests_cov.coverage_json import CoverageData as CoverageData
from agenticops.measure.tests_cov.coverage_json import parse_coverage_json as parse_coverage_json
from agenticops.measure.tests_cov.events import OUTPUT_TAIL as OUTPUT_TAIL
from agenticops.measure.tests_cov.events import Events as Events
from agenticops.measure.tests_cov.events import _test_run
from agenticops.measure.tests_cov.events import read_events as read_events
from agenticops.measure.tests_cov.export import _export as _export
from agenticops.measure.tests_cov.file_coverage import FileCoverage as FileCoverage
from agenticops.model import TestRun


@dataclass(frozen=True, slots=True, kw_only=True)
class TestsCoverage:
    """One run of the suite: the outcomes, and the coverage (None when there is no data)."""

    run: TestRun
    coverage: CoverageData | None
    diagnostics: tuple[str, ...] = ()


def run_tests(
    workdir: Path,
    config: Config,
    *,
    python: str,
    env: Mapping[str, str],
    timeout: float,
    select: Sequence[str] = (),
) -> TestsCoverage:
    """Run `select` (or config.tests) in workdir with `python`; stop it all at `timeout` s.

    Only workdir (the coverage data file `.coverage`, whatever the tests write) and a
    temporary directory of our own are written. Test paths from config.tests that do not
    exist are dropped; if none exists pytest discovers tests itself (testpaths, rootdir).
    """
    workdir = workdir.resolve()
    with tempfile.TemporaryDirectory(prefix="agenticops-tests-") as tmp:
        scratch = Path(tmp)
        child_env = _child_env(env, scratch)
        neutralise = _probe(python, workdir, child_env)
        rcfile = _write_rcfile(scratch, workdir, config)
        argv = _pytest_argv(python, rcfile, scratch, neutralise)
        argv += [*config.pytest_args, *_test_paths(workdir, config, select)]
        done = proc.run(argv, cwd=workdir, env=child_env, timeout=timeout)
        run = _test_run(done, read_events(Path(child_env[TESTS_JSON_ENV])), timeout)
        if done.timed_out:  # killed: coverage.py never wrote its data
            return TestsCoverage(run=run, coverage=None, diagnostics=("tests timed out",))
        data, diagnostics = _export(python, workdir, rcfile, child_env, timeout)
    return TestsCoverage(run=run, coverage=data, diagnostics=diagnostics)
