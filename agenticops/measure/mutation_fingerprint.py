"""The configuration a mutant's verdict depends on, beyond its function and its tests.

Every part is kept by name, so a changed fingerprint can say what changed. Included: the
cache schema, agenticops's version, the interpreter and the versions of mutmut, pytest and
coverage it runs, every `[tool.agenticops.mutation]` setting that can change a verdict
(isolation, pytest_args, also_copy, timeout_factor, timeout_floor), the test paths, pytest's
own configuration (pytest.ini, .pytest.ini, tox.ini, setup.cfg, `[tool.pytest*]` of
pyproject.toml) and the test support files (see mutation_tests.support_digest). Not included:
max_children (how many workers, not what they find) and the versions of other installed
packages (after upgrading a dependency, run once with --no-cache).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path

from agenticops import __version__, proc
from agenticops.config import Config
from agenticops.errors import ToolError
from agenticops.measure.mutation_keys import digest
from agenticops.measure.pytest_config import pytest_settings

__all__ = ["CACHE_SCHEMA", "changed", "fingerprint", "pytest_settings", "summary", "tool_versions"]

CACHE_SCHEMA = "agenticops.mutation-cache/1"
_PROBE = """\
import importlib.metadata as m, json, sys
def v(name):
    try:
        return m.version(name)
    except m.PackageNotFoundError:
        return None
print(json.dumps({"python": sys.version, **{n: v(n) for n in ("mutmut", "pytest", "coverage")}}))
"""


def tool_versions(python: str, *, env: Mapping[str, str], cwd: Path) -> dict[str, str]:
    """The interpreter's version and those of the tools it runs the mutants with."""
    done = proc.run([python, "-c", _PROBE], cwd=cwd, env=env, timeout=60)
    try:
        answer = json.loads(done.stdout.strip().splitlines()[-1])
    except (ValueError, IndexError):
        answer = None
    if done.returncode != 0 or not isinstance(answer, dict):
        tail = done.output.strip().splitlines()[-1:] or ["no output"]
        raise ToolError(f"{python}: cannot ask it for its tool versions: {tail[0]}")
    return {k: str(v) for k, v in sorted(answer.items())}


def fingerprint(
    workdir: Path, config: Config, *, versions: Mapping[str, str], support: str
) -> dict[str, str]:
    """The named parts of the configuration fingerprint."""
    settings = config.mutation
    return {
        "schema": CACHE_SCHEMA,
        "agenticops": __version__,
        **{f"version:{k}": v for k, v in versions.items()},
        "isolation": settings.isolation,
        "pytest_args": json.dumps(list(settings.pytest_args)),
        "also_copy": json.dumps(sorted(settings.also_copy)),
        "timeouts": f"{settings.timeout_factor!r} {settings.timeout_floor!r}",
        "tests": json.dumps(list(config.tests)),
        "pytest_config": pytest_settings(workdir),
        "test_support": support,
    }


def summary(parts: Mapping[str, str]) -> str:
    """One digest for the whole fingerprint (what shard reports carry)."""
    return digest(*(f"{k}={v}" for k, v in sorted(parts.items())))


def changed(old: Mapping[str, str], new: Mapping[str, str]) -> list[str]:
    """The names of the parts that differ."""
    return sorted(k for k in old.keys() | new.keys() if old.get(k) != new.get(k))
