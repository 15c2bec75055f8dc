"""The interpreter that will run mutmut: its mutmut version (3.8.1 only) and whether it has
pytest-cov."""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import NamedTuple

from agenticops import proc
from agenticops.errors import ToolError
from agenticops.measure.mutmut_names import SUPPORTED

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
