"""Where one JSON value first differs from another, type included, as a message."""

from __future__ import annotations

from typing import Any


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
