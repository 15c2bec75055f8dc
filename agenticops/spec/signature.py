"""Declared signatures: parse `(params) -> type` into parameters and a return annotation."""

from __future__ import annotations

import ast

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
