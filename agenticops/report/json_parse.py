"""Reading `agenticops.gate-report/1` data back into a Report, key by key, type by type."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar, cast, get_args

from agenticops.model import (
    SCHEMA,
    FileMetrics,
    FunctionMetrics,
    GateResult,
    GateStatus,
    Measurements,
    MutantResult,
    MutantStatus,
    MutationRun,
    Report,
    TestOutcome,
    TestRun,
    TestStatus,
)

T = TypeVar("T")


class ShapeError(Exception):
    """The data is not a gate report; the message names the first key that is wrong."""


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _is_int_pair(value: object) -> bool:
    return isinstance(value, list) and len(value) == 2 and all(_is_int(v) for v in value)


class _Object:
    """One JSON object being read, with where it sits for messages."""

    def __init__(self, data: object, where: str) -> None:
        if not isinstance(data, dict):
            raise ShapeError(f"{where or 'the top level'} is not an object")
        self._data: dict[str, Any] = data
        self._where = where

    def at(self, key: str) -> str:
        return f"{self._where}.{key}" if self._where else key

    def get(self, key: str, check: Callable[[object], bool], kind: str) -> Any:
        if key not in self._data:
            raise ShapeError(f"missing key {self.at(key)}")
        value = self._data[key]
        if not check(value):
            raise ShapeError(f"{self.at(key)} is {value!r}, expected {kind}")
        return value

    def text(self, key: str) -> str:
        return cast(str, self.get(key, lambda v: isinstance(v, str), "a string"))

    def integer(self, key: str) -> int:
        return cast(int, self.get(key, _is_int, "an integer"))

    def number(self, key: str) -> float:
        return cast(float, self.get(key, _is_number, "a number"))

    def maybe(self, key: str, check: Callable[[object], bool], kind: str) -> Any:
        return self.get(key, lambda v: v is None or check(v), f"{kind} or null")

    def flag(self, key: str) -> bool:
        return cast(bool, self.get(key, lambda v: isinstance(v, bool), "true or false"))

    def choice(self, key: str, allowed: tuple[str, ...]) -> Any:
        return self.get(key, lambda v: v in allowed, "one of " + ", ".join(allowed))

    def items(self, key: str, check: Callable[[object], bool], kind: str) -> tuple[Any, ...]:
        values = self.get(key, lambda v: isinstance(v, list), "a list")
        for i, value in enumerate(values):
            if not check(value):
                raise ShapeError(f"{self.at(key)}[{i}] is {value!r}, expected {kind}")
        return tuple(values)

    def objects(self, key: str, read: Callable[[_Object], T]) -> tuple[T, ...]:
        values = self.get(key, lambda v: isinstance(v, list), "a list")
        return tuple(read(_Object(v, f"{self.at(key)}[{i}]")) for i, v in enumerate(values))

    def child(self, key: str) -> _Object:
        return _Object(self.get(key, lambda v: True, "an object"), self.at(key))

    def strs(self, key: str) -> tuple[str, ...]:
        return self.items(key, lambda v: isinstance(v, str), "a string")


def _gate(o: _Object) -> GateResult:
    return GateResult(
        name=o.text("name"),
        status=o.choice("status", get_args(GateStatus)),
        actual=o.maybe("actual", _is_number, "a number"),
        threshold=o.maybe("threshold", _is_number, "a number"),
        offenders=o.strs("offenders"),
        reason=o.text("reason"),
    )


def _function(o: _Object) -> FunctionMetrics:
    return FunctionMetrics(
        name=o.text("name"),
        line=o.integer("line"),
        end_line=o.integer("end_line"),
        complexity=o.integer("complexity"),
        coverage=o.number("coverage"),
        crap=o.number("crap"),
    )


def _mutant(o: _Object) -> MutantResult:
    return MutantResult(
        id=o.text("id"),
        line=o.integer("line"),
        function=o.text("function"),
        status=o.choice("status", get_args(MutantStatus)),
        diff=o.text("diff"),
        duration=o.maybe("duration", _is_number, "a number"),
    )


def _file(o: _Object) -> FileMetrics:
    return FileMetrics(
        path=o.text("path"),
        coverage=o.maybe("coverage", _is_number, "a number"),
        statements=o.integer("statements"),
        missing_lines=o.items("missing_lines", _is_int, "an integer"),
        missing_branches=tuple(
            (a, b) for a, b in o.items("missing_branches", _is_int_pair, "a [from, to] pair")
        ),
        functions=o.objects("functions", _function),
        mutation_sites=o.maybe("mutation_sites", _is_int, "an integer"),
        mutants=o.objects("mutants", _mutant),
        unmutated=o.strs("unmutated"),
    )


def _outcome(o: _Object) -> TestOutcome:
    return TestOutcome(
        nodeid=o.text("nodeid"),
        status=o.choice("status", get_args(TestStatus)),
        duration=o.number("duration"),
        message=o.text("message"),
    )


def _tests(top: _Object) -> TestRun | None:
    if top.get("tests", lambda v: True, "") is None:
        return None
    o = top.child("tests")
    return TestRun(
        outcomes=o.objects("outcomes", _outcome),
        exit_code=o.integer("exit_code"),
        timed_out=o.flag("timed_out"),
        duration=o.number("duration"),
        output=o.text("output"),
    )


def _mutation(o: _Object) -> MutationRun:
    return MutationRun(
        ran=o.flag("ran"),
        reason=o.text("reason"),
        duration=o.number("duration"),
        diagnostics=o.strs("diagnostics"),
    )


def parse(data: object) -> Report:
    """A Report from JSON data; ShapeError at the first missing or mistyped key."""
    top = _Object(data, "")
    schema = top.get("schema", lambda v: True, "")
    if schema != SCHEMA:
        raise ShapeError(f"schema is {schema!r}, expected {SCHEMA!r}")
    measurements = Measurements(
        tests=_tests(top),
        coverage_total=top.maybe("coverage_total", _is_number, "a number"),
        files=top.objects("files", _file),
        mutation=_mutation(top.child("mutation")),
        scope=top.text("scope"),
        diagnostics=top.strs("diagnostics"),
    )
    return Report(
        gates=top.objects("gates", _gate),
        measurements=measurements,
        profile=top.text("profile"),
        root=top.text("root"),
        tool_version=top.text("tool_version"),
        created=top.text("created"),
        extra=top.get("extra", lambda v: isinstance(v, dict), "an object"),
    )


def difference(expected: object, found: object, where: str = "") -> str:
    """Where `found` first differs from `expected` (type included), or "" when it does not."""
    if isinstance(expected, dict) and isinstance(found, dict):
        return _dict_difference(expected, found, where)
    if isinstance(expected, list) and isinstance(found, list) and len(expected) == len(found):
        pairs = zip(expected, found, strict=True)
        return next(
            (p for i, (e, f) in enumerate(pairs) if (p := difference(e, f, f"{where}[{i}]"))), ""
        )
    if type(expected) is type(found) and expected == found:
        return ""
    return f"{where} is {found!r}, which disagrees with the rest of the report ({expected!r})"


def _dict_difference(expected: dict[str, Any], found: dict[str, Any], where: str) -> str:
    def at(key: str) -> str:
        return f"{where}.{key}" if where else key

    unexpected = sorted(set(found) - set(expected))
    if unexpected:
        return f"unexpected key {at(unexpected[0])}"
    missing = [key for key in expected if key not in found]
    if missing:
        return f"missing key {at(missing[0])}"
    return next((p for k, v in expected.items() if (p := difference(v, found[k], at(k)))), "")
