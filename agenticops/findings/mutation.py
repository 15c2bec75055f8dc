"""Mutation findings: surviving mutants with their diffs, and files over the sites limit."""

from __future__ import annotations

from collections.abc import Sequence

from agenticops.findings.limits import MAX_ITEMS, _more
from agenticops.model import DETECTED, GateResult, Measurements


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
