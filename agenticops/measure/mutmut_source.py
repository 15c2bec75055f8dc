"""Source reading for mutmut's mutants: where each differs from the original, and which
functions mutmut can never mutate (decorated, out of its reach)."""

from __future__ import annotations

import ast
import difflib
from collections.abc import Iterator, Sequence

from agenticops.measure.mutmut_names import mangle

_FUNCTIONS = (ast.FunctionDef, ast.AsyncFunctionDef)
_SCOPES = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)
_Function = ast.FunctionDef | ast.AsyncFunctionDef
#: lone decorators mutmut still mutates through
_TRANSPARENT = frozenset({"staticmethod", "classmethod"})
#: mutmut's NEVER_MUTATE_FUNCTION_NAMES and the enum hooks it skips
_NEVER = frozenset({"__getattribute__", "__setattr__", "__new__"})
_ENUM_HOOKS = frozenset({"__init__", "_generate_next_value_"})
_ENUM_BASES = frozenset({"Enum", "IntEnum", "StrEnum", "Flag", "IntFlag"})


def _parse(source: str) -> ast.Module | None:
    try:
        return ast.parse(source)
    except SyntaxError:  # mutmut copies such a file unmutated
        return None


def _reachable(tree: ast.Module) -> Iterator[tuple[str, _Function, ast.ClassDef | None]]:
    """The functions mutmut mutates: module-level ones and methods of module-level classes."""
    for node in tree.body:
        if isinstance(node, _FUNCTIONS):
            yield node.name, node, None
        elif isinstance(node, ast.ClassDef):
            for item in node.body:
                if isinstance(item, _FUNCTIONS):
                    yield f"{node.name}.{item.name}", item, node


def def_lines(source: str) -> dict[str, int]:
    """The `def` line of each function mutmut can mutate, by mutmut's mangled name."""
    tree = _parse(source)
    return {mangle(q): node.lineno for q, node, _ in _reachable(tree)} if tree else {}


def generated_functions(mutated: str) -> dict[str, list[str]]:
    """Each copy mutmut generated (`x_f__mutmut_orig`, `xǁCǁm__mutmut_3`): its lines from `def`."""
    tree = _parse(mutated)
    lines = mutated.splitlines()
    copies = (node for _, node, _ in _reachable(tree)) if tree else iter(())
    return {
        node.name: lines[node.lineno - 1 : node.end_lineno]
        for node in copies
        if "__mutmut_" in node.name
    }


def locate(
    original: Sequence[str],
    mutant: Sequence[str],
    *,
    copies: tuple[str, str],
    name: str,
    def_line: int,
) -> tuple[int, str]:
    """(line in the original file where the mutant first differs, `- old\\n+ new` diff).

    `original`/`mutant` are two generated copies from their `def` line, named `copies`; both
    get the function's real `name` back, so their `def` lines differ only when mutated.
    """
    if not original or not mutant:  # a copy mutmut did not write: nothing to compare
        return def_line, ""
    old = _renamed(original, copies[0], name)
    new = _renamed(mutant, copies[1], name)
    changes = [
        op
        for op in difflib.SequenceMatcher(a=old, b=new, autojunk=False).get_opcodes()
        if op[0] != "equal"
    ]
    if not changes:
        return def_line, ""
    hunks = [_hunk(old[i1:i2], new[j1:j2]) for _, i1, i2, j1, j2 in changes]
    return def_line + changes[0][1], "\n".join(hunks)


def _renamed(lines: Sequence[str], copy: str, name: str) -> list[str]:
    return [lines[0].replace(copy, name, 1), *lines[1:]]


def _hunk(old: Sequence[str], new: Sequence[str]) -> str:
    text = [line for line in (*old, *new) if line.strip()]
    indent = min((len(line) - len(line.lstrip()) for line in text), default=0)
    return "\n".join(
        [f"- {line[indent:].rstrip()}" for line in old]
        + [f"+ {line[indent:].rstrip()}" for line in new]
    )


def unmutated(source: str) -> tuple[str, ...]:
    """Functions mutmut never mutates, by qualified name: decorated ones (any decorator but a
    lone @staticmethod/@classmethod), `__new__`-style hooks, and ones it cannot reach
    (nested classes, definitions under a module-level `if`/`try`)."""
    tree = _parse(source)
    if tree is None:
        return ()
    found: list[str] = []
    reachable = {id(node) for _, node, _ in _reachable(tree)}
    for qualname, node, owner in _reachable(tree):
        if _blocked(node, owner):
            found.append(qualname)
        else:
            found.extend(_skipped_inside(node.body, qualname))
    for statement in tree.body:
        found.extend(_unreachable(statement, "", reachable))
    return tuple(found)


def _blocked(node: _Function, owner: ast.ClassDef | None) -> bool:
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
        if isinstance(node, _FUNCTIONS) and _blocked(node, None):
            yield f"{prefix}.{node.name}"
            continue
        inner = f"{prefix}.{node.name}" if isinstance(node, _SCOPES) else prefix
        yield from _skipped_inside(list(ast.iter_child_nodes(node)), inner)


def _unreachable(node: ast.AST, prefix: str, reachable: set[int]) -> Iterator[str]:
    """Definitions outside the places mutmut looks (every def found here is never mutated)."""
    if id(node) in reachable:
        return
    if isinstance(node, _FUNCTIONS):
        yield f"{prefix}{node.name}"
        return
    inner = f"{prefix}{node.name}." if isinstance(node, ast.ClassDef) else prefix
    for child in ast.iter_child_nodes(node):
        yield from _unreachable(child, inner, reachable)
