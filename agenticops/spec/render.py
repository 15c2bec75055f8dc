"""Python source for generated tests: literals, names and calls laid out as ruff format would."""

from __future__ import annotations

import datetime
import json
import math
import re
from collections.abc import Iterable, Sequence

LINE_LENGTH = 100


def literal(value: object) -> str:
    """Python source for a TOML value (strings in double quotes, as ruff format writes them)."""
    if isinstance(value, str):
        # ruff format's choice: double quotes, unless single quotes need fewer escapes
        prefer_single = '"' in value and "'" not in value
        return repr(value) if prefer_single else json.dumps(value, ensure_ascii=False)
    if isinstance(value, float) and not math.isfinite(value):
        return f'float("{value}")'
    if isinstance(value, list):
        return f"[{', '.join(literal(item) for item in value)}]"
    if isinstance(value, dict):
        return f"{{{', '.join(f'{literal(k)}: {literal(v)}' for k, v in value.items())}}}"
    return repr(value)  # bool, int, float, and datetime/date/time (needs `import datetime`)


def uses_datetime(value: object) -> bool:
    """The literal of `value` refers to the datetime module."""
    if isinstance(value, list):
        return any(uses_datetime(item) for item in value)
    if isinstance(value, dict):
        return any(uses_datetime(item) for item in value.values())
    return isinstance(value, datetime.date | datetime.time)


def call(head: str, items: Sequence[str], tail: str = "", *, indent: str = "") -> str:
    """`head(items)tail` on one line if it fits, else the items on one line, else one per line."""
    flat = f"{indent}{head}({', '.join(items)}){tail}"
    if len(flat) <= LINE_LENGTH or not items:
        return flat
    inner = f"{indent}    {', '.join(items)}"
    if len(inner) <= LINE_LENGTH:
        return f"{indent}{head}(\n{inner}\n{indent}){tail}"
    return exploded(head, items, tail, indent=indent)


def exploded(head: str, items: Iterable[str], tail: str = "", *, indent: str = "") -> str:
    """`head(` then one item per line with a trailing comma, then `)tail`."""
    body = "".join(f"{indent}    {item},\n" for item in items)
    return f"{indent}{head}(\n{body}{indent}){tail}"


def slug(text: str) -> str:
    """A lowercase identifier fragment made of the words of `text`."""
    return re.sub(r"[^0-9a-z]+", "_", text.lower()).strip("_") or "unnamed"


def unique(name: str, taken: set[str]) -> str:
    """`name`, or `name_2`, `name_3`, ... the first not in `taken`; records the choice."""
    candidate, number = name, 1
    while candidate in taken:
        number += 1
        candidate = f"{name}_{number}"
    taken.add(candidate)
    return candidate


def docstring(text: str, *, indent: str = "    ") -> str:
    """A one-line docstring whose text cannot end the string early."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    return f'{indent}"""{escaped}"""'
