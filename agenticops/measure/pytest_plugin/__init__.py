"""pytest plugin run inside the measured suite: per-test coverage contexts, outcomes as JSON lines.

Loaded as `-p agenticops_pytest_plugin` from a copy of this package (this directory) on
PYTHONPATH, so it works in any interpreter that has pytest and coverage: its modules import
nothing else outside the stdlib, and each other only relatively.

Every test runs in the coverage.py dynamic context named by its pytest node id (as pytest-cov's
`--cov-context=test` does). When AGENTICOPS_TESTS_JSON names a file, one JSON object per line is
appended to it: `{"start": nodeid}` when a test begins, then
`{"nodeid", "outcome", "duration", "message"}` when it ends, and the same record with outcome
"error" for every collection error. Lines are flushed as they are written, so a suite killed at
its timeout still shows what finished and which test was running.
"""

from __future__ import annotations

import os

import coverage
import pytest

from .outcomes import MESSAGE_LIMIT, classify, trim
from .recorder import Recorder

__all__ = ["ENV", "MESSAGE_LIMIT", "Recorder", "classify", "pytest_configure", "trim"]

ENV = "AGENTICOPS_TESTS_JSON"


def pytest_configure(config: pytest.Config) -> None:
    recorder = Recorder(os.environ.get(ENV), coverage.Coverage.current())
    config.pluginmanager.register(recorder, "agenticops-recorder")
