"""Which known mutmut setup failure happened, from its console text (as mutmut 3.8.1 prints it)."""

from __future__ import annotations

from agenticops.measure.mutmut_diagnose import (
    Context,
    describe_failure,
    deselect_hint,
    diagnose,
    failing_test,
    lines_of,
)

SPIN = "\r⠋ Running stats\r⠙ Running stats\r⠹ Running stats"

RECURSION = (
    "    done in 95ms (2 files mutated, 0 ignored, 0 unmodified)\n"
    f"{SPIN}\n.F\n"
    "=================================== FAILURES ===================================\n"
    "Traceback (most recent call last):\n"
    "RecursionError: maximum recursion depth exceeded\n"
    "=========================== short test summary info ============================\n"
    "FAILED tests/test_misc.py::TestMisc::test_inline_array_recursion_limit[deep] - "
    "RecursionError: maximum r...\n"
    "1 failed, 1 passed in 1.26s\n"
    "failed to collect stats. runner returned 1\n"
)
NO_TESTS = (
    f"{SPIN}\n.                                                                        [100%]\n"
    "1 passed in 1.57s\n"
    "Stopping early, because we could not find any test case for any mutant. It seems that "
    "the selected tests do not cover any code that we mutated.\n"
)
MISMATCH = (
    "Stopping early, because tests recorded trampoline hits but none match any mutant key. "
    "It looks like tests import the source under a different module path\n"
)
CLEAN = (
    "FAILED tests/test_ops.py::test_double[ctx0] - AttributeError: '_GeneratorCont...\n"
    "1 failed in 0.01s\nFailed to run clean test\n"
)


def ctx(output: str, *, returncode: int = 1, isolation: str = "fork") -> Context:
    return Context(
        output=output,
        returncode=returncode,
        copied=("pytest.ini", "pyproject.toml"),
        tests=("tests",),
        isolation=isolation,
    )


def test_lines_drop_spinner_frames_and_blanks() -> None:
    assert lines_of(f"a\r\n{SPIN}\n\n  b  \r") == ["a", "b"]
    assert lines_of("") == []
    assert lines_of("collecting 50%\rcollecting 100%") == ["collecting 50%", "collecting 100%"]


def test_failing_test_from_the_short_summary() -> None:
    assert failing_test(RECURSION) == (
        "tests/test_misc.py::TestMisc::test_inline_array_recursion_limit[deep]",
        "RecursionError: maximum r...",
    )
    assert failing_test("ERROR tests/test_a.py\n") == ("tests/test_a.py", "")
    assert failing_test("nothing here") == ("", "")
    assert describe_failure("ERROR tests/test_a.py\n") == "tests/test_a.py"
    assert describe_failure("") == "no failing test named in mutmut's output"


def test_deselect_hint_names_the_test_function() -> None:
    assert deselect_hint("tests/t.py::C::test_deep[3]") == (
        '[tool.agenticops.mutation] pytest_args = ["-k", "not test_deep"]'
    )
    assert deselect_hint("") == '[tool.agenticops.mutation] pytest_args = ["-k", "not TEST"]'


def test_recursion_error_suggests_deselecting_the_test() -> None:
    assert diagnose(ctx(RECURSION)) == (
        "mutmut's stats run hit a RecursionError in "
        "tests/test_misc.py::TestMisc::test_inline_array_recursion_limit[deep]: every mutated "
        "call adds 2 stack frames; skip that test for mutation with "
        '[tool.agenticops.mutation] pytest_args = ["-k", "not test_inline_array_recursion_limit"]'
    )
    bare = "RecursionError\nfailed to collect stats. runner returned 1\n"
    assert diagnose(ctx(bare)).startswith("mutmut's stats run hit a RecursionError in a test:")


