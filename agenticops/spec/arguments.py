"""Calls of a declared signature: which named arguments go by position and which by keyword."""

from __future__ import annotations

from collections.abc import Sequence

from agenticops.spec.records import Parameter


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
