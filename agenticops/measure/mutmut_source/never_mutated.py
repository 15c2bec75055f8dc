"""The functions mutmut never mutates: decorated ones, `__new__`-style and enum hooks, and
definitions out of its reach."""

from __future__ import annotations

import ast
from collections.abc import Iterator, Sequence

from agenticops.measure.mutmut_source.reachable import (
    FUNCTIONS,
    Function,
    iter_reachable,
    parse_source,
)

_SCOPES = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)
#: lone decorators mutmut still mutates through
_TRANSPARENT = frozenset({"staticmethod", "classmethod"})
#: mutmut's NEVER_MUTATE_FUNCTION_NAMES and the enum hooks it skips
_NEVER = frozenset({"__getattribute__", "__setattr__", "__new__"})
_ENUM_HOOKS = frozenset({"__init__", "_generate_next_value_"})
_ENUM_BASES = frozenset({"Enum", "IntEnum", "StrEnum", "Flag", "IntFlag"})


def unmutated(source: str) -> tuple[str, ...]:
    """Functions mutmut never mutates, by qualified name: decorated ones (any decorator but a
    lone @staticmethod/@classmethod), `__new__`-style hooks, and ones it cannot reach
    (nested classes, definitions under a module-level `if`/`try`)."""
    tree = parse_source(source)
    if tree is None:
        return ()
    found: list[str] = []
    reachable = {id(node) for _, node, _ in iter_reachable(tree)}
    for qualname, node, owner in iter_reachable(tree):
        if _blocked(node, owner):
            found.append(qualname)
        else:
            found.extend(_skipped_inside(node.body, qualname))
    for statement in tree.body:
        found.extend(_unreachable(statement, "", reachable))
    return tuple(found)


def _blocked(node: Function, owner: ast.ClassDef | None) -> bool:
    if node.name in _NEVER or (owner is not None and _is_enum(owner) and node.name in _ENUM_HOOKS):
        return True
    decorators = node.decorator_list
    lone = decorators[0] if len(decorators) == 1 else None
    transparent = isinstance(lone, ast.Name) and lone.id in _TRANSPARENT
    return bool(decorators) and not transparent


def _is_enum(node: ast.ClassDef) -> bool:
    names = (b.attr if isinstance(b, ast.Attribute) else getattr(b, "id", "") for b in node.bases)
    return any(name in _ENUM_BASES for name in names)


def _skipped_inside(nodes: Sequence[ast.AST], prefix: str) -> Iterator[str]:
    """Nested definitions inside a mutated function whose bodies mutmut skips."""
    for node in nodes:
        if isinstance(node, FUNCTIONS) and _blocked(node, None):
            yield f"{prefix}.{node.name}"
            continue
        inner = f"{prefix}.{node.name}" if isinstance(node, _SCOPES) else prefix
        yield from _skipped_inside(list(ast.iter_child_nodes(node)), inner)


def _unreachable(node: ast.AST, prefix: str, reachable: set[int]) -> Iterator[str]:
    """Definitions outside the places mutmut looks (every def found here is never mutated)."""
    if id(node) in reachable:
        return
    if isinstance(node, FUNCTIONS):
        yield f"{prefix}{node.name}"
        return
    inner = f"{prefix}{node.name}." if isinstance(node, ast.ClassDef) else prefix
    for child in ast.iter_child_nodes(node):
        yield from _unreachable(child, inner, reachable)
