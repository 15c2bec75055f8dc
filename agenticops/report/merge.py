"""`agenticops report --merge DIR...`: the reports of `gate --shard K/N` runs joined into one.

Every DIR holds one shard's report (DIR/.agenticops/report.json, else DIR/report.json, as a
CI artifact is often unpacked). The shards must be exactly 1/N..N/N of one split, made from
the same commit and source content and under the same mutation configuration, judged with the
same thresholds, and agree on everything but the mutants (tests, coverage, complexity, CRAP
and mutation sites are measured by every shard); anything else is refused with one line
(exit 4). The mutants are joined file by file in source order (by function, then mutmut's
number) and the gates judged again, purely, with the shards' thresholds: the merged report
equals the report of one unsharded run, mutant for mutant.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

from agenticops.errors import ConfigError
from agenticops.gates import judge
from agenticops.model import (
    GATE_NAMES,
    FileMetrics,
    MutantResult,
    MutationRun,
    Report,
    Thresholds,
)
from agenticops.report.json_report import load

REPORT_PATHS = (".agenticops/report.json", "report.json")
_SPEC = re.compile(r"^([1-9]\d*)/([1-9]\d*)$")
_SAME = ("commit", "content", "config")
Shard = tuple[str, Report]


def report_path(directory: Path) -> Path:
    """Where a shard's report is under directory (the first of REPORT_PATHS that exists)."""
    for rel in REPORT_PATHS:
        if (directory / rel).is_file():
            return directory / rel
    raise ConfigError(f"{directory}: no shard report ({' or '.join(REPORT_PATHS)})")


def load_shards(directories: Sequence[Path]) -> list[Shard]:
    return [(str(path), load(path)) for path in map(report_path, directories)]


def merge_reports(shards: Sequence[Shard]) -> Report:
    """One report from all shards of one split; ConfigError (one line) when they do not fit."""
    if not shards:
        raise ConfigError("--merge: no shard reports given")
    specs = [_spec(source, report) for source, report in shards]
    _check_split(shards, specs)
    first_source, first = shards[0]
    for source, report in shards[1:]:
        _check_same(first_source, first, source, report)
    files = tuple(_join(path_file, shards) for path_file in first.measurements.files)
    measurements = replace(
        first.measurements, files=files, mutation=_mutation(shards, specs), extra={}
    )
    return Report(
        gates=judge(measurements, thresholds(first)),
        measurements=measurements,
        profile=first.profile,
        root=first.root,
        tool_version=first.tool_version,
        created=max(r.created for _, r in shards),
        extra={
            "merged": [f"{k}/{n}" for k, n in sorted(specs)],
            **{key: first.extra.get(key) for key in _SAME},
        },
    )


def _spec(source: str, report: Report) -> tuple[int, int]:
    match = _SPEC.match(str(report.extra.get("shard", "")))
    if match is None:
        raise ConfigError(f"{source}: not a shard report (made by `agenticops gate --shard K/N`)")
    return int(match.group(1)), int(match.group(2))


def _check_split(shards: Sequence[Shard], specs: Sequence[tuple[int, int]]) -> None:
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


def _check_same(a_source: str, a: Report, b_source: str, b: Report) -> None:
    for key in _SAME:
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


def _join(file: FileMetrics, shards: Sequence[Shard]) -> FileMetrics:
    mutants = [
        m for _, r in shards for f in r.measurements.files if f.path == file.path for m in f.mutants
    ]
    return replace(file, mutants=source_order(mutants))


def source_order(mutants: Sequence[MutantResult]) -> tuple[MutantResult, ...]:
    """Mutants by function (in file order: its first mutant's line), then mutmut's number."""
    first: dict[str, int] = {}
    for m in mutants:
        first[m.function] = min(first.get(m.function, m.line), m.line)

    def order(m: MutantResult) -> tuple[int, str, int]:
        number = m.id.rpartition("__mutmut_")[2]
        return first[m.function], m.function, int(number) if number.isdigit() else 0

    return tuple(sorted(mutants, key=order))


def _mutation(shards: Sequence[Shard], specs: Sequence[tuple[int, int]]) -> MutationRun:
    runs = [r.measurements.mutation for _, r in shards]
    reasons = [
        f"shard {k}/{n}: {run.reason}"
        for run, (k, n) in zip(runs, specs, strict=True)
        if not run.ran
    ]
    diagnostics = dict.fromkeys(d for run in runs for d in run.diagnostics)
    return MutationRun(
        ran=not reasons,
        reason="; ".join(reasons),
        duration=max(run.duration for run in runs),
        diagnostics=tuple(diagnostics),
    )
