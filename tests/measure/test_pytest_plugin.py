"""The in-suite plugin, run in-process by pytester on small real suites."""

from __future__ import annotations

import json
from pathlib import Path

import coverage
import pytest

from agenticops.measure import pytest_plugin
from agenticops.measure.pytest_plugin import MESSAGE_LIMIT, Recorder, classify, trim

pytest_plugins = ["pytester"]

SUITE = """
import pytest

@pytest.fixture
def broken():
    raise RuntimeError("fixture exploded")

@pytest.fixture
def bad_teardown():
    yield
    raise RuntimeError("teardown exploded")

def test_pass():
    assert 1 + 1 == 2

def test_fail():
    assert [1, 2] == [1, 3]

def test_setup_error(broken):
    pass

def test_teardown_error(bad_teardown):
    pass

def test_fail_and_teardown_error(bad_teardown):
    assert 0, "call failed first"

@pytest.mark.skip(reason="not today")
def test_skipped():
    pass

def test_skip_inside():
    pytest.skip("decided at run time")

@pytest.mark.xfail(reason="known bug")
def test_xfail():
    assert False

@pytest.mark.xfail(reason="fixed already")
def test_xpass():
    pass

@pytest.mark.xfail(reason="must fail", strict=True)
def test_xpass_strict():
    pass
"""


@pytest.fixture(autouse=True)
def _no_third_party_plugins(monkeypatch: pytest.MonkeyPatch) -> None:
    # the inner sessions need only pytest and this plugin; autoloading hypothesis & co. in
    # every pytester run would cost a second each
    monkeypatch.setenv("PYTEST_DISABLE_PLUGIN_AUTOLOAD", "1")


