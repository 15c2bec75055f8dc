"""mutmut 3.8.1's mutant names and exit codes, as agenticops' qualified names and statuses."""

from __future__ import annotations

from agenticops.errors import ToolError
from agenticops.model import MutantStatus

SUPPORTED = "3.8.1"
#: mutmut's separator in mangled method names: `xǁClassǁmethod`
SEPARATOR = "ǁ"
_SUFFIX = "__mutmut_"

#: the exit code of a mutant whose tests mutmut 3.8.1 could not start (it calls it a timeout)
NOT_RUN = 255
#: mutmut's `stats.py::status_by_exit_code`, in agenticops' words (but NOT_RUN); anything else
#: is suspicious
_STATUS_BY_EXIT_CODE: dict[int | None, MutantStatus] = {
    1: "killed",
    3: "killed",  # an internal pytest error under a mutant counts as a kill
    0: "survived",
    5: "no_tests",
    33: "no_tests",
    34: "skipped",
    35: "suspicious",
    36: "timeout",
    -24: "timeout",  # SIGXCPU: the wall or CPU limit fired
    24: "timeout",
    152: "timeout",
    # not a time limit: mutmut's forkserver worker exits -1 (255) when its test runner raised,
    # e.g. pytest refused the selected test ids (exit 4); the tests never ran, no evidence
    NOT_RUN: "suspicious",
    37: "type_check",
    -11: "segfault",
    -9: "segfault",
    2: "interrupted",
    None: "not_checked",
}


def status_of(exit_code: int | None) -> MutantStatus:
    """The verdict mutmut's exit code stands for."""
    return _STATUS_BY_EXIT_CODE.get(exit_code, "suspicious")


def module_of(path: str) -> str:
    """The module mutmut names a source file by: `src/pkg/mod.py` -> `pkg.mod`, and a package's
    `__init__.py` by the package (`pkg/__init__.py` -> `pkg`)."""
    module = path.removesuffix(".py").replace("/", ".").removeprefix("src.")
    return module.removesuffix(".__init__") if "." in module else module


def mutmut_key(path: str, mangled: str) -> str:
    """mutmut's key of a function of a file: `pkg.mod.x_func`, `pkg.mod.xǁClassǁmethod`."""
    return f"{module_of(path)}.{mangled}"


def mangle(qualname: str) -> str:
    """`func` -> `x_func`, `Class.method` -> `xǁClassǁmethod` (mutmut's function names)."""
    owner, _, name = qualname.rpartition(".")
    return f"x{SEPARATOR}{owner}{SEPARATOR}{name}" if owner else f"x_{name}"


def unmangle(mangled: str) -> str:
    """`x_func` -> `func`, `xǁClassǁmethod` -> `Class.method`."""
    if mangled.startswith(f"x{SEPARATOR}") and mangled.count(SEPARATOR) == 2:
        _, owner, name = mangled.split(SEPARATOR)
        return f"{owner}.{name}"
    if mangled.startswith("x_") and SEPARATOR not in mangled:
        return mangled[2:]
    raise ToolError(
        f"mutmut name {mangled!r} has a shape agenticops does not understand; "
        f"agenticops supports mutmut=={SUPPORTED}"
    )


def mangled_of(mutant: str) -> str:
    """The function part of a mutant name: `pkg.mod.xǁCǁm__mutmut_2` -> `xǁCǁm`."""
    function, sep, number = mutant.rpartition(_SUFFIX)
    if not sep or not (number.isdigit() or number == "orig"):
        raise ToolError(
            f"mutmut mutant name {mutant!r} has a shape agenticops does not understand; "
            f"agenticops supports mutmut=={SUPPORTED}"
        )
    return function.rpartition(".")[2]


def function_of(mutant: str) -> str:
    """The qualified name of the function a mutant lives in (`Class.method`, `func`)."""
    return unmangle(mangled_of(mutant))


def mutant_glob(path: str, qualname: str) -> str:
    """A name pattern `mutmut run` accepts for every mutant of one function of one file."""
    return f"{mutmut_key(path, mangle(qualname))}{_SUFFIX}*"
