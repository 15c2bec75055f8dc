"""Whether shard reports fit together: one whole split, same sources, thresholds and measures."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from agenticops.errors import ConfigError
from agenticops.model import GATE_NAMES, Report, Thresholds
from agenticops.report.merge.shards import Shard

_SPEC = re.compile(r"^([1-9]\d*)/([1-9]\d*)$")
#: what every shard must have measured alike (kept in the merged report)
SAME = ("commit", "content", "config")


def spec(source: str, report: Report) -> tuple[int, int]:
    """The shard's K/N; ConfigError when the report is not a shard's."""
    match = _SPEC.match(str(report.extra.get("shard", "")))
    if match is None:
        raise ConfigError(f"{source}: not a shard report (made by `agenticops gate --shard K/N`)")
    return int(match.group(1)), int(match.group(2))


def check_split(shards: Sequence[Shard], specs: Sequence[tuple[int, int]]) -> None:
    """ConfigError unless the shards are exactly 1/N..N/N of one split."""
    count = specs[0][1]
    seen: dict[int, str] = {}
    for (source, _), (k, n) in zip(shards, specs, strict=True):
        if n != count:
            raise ConfigError(
                f"{source} is shard {k}/{n} but {shards[0][0]} is shard "
                f"{specs[0][0]}/{count}: shards of different splits"
            )
        if k in seen:
            raise ConfigError(f"{seen[k]} and {source} are both shard {k}/{n}")
        seen[k] = source
    missing = [f"{k}/{count}" for k in range(1, count + 1) if k not in seen]
    if missing:
        raise ConfigError(
            f"shard {', '.join(missing)} missing: merge needs every shard of the split"
        )


def thresholds(report: Report) -> Thresholds:
    """The limits a report's gates were judged with (None: the gate was off)."""
    gates = {g.name: g for g in report.gates}
    values = {
        name: (None if gates[name].status == "off" else gates[name].threshold)
        for name in GATE_NAMES[1:]
        if name in gates
    }
    return Thresholds(**{name: values.get(name) for name in GATE_NAMES[1:]})  # type: ignore[arg-type]


def check_same(a_source: str, a: Report, b_source: str, b: Report) -> None:
    """ConfigError unless two shards agree on sources, thresholds and everything but mutants."""
    for key in SAME:
        if a.extra.get(key) != b.extra.get(key):
            raise ConfigError(
                f"{a_source} and {b_source} measured different {key}s "
                f"({a.extra.get(key)} vs {b.extra.get(key)})"
            )
    if thresholds(a) != thresholds(b):
        raise ConfigError(f"{a_source} and {b_source} were judged with different thresholds")
    for what, read in _AGREE.items():
        if read(a) != read(b):
            raise ConfigError(f"{a_source} and {b_source} disagree on {what}")


def _tests(report: Report) -> object:
    run = report.measurements.tests
    return None if run is None else tuple((o.nodeid, o.status) for o in run.outcomes)


def _files(report: Report) -> object:
    return tuple(replace(f, mutants=()) for f in report.measurements.files)


_AGREE: dict[str, Callable[[Report], object]] = {
    "the tests": _tests,
    "coverage": lambda r: r.measurements.coverage_total,
    "the files (coverage, complexity, CRAP, mutation sites)": _files,
    "the scope": lambda r: r.measurements.scope,
}
