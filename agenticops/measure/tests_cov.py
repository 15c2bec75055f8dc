"""Run the project's suite once under coverage.py: how each test ended, and what it covered.

The suite runs as `python -m coverage run -m pytest` in the measurement copy, with the
project's own pytest configuration and a generated coverage configuration (branch coverage over
`source`, the project's exclusion settings kept). Outcomes come from agenticops's pytest plugin
(a JSON-lines file), coverage from `coverage json` and the per-test contexts from the data
file (mutation_contexts): machine formats only.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, NamedTuple, cast

import tomli_w

from agenticops import proc
from agenticops.config import Config
from agenticops.errors import ToolError
from agenticops.measure.coverage_rc import coverage_settings
from agenticops.measure.mutation_contexts import export_contexts
from agenticops.model import TestOutcome, TestRun, TestStatus

PLUGIN = "agenticops_pytest_plugin"
TESTS_JSON_ENV = "AGENTICOPS_TESTS_JSON"  # the plugin's ENV
OUTPUT_TAIL = 4000  # characters of pytest's own output kept for diagnostics
_DROPPED_ENV = ("COVERAGE_", "PYTEST_")  # the parent's coverage/pytest settings must not leak in
_REQUIRED = ("pytest", "coverage")
#: plugins whose command-line options may sit in the project's addopts, and how to neutralise
#: them without breaking those options (`-p no:cov` would make `--cov` an unknown argument)
_NEUTRALISE = {"pytest_cov": ("--no-cov",), "xdist": ("-n", "0")}
_PROBE = (
    "import importlib.util as u, json, sys; "
    "print(json.dumps([m for m in sys.argv[1:] if u.find_spec(m)]))"
)


@dataclass(frozen=True, slots=True, kw_only=True)
class FileCoverage:
    """coverage.py's numbers for one source file (statements + branches)."""

    percent: float
    statements: int
    missing_lines: tuple[int, ...] = ()
    missing_branches: tuple[tuple[int, int], ...] = ()
    #: qualified function name -> percent of its body covered (coverage.py's own regions)
    functions: dict[str, float] = field(default_factory=dict)
    #: line -> node ids of the tests that executed it
    tests_by_line: dict[int, tuple[str, ...]] = field(default_factory=dict)
    #: every line and branch coverage.py saw run, also outside any test (at import)
    executed_lines: tuple[int, ...] = ()
    executed_branches: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class CoverageData:
    """Coverage over `source`: the total as coverage.py reports it, and each file."""

    total: float
    files: dict[str, FileCoverage]  # path relative to the workdir, with /


@dataclass(frozen=True, slots=True, kw_only=True)
class TestsCoverage:
    """One run of the suite: the outcomes, and the coverage (None when there is no data)."""

    run: TestRun
    coverage: CoverageData | None
    diagnostics: tuple[str, ...] = ()


class Events(NamedTuple):
    """What the plugin's JSON-lines file says: finished tests, and the test still running."""

    outcomes: tuple[TestOutcome, ...]
    running: str | None


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
        argv = [python, "-m", "coverage", "run", f"--rcfile={rcfile}", "-m", "pytest"]
        argv += ["-p", PLUGIN, "-p", "no:cacheprovider", "--color=no", *neutralise]
        argv += ["--continue-on-collection-errors"]  # one broken module must not hide the rest
        argv += [f"--basetemp={scratch / 'basetemp'}"]  # tmp_path dirs go away with ours
        argv += [*config.pytest_args, *_test_paths(workdir, config, select)]
        done = proc.run(argv, cwd=workdir, env=child_env, timeout=timeout)
        run = _test_run(done, read_events(Path(child_env[TESTS_JSON_ENV])), timeout)
        if done.timed_out:  # killed: coverage.py never wrote its data
            return TestsCoverage(run=run, coverage=None, diagnostics=("tests timed out",))
        data, diagnostics = _export(python, workdir, rcfile, child_env, timeout)
    return TestsCoverage(run=run, coverage=data, diagnostics=diagnostics)


def _child_env(env: Mapping[str, str], scratch: Path) -> dict[str, str]:
    plugin_dir = scratch / "plugin"
    plugin_dir.mkdir()
    shutil.copyfile(Path(__file__).with_name("pytest_plugin.py"), plugin_dir / f"{PLUGIN}.py")
    clean = {k: v for k, v in env.items() if not k.startswith(_DROPPED_ENV)}
    clean["PYTHONPATH"] = os.pathsep.join(filter(None, (str(plugin_dir), clean.get("PYTHONPATH"))))
    clean["PYTHONDONTWRITEBYTECODE"] = "1"  # no __pycache__ in site-packages or the tree
    clean[TESTS_JSON_ENV] = str(scratch / "tests.jsonl")
    return clean


def _probe(python: str, workdir: Path, env: Mapping[str, str]) -> tuple[str, ...]:
    """Check the interpreter has pytest and coverage; the arguments that neutralise plugins."""
    argv = [python, "-c", _PROBE, *_REQUIRED, *_NEUTRALISE]
    done = proc.run(argv, cwd=workdir, env=env, timeout=120)
    if done.returncode != 0:
        raise ToolError(f"{python}: cannot run it as Python: {_last_line(done)}")
    found = set(json.loads(done.stdout))
    missing = [m for m in _REQUIRED if m not in found]
    if missing:
        raise ToolError(
            f"{python}: {' and '.join(missing)} not installed; the tests run with this "
            "interpreter (install them there, or pass --python)"
        )
    return tuple(arg for module, args in _NEUTRALISE.items() if module in found for arg in args)


