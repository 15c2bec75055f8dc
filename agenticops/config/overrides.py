"""`--set NAME=VALUE` on the command line: a gate name and its value, checked."""

from __future__ import annotations

from agenticops.config.validation import validate
from agenticops.errors import ConfigError

GATE_KEYS = ("coverage", "complexity", "crap", "mutation_score", "mutation_sites")
_INTEGER_GATES = frozenset({"complexity", "mutation_sites"})


def parse_override(item: str) -> tuple[str, float | int | bool]:
    """`--set NAME=VALUE`: a gate name and a number, or false/off to switch it off."""
    name, sep, raw = item.partition("=")
    name = name.strip()
    if not sep or name not in GATE_KEYS:
        raise ConfigError(
            f"--set {item}: expected NAME=VALUE with NAME one of {', '.join(GATE_KEYS)}"
        )
    raw = raw.strip().lower()
    if raw in ("false", "off"):
        return name, False
    try:
        value: float | int = int(raw) if name in _INTEGER_GATES else float(raw)
    except ValueError:
        kind = "an integer" if name in _INTEGER_GATES else "a number"
        raise ConfigError(f"--set {item}: {raw!r} is not {kind} or false") from None
    validate({"gates": {name: value}}, f"--set {item}")
    return name, value
