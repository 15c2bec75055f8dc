"""Where a mutant differs from the original, and which functions mutmut never mutates."""

from __future__ import annotations

import textwrap

from agenticops.measure.mutmut_source import def_lines, generated_functions, locate, unmutated

ORIGINAL = textwrap.dedent(
    """\
    import functools


    def add(a, b=1):
        return a + b


    class Box:
        @staticmethod
        def zero():
            return 0

        async def grow(self, n):
            self.v += n
    """
)

# the shape mutmut 3.8.1 writes (trimmed): trampoline, copies, mutants dict
MUTATED = textwrap.dedent(
    """\
    import functools


    @_mutmut_mutated(mutants_x_add__mutmut)
    def add(a, b=1):
        return a + b


    def x_add__mutmut_orig(a, b=1):
        return a + b


    def x_add__mutmut_1(a, b=2):
        return a + b


    def x_add__mutmut_2(a, b=1):
        return a - b

    mutants_x_add__mutmut['x_add__mutmut_1'] = x_add__mutmut_1


    class Box:
        @staticmethod
        @_mutmut_mutated(mutants_xǁBoxǁzero__mutmut)
        def zero():
            return 0

        @staticmethod
        def xǁBoxǁzero__mutmut_orig():
            return 0

        @staticmethod
        def xǁBoxǁzero__mutmut_1():
            return 1
    """
)


def test_def_lines_by_mangled_name() -> None:
    assert def_lines(ORIGINAL) == {"x_add": 4, "xǁBoxǁzero": 10, "xǁBoxǁgrow": 13}
    assert def_lines("def broken(:\n") == {}


def test_generated_functions_from_def_line() -> None:
    copies = generated_functions(MUTATED)
    assert sorted(copies) == [
        "x_add__mutmut_1",
        "x_add__mutmut_2",
        "x_add__mutmut_orig",
        "xǁBoxǁzero__mutmut_1",
        "xǁBoxǁzero__mutmut_orig",
    ]
    assert copies["xǁBoxǁzero__mutmut_1"] == ["    def xǁBoxǁzero__mutmut_1():", "        return 1"]
    assert generated_functions("def broken(:\n") == {}


def _locate(copy: str, mangled: str, name: str, def_line: int) -> tuple[int, str]:
    copies = generated_functions(MUTATED)
    orig = f"{mangled}__mutmut_orig"
    return locate(copies[orig], copies[copy], copies=(orig, copy), name=name, def_line=def_line)


def test_locate_body_change() -> None:
    assert _locate("x_add__mutmut_2", "x_add", "add", 4) == (5, "- return a + b\n+ return a - b")


def test_locate_change_on_the_def_line_names_the_function() -> None:
    assert _locate("x_add__mutmut_1", "x_add", "add", 4) == (
        4,
        "- def add(a, b=1):\n+ def add(a, b=2):",
    )


def test_locate_method_offsets_from_the_original_def() -> None:
    assert _locate("xǁBoxǁzero__mutmut_1", "xǁBoxǁzero", "zero", 10) == (
        11,
        "- return 0\n+ return 1",
    )


def test_locate_removed_block_keeps_relative_indentation() -> None:
    orig = ["def x_f__mutmut_orig(v):", "    match v:", "        case 1:", "            return 2"]
    orig += ["        case _:", "            return 3"]
    mutant = ["def x_f__mutmut_4(v):", "    match v:", "        case _:", "            return 3"]
    line, diff = locate(
        orig, mutant, copies=("x_f__mutmut_orig", "x_f__mutmut_4"), name="f", def_line=7
    )
    assert line == 9
    assert diff == "- case 1:\n-     return 2"


def test_locate_two_changes_and_no_change() -> None:
    orig = ["def x_f__mutmut_orig():", "    a = 1", "    b = 2", "    return a"]
    mutant = ["def x_f__mutmut_1():", "    a = 2", "    b = 2", "    return b"]
    assert locate(
        orig, mutant, copies=("x_f__mutmut_orig", "x_f__mutmut_1"), name="f", def_line=3
    ) == (
        4,
        "- a = 1\n+ a = 2\n- return a\n+ return b",
    )
    same = locate(orig, orig, copies=("x_f__mutmut_orig", "x_f__mutmut_orig"), name="f", def_line=3)
    assert same == (3, "")
    assert locate([], [], copies=("a", "b"), name="f", def_line=0) == (0, "")


