"""One source file's mutants as agenticops records, from mutmut's machine files and the
sources (original and mutated) in the measurement copy."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from agenticops.errors import ToolError
from agenticops.measure.mutmut_meta import Stats, load, parse_meta, read_stats
from agenticops.measure.mutmut_names import NOT_RUN, mangled_of, mutmut_key, status_of, unmangle
from agenticops.measure.mutmut_source import def_lines, generated_functions, locate, unmutated
from agenticops.model import MutantResult


@dataclass(frozen=True, slots=True, kw_only=True)
class FileMutation:
    """The mutants of one source file; `sites` = how many mutmut generated (0: none)."""

    mutants: tuple[MutantResult, ...] = ()
    sites: int = 0
    unmutated: tuple[str, ...] = ()  # functions mutmut never mutates, by qualified name
    function_hashes: dict[str, str] = field(default_factory=dict)  # mutmut's AST hash per function
    tests_by_function: dict[str, tuple[str, ...]] = field(default_factory=dict)  # pytest node ids


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


def read_file(
    workdir: Path, path: str, *, stats: Stats, version: str, timed: bool = True
) -> FileMutation:
    """Everything about one source file (relative to workdir, with /) mutmut left behind."""
    original = (workdir / path).read_text(encoding="utf-8")
    where = f"mutants/{path}.meta"
    data = load(workdir / where, where=where, version=version)
    if data is None:  # mutmut never reached this file
        return FileMutation(unmutated=unmutated(original))
    meta = parse_meta(data, where=where, version=version)
    mutated = workdir / "mutants" / path
    copies = generated_functions(mutated.read_text(encoding="utf-8")) if mutated.is_file() else {}
    lines = def_lines(original)
    mutants = tuple(
        _mutant(
            key,
            code,
            copies=copies,
            lines=lines,
            duration=meta.durations.get(key) if timed else None,
        )
        for key, code in meta.exit_codes.items()
    )
    return FileMutation(
        mutants=mutants,
        sites=len(meta.exit_codes),
        unmutated=unmutated(original),
        function_hashes={unmangle(m): h for m, h in meta.hashes.items()},
        tests_by_function={
            unmangle(m): stats.tests.get(mutmut_key(path, m), ()) for m in meta.hashes
        },
    )


def _mutant(
    key: str,
    code: int | None,
    *,
    copies: Mapping[str, list[str]],
    lines: Mapping[str, int],
    duration: float | None,
) -> MutantResult:
    mangled = mangled_of(key)
    function = unmangle(mangled)
    copy = key.rpartition(".")[2]
    orig = f"{mangled}__mutmut_orig"
    line, diff = locate(
        copies.get(orig, []),
        copies.get(copy, []),
        copies=(orig, copy),
        name=function.rpartition(".")[2],
        def_line=lines.get(mangled, 0),
    )
    return MutantResult(
        id=key, line=line, function=function, status=status_of(code), diff=diff, duration=duration
    )
