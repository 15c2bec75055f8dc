"""One source file's mutants as agenticops records, from mutmut's machine files and the
sources (original and mutated) in the measurement copy."""

from __future__ import annotations

from agenticops.measure.mutmut_results.files import FileMutation, read_file
from agenticops.measure.mutmut_results.run import Results, not_run, read_results

__all__ = ["FileMutation", "Results", "not_run", "read_file", "read_results"]
