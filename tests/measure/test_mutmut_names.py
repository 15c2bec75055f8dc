"""mutmut 3.8.1's names and exit codes, pinned."""

from __future__ import annotations

import pytest

from agenticops.errors import ToolError
from agenticops.measure.mutmut_names import (
    function_of,
    mangle,
    mangled_of,
    module_of,
    mutant_glob,
    mutmut_key,
    status_of,
    unmangle,
)


@pytest.mark.parametrize(
    ("code", "status"),
    [
        (1, "killed"),
        (3, "killed"),
        (0, "survived"),
        (5, "no_tests"),
        (33, "no_tests"),
        (34, "skipped"),
        (35, "suspicious"),
        (36, "timeout"),
        (-24, "timeout"),
        (24, "timeout"),
        (152, "timeout"),
        (255, "suspicious"),  # the tests never ran: not a timeout, whatever mutmut says
        (37, "type_check"),
        (-11, "segfault"),
        (-9, "segfault"),
        (2, "interrupted"),
        (None, "not_checked"),
        (4, "suspicious"),
        (-15, "suspicious"),
        (99, "suspicious"),
    ],
)
def test_exit_code_table(code: int | None, status: str) -> None:
    assert status_of(code) == status


@pytest.mark.parametrize(
    ("path", "module"),
    [
        ("pkg/mod.py", "pkg.mod"),
        ("pkg/__init__.py", "pkg"),
        ("src/pkg/mod.py", "pkg.mod"),
        ("src/pkg/__init__.py", "pkg"),
        ("src/mod.py", "mod"),
        ("calc.py", "calc"),
        ("src.py", "src"),
        ("__init__.py", "__init__"),
        ("a/b/c.py", "a.b.c"),
    ],
)
def test_module_of_follows_mutmut(path: str, module: str) -> None:
    assert module_of(path) == module


def test_keys_and_mangling() -> None:
    assert mutmut_key("src/pkg/__init__.py", "x_f") == "pkg.x_f"
    assert mutmut_key("pkg/mod.py", "xǁBoxǁgrow") == "pkg.mod.xǁBoxǁgrow"
    assert mangle("grow") == "x_grow"
    assert mangle("Box.grow") == "xǁBoxǁgrow"
    assert mangle("Box.__init__") == "xǁBoxǁ__init__"
    assert unmangle("x_grow") == "grow"
    assert unmangle("x___init__") == "__init__"
    assert unmangle("xǁBoxǁ__init__") == "Box.__init__"


@pytest.mark.parametrize("bad", ["grow", "xǁBox", "x_aǁb", "xǁAǁBǁc", "y_f"])
def test_unmangle_refuses_unknown_shapes(bad: str) -> None:
    with pytest.raises(ToolError, match=r"has a shape agenticops does not understand; .*3\.8\.1"):
        unmangle(bad)


@pytest.mark.parametrize(
    ("mutant", "mangled", "function"),
    [
        ("pkg.calc.x_add__mutmut_1", "x_add", "add"),
        ("pkg.calc.xǁBoxǁgrow__mutmut_12", "xǁBoxǁgrow", "Box.grow"),
        ("pkg.calc.xǁBoxǁ__init____mutmut_1", "xǁBoxǁ__init__", "Box.__init__"),
        ("calc.x_double__mutmut_2", "x_double", "double"),
        ("mod.x_f__mutmut_orig", "x_f", "f"),
        ("x_top__mutmut_3", "x_top", "top"),
    ],
)
def test_function_of(mutant: str, mangled: str, function: str) -> None:
    assert mangled_of(mutant) == mangled
    assert function_of(mutant) == function


@pytest.mark.parametrize("bad", ["pkg.calc.x_add", "pkg.calc.x_add__mutmut_", "x_a__mutmut_b"])
def test_mutant_names_of_unknown_shape(bad: str) -> None:
    with pytest.raises(
        ToolError, match=r"mutmut mutant name .* agenticops supports mutmut==3\.8\.1"
    ):
        mangled_of(bad)


def test_mutant_glob_selects_one_function() -> None:
    assert mutant_glob("src/pkg/mod.py", "Box.grow") == "pkg.mod.xǁBoxǁgrow__mutmut_*"
    assert mutant_glob("pkg/__init__.py", "double") == "pkg.x_double__mutmut_*"


def test_the_mutant_number_follows_the_last_mutmut_suffix() -> None:
    assert mangled_of("pkg.my__mutmut_tools.x_f__mutmut_2") == "x_f"