UNMUTATED = textwrap.dedent(
    """\
    import enum
    import functools
    import typing

    if typing.TYPE_CHECKING:
        def hidden(): ...

    try:
        from fast import speed
    except ImportError:
        def speed():
            return 1


    @functools.cache
    def cached(x):
        return x


    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*a):
            return fn(*a)

        class Local:
            @property
            def p(self):
                return 1

            def plain(self):
                @staticmethod
                def fine():
                    return 2
                return fine

        def inner():
            return 1
        return wrapper


    async def plain_async():
        return 1


    @typing.no_type_check
    async def decorated_async():
        return 1


    class Box:
        @staticmethod
        def s():
            return 1

        @classmethod
        def c(cls):
            return 1

        @staticmethod
        @functools.cache
        def stacked():
            return 1

        @builtins.staticmethod
        def qualified():
            return 1

        @property
        def size(self):
            return 1

        def __new__(cls):
            return super().__new__(cls)

        def __init__(self):
            self.v = 1

        class Inner:
            def m(self):
                return 1


    class Color(enum.Enum):
        RED = 1

        def __init__(self, v):
            self.v = v

        def _generate_next_value_(name, start, count, last):
            return 1

        def label(self):
            return "red"


    class Flags(enum.IntFlag):
        def __init__(self, v):
            self.v = v


    def __new__():
        return 1
    """
)


def test_unmutated_lists_every_function_mutmut_skips() -> None:
    assert unmutated(UNMUTATED) == (
        "cached",
        "deco.wrapper",
        "deco.Local.p",
        "decorated_async",
        "Box.stacked",
        "Box.qualified",
        "Box.size",
        "Box.__new__",
        "Color.__init__",
        "Color._generate_next_value_",
        "Flags.__init__",
        "__new__",
        "hidden",
        "speed",
        "Box.Inner.m",
    )


def test_unmutated_of_plain_code_and_broken_code() -> None:
    assert unmutated(ORIGINAL) == ()
    assert unmutated("RATE = 3\n") == ()
    assert unmutated("def broken(:\n") == ()


def test_locate_in_a_long_function_of_repeated_lines() -> None:
    # difflib's autojunk would treat the repeated line as junk and diff the whole body
    orig = ["def x_f__mutmut_orig():", "    x = 1"] + ["    x += 1"] * 200
    mutant = ["def x_f__mutmut_1():", "    x = 2"] + ["    x += 1"] * 200
    assert locate(
        orig, mutant, copies=("x_f__mutmut_orig", "x_f__mutmut_1"), name="f", def_line=1
    ) == (2, "- x = 1\n+ x = 2")


def test_locate_renames_only_the_copys_own_name() -> None:
    orig = ['def x_f__mutmut_orig(a="x_f__mutmut_orig"):', "    return a"]
    mutant = ['def x_f__mutmut_1(a="x_f__mutmut_orig"):', "    return a"]
    assert locate(
        orig, mutant, copies=("x_f__mutmut_orig", "x_f__mutmut_1"), name="f", def_line=1
    ) == (1, "")


def test_locate_an_added_blank_line() -> None:
    orig = ["def x_f__mutmut_orig():", "    return 1"]
    mutant = ["def x_f__mutmut_1():", "", "    return 1"]
    assert locate(
        orig, mutant, copies=("x_f__mutmut_orig", "x_f__mutmut_1"), name="f", def_line=5
    ) == (6, "+ ")


def test_locate_keeps_the_relative_indentation_of_new_lines() -> None:
    orig = ["def x_f__mutmut_orig(a):", "    if a:", "        return 1"]
    mutant = ["def x_f__mutmut_1(a):", "    if not a:", "        return 2"]
    assert locate(
        orig, mutant, copies=("x_f__mutmut_orig", "x_f__mutmut_1"), name="f", def_line=1
    ) == (2, "- if a:\n-     return 1\n+ if not a:\n+     return 2")
