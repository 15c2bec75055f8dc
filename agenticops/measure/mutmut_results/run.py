"""A whole mutmut run's results: every file's mutants, and the mutants whose tests never ran."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

from agenticops.errors import ToolError
from agenticops.measure.mutmut_meta import load, parse_meta, read_stats
from agenticops.measure.mutmut_names import NOT_RUN
from agenticops.measure.mutmut_results.files import FileMutation, read_file


class Results(NamedTuple):
    files: dict[str, FileMutation]
    test_durations: dict[str, float]  # node id -> seconds
    notes: tuple[str, ...]


def read_results(
    workdir: Path, files: Sequence[str], *, version: str, timed: bool, partial: bool
) -> Results:
    """Every file's mutants. `partial`: mutmut was killed, so a half-written result file is
    expected and means "no results", not a format mutmut 3.8.1 does not write."""
    try:
        stats = read_stats(workdir, version)
        found = {f: read_file(workdir, f, stats=stats, version=version, timed=timed) for f in files}
    except ToolError:
        if not partial:
            raise
        return Results({}, {}, ("mutmut was stopped while writing its result files; not read",))
    return Results(found, stats.durations, ())


def not_run(workdir: Path, files: Sequence[str], *, version: str) -> tuple[str, ...]:
    """The mutants (mutmut keys) whose tests mutmut could not start (exit NOT_RUN)."""
    found: list[str] = []
    for path in files:
        where = f"mutants/{path}.meta"
        data = load(workdir / where, where=where, version=version)
        if data is not None:
            codes = parse_meta(data, where=where, version=version).exit_codes
            found.extend(key for key, code in codes.items() if code == NOT_RUN)
    return tuple(found)
