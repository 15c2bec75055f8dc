"""Drive mutmut by configuration: probe the target interpreter and write `[tool.mutmut]` into
the measurement copy's pyproject.toml (the user's own `[tool.mutmut]` is replaced)."""

from __future__ import annotations

import glob
import json
from collections.abc import Mapping, Sequence
from pathlib import Path, PurePosixPath
from typing import Any, NamedTuple

import tomli_w

from agenticops import proc
from agenticops.config import Config, read_toml
from agenticops.errors import ToolError
from agenticops.measure.mutmut_names import SUPPORTED
from agenticops.workspace.copy import is_excluded

#: pytest reads these; they say which config the copy inside mutants/ saw
CONFIG_FILES = (
    "pytest.ini",
    ".pytest.ini",
    "pyproject.toml",
    "tox.ini",
    "setup.cfg",
    "conftest.py",
)

_PROBE = """\
import importlib.metadata as m, importlib.util as u, json
try:
    v = m.version("mutmut")
except m.PackageNotFoundError:
    v = None
print(json.dumps({"mutmut": v, "pytest_cov": u.find_spec("pytest_cov") is not None}))
"""


class Probe(NamedTuple):
    version: str  # mutmut's version in the target interpreter
    pytest_cov: bool  # whether --no-cov is needed (and understood)


def probe(python: str, *, env: Mapping[str, str], cwd: Path) -> Probe:
    """Ask the interpreter that will run mutmut for its mutmut version and pytest-cov."""
    done = proc.run([python, "-c", _PROBE], cwd=cwd, env=env, timeout=60)
    lines = done.stdout.strip().splitlines()
    try:
        answer = json.loads(lines[-1]) if done.returncode == 0 and lines else None
    except ValueError:
        answer = None
    if not isinstance(answer, dict):
        tail = done.output.strip().splitlines()[-1:] or ["no output"]
        raise ToolError(f"{python}: cannot ask it for mutmut's version: {tail[0]}")
    return check_version(
        answer.get("mutmut"), python=python, pytest_cov=bool(answer.get("pytest_cov"))
    )


def check_version(version: object, *, python: str, pytest_cov: bool) -> Probe:
    """Only mutmut 3.8.1's private result files are understood: anything else is refused."""
    if version is None:
        raise ToolError(
            f"mutmut is not installed for {python}; agenticops needs mutmut=={SUPPORTED} "
            f"there (pip install mutmut=={SUPPORTED})"
        )
    if version != SUPPORTED:
        raise ToolError(
            f"mutmut {version} is installed for {python}; agenticops supports "
            f"mutmut=={SUPPORTED} only (pip install mutmut=={SUPPORTED})"
        )
    return Probe(version=SUPPORTED, pytest_cov=pytest_cov)


def source_paths(config: Config, files: Sequence[str]) -> list[str]:
    """The source roots holding `files`: configured roots first, else each file's top entry."""
    roots: list[str] = []
    for file in files:
        path = PurePosixPath(file)
        root = next(
            (
                s
                for s in config.source
                if path == PurePosixPath(s) or PurePosixPath(s) in path.parents
            ),
            path.parts[0],
        )
        if root not in roots:
            roots.append(root)
    return roots


def also_copy(workdir: Path, config: Config, roots: Sequence[str]) -> list[str]:
    """Everything at the top of the copy that tests may read (config files, conftest.py, data,
    docs, helper packages), except the source roots and tool debris; then the user's extras."""
    skip = {PurePosixPath(r).as_posix() for r in roots}
    top = sorted(
        p.name for p in workdir.iterdir() if p.name not in skip and not is_excluded(p, at_root=True)
    )
    return top + [extra for extra in config.mutation.also_copy if extra not in top]


def pytest_args(config: Config, *, pytest_cov: bool) -> list[str]:
    """Arguments for every pytest run inside mutants/."""
    return [
        "-p",
        "no:cacheprovider",
        *(["--no-cov"] if pytest_cov else []),
        *config.pytest_args,
        *config.mutation.pytest_args,
    ]


def mutmut_table(
    workdir: Path,
    config: Config,
    files: Sequence[str],
    *,
    isolation: str,
    pytest_cov: bool,
    warmup: str = "collect",
    startup: float = 0.0,
) -> dict[str, Any]:
    """The whole `[tool.mutmut]` table for one run. `warmup`: what mutmut's fork server does
    before forking the workers (its default, "collect", collects the suite once; "none": each
    worker collects for itself); `startup`: seconds added to every mutant's time floor for
    what a worker does before its tests run."""
    roots = source_paths(config, files)
    return {
        "source_paths": roots,
        "only_mutate": sorted(glob.escape(f) for f in files),
        "also_copy": also_copy(workdir, config, roots),
        "pytest_add_cli_args_test_selection": list(config.tests),
        "pytest_add_cli_args": pytest_args(config, pytest_cov=pytest_cov),
        "timeout_multiplier": config.mutation.timeout_factor,
        "timeout_constant": config.mutation.timeout_floor + startup,
        "process_isolation": isolation,
        "forkserver_warmup": warmup,
        "use_git_change_detection": False,
        "debug": False,
    }


def write_table(workdir: Path, table: Mapping[str, Any]) -> None:
    """Set `[tool.mutmut]` in workdir/pyproject.toml, keeping every other table."""
    path = workdir / "pyproject.toml"
    data = read_toml(path) if path.is_file() else {}
    tool = data.get("tool")
    data["tool"] = {**(tool if isinstance(tool, dict) else {}), "mutmut": dict(table)}
    path.write_text(tomli_w.dumps(data), encoding="utf-8")
