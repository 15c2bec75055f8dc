"""GitHub Actions `${{ }}` expressions: the subset composite actions use in `if:`, `env:`, `with:`.

Supported: literals ('text' with '' escaping, numbers, true, false, null), context paths
(`inputs.diff-base`, `steps.gate.outputs.verdict`), `!`, `==`, `!=`, `&&`, `||`, parentheses
and the status functions always(), success(), failure(), cancelled(). Semantics follow the
runner: strings compare case-insensitively, mixed types compare as numbers, `&&` / `||`
return an operand, and an `if:` without a status function means `success() && (...)`.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping
from typing import Any

STATUS_FUNCTIONS = ("always", "success", "failure", "cancelled")
_LITERALS: dict[str, Any] = {"true": True, "false": False, "null": None}
_TOKEN = re.compile(
    r"(?P<str>'(?:[^']|'')*')|(?P<num>\d+(?:\.\d+)?)"
    r"|(?P<op>==|!=|&&|\|\||!|\(|\)|\.)|(?P<name>[A-Za-z_][A-Za-z0-9_-]*)"
)
_EMBEDDED = re.compile(r"\$\{\{(.*?)\}\}", re.DOTALL)
_WRAPPED = re.compile(r"\s*\$\{\{(.*)\}\}\s*", re.DOTALL)
_STATUS_CALL = re.compile(rf"\b(?:{'|'.join(STATUS_FUNCTIONS)})\s*\(")

Functions = Mapping[str, Callable[[], bool]]


class ExpressionError(ValueError):
    """An expression this evaluator does not understand (or a runner would reject)."""


def tokenize(text: str) -> list[tuple[str, Any]]:
    """The tokens of an expression as (kind, value); kind is str, num, op or name."""
    tokens: list[tuple[str, Any]] = []
    pos = 0
    while pos < len(text):
        if text[pos].isspace():
            pos += 1
            continue
        match = _TOKEN.match(text, pos)
        if match is None:
            raise ExpressionError(f"unsupported expression at {text[pos:]!r}")
        kind = str(match.lastgroup)
        raw = match.group()
        value: Any = raw
        if kind == "str":
            value = raw[1:-1].replace("''", "'")
        elif kind == "num":
            value = float(raw)
        tokens.append((kind, value))
        pos = match.end()
    return tokens


def to_number(value: Any) -> float:
    """The runner's number coercion: null 0, booleans 0/1, '' 0, unparsable text NaN."""
    if value is None:
        return 0.0
    if isinstance(value, bool | float | int):
        return float(value)
    text = str(value).strip()
    if not text:
        return 0.0
    try:
        return float(text)
    except ValueError:
        return math.nan


def equal(left: Any, right: Any) -> bool:
    """`==` as the runner does it: case-insensitive strings, else numbers when types differ."""
    if isinstance(left, str) and isinstance(right, str):
        return left.casefold() == right.casefold()
    if type(left) is type(right):
        return bool(left == right)
    return to_number(left) == to_number(right)


def truthy(value: Any) -> bool:
    """False, 0, -0, '', null and NaN are falsy; everything else is truthy."""
    if value is None or value is False or value == "":
        return False
    if isinstance(value, float):
        return value != 0 and not math.isnan(value)
    return True


def to_string(value: Any) -> str:
    """How a value is substituted into text: null '', booleans true/false, 3.0 as 3."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


class _Parser:
    def __init__(
        self, tokens: list[tuple[str, Any]], context: Mapping[str, Any], functions: Functions
    ) -> None:
        self.tokens = tokens
        self.pos = 0
        self.context = context
        self.functions = functions

    def parse(self) -> Any:
        value = self._or()
        if self.pos != len(self.tokens):
            raise ExpressionError(f"unexpected {self.tokens[self.pos][1]!r}")
        return value

    def _next(self) -> tuple[str, Any]:
        if self.pos >= len(self.tokens):
            raise ExpressionError("unexpected end of expression")
        self.pos += 1
        return self.tokens[self.pos - 1]

    def _accept(self, op: str) -> bool:
        if self.pos < len(self.tokens) and self.tokens[self.pos] == ("op", op):
            self.pos += 1
            return True
        return False

    def _expect(self, op: str) -> None:
        if not self._accept(op):
            raise ExpressionError(f"expected {op!r}")

    def _or(self) -> Any:
        value = self._and()
        while self._accept("||"):
            right = self._and()
            value = value if truthy(value) else right
        return value

    def _and(self) -> Any:
        value = self._not()
        while self._accept("&&"):
            right = self._not()
            value = right if truthy(value) else value
        return value

    def _not(self) -> Any:
        if self._accept("!"):
            return not truthy(self._not())
        return self._compare()

    def _compare(self) -> Any:
        left = self._primary()
        if self._accept("=="):
            return equal(left, self._primary())
        if self._accept("!="):
            return not equal(left, self._primary())
        return left

    def _primary(self) -> Any:
        kind, value = self._next()
        if (kind, value) == ("op", "("):
            inner = self._or()
            self._expect(")")
            return inner
        if kind in ("str", "num"):
            return value
        if kind == "name":
            return self._name(value)
        raise ExpressionError(f"unexpected {value!r}")

    def _name(self, name: str) -> Any:
        if name in _LITERALS:
            return _LITERALS[name]
        if self._accept("("):
            self._expect(")")
            if name not in self.functions:
                raise ExpressionError(f"unsupported function {name}()")
            return self.functions[name]()
        if name not in self.context:
            raise ExpressionError(f"unknown context {name!r}")
        value = self.context[name]
        while self._accept("."):
            kind, prop = self._next()
            if kind != "name":
                raise ExpressionError(f"expected a property name after '.', got {prop!r}")
            value = value.get(prop) if isinstance(value, Mapping) else None
        return value


def evaluate(text: str, context: Mapping[str, Any], functions: Functions | None = None) -> Any:
    """The value of one expression (the text between `${{` and `}}`)."""
    return _Parser(tokenize(text), context, functions or {}).parse()


def substitute(text: str, context: Mapping[str, Any], functions: Functions | None = None) -> str:
    """Replace every `${{ expr }}` in text with its value, as the runner does in env/with/run."""
    return _EMBEDDED.sub(lambda m: to_string(evaluate(m.group(1), context, functions)), text)


def condition(value: object, context: Mapping[str, Any], functions: Functions) -> bool:
    """Whether a step with this `if:` runs; no `if:` (None) means success()."""
    text = "success()" if value is None else to_string(value)
    wrapped = _WRAPPED.fullmatch(text)
    if wrapped:
        text = wrapped.group(1)
    if not _STATUS_CALL.search(text):
        text = f"success() && ({text})"
    return truthy(evaluate(text, context, functions))
