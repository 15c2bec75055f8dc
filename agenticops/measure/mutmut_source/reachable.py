"""The functions mutmut mutates in a source (module-level ones and methods of module-level
classes): their `def` lines, and the copies mutmut generated of them."""

from __future__ import annotations

import ast
from collections.abc import Iterator

from agenticops.measure.mutmut_names import mangle

FUNCTIONS = (ast.FunctionDef, ast.AsyncFunctionDef)
Function = ast.FunctionDef | ast.AsyncFunctionDef


def parse_source(source: str) -> ast.Module | None:
    try:
        return ast.parse(source)
    except SyntaxError:  # mutmut copies such a file unmutated
        return None


def iter_reachable(tree: ast.Module) -> Iterator[tuple[str, Function, ast.ClassDef | None]]:
    """The functions mutmut mutates: module-level ones and methods of module-level classes."""
    for node in tree.body:
        if isinstance(node, FUNCTIONS):
            yield node.name, node, None
        elif isinstance(node, ast.ClassDef):
            for item in node.body:
                if isinstance(item, FUNCTIONS):
                    yield f"{node.name}.{item.name}", item, node


def def_lines(source: str) -> dict[str, int]:
    """The `def` line of each function mutmut can mutate, by mutmut's mangled name."""
    tree = parse_source(source)
    return {mangle(q): node.lineno for q, node, _ in iter_reachable(tree)} if tree else {}


def generated_functions(mutated: str) -> dict[str, list[str]]:
    """Each copy mutmut generated (`x_f__mutmut_orig`, `xǁCǁm__mutmut_3`): its lines from `def`."""
    tree = parse_source(mutated)
    lines = mutated.splitlines()
    copies = (node for _, node, _ in iter_reachable(tree)) if tree else iter(())
    return {
        node.name: lines[node.lineno - 1 : node.end_lineno]
        for node in copies
        if "__mutmut_" in node.name
    }
