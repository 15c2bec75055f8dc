"""One source file's mutants, sites, unmutated functions, hashes and tests (FileMutation),
from its .meta file, mutmut's stats and the file's original and mutated source."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from agenticops import textfile
from agenticops.measure.mutmut_meta import Stats, load, parse_meta
from agenticops.measure.mutmut_names import mutmut_key, unmangle
from agenticops.measure.mutmut_results.mutants import build_mutant
from agenticops.measure.mutmut_source import def_lines, generated_functions, unmutated
from agenticops.model import MutantResult


@dataclass(frozen=True, slots=True, kw_only=True)
class FileMutation:
    """The mutants of one source file; `sites` = how many mutmut generated (0: none)."""

    mutants: tuple[MutantResult, ...] = ()
    sites: int = 0
    unmutated: tuple[str, ...] = ()  # functions mutmut never mutates, by qualified name
    function_hashes: dict[str, str] = field(default_factory=dict)  # mutmut's AST hash per function
    tests_by_function: dict[str, tuple[str, ...]] = field(default_factory=dict)  # pytest node ids


def read_file(
    workdir: Path, path: str, *, stats: Stats, version: str, timed: bool = True
) -> FileMutation:
    """Everything about one source file (relative to workdir, with /) mutmut left behind."""
    original = textfile.read(workdir / path)
    where = f"mutants/{path}.meta"
    data = load(workdir / where, where=where, version=version)
    if data is None:  # mutmut never reached this file
        return FileMutation(unmutated=unmutated(original))
    meta = parse_meta(data, where=where, version=version)
    mutated = workdir / "mutants" / path
    copies = generated_functions(textfile.read(mutated)) if mutated.is_file() else {}
    lines = def_lines(original)
    mutants = tuple(
        build_mutant(
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
