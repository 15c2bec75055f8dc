"""Declared signatures: parse `(params) -> type` and lay out a call from named arguments."""

from __future__ import annotations

import ast
from collections.abc import Sequence

from agenticops.spec.records import Parameter, ParameterKind


def parse_signature(text: str) -> tuple[tuple[Parameter, ...], str]:
    """The parameters and return annotation of `(params) -> type`; ValueError says what is wrong."""
    stripped = text.strip()
    try:
        tree = ast.parse(f"def _{stripped}: pass") if stripped.startswith("(") else None
    except SyntaxError as exc:
        raise ValueError(f"{text!r} does not parse as (parameters) -> type: {exc.msg}") from None
    node = tree.body[0] if tree is not None and len(tree.body) == 1 else None
    if not isinstance(node, ast.FunctionDef) or not isinstance(node.body[0], ast.Pass):
        raise ValueError(f"{text!r} is not of the form (parameters) -> type")
    if node.returns is None:
        raise ValueError(f"{text!r} has no return annotation (write (parameters) -> type)")
    return _parameters(node.args), ast.unparse(node.returns)


def _parameters(args: ast.arguments) -> tuple[Parameter, ...]:
    positional = [*args.posonlyargs, *args.args]
    defaults: list[ast.expr | None] = [None] * (len(positional) - len(args.defaults))
    defaults += args.defaults
    kinds: list[tuple[ast.arg, ParameterKind, ast.expr | None]] = [
        (arg, "POSITIONAL_ONLY" if i < len(args.posonlyargs) else "POSITIONAL_OR_KEYWORD", default)
        for i, (arg, default) in enumerate(zip(positional, defaults, strict=True))
    ]
    if args.vararg is not None:
        kinds.append((args.vararg, "VAR_POSITIONAL", None))
    kinds += [
        (arg, "KEYWORD_ONLY", default)
        for arg, default in zip(args.kwonlyargs, args.kw_defaults, strict=True)
    ]
    if args.kwarg is not None:
        kinds.append((args.kwarg, "VAR_KEYWORD", None))
    return tuple(
        Parameter(
            name=arg.arg,
            kind=kind,
            annotation=ast.unparse(arg.annotation) if arg.annotation is not None else None,
            default=ast.unparse(default) if default is not None else None,
        )
        for arg, kind, default in kinds
    )


def call_arguments(
    parameters: Sequence[Parameter], names: Sequence[str]
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(positional, keyword) names to pass so that `names` bind to `parameters`.

    Positional-only parameters go by position, all others by keyword; names that match no
    parameter go to **kwargs when there is one. ValueError names the first mismatch.
    """
    named = [p for p in parameters if not p.variadic]
    extra = _extra(parameters, named, names)
    missing = [p.name for p in named if p.default is None and p.name not in names]
    if missing:
        raise ValueError(f"missing argument {missing[0]!r}")
    positional = _positional(named, names)
    keyword = [p.name for p in named if p.name in names and p.name not in positional]
    return positional, (*keyword, *extra)


def _extra(
    parameters: Sequence[Parameter], named: Sequence[Parameter], names: Sequence[str]
) -> list[str]:
    """The names no parameter takes: fine for **kwargs (when they are identifiers)."""
    extra = [n for n in names if n not in {p.name for p in named}]
    takes_kwargs = any(p.kind == "VAR_KEYWORD" for p in parameters)
    if extra and not (takes_kwargs and all(map(str.isidentifier, extra))):
        known = ", ".join(p.name for p in named) or "none"
        raise ValueError(f"unknown argument {extra[0]!r} (parameters: {known})")
    return extra


def _positional(named: Sequence[Parameter], names: Sequence[str]) -> tuple[str, ...]:
    """The positional-only names to pass, in order; only trailing ones may be left out."""
    positional = [p.name for p in named if p.kind == "POSITIONAL_ONLY"]
    while positional and positional[-1] not in names:
        positional.pop()
    skipped = [n for n in positional if n not in names]
    if skipped:
        raise ValueError(f"positional-only {skipped[0]!r} must be given before the ones after it")
    return tuple(positional)
