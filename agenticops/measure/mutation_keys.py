"""What a mutant's verdict depends on in the source under test, read from the original file.

mutmut mutates module-level functions and the methods of module-level classes; each of those
is a `SourceFunction` here, named as mutmut names it (`func`, `Class.method`). Its `digest`
covers the function's exact source text (decorators to last line, comments included: a
cached diff must still show the code as it is, and mutant lines are stored relative to the
`def` line, so any change inside re-tests) plus the file's *context*: the AST (without
positions or docstrings) of every module-level statement that is not a function or class
(imports, constants) and of each class's header and non-function body (bases, decorators,
class attributes). So moving a function, or editing another one or a docstring outside it,
keeps the digest; editing it, a constant or an import of its file changes it. What a
function calls in *other* functions is not part of it (as in mutmut and PIT): an edit of a
callee re-tests the callee's mutants, not its callers'.
"""

from __future__ import annotations

import ast
import copy
import hashlib
from collections.abc import Iterator
from dataclasses import dataclass

_FUNCTIONS = (ast.FunctionDef, ast.AsyncFunctionDef)
_Function = ast.FunctionDef | ast.AsyncFunctionDef


@dataclass(frozen=True, slots=True, kw_only=True)
class SourceFunction:
    """One function mutmut may mutate, as it is now."""

    qualname: str  # `func` or `Class.method`
    def_line: int  # the `def` line: mutant lines are stored relative to it
    first: int  # first line of the body
    last: int  # last line of the function
    digest: str


def digest(*parts: str) -> str:
    """A short, stable hash of text parts (16 hex digits of sha256)."""
    h = hashlib.sha256()
    for part in parts:
        h.update(part.encode("utf-8", "surrogatepass"))
        h.update(b"\0")
    return h.hexdigest()[:16]


def parse(source: str) -> ast.Module | None:
    """The module, or None when it does not parse (mutmut copies such a file unmutated)."""
    try:
        return ast.parse(source)
    except (SyntaxError, ValueError):
        return None


def _reachable(tree: ast.Module) -> Iterator[tuple[str, _Function]]:
    for node in tree.body:
        if isinstance(node, _FUNCTIONS):
            yield node.name, node
        elif isinstance(node, ast.ClassDef):
            for item in node.body:
                if isinstance(item, _FUNCTIONS):
                    yield f"{node.name}.{item.name}", item


def _code(body: list[ast.stmt]) -> list[ast.stmt]:
    """The statements without the leading docstring."""
    first = body[0] if body else None
    docstring = (
        isinstance(first, ast.Expr)
        and isinstance(first.value, ast.Constant)
        and isinstance(first.value.value, str)
    )
    return body[1:] if docstring else body


def _context(tree: ast.Module) -> str:
    """The file's code outside the functions mutmut mutates, as one dump."""
    kept: list[ast.stmt] = []
    for node in _code(tree.body):
        if isinstance(node, ast.ClassDef):
            header = copy.copy(node)
            header.body = [s for s in _code(node.body) if not isinstance(s, _FUNCTIONS)]
            kept.append(header)
        elif not isinstance(node, _FUNCTIONS):
            kept.append(node)
    return ast.dump(ast.Module(body=kept, type_ignores=[]))


def source_functions(source: str) -> dict[str, SourceFunction]:
    """Every function mutmut may mutate in `source`, by qualified name."""
    tree = parse(source)
    if tree is None:
        return {}
    context = _context(tree)
    lines = source.splitlines()
    found: dict[str, SourceFunction] = {}
    for qualname, node in _reachable(tree):
        start = min([node.lineno, *(d.lineno for d in node.decorator_list)])
        last = node.end_lineno or node.lineno
        found[qualname] = SourceFunction(
            qualname=qualname,
            def_line=node.lineno,
            first=node.body[0].lineno,
            last=last,
            digest=digest(context, *lines[start - 1 : last]),
        )
    return found


def covering_tests(
    function: SourceFunction, tests_by_line: dict[int, tuple[str, ...]]
) -> frozenset[str]:
    """The node ids of the tests that ran any line of the function's body."""
    found: set[str] = set()
    for line in range(function.first, function.last + 1):
        found.update(tests_by_line.get(line, ()))
    return frozenset(found)
