"""The benchmark's pure parts: reading verdicts, comparing them, and the result table."""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from agenticops.measure.mutmut_names import status_of
from agenticops.model import DETECTED

_CACHE_NOTE = re.compile(
    r"mutation cache: (?:all (?P<all>\d+) verdicts reused; mutmut not run|"
    r"(?P<reused>\d+) verdicts reused, (?P<retested>\d+) mutants re-tested)"
)


@dataclass(frozen=True)
class Run:
    """One measured step of one side."""

    wall: float
    cpu: float
    peak_mb: float
    returncodes: tuple[int, ...]
    statuses: dict[str, str] = field(default_factory=dict)  # mutant id -> status
    retested: int | None = None
    timeout_share: float | None = None  # of worker time; None when durations are unknown


def read_meta_files(mutants: Path) -> tuple[dict[str, str], dict[str, float]]:
    """(mutant -> status, mutant -> duration) from every mutants/**/*.meta."""
    statuses: dict[str, str] = {}
    durations: dict[str, float] = {}
    for meta in sorted(mutants.rglob("*.meta")):
        data = json.loads(meta.read_text(encoding="utf-8"))
        statuses.update({k: status_of(v) for k, v in data["exit_code_by_key"].items()})
        durations.update({k: float(v) for k, v in data["durations_by_key"].items()})
    return statuses, durations


def forget_durations(mutants: Path) -> None:
    """Empty durations_by_key in every .meta: afterwards, the keys mutmut writes again are
    exactly the mutants it re-tested (mutmut keeps its verdicts either way)."""
    for meta in mutants.rglob("*.meta"):
        data = json.loads(meta.read_text(encoding="utf-8"))
        data["durations_by_key"] = {}
        meta.write_text(json.dumps(data), encoding="utf-8")


def read_report(path: Path) -> tuple[dict[str, str], dict[str, float | None], list[str]]:
    """(mutant -> status, mutant -> duration, mutation diagnostics) of a gate report."""
    data = json.loads(path.read_text(encoding="utf-8"))
    mutants = [m for f in data["files"] for m in f["mutants"]]
    statuses = {m["id"]: m["status"] for m in mutants}
    durations = {m["id"]: m["duration"] for m in mutants}
    return statuses, durations, list(data["mutation"]["diagnostics"])


def retested_from(diagnostics: Iterable[str]) -> int | None:
    """How many mutants the gate re-tested, from its cache note."""
    for line in diagnostics:
        match = _CACHE_NOTE.search(line)
        if match:
            return 0 if match.group("all") else int(match.group("retested"))
    return None


def timeout_share(
    statuses: Mapping[str, str], durations: Mapping[str, float | None]
) -> float | None:
    """The timed-out mutants' share of all worker time, when durations were recorded."""
    known = {k: v for k, v in durations.items() if v}
    if not known:
        return None if any(s == "timeout" for s in statuses.values()) else 0.0
    total = sum(known.values())
    return sum(v for k, v in known.items() if statuses.get(k) == "timeout") / total


def counts(statuses: Mapping[str, str]) -> str:
    """`775: 613 killed, 162 survived` (statuses that occur, most common first)."""
    tally = Counter(statuses.values())
    parts = [
        f"{n} {s.replace('_', ' ')}" for s, n in sorted(tally.items(), key=lambda i: (-i[1], i[0]))
    ]
    return f"{len(statuses)}: " + ", ".join(parts) if parts else "0"


@dataclass(frozen=True)
class Agreement:
    same_ids: bool
    differing: tuple[str, ...]  # ids whose status differs
    differing_detection: tuple[str, ...]  # ids detected on one side only


def compare(plain: Mapping[str, str], gate: Mapping[str, str]) -> Agreement:
    """Mutant-by-mutant comparison of two verdict sets."""
    shared = sorted(plain.keys() & gate.keys())
    return Agreement(
        same_ids=plain.keys() == gate.keys(),
        differing=tuple(k for k in shared if plain[k] != gate[k]),
        differing_detection=tuple(
            k for k in shared if (plain[k] in DETECTED) != (gate[k] in DETECTED)
        ),
    )


def ratio(b: float, a: float) -> str:
    return f"{b / a:.2f}" if a > 0 else "–"