def test_no_tests_names_the_copied_config() -> None:
    assert diagnose(ctx(NO_TESTS)) == (
        "mutmut stopped: no test in tests ran the mutated code inside mutants/; the tests import "
        "the original code (an installed copy, an absolute sys.path entry) or need a file that "
        "was not copied (config files copied: pytest.ini, pyproject.toml); list it in "
        "[tool.agenticops.mutation] also_copy"
    )
    bare = Context(output=NO_TESTS, returncode=1, copied=(), tests=(), isolation="fork")
    assert "no test in the selected tests ran" in diagnose(bare)
    assert "(config files copied: none)" in diagnose(bare)


def test_trampoline_mismatch() -> None:
    assert diagnose(ctx(MISMATCH)).startswith(
        "mutmut stopped: the tests import the code under another module name than its path"
    )


def test_clean_run_failure_with_and_without_a_fork_hint() -> None:
    assert diagnose(ctx(CLEAN)) == (
        "the tests do not pass inside mutants/ (mutmut's clean run, fork isolation): "
        "tests/test_ops.py::test_double[ctx0] (AttributeError: '_GeneratorCont...); "
        'try [tool.agenticops.mutation] isolation = "forkserver"'
    )
    assert diagnose(ctx(CLEAN, isolation="forkserver")) == (
        "the tests do not pass inside mutants/ (mutmut's clean run, forkserver isolation): "
        "tests/test_ops.py::test_double[ctx0] (AttributeError: '_GeneratorCont...)"
    )


def test_other_known_failures() -> None:
    stats = "FAILED tests/t.py::test_x - assert 1 == 2\nfailed to collect stats. runner returned 1"
    assert diagnose(ctx(stats)) == (
        "the tests fail inside mutants/ (mutmut's copy): tests/t.py::test_x (assert 1 == 2); "
        "fix them first"
    )
    forced = "FAILED: Unable to force test failures\n"
    assert diagnose(ctx(forced)) == (
        "the tests still pass when every mutated function raises: they do not call the code "
        "inside mutants/ (config files copied: pytest.ini, pyproject.toml)"
    )
    filtered = "AssertionError: Filtered for specific mutants, but nothing matches\n"
    assert diagnose(ctx(filtered)) == "no mutant matches the requested mutant names"
    collect = "ERROR tests/t.py - ImportError\nFailed to collect list of tests\n"
    assert diagnose(ctx(collect)) == (
        "pytest could not collect the tests inside mutants/: tests/t.py (ImportError)"
    )


def test_unknown_failure_quotes_the_last_line() -> None:
    crash = "Traceback (most recent call last):\nForkServerCrashError: lost 3 mutants\n"
    assert diagnose(ctx(crash, returncode=1)) == (
        "mutmut exited with code 1: ForkServerCrashError: lost 3 mutants"
    )
    assert diagnose(ctx("", returncode=-9)) == "mutmut exited with code -9: no output"


def test_no_tests_names_every_selected_test_path() -> None:
    chosen = Context(
        output=NO_TESTS, returncode=1, copied=(), tests=("tests/a", "tests/b.py"), isolation="fork"
    )
    assert diagnose(chosen).startswith(
        "mutmut stopped: no test in tests/a tests/b.py ran the mutated code inside mutants/;"
    )


def test_deselect_hint_of_a_test_without_parameters() -> None:
    assert deselect_hint("tests/t.py::test_deep") == (
        '[tool.agenticops.mutation] pytest_args = ["-k", "not test_deep"]'
    )


def test_trampoline_mismatch_names_the_causes_and_the_fix() -> None:
    assert diagnose(ctx(MISMATCH)) == (
        "mutmut stopped: the tests import the code under another module name than its path "
        "(pytest `pythonpath`, sys.path edits in conftest.py, or a source root other than "
        "./, src/ or source/); import it by its package name"
    )


def test_unknown_failure_quotes_the_last_of_several_lines() -> None:
    crash = "mutmut run\nTraceback (most recent call last):\nForkServerCrashError: lost 3\n"
    assert (
        diagnose(ctx(crash, returncode=2))
        == "mutmut exited with code 2: ForkServerCrashError: lost 3"
    )
