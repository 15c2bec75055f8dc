"""How each bound test of the operative check ended, and the findings those outcomes make."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import Path

from agenticops import textfile
from agenticops.spec.operative.findings import OperativeFinding, finding
from agenticops.spec.operative.probes import Probe


def read_outcomes(path: Path) -> dict[str, str]:
    """How each bound test ended: undefined (a step found no definition), failed, passed."""
    seen: dict[str, set[str]] = {}
    if path.is_file():
        for line in textfile.read(path).splitlines():
            record = json.loads(line)
            seen.setdefault(record["test"], set()).add(record["outcome"])
    order = ("undefined", "failed", "passed")
    return {test: next((o for o in order if o in found), "skipped") for test, found in seen.items()}


def judge(probes: Sequence[Probe], outcomes: Mapping[str, str]) -> list[OperativeFinding]:
    written = {(p.feature.path, p.scenario): outcomes.get(p.test) for p in probes if not p.mutant}
    findings = []
    for probe in probes:
        if probe.mutant is None or written[(probe.feature.path, probe.scenario)] != "passed":
            continue
        status = outcomes.get(probe.test)
        if status in ("passed", "undefined"):
            findings.append(finding(probe.feature, probe.mutant, status == "undefined"))
    return findings
