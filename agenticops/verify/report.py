"""The gate report of one verification; gates a stopped pipeline never reached are not_run."""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from dataclasses import replace

from agenticops import __version__
from agenticops.config import Config
from agenticops.model import GateResult, Measurements, Report


def verification_report(
    measured: Measurements, gates: Sequence[GateResult], config: Config
) -> Report:
    """The gate report of this verification; gates a stopped pipeline never reached are not_run."""
    return Report(
        gates=tuple(_not_reached(g, config) for g in gates),
        measurements=measured,
        profile=config.profile,
        tool_version=__version__,
        created=datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
    )


def _not_reached(gate: GateResult, config: Config) -> GateResult:
    limit = getattr(config.thresholds, gate.name, None)
    if gate.status != "off" or limit is None:
        return gate
    return replace(
        gate, status="not_run", threshold=limit, reason="not run: an earlier stage failed"
    )
