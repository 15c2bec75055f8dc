from __future__ import annotations

import json
import re
from pathlib import Path

from agenticops.ledger import Ledger, new_run_id


def test_run_ids_sort_by_time_and_differ() -> None:
    a, b = new_run_id(), new_run_id()
    assert re.fullmatch(r"\d{8}T\d{6}Z-[0-9a-f]{6}", a)
    assert a != b


def test_events_are_appended_one_json_per_line(tmp_path: Path) -> None:
    ledger = Ledger(tmp_path / "run")
    assert ledger.events() == []
    ledger.event("prompt", iteration=1, path="prompts/iteration-1.md")
    ledger.event("stage", iteration=1, stage="tests", passed=False, when=Path("x"))
    lines = ledger.path.read_text().splitlines()
    assert len(lines) == 2
    first = json.loads(lines[0])
    assert first["event"] == "prompt"
    assert first["iteration"] == 1
    assert "at" in first
    assert ledger.events()[1]["when"] == "x"


def test_prompts_and_json_files(tmp_path: Path) -> None:
    ledger = Ledger(tmp_path / "run")
    path = ledger.save_prompt(2, "# hi")
    assert path == tmp_path / "run" / "prompts" / "iteration-2.md"
    assert path.read_text() == "# hi"
    out = ledger.write_json("result.json", {"verdict": "accepted"})
    assert json.loads(out.read_text()) == {"verdict": "accepted"}


def test_events_are_stamped_in_utc_to_the_millisecond(tmp_path: Path) -> None:
    ledger = Ledger(tmp_path / "run")
    ledger.event("start")
    [event] = ledger.events()
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+00:00", event["at"])


def test_the_run_directory_holds_ledger_jsonl_and_prompts(tmp_path: Path) -> None:
    Ledger(tmp_path / "run").event("start", iteration=0)
    assert sorted(p.name for p in (tmp_path / "run").iterdir()) == ["ledger.jsonl", "prompts"]
    [line] = (tmp_path / "run" / "ledger.jsonl").read_text().splitlines()
    assert line.startswith('{"event": "start", "at": "')
    assert line.endswith('", "iteration": 0}')


def test_a_ledger_opened_again_on_its_run_directory_appends(tmp_path: Path) -> None:
    Ledger(tmp_path / "run").event("first")
    Ledger(tmp_path / "run").event("second")
    assert [e["event"] for e in Ledger(tmp_path / "run").events()] == ["first", "second"]
