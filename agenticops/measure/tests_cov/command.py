"""The suite's command line: `coverage run -m pytest` with our plugin, the generated coverage
configuration file, and the project's test paths that exist."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import tomli_w

from agenticops import textfile
from agenticops.config import Config
from agenticops.measure.coverage_rc import coverage_settings
from agenticops.measure.tests_cov.child import PLUGIN


def _pytest_argv(python: str, rcfile: Path, scratch: Path, neutralise: Sequence[str]) -> list[str]:
    """`python -m coverage run -m pytest` and our options; the project's arguments follow."""
    argv = [python, "-m", "coverage", "run", f"--rcfile={rcfile}", "-m", "pytest"]
    argv += ["-p", PLUGIN, "-p", "no:cacheprovider", "--color=no", *neutralise]
    argv += ["--continue-on-collection-errors"]  # one broken module must not hide the rest
    argv += [f"--basetemp={scratch / 'basetemp'}"]  # tmp_path dirs go away with ours
    return argv


def _test_paths(workdir: Path, config: Config, select: Sequence[str]) -> list[str]:
    if select:
        return list(select)
    return [p for p in config.tests if (workdir / p).exists()]


def _write_rcfile(scratch: Path, workdir: Path, config: Config) -> Path:
    settings = coverage_settings(workdir, config.source)
    settings["run"]["data_file"] = str(workdir / ".coverage")
    rcfile = scratch / "coverage.toml"
    textfile.write(rcfile, tomli_w.dumps({"tool": {"coverage": settings}}))
    return rcfile
