"""new_run_id: its timestamp is UTC whatever the machine's time zone, so run ids from machines
in different zones sort by when the runs started."""

from __future__ import annotations

import datetime
import time
from collections.abc import Iterator

import pytest

from agenticops.ledger import new_run_id


@pytest.fixture
def far_from_utc(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "Etc/GMT-14")  # UTC+14: the date differs from UTC's half the day
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.mark.usefixtures("far_from_utc")
def test_the_stamp_is_utc_in_any_time_zone() -> None:
    before = datetime.datetime.now(datetime.UTC).replace(microsecond=0)
    stamp = new_run_id().split("-")[0]
    after = datetime.datetime.now(datetime.UTC)
    taken = datetime.datetime.strptime(stamp, "%Y%m%dT%H%M%SZ").replace(tzinfo=datetime.UTC)
    assert before <= taken <= after
