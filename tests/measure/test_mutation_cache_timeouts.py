"""Endless-loop mutants: stopped at a limit derived from their tests' measured duration
((duration + timeout_floor) x timeout_factor, not mutmut's default x 15), reported apart."""

from __future__ import annotations

from pathlib import Path

from tests.mutation_project import PYPROJECT, mutate, statuses, suite_of, write

FILES = {
    "pyproject.toml": PYPROJECT,
    "pkg/__init__.py": "",
    "pkg/loop.py": (
        "def countdown(n):\n"
        "    steps = 0\n"
        "    while n > 0:\n"
        "        n -= 1\n"
        "        steps += 1\n"
        "    return steps\n"
    ),
    "tests/test_loop.py": (
        "from pkg.loop import countdown\n\n\ndef test_countdown():\n    assert countdown(3) == 3\n"
    ),
}


def test_endless_mutants_time_out_at_a_limit_from_their_tests(tmp_path: Path) -> None:
    project = write(tmp_path / "project", FILES)
    measured = suite_of(project, tmp_path / "work")
    result = mutate(project, tmp_path / "work", measured, cache=None, isolation="fork")
    found = statuses(result)
    timeouts = sorted(k for k, s in found.items() if s == "timeout")
    assert timeouts == ["pkg.loop.x_countdown__mutmut_5", "pkg.loop.x_countdown__mutmut_6"]
    assert all(s in ("killed", "timeout") for s in found.values())
    assert result.measurements.mutation.diagnostics == (
        "2 mutant(s) timed out, stopped at (their tests' duration + 1 s) x 3; counted as detected",
    )
    durations = {
        m.id: m.duration for f in result.measurements.files for m in f.mutants if m.duration
    }
    for key in timeouts:  # about (0.0x + 1) x 3 s each; mutmut's default would be 15 s
        assert 2.5 <= durations[key] <= 8.0
    killed = [d for k, d in durations.items() if k not in timeouts]
    assert max(killed) < 2.5
