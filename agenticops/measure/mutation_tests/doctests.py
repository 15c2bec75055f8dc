"""A module doctest's digest: the docstring its dotted name reaches in the module's source."""

from __future__ import annotations

import ast
from pathlib import PurePosixPath

from agenticops.measure.mutation_keys import digest
from agenticops.measure.mutation_tests.definitions import Def, resolve


def doctest_digest(tree: ast.Module, path: str, dotted: str) -> str:
    """The docstring `pkg.mod.Class.name` names in the module at path, or "" if not found."""
    module = list(PurePosixPath(path).with_suffix("").parts)
    if module[-1] == "__init__":
        module.pop()
    parts = dotted.split(".")
    start = max(k for k in range(len(parts) + 1) if module[len(module) - k :] == parts[:k])
    chain = resolve(tree, parts[start:])
    if chain is None:
        return ""
    node: ast.Module | Def = chain[-1] if chain else tree
    return "doc:" + digest(ast.get_docstring(node, clean=False) or "")
