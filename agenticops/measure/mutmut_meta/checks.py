"""What every mutmut 3.8.1 machine file goes through: read as JSON, its values' types checked,
and one error for anything not understood."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from agenticops import textfile
from agenticops.errors import ToolError
from agenticops.measure.mutmut_names import SUPPORTED


def not_understood(where: str, version: str) -> ToolError:
    kind = ".meta files" if where.endswith(".meta") else "mutmut-stats.json"
    return ToolError(
        f"{where}: mutmut {version} wrote {kind} agenticops does not understand; "
        f"agenticops supports mutmut=={SUPPORTED}"
    )


def is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def is_code(value: object) -> bool:
    return value is None or (isinstance(value, int) and not isinstance(value, bool))


def is_text_or_none(value: object) -> bool:
    return value is None or isinstance(value, str)


def is_tests(value: object) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def is_table(value: object, check: Callable[[object], bool]) -> bool:
    return isinstance(value, dict) and all(
        isinstance(k, str) and check(v) for k, v in value.items()
    )


def load(path: Path, *, where: str, version: str) -> object | None:
    try:
        data: object = json.loads(textfile.read(path))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        raise not_understood(where, version) from exc
    return data
