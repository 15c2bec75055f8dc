"""`agenticops gate`: parse the gate's flags, run it, render the report, exit 1 when it fails."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from agenticops.commands.output import check_format, emit, render_for, verdict
from agenticops.config import load_config
from agenticops.errors import Interrupted, UsageError
from agenticops.gate import GateOptions, run_gate


@dataclass(frozen=True, slots=True, kw_only=True)
class GateFlags:
    """The gate's command-line flags beyond profile, overrides and output."""

    python: str | None = None
    diff: str | None = None
    no_cache: bool = False
    shard: str | None = None


def parse_shard(text: str | None) -> tuple[int, int] | None:
    """`K/N` with 1 <= K <= N; anything else is a usage error."""
    if text is None:
        return None
    k, sep, n = text.partition("/")
    if sep and k.isdigit() and n.isdigit() and 1 <= int(k) <= int(n):
        return int(k), int(n)
    raise UsageError(f"--shard {text}: expected K/N with 1 <= K <= N, e.g. 2/3")


def gate_command(
    path: Path,
    *,
    profile: str | None,
    overrides: Sequence[str],
    fmt: str,
    output: Path | None,
    flags: GateFlags,
) -> int:
    """`agenticops gate`: measure, judge, render; exit 1 when a gate fails (Ctrl-C: exit 130,
    saying which mutant verdicts were kept for the next run)."""
    check_format(fmt)
    shard = parse_shard(flags.shard)
    config = load_config(path, profile=profile, overrides=overrides)
    options = GateOptions(
        python=flags.python or sys.executable,
        diff_base=flags.diff,
        use_cache=not flags.no_cache,
        shard=shard,
    )
    progress = _progress(fmt, output)
    with progress:
        try:
            report = run_gate(config, options=options, on_stage=progress.stage)
        except KeyboardInterrupt as stop:  # what the stopped stage kept, when it says
            raise Interrupted.after(stop) from None
    emit(render_for(report, fmt, config.root), output)
    return verdict(report)


def _progress(fmt: str, output: Path | None):  # type: ignore[no-untyped-def]
    from agenticops.report.terminal import Progress

    return Progress(enabled=fmt == "terminal" or output is not None)
