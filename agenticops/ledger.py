"""The run directory of a loop: ledger.jsonl (one event per step), prompts/, result.json."""

from __future__ import annotations

import datetime
import json
import secrets
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from agenticops import textfile

RUNS_DIR = "runs"


def new_run_id() -> str:
    """Sortable and unique: UTC timestamp plus a short random suffix."""
    stamp = datetime.datetime.now(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")
    return f"{stamp}-{secrets.token_hex(3)}"


class Ledger:
    """Append-only JSON lines, flushed per event so an interrupted run keeps everything so far."""

    def __init__(self, run_dir: Path) -> None:
        self.run_dir = run_dir
        self.path = run_dir / "ledger.jsonl"
        (run_dir / "prompts").mkdir(parents=True, exist_ok=True)

    def event(self, name: str, /, **fields: Any) -> None:
        record = {"event": name, "at": _now(), **fields}
        with self.path.open("a", encoding="utf-8") as fh:
            fh.write(json.dumps(record, default=str) + "\n")

    def save_prompt(self, iteration: int, text: str) -> Path:
        path = self.run_dir / "prompts" / f"iteration-{iteration}.md"
        textfile.write(path, text)
        return path

    def write_json(self, name: str, data: Mapping[str, Any]) -> Path:
        path = self.run_dir / name
        textfile.write(path, json.dumps(data, indent=2) + "\n")
        return path

    def events(self) -> list[dict[str, Any]]:
        if not self.path.exists():
            return []
        return [json.loads(line) for line in textfile.read(self.path).splitlines()]


def _now() -> str:
    return datetime.datetime.now(datetime.UTC).isoformat(timespec="milliseconds")
