"""What fell short, with locations, as Markdown sections for the agent's next prompt."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from agenticops.model import DETECTED, GateResult, Measurements, Thresholds

MAX_ITEMS = 25  # per section: enough to act on, short enough to read
MAX_MESSAGE_LINES = 30


def failing_tests_findings(
    measured: Measurements, gate: GateResult, labels: Mapping[str, str] | None = None
) -> list[str]:
    """Failing tests and scenarios by node id, with their assertion output.

    labels maps a test function name to what it checks (a scenario's name and place), so the
    agent reads "Scenario 'Refund what is left' (refunds.feature:5)", not only a node id.
    """
    if gate.passed:
        return []
    run = measured.tests
    if run is None or not run.failed:
        tail = "\n".join((run.output if run else "").strip().splitlines()[-20:])
        return [
            f"### Tests: {gate.reason}\n\n```\n{tail}\n```" if tail else f"### Tests: {gate.reason}"
        ]
    items = []
    for outcome in run.failed[:MAX_ITEMS]:
        message = "\n".join(outcome.message.strip().splitlines()[-MAX_MESSAGE_LINES:])
        label = (labels or {}).get(outcome.nodeid.split("::")[-1].split("[")[0])
        name = f"{label}: `{outcome.nodeid}`" if label else f"`{outcome.nodeid}`"
        items.append(f"- {name} ({outcome.status})\n\n```\n{message}\n```")
    more = _more(len(run.failed))
    return [
        f"### Failing tests ({len(run.failed)} of {run.collected})\n\n" + "\n".join(items) + more
    ]


def quality_findings(
    measured: Measurements, failed: Sequence[GateResult], thresholds: Thresholds
) -> tuple[str, ...]:
    """Uncovered lines, and functions over the complexity or CRAP limit."""
    sections = []
    names = {g.name for g in failed}
    if "coverage" in names:
        sections.append(_uncovered(measured, thresholds.coverage))
    for name in ("complexity", "crap"):
        if name in names:
            sections.append(_functions_over(measured, name, getattr(thresholds, name)))
    return tuple(sections)


def _uncovered(measured: Measurements, minimum: float | None) -> str:
    total = measured.coverage_total
    head = f"### Coverage {total if total is not None else 'unknown'}% < {minimum}%"
    rows = []
    for file in sorted(measured.files, key=lambda f: (f.coverage or 0.0, f.path)):
        if file.missing_lines or file.missing_branches:
            branches = ", ".join(f"{a}->{b}" for a, b in file.missing_branches[:10])
            rows.append(
                f"- `{file.path}` ({file.coverage}%): lines {compact(file.missing_lines) or 'none'}"
                + (f"; branches {branches}" if branches else "")
            )
    return head + "\n\nWrite tests that execute these:\n\n" + "\n".join(rows[:MAX_ITEMS])


def _functions_over(measured: Measurements, name: str, limit: float | None) -> str:
    rows = []
    for file in measured.files:
        for fn in file.functions:
            value = fn.complexity if name == "complexity" else fn.crap
            if limit is not None and value > limit:
                rows.append(
                    f"- `{file.path}::{fn.name}` (line {fn.line}): "
                    f"{name} {round(value, 2)} > {limit}"
                    f" (complexity {fn.complexity}, coverage {fn.coverage}%)"
                )
    advice = (
        "split them into smaller functions"
        if name == "complexity"
        else "test them fully or simplify"
    )
    return f"### Functions over the {name} limit: {advice}\n\n" + "\n".join(rows[:MAX_ITEMS])


def mutation_findings(measured: Measurements, failed: Sequence[GateResult]) -> tuple[str, ...]:
    """Surviving mutants with their diffs, and files over the mutation-sites limit."""
    sections = []
    names = {g.name: g for g in failed}
    if not measured.mutation.ran:
        sections.append(f"### Mutation testing did not run\n\n{measured.mutation.reason}")
    elif "mutation_score" in names:
        sections.append(_survivors(measured, names["mutation_score"]))
    if "mutation_sites" in names and measured.mutation.ran:
        gate = names["mutation_sites"]
        rows = [f"- `{p}`" for p in gate.offenders] or [f"- {gate.reason}"]
        sections.append(
            f"### Files with more than {gate.threshold} mutants: split or simplify them\n\n"
            + "\n".join(rows)
        )
    return tuple(sections)


def _survivors(measured: Measurements, gate: GateResult) -> str:
    alive = [
        (f.path, m)
        for f in measured.files
        for m in f.mutants
        if m.status not in DETECTED and m.status != "skipped"
    ]
    rows = [
        f"- `{path}:{m.line}` in `{m.function}` ({m.status}):\n\n```diff\n{m.diff.strip()}\n```"
        for path, m in alive[:MAX_ITEMS]
    ]
    head = (
        f"### Mutation score {gate.actual}% < {gate.threshold}%: {len(alive)} mutants survived\n\n"
        "Each change below leaves every test passing. Add assertions that fail on it:"
    )
    return head + "\n\n" + "\n".join(rows) + _more(len(alive))


def _more(count: int) -> str:
    return f"\n\n… and {count - MAX_ITEMS} more" if count > MAX_ITEMS else ""


def compact(lines: Sequence[int]) -> str:
    """[5, 9, 22, 23, 24] -> '5, 9, 22-24'."""
    ranges: list[list[int]] = []
    for n in sorted(lines):
        if ranges and n == ranges[-1][1] + 1:
            ranges[-1][1] = n
        else:
            ranges.append([n, n])
    return ", ".join(str(a) if a == b else f"{a}-{b}" for a, b in ranges)