def _last_line(done: proc.Completed) -> str:
    lines = done.output.strip().splitlines()
    return lines[-1] if lines else "no output"


def _test_paths(workdir: Path, config: Config, select: Sequence[str]) -> list[str]:
    if select:
        return list(select)
    return [p for p in config.tests if (workdir / p).exists()]


def _write_rcfile(scratch: Path, workdir: Path, config: Config) -> Path:
    settings = coverage_settings(workdir, config.source)
    settings["run"]["data_file"] = str(workdir / ".coverage")
    rcfile = scratch / "coverage.toml"
    rcfile.write_text(tomli_w.dumps({"tool": {"coverage": settings}}), encoding="utf-8")
    return rcfile


def read_events(path: Path) -> Events:
    """Parse the plugin's JSON lines; a line cut short by a kill is skipped."""
    outcomes: list[TestOutcome] = []
    running: str | None = None
    lines = path.read_text(encoding="utf-8").splitlines() if path.is_file() else []
    for line in lines:
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            continue
        if "start" in record:
            running = record["start"]
            continue
        outcomes.append(
            TestOutcome(
                nodeid=record["nodeid"],
                status=cast(TestStatus, record["outcome"]),
                duration=record["duration"],
                message=record["message"],
            )
        )
        running = None if record["nodeid"] == running else running
    return Events(tuple(outcomes), running)


def _test_run(done: proc.Completed, events: Events, timeout: float) -> TestRun:
    outcomes = events.outcomes
    if done.timed_out and events.running is not None:
        message = f"still running when the suite was stopped at its {timeout:g} s timeout"
        hung = TestOutcome(nodeid=events.running, status="error", message=message)
        outcomes = (*outcomes, hung)
    return TestRun(
        outcomes=outcomes,
        exit_code=done.returncode,
        timed_out=done.timed_out,
        duration=done.duration,
        output=done.output[-OUTPUT_TAIL:],
    )


def _export(
    python: str, workdir: Path, rcfile: Path, env: Mapping[str, str], timeout: float
) -> tuple[CoverageData | None, tuple[str, ...]]:
    out = rcfile.with_name("coverage.json")
    # per-test contexts come compactly from the data file (mutation_contexts); only if that
    # fails, from the (much bigger) `--show-contexts` report
    contexts = export_contexts(
        python,
        workdir,
        data_file=workdir / ".coverage",
        out=rcfile.with_name("contexts.json"),
        env=env,
        timeout=timeout,
    )
    argv = [python, "-m", "coverage", "json", f"--rcfile={rcfile}"]
    argv += ["--show-contexts"] if contexts is None else []
    done = proc.run([*argv, "-o", str(out)], cwd=workdir, env=env, timeout=timeout)
    if done.returncode != 0 or not out.is_file():  # e.g. no Python file under `source`
        return None, (f"coverage json: {_last_line(done)}",)
    data = parse_coverage_json(json.loads(out.read_text(encoding="utf-8")))
    if contexts is not None:
        files = {p: replace(f, tests_by_line=contexts.get(p, {})) for p, f in data.files.items()}
        data = replace(data, files=files)
    return data, ()


def parse_coverage_json(doc: Mapping[str, Any]) -> CoverageData:
    """CoverageData from a `coverage json --show-contexts` report (format 3, coverage >= 7.5)."""
    meta = doc.get("meta", {})
    if meta.get("format", 0) < 3:
        version = meta.get("version", "unknown")
        raise ToolError(f"coverage {version}: too old, agenticops needs coverage >= 7.5")
    files = {Path(path).as_posix(): _file_coverage(entry) for path, entry in doc["files"].items()}
    return CoverageData(total=doc["totals"]["percent_covered"], files=files)


def _file_coverage(entry: Mapping[str, Any]) -> FileCoverage:
    return FileCoverage(
        percent=entry["summary"]["percent_covered"],
        statements=entry["summary"]["num_statements"],
        missing_lines=tuple(entry["missing_lines"]),
        missing_branches=tuple((a, b) for a, b in entry.get("missing_branches", ())),
        functions={
            name: region["summary"]["percent_covered"]
            for name, region in entry["functions"].items()
            if name  # "" is the module-level code
        },
        tests_by_line=_tests_by_line(entry.get("contexts", {})),
        executed_lines=tuple(entry.get("executed_lines", ())),
        executed_branches=tuple((a, b) for a, b in entry.get("executed_branches", ())),
    )


def _tests_by_line(contexts: Mapping[str, Sequence[str]]) -> dict[int, tuple[str, ...]]:
    """Line -> node ids; the empty context (code run outside any test, at import) is dropped."""
    by_line = {int(n): tuple(sorted(c for c in names if c)) for n, names in contexts.items()}
    return {n: tests for n, tests in sorted(by_line.items()) if tests}
