"""The suite's child process: its environment (our plugin on PYTHONPATH, the parent's
coverage/pytest settings dropped) and an interpreter that has pytest and coverage."""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Mapping
from pathlib import Path

from agenticops import proc
from agenticops.errors import ToolError

PLUGIN = "agenticops_pytest_plugin"
TESTS_JSON_ENV = "AGENTICOPS_TESTS_JSON"  # the plugin's ENV
#: the package measure/pytest_plugin, copied standalone under PLUGIN's name: next to this one
_PLUGIN_SOURCE = Path(__file__).parent.with_name("pytest_plugin")
_DROPPED_ENV = ("COVERAGE_", "PYTEST_")  # the parent's coverage/pytest settings must not leak in
_REQUIRED = ("pytest", "coverage")
#: plugins whose command-line options may sit in the project's addopts, and how to neutralise
#: them without breaking those options (`-p no:cov` would make `--cov` an unknown argument)
_NEUTRALISE = {"pytest_cov": ("--no-cov",), "xdist": ("-n", "0")}
_PROBE = (
    "import importlib.util as u, json, sys; "
    "print(json.dumps([m for m in sys.argv[1:] if u.find_spec(m)]))"
)


def _child_env(env: Mapping[str, str], scratch: Path) -> dict[str, str]:
    plugin_dir = scratch / "plugin"
    copy = plugin_dir / PLUGIN
    copy.mkdir(parents=True)
    for module in _PLUGIN_SOURCE.glob("*.py"):  # no bytecode, nor what mutmut leaves beside it
        shutil.copyfile(module, copy / module.name)
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
