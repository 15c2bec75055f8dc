"""One JSON object's scalar keys, read with a type check; ShapeError names the first wrong key."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, cast


class ShapeError(Exception):
    """The data is not a gate report; the message names the first key that is wrong."""


def is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def is_int_pair(value: object) -> bool:
    return isinstance(value, list) and len(value) == 2 and all(is_int(v) for v in value)


class Fields:
    """One JSON object being read, with where it sits for messages: its scalar keys."""

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
        return cast(int, self.get(key, is_int, "an integer"))

    def number(self, key: str) -> float:
        return cast(float, self.get(key, is_number, "a number"))

    def maybe(self, key: str, check: Callable[[object], bool], kind: str) -> Any:
        return self.get(key, lambda v: v is None or check(v), f"{kind} or null")

    def flag(self, key: str) -> bool:
        return cast(bool, self.get(key, lambda v: isinstance(v, bool), "true or false"))
