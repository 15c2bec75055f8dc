"""What the agent is told each iteration: the task first, then the findings of the last one."""

from __future__ import annotations

from pathlib import Path

from agenticops.agents.base import TurnResult
from agenticops.ledger import Ledger
from agenticops.loop.state import LoopState
from agenticops.loop_setup import Run
from agenticops.prompt import render_feedback
from agenticops.verify import Verification
from agenticops.workspace.guard import Violation


def next_prompt(run: Run, ledger: Ledger, state: LoopState) -> tuple[str, Path]:
    """This iteration's prompt and the file in the ledger it was saved to."""
    prompt = (
        run.task
        if state.iteration == 1
        else render_feedback(state.iteration, state.findings, run.task)
    )
    prompt_file = ledger.save_prompt(state.iteration, prompt)
    ledger.event(
        "prompt", iteration=state.iteration, path=str(prompt_file.relative_to(ledger.run_dir))
    )
    return prompt, prompt_file


def feedback(
    turn: TurnResult, violations: tuple[Violation, ...], verification: Verification
) -> list[str]:
    """The findings the next prompt reports: the turn's error, violations, failed stages."""
    findings: list[str] = []
    if not turn.ok:
        findings.append(f"### Your previous turn ended with an error\n\n{turn.error}")
    if violations:
        rows = "\n".join(f"- `{v.path}`: {v.detail}" for v in violations)
        findings.append(
            "### Violations (this iteration cannot be accepted)\n\n"
            f"{rows}\n\nLocked files were restored. Stay inside the writable boundary and do not "
            "hide code from the gates."
        )
    for stage in verification.stages:
        findings.extend(stage.findings)
    return findings