def records(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def finished(path: Path) -> dict[str, dict[str, object]]:
    return {str(r["nodeid"]): r for r in records(path) if "nodeid" in r}


def test_every_outcome_is_recorded_with_its_message(
    pytester: pytest.Pytester, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "tests.jsonl"
    monkeypatch.setenv(pytest_plugin.ENV, str(out))
    pytester.makepyfile(test_suite=SUITE)
    pytester.inline_run(plugins=[pytest_plugin])

    got = finished(out)
    status = {nodeid.split("::")[1]: r["outcome"] for nodeid, r in got.items()}
    assert status == {
        "test_pass": "passed",
        "test_fail": "failed",
        "test_setup_error": "error",
        "test_teardown_error": "error",
        "test_fail_and_teardown_error": "failed",
        "test_skipped": "skipped",
        "test_skip_inside": "skipped",
        "test_xfail": "xfailed",
        "test_xpass": "xpassed",
        "test_xpass_strict": "failed",
    }
    message = {nodeid.split("::")[1]: str(r["message"]) for nodeid, r in got.items()}
    assert message["test_pass"] == ""
    assert "assert [1, 2] == [1, 3]" in message["test_fail"]
    assert "RuntimeError: fixture exploded" in message["test_setup_error"]
    assert "RuntimeError: teardown exploded" in message["test_teardown_error"]
    assert "call failed first" in message["test_fail_and_teardown_error"]
    assert message["test_skipped"] == "Skipped: not today"
    assert message["test_skip_inside"] == "Skipped: decided at run time"
    assert message["test_xfail"] == "known bug"
    assert message["test_xpass"] == "fixed already"
    assert "XPASS(strict)" in message["test_xpass_strict"]
    assert all(isinstance(r["duration"], float) and r["duration"] >= 0 for r in got.values())


def test_each_test_is_announced_before_it_ends(
    pytester: pytest.Pytester, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "tests.jsonl"
    monkeypatch.setenv(pytest_plugin.ENV, str(out))
    pytester.makepyfile(test_two="def test_a():\n    pass\n\ndef test_b():\n    pass\n")
    pytester.inline_run(plugins=[pytest_plugin])

    assert [r.get("start", r.get("nodeid")) for r in records(out)] == [
        "test_two.py::test_a",
        "test_two.py::test_a",
        "test_two.py::test_b",
        "test_two.py::test_b",
    ]
    assert [("start" in r) for r in records(out)] == [True, False, True, False]


def test_collection_errors_and_module_skips_are_recorded(
    pytester: pytest.Pytester, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "tests.jsonl"
    monkeypatch.setenv(pytest_plugin.ENV, str(out))
    pytester.makepyfile(
        test_broken="import no_such_module_here\n",
        test_later='import pytest\npytest.skip("later", allow_module_level=True)\n',
        test_fine="def test_ok():\n    pass\n",
    )
    pytester.inline_run("--continue-on-collection-errors", plugins=[pytest_plugin])

    got = finished(out)
    assert got["test_broken.py"]["outcome"] == "error"
    assert "ModuleNotFoundError: No module named 'no_such_module_here'" in str(
        got["test_broken.py"]["message"]
    )
    assert got["test_later.py"]["outcome"] == "skipped"
    assert got["test_later.py"]["message"] == "Skipped: later"
    assert got["test_fine.py::test_ok"]["outcome"] == "passed"


def test_without_the_env_variable_nothing_is_written(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(pytest_plugin.ENV, raising=False)
    pytester.makepyfile(test_one="def test_a():\n    assert 0\n")
    result = pytester.inline_run("-p", "no:cacheprovider", plugins=[Recorder(None, None)])

    result.assertoutcome(failed=1)
    assert sorted(p.name for p in pytester.path.iterdir()) == ["test_one.py"]


def test_each_test_runs_in_its_own_coverage_context(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        test_ctx="def test_a():\n    x = 1\n    assert x\n\ndef test_b():\n    assert 2\n"
    )
    cov = coverage.Coverage(data_file=None, config_file=False)  # a second, in-memory tracer
    cov.start()
    try:
        result = pytester.inline_run(plugins=[Recorder(None, cov)])
    finally:
        cov.stop()
    result.assertoutcome(passed=2)
    data = cov.get_data()
    path = str(pytester.path / "test_ctx.py")
    by_line = data.contexts_by_lineno(path)
    assert by_line[2] == ["test_ctx.py::test_a"]
    assert by_line[3] == ["test_ctx.py::test_a"]
    assert by_line[6] == ["test_ctx.py::test_b"]


def test_reports_of_items_not_running_are_ignored() -> None:
    recorder = Recorder(None, None)
    report = pytest.TestReport(
        nodeid="x.py::t",
        location=("x.py", 0, "t"),
        keywords={},
        outcome="passed",
        longrepr=None,
        when="call",
    )
    recorder.pytest_runtest_logreport(report)
    assert recorder.in_progress == {}


def test_long_messages_keep_their_end() -> None:
    text = "head " + "x" * MESSAGE_LIMIT + " tail"
    assert trim("short") == "short"
    assert trim(text) == "…" + text[-MESSAGE_LIMIT:]
    assert trim(text).endswith(" tail")
    assert len(trim(text)) == MESSAGE_LIMIT + 1


def test_every_phase_report_is_classified(pytester: pytest.Pytester) -> None:
    # classify is called here, outside the inner session: no recorder switches contexts
    pytester.makepyfile(test_suite=SUITE)
    reports = pytester.inline_run().getreports("pytest_runtest_logreport")

    got = {(r.nodeid.split("::")[1], r.when): (r, *classify(r)) for r in reports}
    kinds = {key: kind for key, (_, kind, _) in got.items() if kind is not None}
    assert kinds == {
        ("test_fail", "call"): "failed",
        ("test_setup_error", "setup"): "error",
        ("test_teardown_error", "teardown"): "error",
        ("test_fail_and_teardown_error", "call"): "failed",
        ("test_fail_and_teardown_error", "teardown"): "error",
        ("test_skipped", "setup"): "skipped",
        ("test_skip_inside", "call"): "skipped",
        ("test_xfail", "call"): "xfailed",
        ("test_xpass", "call"): "xpassed",
        ("test_xpass_strict", "call"): "failed",
    }
    assert all(message == "" for _, kind, message in got.values() if kind is None)
    assert len(got) - len(kinds) == 18  # every other phase: passed setups, calls, teardowns
    messages = {key: got[key][2] for key in kinds}
    assert messages[("test_skipped", "setup")] == "Skipped: not today"
    assert messages[("test_skip_inside", "call")] == "Skipped: decided at run time"
    assert messages[("test_xfail", "call")] == "known bug"
    assert messages[("test_xpass", "call")] == "fixed already"
    assert messages[("test_xpass_strict", "call")] == "[XPASS(strict)] must fail"
    failures = {key: text for key, text in messages.items() if got[key][0].failed}
    assert all(text == got[key][0].longreprtext for key, text in failures.items())
    assert "assert [1, 2] == [1, 3]" in failures[("test_fail", "call")]
    assert "RuntimeError: fixture exploded" in failures[("test_setup_error", "setup")]
    assert "RuntimeError: teardown exploded" in failures[("test_teardown_error", "teardown")]


def report(outcome: str, longrepr: object, when: str = "call") -> pytest.TestReport:
    return pytest.TestReport(
        nodeid="x.py::t",
        location=("x.py", 0, "t"),
        keywords={},
        outcome=outcome,  # type: ignore[arg-type]
        longrepr=longrepr,  # type: ignore[arg-type]
        when=when,  # type: ignore[arg-type]
    )


def test_a_skip_without_a_location_keeps_its_text() -> None:
    assert classify(report("skipped", "Skipped: by a plugin", "setup")) == (
        "skipped",
        "Skipped: by a plugin",
    )


def test_a_long_failure_keeps_its_end() -> None:
    text = "E   " + "x" * MESSAGE_LIMIT + " the end"
    assert classify(report("failed", text)) == ("failed", "…" + text[-MESSAGE_LIMIT:])


def test_the_plugin_switches_contexts_of_the_coverage_already_running(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(pytest_plugin.ENV, raising=False)
    pytester.makepyfile(test_ctx="def test_a():\n    assert 1\n")
    cov = coverage.Coverage(data_file=None, config_file=False)  # what `coverage run` starts
    cov.start()
    try:
        result = pytester.inline_run(plugins=[pytest_plugin])
    finally:
        cov.stop()
    result.assertoutcome(passed=1)
    by_line = cov.get_data().contexts_by_lineno(str(pytester.path / "test_ctx.py"))
    assert by_line[2] == ["test_ctx.py::test_a"]


def test_the_recorder_is_registered_under_its_name(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(pytest_plugin.ENV, raising=False)
    config = pytester.parseconfigure("-p", "agenticops.measure.pytest_plugin")
    assert isinstance(config.pluginmanager.get_plugin("agenticops-recorder"), Recorder)


def test_a_collection_error_is_recorded_with_every_field(
    pytester: pytest.Pytester, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "tests.jsonl"
    monkeypatch.setenv(pytest_plugin.ENV, str(out))
    pytester.makepyfile(test_broken="import no_such_module_here\n")
    pytester.inline_run(plugins=[pytest_plugin])

    [record] = records(out)
    assert sorted(record) == ["duration", "message", "nodeid", "outcome"]
    assert (record["nodeid"], record["outcome"], record["duration"]) == (
        "test_broken.py",
        "error",
        0.0,
    )


def test_a_message_of_exactly_the_limit_is_kept_whole() -> None:
    text = "x" * MESSAGE_LIMIT
    assert trim(text) == text