HEADER = (
    "| project | step | side | wall s | CPU s | peak MB | mutants | re-tested | b/a wall |"
    " b/a CPU | b−a peak MB |"
)
RULE = "|---|---|---|---|---|---|---|---|---|---|---|"


def rows(project: str, step: str, plain: Run, gate: Run) -> list[str]:
    """Two markdown table rows: the plain tools (a) and agenticops gate (b)."""

    def row(side: str, run: Run, tail: str) -> str:
        retested = "–" if run.retested is None else str(run.retested)
        return (
            f"| {project} | {step} | {side} | {run.wall:.1f} | {run.cpu:.1f} | "
            f"{run.peak_mb:.0f} | {counts(run.statuses)} | {retested} | {tail}"
        )

    tail = (
        f"{ratio(gate.wall, plain.wall)} | {ratio(gate.cpu, plain.cpu)} | "
        f"{gate.peak_mb - plain.peak_mb:+.0f} |"
    )
    return [row("a: plain", plain, "| | |"), row("b: gate", gate, tail)]


def table(lines: Sequence[str]) -> str:
    return "\n".join([HEADER, RULE, *lines])


Step = tuple[Run, Run, float]  # (a: plain tools, b: gate, mutmut's own wall time in a)


def _met(ok: bool) -> str:
    return "met" if ok else "MISSED"


def _timeouts(statuses: Mapping[str, str]) -> int:
    return sum(1 for s in statuses.values() if s == "timeout")


def cold_targets(name: str, a: Run, b: Run) -> list[str]:
    """Cold: time against the plain tools, the same verdicts, timeouts' share of worker time."""
    agreement = compare(a.statuses, b.statuses)
    same = agreement.same_ids and not agreement.differing_detection
    share = (
        "unknown (no durations)" if b.timeout_share is None else f"{100 * b.timeout_share:.1f} %"
    )
    return [
        f"{name}: cold, all gates {b.wall:.1f} s vs plain tools {a.wall:.1f} s = "
        f"{b.wall / a.wall:.2f} (target ≤ 1.10: {_met(b.wall <= 1.10 * a.wall)})",
        f"{name}: cold verdicts: same mutants {agreement.same_ids}, "
        f"{len(agreement.differing)} statuses differ, {len(agreement.differing_detection)} "
        f"differ in detected or not (target 0: {_met(same)})",
        f"{name}: timeouts {_timeouts(b.statuses)} (plain mutmut: {_timeouts(a.statuses)}); "
        f"their share of worker time: {share} (target ≤ 10 %)",
    ]


def targets(name: str, runs: Mapping[str, Step]) -> list[str]:
    """One line per target of the issue, with the measured numbers."""
    cold_a, cold_b, _ = runs["cold"]
    quiet = runs["no change"][1]
    func_a, func_b, func_mutmut = runs["function changed"]
    test_a, test_b, _ = runs["test added"]
    extra_mb = max(r[1].peak_mb - r[0].peak_mb for r in runs.values())
    peak_b = max(r[1].peak_mb for r in runs.values())
    return [
        *cold_targets(name, cold_a, cold_b),
        f"{name}: no change {quiet.wall:.1f} s (target ≤ 10 s: {_met(quiet.wall <= 10)}); "
        f"re-tested {quiet.retested}",
        f"{name}: one function changed {func_b.wall:.1f} s = {func_b.wall / cold_b.wall:.2f} × "
        f"cold (target ≤ 0.10: {_met(func_b.wall <= 0.10 * cold_b.wall)}); mutmut's own "
        f"incremental run {func_mutmut:.1f} s, ratio {func_b.wall / func_mutmut:.2f} (target ≤ "
        f"1.2: {_met(func_b.wall <= 1.2 * func_mutmut)}); re-tested {func_b.retested} "
        f"(mutmut: {func_a.retested})",
        f"{name}: one test added: re-tested {test_b.retested} (mutmut: {test_a.retested}), "
        f"{test_b.wall:.1f} s",
        f"{name}: peak memory {peak_b:.0f} MB, at most {extra_mb:+.0f} MB over the plain tools "
        f"(target ≤ +100 MB: {_met(extra_mb <= 100)})",
    ]
