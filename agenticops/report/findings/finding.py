"""A located finding, and the context an offender's findings are made in."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from agenticops.model import GateResult, Report
from agenticops.report.text import measure, number

Level = Literal["error", "warning"]


@dataclass(frozen=True, slots=True, kw_only=True)
class Finding:
    """One thing to point at: `path`/`line` are None when it concerns the whole run."""

    gate: str
    level: Level
    title: str
    message: str
    path: str | None = None
    line: int | None = None
    end_line: int | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Context:
    """The gate an offender belongs to, the level its findings take and the project root."""

    report: Report
    gate: GateResult
    level: Level
    root: Path

    def finding(self, title: str, message: str, path: str, line: int | None = None) -> Finding:
        return Finding(
            gate=self.gate.name,
            level=self.level,
            title=title,
            message=message,
            path=path,
            line=line,
        )

    @property
    def limit(self) -> str:
        return "?" if self.gate.threshold is None else number(self.gate.threshold)


def generic(ctx: Context, offender: str) -> Iterator[Finding]:
    """The finding of an offender no gate-specific reading could locate better."""
    path, _, name = offender.partition("::")
    yield ctx.finding(
        f"{ctx.gate.name}: {name or path}", ctx.gate.reason or measure(ctx.gate), path
    )
