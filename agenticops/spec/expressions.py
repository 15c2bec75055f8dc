"""Python expressions of a contract: invariants, preconditions and hypothesis strategies."""

from __future__ import annotations

import ast
import builtins
import keyword
import re
from collections.abc import Set
from typing import Any

_DOTTED = re.compile(r"[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*")


def parse_expression(text: str) -> ast.Expression:
    """The expression tree; ValueError when `text` is not one Python expression."""
    try:
        return ast.parse(text.strip(), mode="eval")
    except SyntaxError as exc:
        raise ValueError(f"not a valid Python expression: {exc.msg}: {text!r}") from None


def check_names(text: str, known: Set[str], what: str) -> None:
    """Every free name of the expression is in `known` or a builtin; ValueError names the first."""
    nodes = list(ast.walk(parse_expression(text)))
    allowed = known | _bound(nodes)
    loaded = [n.id for n in nodes if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)]
    unknown = [name for name in loaded if name not in allowed and not hasattr(builtins, name)]
    if unknown:
        raise ValueError(f"unknown name {unknown[0]!r} ({what})")


def _bound(nodes: list[ast.AST]) -> set[str]:
    """Names the expression binds itself: comprehension and walrus targets, lambda parameters."""
    stored = {n.id for n in nodes if isinstance(n, ast.Name) and not isinstance(n.ctx, ast.Load)}
    parameters = [_args(n) for n in nodes if isinstance(n, ast.arguments)]
    return stored | {a.arg for args in parameters for a in args}


def _args(node: ast.arguments) -> list[ast.arg]:
    variadic = [a for a in (node.vararg, node.kwarg) if a is not None]
    return [*node.posonlyargs, *node.args, *node.kwonlyargs, *variadic]


def names_in(text: str) -> set[str]:
    """Every name the expression mentions (free or bound)."""
    return {n.id for n in ast.walk(parse_expression(text)) if isinstance(n, ast.Name)}


def one_line(text: str) -> str:
    """The expression as it was written when on one line, else re-rendered on one line."""
    stripped = text.strip()
    return stripped if "\n" not in stripped else ast.unparse(parse_expression(stripped))


def check_strategy(text: str) -> None:
    """`text` evaluates, over hypothesis.strategies, to a valid strategy; else ValueError."""
    from hypothesis import strategies

    namespace: dict[str, Any] = {name: getattr(strategies, name) for name in strategies.__all__}
    namespace["st"] = strategies
    parse_expression(text)  # a syntax error is reported as such, before anything is evaluated
    try:
        strategy = eval(text.strip(), namespace)  # the human's own spec, checked before use
        if not isinstance(strategy, strategies.SearchStrategy):
            raise TypeError(f"it evaluates to {type(strategy).__name__}, not a strategy")
        strategy.validate()
    except NameError as exc:
        raise ValueError(f"{exc.name!r} is not in hypothesis.strategies: {text!r}") from None
    except Exception as exc:  # whatever the expression raised is the message
        raise ValueError(f"{text!r} does not evaluate to a strategy: {exc}") from None


def strategy_code(text: str) -> str:
    """The strategy expression for a module that has `from hypothesis import strategies as st`."""
    from hypothesis import strategies

    source = one_line(text)
    tree = parse_expression(source)
    local = {a.arg for n in ast.walk(tree) if isinstance(n, ast.arguments) for a in _args(n)}
    starts = sorted(
        node.col_offset
        for node in ast.walk(tree)
        if isinstance(node, ast.Name) and node.id in strategies.__all__ and node.id not in local
    )
    for start in reversed(starts):
        source = f"{source[:start]}st.{source[start:]}"
    return source


def is_dotted_name(text: str) -> bool:
    """`text` is an identifier or identifiers joined by dots (a module or attribute path)."""
    return bool(_DOTTED.fullmatch(text)) and not any(map(keyword.iskeyword, text.split(".")))
