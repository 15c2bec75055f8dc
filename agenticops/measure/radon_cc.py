"""Cyclomatic complexity of every function, from radon, named as coverage.py names its regions."""

from __future__ import annotations

import os
import tokenize
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from radon.complexity import cc_visit
from radon.visitors import Class

from agenticops.errors import ProjectError
from agenticops.workspace.copy import is_excluded


@dataclass(frozen=True, slots=True, kw_only=True)
class FunctionComplexity:
    """One function: `name` is qualified (`Class.method`, `Outer.Inner.m`, `outer.inner`)."""

    name: str
    line: int  # the `def` line (not a decorator)
    end_line: int
    complexity: int


def measure_complexity(
    root: Path, files: Sequence[str]
) -> dict[str, tuple[FunctionComplexity, ...]]:
    """Complexity of the functions of each file (relative to root, with /), in source order.

    Nested functions are their own entries (`outer.inner`): radon does not add their
    complexity to the enclosing function, and coverage.py reports them as their own regions.
    """
    return {rel: _functions(root / rel, rel) for rel in files}


def _functions(path: Path, rel: str) -> tuple[FunctionComplexity, ...]:
    try:
        with tokenize.open(path) as fh:  # honours a PEP 263 coding cookie
            blocks = cc_visit(fh.read())
    except SyntaxError as exc:  # also an undecodable first line, with no line number
        where = f"{rel}:{exc.lineno}" if exc.lineno else rel
        raise ProjectError(f"{where}: cannot parse: {exc.msg}") from exc
    except ValueError as exc:  # undecodable bytes further down, null bytes
        raise ProjectError(f"{rel}: cannot parse: {exc}") from exc
    found = [f for block in blocks if not _is_method(block) for f in _walk(block, "")]
    return tuple(sorted(found, key=lambda f: (f.line, f.name)))


def _is_method(block: Any) -> bool:
    # cc_visit also lists each top-level class's methods; _walk reaches them through the class
    return not isinstance(block, Class) and bool(block.is_method)


def _walk(block: Any, prefix: str) -> Iterator[FunctionComplexity]:
    name = prefix + block.name
    if isinstance(block, Class):
        for child in (*block.methods, *block.inner_classes):
            yield from _walk(child, name + ".")
        return
    yield FunctionComplexity(
        name=name, line=block.lineno, end_line=block.endline, complexity=block.complexity
    )
    for closure in block.closures:
        yield from _walk(closure, name + ".")


def source_files(root: Path, source: Sequence[str]) -> tuple[str, ...]:
    """Every .py file under the source paths (files or directories), relative with /, sorted.

    Caches, virtualenvs and other debris (as `workspace.copy.is_excluded` defines it) are
    skipped; a missing path contributes nothing.
    """
    found: set[str] = set()
    for entry in source:
        path = root / entry
        if path.is_file() and path.suffix == ".py":
            found.add(Path(entry).as_posix())
        elif path.is_dir():
            found.update(_walk_dir(root, path))
    return tuple(sorted(found))


def _walk_dir(root: Path, top: Path) -> Iterator[str]:
    for directory, dirs, files in os.walk(top):
        here = Path(directory)
        dirs[:] = [d for d in dirs if not is_excluded(here / d, at_root=here == root)]
        for name in files:
            if name.endswith(".py"):
                yield (here / name).relative_to(root).as_posix()
