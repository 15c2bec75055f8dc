"""The spec's own steps beside the generated tests, with a conftest.py that imports them."""

from __future__ import annotations

import shutil
from pathlib import Path

from agenticops import textfile
from agenticops.spec.generate.layout import header
from agenticops.spec.generate.source import fill
from agenticops.spec.records import Spec


def copy_steps(spec: Spec, steps: Path, target: Path) -> None:
    if steps.is_file():
        shutil.copyfile(steps, target / "conftest.py")
        return
    shutil.copytree(steps, target / "steps", ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    modules = sorted(p.relative_to(steps).with_suffix("").parts for p in steps.rglob("*.py"))
    dotted = [".".join(("steps", *(m[:-1] if m[-1] == "__init__" else m))) for m in modules]
    lines = [f"from .{name} import *  # noqa: F403" for name in dotted]
    fields = {"header": header(spec), "name": spec.name, "imports": "\n".join(lines)}
    textfile.write(target / "conftest.py", fill("conftest_steps.py.tmpl", fields))
