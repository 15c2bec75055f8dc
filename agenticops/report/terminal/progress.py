"""The stage spinner on stderr, each stage printed as done with its time."""

from __future__ import annotations

import sys
import time
from types import TracebackType
from typing import TextIO

from agenticops.report.terminal.rich_api import Console, Status, Text


class Progress:
    """A spinner on stderr naming the running stage, then each stage done with its time.

    Silent when `enabled` is False or the stream is not a terminal (CI logs, pipes):
    `with Progress() as progress: run_gate(..., on_stage=progress.stage)`.
    """

    def __init__(self, *, enabled: bool = True, file: TextIO | None = None) -> None:
        stream = sys.stderr if file is None else file
        self.active = enabled and stream.isatty()
        self._console = Console(file=stream, force_terminal=self.active, highlight=False)
        self._status: Status | None = None
        self._stage = ""
        self._started = 0.0

    def __enter__(self) -> Progress:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self._finish()
        if self._status is not None:
            self._status.stop()
            self._status = None

    def stage(self, name: str) -> None:
        """Show that stage `name` runs now (the previous one is printed as done)."""
        if not self.active:
            return
        self._finish()
        self._stage, self._started = name, time.monotonic()
        if self._status is None:
            self._status = self._console.status(Text(f"{name}…"))
            self._status.start()
        else:
            self._status.update(Text(f"{name}…"))

    def _finish(self) -> None:
        if self._stage:
            elapsed = time.monotonic() - self._started
            done = Text.assemble(("✓ ", "green"), self._stage, (f" ({elapsed:.1f}s)", "dim"))
            self._console.print(done)
            self._stage = ""
