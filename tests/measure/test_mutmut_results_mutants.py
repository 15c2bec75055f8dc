"""build_mutant: one mutmut mutant as a MutantResult, its diff showing the function's real name
on a mutated `def` line, and its line unknown (0) when the function's `def` is not found."""

from __future__ import annotations

from agenticops.measure.mutmut_results.mutants import build_mutant
from agenticops.model import MutantResult


def test_a_mutated_def_line_of_a_function_shows_its_name() -> None:
    copies = {
        "x_scale__mutmut_orig": ["def x_scale__mutmut_orig(n, k=2):", "    return n * k"],
        "x_scale__mutmut_1": ["def x_scale__mutmut_1(n, k=3):", "    return n * k"],
    }
    mutant = build_mutant(
        "pkg.m.x_scale__mutmut_1", 0, copies=copies, lines={"x_scale": 4}, duration=0.5
    )
    assert mutant == MutantResult(
        id="pkg.m.x_scale__mutmut_1",
        line=4,
        function="scale",
        status="survived",
        diff="- def scale(n, k=2):\n+ def scale(n, k=3):",
        duration=0.5,
    )


def test_a_mutated_def_line_of_a_method_shows_the_method_name() -> None:
    copies = {
        "xǁBoxǁsize__mutmut_orig": ["    def xǁBoxǁsize__mutmut_orig(self, n=1):", "        pass"],
        "xǁBoxǁsize__mutmut_2": ["    def xǁBoxǁsize__mutmut_2(self, n=None):", "        pass"],
    }
    mutant = build_mutant(
        "pkg.m.xǁBoxǁsize__mutmut_2", 1, copies=copies, lines={"xǁBoxǁsize": 9}, duration=None
    )
    assert (mutant.line, mutant.function, mutant.status) == (9, "Box.size", "killed")
    assert mutant.diff == "- def size(self, n=1):\n+ def size(self, n=None):"


def test_a_function_whose_def_is_not_found_has_line_zero() -> None:
    # line 0 is "somewhere in the file": reports do not pin it on line 1
    copies = {
        "x_f__mutmut_orig": ["def x_f__mutmut_orig():", "    return 1"],
        "x_f__mutmut_1": ["def x_f__mutmut_1():", "    return 2"],
    }
    mutant = build_mutant("pkg.m.x_f__mutmut_1", 0, copies=copies, lines={}, duration=None)
    assert (mutant.line, mutant.diff) == (1, "- return 1\n+ return 2")
    alone = build_mutant("pkg.m.x_f__mutmut_1", 0, copies={}, lines={}, duration=None)
    assert (alone.line, alone.diff) == (0, "")
