"""The definitions a node id names in a test module, and a test function's digest: its AST
with its classes' and its module's non-test parts."""

from __future__ import annotations

import ast
import copy
from collections.abc import Sequence

from agenticops.measure.mutation_keys import digest

_FUNCTIONS = (ast.FunctionDef, ast.AsyncFunctionDef)
_DEFS = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)

Def = ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef


def resolve(tree: ast.Module, names: Sequence[str]) -> list[Def] | None:
    """The definitions a chain of names reaches (classes, then a function), or None."""
    found: list[Def] = []
    scope: list[ast.stmt] = tree.body
    for name in names:
        node = next((n for n in scope if isinstance(n, _DEFS) and n.name == name), None)
        if node is None:
            return None
        found.append(node)
        scope = node.body
    return found


def function_digest(tree: ast.Module, names: Sequence[str]) -> str:
    """Test function + its classes' shared parts + its module's shared part, or ""."""
    chain = resolve(tree, names)
    if chain is None:
        return ""
    parts = [_shared(tree.body)]
    for node in chain:
        if isinstance(node, ast.ClassDef):
            parts.append(_shared(node.body, keep=node))
        else:
            parts.append(ast.dump(node))
    return "test:" + digest(*parts)


def _is_test(node: ast.stmt) -> bool:
    if isinstance(node, _FUNCTIONS):
        return node.name.startswith("test")
    return isinstance(node, ast.ClassDef) and node.name.startswith("Test")


def _shared(body: Sequence[ast.stmt], keep: ast.ClassDef | None = None) -> str:
    """A module's or class's code without its tests."""
    rest = [n for n in body if not _is_test(n)]
    if keep is None:
        return ast.dump(ast.Module(body=rest, type_ignores=[]))
    header = copy.copy(keep)
    header.body = rest
    return ast.dump(header)
