"""Why a mutmut run produced no verdicts, in one line with what to do.

mutmut's console text is read here only to pick the diagnosis; every number comes from its
machine files."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import NamedTuple

CLEAN_TEST_FAILED = "Failed to run clean test"
_NO_TESTS = "could not find any test case for any mutant"
_MISMATCH = "tests recorded trampoline hits but none match any mutant key"
_STATS_FAILED = "failed to collect stats"
_FORCED_FAIL = "Unable to force test failures"
_NO_MATCH = "Filtered for specific mutants, but nothing matches"
_NO_COLLECT = "Failed to collect list of tests"
_SUMMARY = re.compile(r"^(?:FAILED|ERROR) (\S+)(?: - (.*))?$")
_SPINNER = re.compile(r"^[⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏] ")


def lines_of(output: str) -> list[str]:
    """mutmut's console output without its spinner frames and blank lines."""
    parts = (p.strip() for p in output.replace("\r", "\n").split("\n"))
    return [p for p in parts if p and not _SPINNER.match(p)]


def failing_test(output: str) -> tuple[str, str]:
    """(node id, message) of the first failure in pytest's short summary, or ("", "")."""
    for line in lines_of(output):
        match = _SUMMARY.match(line)
        if match:
            return match.group(1), (match.group(2) or "").strip()
    return "", ""


def describe_failure(output: str) -> str:
    node, message = failing_test(output)
    if not node:
        return "no failing test named in mutmut's output"
    return f"{node} ({message})" if message else node


def deselect_hint(node: str) -> str:
    """The config that skips one test in every mutant run."""
    name = node.rpartition("::")[2].partition("[")[0] or "TEST"
    return f'[tool.agenticops.mutation] pytest_args = ["-k", "not {name}"]'


class Context(NamedTuple):
    output: str
    returncode: int
    copied: Sequence[str]  # the config files copied beside the mutants
    tests: Sequence[str]  # the test selection
    isolation: str  # mutmut's process_isolation for this run


def _mismatch(ctx: Context) -> str:
    return (
        "mutmut stopped: the tests import the code under another module name than its path "
        "(pytest `pythonpath`, sys.path edits in conftest.py, or a source root other than "
        "./, src/ or source/); import it by its package name"
    )


def _no_tests(ctx: Context) -> str:
    selected = " ".join(ctx.tests) or "the selected tests"
    return (
        f"mutmut stopped: no test in {selected} ran the mutated code inside mutants/; the tests "
        "import the original code (an installed copy, an absolute sys.path entry) or need a "
        f"file that was not copied (config files copied: {_configs(ctx)}); list it in "
        "[tool.agenticops.mutation] also_copy"
    )


def _recursion(ctx: Context) -> str:
    node, _ = failing_test(ctx.output)
    return (
        f"mutmut's stats run hit a RecursionError in {node or 'a test'}: every mutated call "
        f"adds 2 stack frames; skip that test for mutation with {deselect_hint(node)}"
    )


def _stats_failed(ctx: Context) -> str:
    failure = describe_failure(ctx.output)
    return f"the tests fail inside mutants/ (mutmut's copy): {failure}; fix them first"


def _clean_failed(ctx: Context) -> str:
    hint = (
        '; try [tool.agenticops.mutation] isolation = "forkserver"'
        if ctx.isolation == "fork"
        else ""
    )
    return (
        f"the tests do not pass inside mutants/ (mutmut's clean run, {ctx.isolation} "
        f"isolation): {describe_failure(ctx.output)}{hint}"
    )


def _forced_fail(ctx: Context) -> str:
    return (
        "the tests still pass when every mutated function raises: they do not call the code "
        f"inside mutants/ (config files copied: {_configs(ctx)})"
    )


def _no_match(ctx: Context) -> str:
    return "no mutant matches the requested mutant names"


def _no_collect(ctx: Context) -> str:
    return f"pytest could not collect the tests inside mutants/: {describe_failure(ctx.output)}"


def _configs(ctx: Context) -> str:
    return ", ".join(ctx.copied) or "none"


#: first match wins: (texts that must all appear, explanation)
_RULES: tuple[tuple[tuple[str, ...], Callable[[Context], str]], ...] = (
    ((_MISMATCH,), _mismatch),
    ((_NO_TESTS,), _no_tests),
    ((_STATS_FAILED, "RecursionError"), _recursion),
    ((_STATS_FAILED,), _stats_failed),
    ((CLEAN_TEST_FAILED,), _clean_failed),
    ((_FORCED_FAIL,), _forced_fail),
    ((_NO_MATCH,), _no_match),
    ((_NO_COLLECT,), _no_collect),
)


def diagnose(ctx: Context) -> str:
    """One line: which of mutmut's known setup failures happened, and the fix."""
    for markers, explain in _RULES:
        if all(marker in ctx.output for marker in markers):
            return explain(ctx)
    last = lines_of(ctx.output)[-1:] or ["no output"]
    return f"mutmut exited with code {ctx.returncode}: {last[0]}"
