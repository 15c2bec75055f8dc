"""One JSON object being read, scalar keys and nested ones: choices, lists, child objects."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from agenticops.report.json_parse.shape import Fields, ShapeError

T = TypeVar("T")


class JsonObject(Fields):
    """One JSON object being read, with where it sits for messages."""

    def choice(self, key: str, allowed: tuple[str, ...]) -> Any:
        return self.get(key, lambda v: v in allowed, "one of " + ", ".join(allowed))

    def items(self, key: str, check: Callable[[object], bool], kind: str) -> tuple[Any, ...]:
        values = self.get(key, lambda v: isinstance(v, list), "a list")
        for i, value in enumerate(values):
            if not check(value):
                raise ShapeError(f"{self.at(key)}[{i}] is {value!r}, expected {kind}")
        return tuple(values)

    def objects(self, key: str, read: Callable[[JsonObject], T]) -> tuple[T, ...]:
        values = self.get(key, lambda v: isinstance(v, list), "a list")
        return tuple(read(JsonObject(v, f"{self.at(key)}[{i}]")) for i, v in enumerate(values))

    def child(self, key: str) -> JsonObject:
        return JsonObject(self.get(key, lambda v: True, "an object"), self.at(key))

    def strs(self, key: str) -> tuple[str, ...]:
        return self.items(key, lambda v: isinstance(v, str), "a string")
