"""The constraint-first loop: agent turn, containment, verification, feedback, to a verdict."""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from agenticops.agents import make_agent
from agenticops.agents.base import Agent, TurnRequest, TurnResult
from agenticops.config import Config
from agenticops.errors import AgentError, Interrupted
from agenticops.gate import state_dir
from agenticops.ledger import RUNS_DIR, Ledger, new_run_id
from agenticops.loop_setup import Limits, Run, merge_budget, prepare_run
from agenticops.measure.project import MeasureOptions
from agenticops.prompt import render_feedback
from agenticops.report.json_report import to_dict
from agenticops.spec import load_spec
from agenticops.verify import Verification, verify
from agenticops.workspace.guard import Violation, contain, snapshot
from agenticops.workspace.patch import apply_change, make_patch

Notify = Callable[[str], None]


@dataclass(frozen=True, slots=True, kw_only=True)
class LoopResult:
    """What result.json holds."""

    verdict: str  # accepted | rejected
    reason: str
    iterations: int
    cost_usd: float
    run_dir: str
    applied: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "verdict": self.verdict,
            "reason": self.reason,
            "iterations": self.iterations,
            "cost_usd": round(self.cost_usd, 6),
            "run_dir": self.run_dir,
            "applied": self.applied,
        }


@dataclass(slots=True)
class _State:
    iteration: int = 0
    cost: float = 0.0
    findings: list[str] = field(default_factory=list)
    started: float = field(default_factory=time.monotonic)


def run_loop(
    spec_dir: Path,
    config: Config,
    *,
    agent_spec: str | None,
    limits: Limits,
    options: MeasureOptions,
    apply: bool = False,
    notify: Notify = lambda _: None,
) -> LoopResult:
    """Run the loop to a verdict; the user's tree is untouched unless apply and ACCEPTED."""
    spec = load_spec(spec_dir)
    budget = merge_budget(spec, limits)
    chosen = agent_spec or config.agent
    if not chosen:
        raise AgentError(
            "no agent: give --agent (anthropic[:MODEL], command:..., replay:DIR) "
            "or set agent = in [tool.agenticops]"
        )
    agent = make_agent(chosen, env=options.env, project_root=config.root)
    run_dir = state_dir(config.root) / RUNS_DIR / new_run_id()
    ledger = Ledger(run_dir)
    notify(f"run directory {run_dir}")
    run = prepare_run(spec, spec_dir, config, run_dir, budget, options)
    ledger.event(
        "run_started",
        spec=run.spec.name,
        spec_digest=run.spec.digest,
        agent=agent.name,
        budget=budget.to_dict(),
        workspace=str(run.workspace),
        locked=list(run.boundary.locked),
    )
    state = _State()
    try:
        result = _iterate(run, agent, ledger, state, options, notify)
        if apply and result.verdict == "accepted":
            result = _apply(run, ledger, result)
    except KeyboardInterrupt:
        _finish(run, ledger, state, "rejected", "interrupted by the user")
        raise Interrupted(
            f"interrupted; the ledger is complete up to here: {ledger.path}"
        ) from None
    finally:
        for scratch in (run.start, run.baseline):  # final.patch and workspace/ say it all
            shutil.rmtree(scratch, ignore_errors=True)
    return result


def _apply(run: Run, ledger: Ledger, result: LoopResult) -> LoopResult:
    paths = run.changed_paths()
    apply_change(run.workspace, run.config.root, paths, run.user_before)
    ledger.event("applied", paths=list(paths))
    applied = LoopResult(**{**result.to_dict(), "applied": True})
    ledger.write_json("result.json", applied.to_dict())
    return applied


def _iterate(
    run: Run, agent: Agent, ledger: Ledger, state: _State, options: MeasureOptions, notify: Notify
) -> LoopResult:
    while True:
        stop = run.budget.exhausted(state.iteration, state.cost, time.monotonic() - state.started)
        if stop:
            return _finish(run, ledger, state, "rejected", stop)
        state.iteration += 1
        notify(f"iteration {state.iteration}: agent {agent.name} at work")
        turn, violations = _agent_turn(run, agent, ledger, state)
        label = f"iteration {state.iteration}"
        verification = verify(
            run.workspace, run.config, run.checks, options, _prefixed(notify, label)
        )
        _record(ledger, state.iteration, verification, run)
        notify(f"{label}: {stage_line(verification, violations)}")
        if verification.passed and not violations and turn.ok:
            return _finish(
                run, ledger, state, "accepted", f"every gate holds at iteration {state.iteration}"
            )
        state.findings = _feedback(turn, violations, verification)


def _agent_turn(
    run: Run, agent: Agent, ledger: Ledger, state: _State
) -> tuple[TurnResult, tuple[Violation, ...]]:
    prompt = (
        run.task
        if state.iteration == 1
        else render_feedback(state.iteration, state.findings, run.task)
    )
    prompt_file = ledger.save_prompt(state.iteration, prompt)
    ledger.event(
        "prompt", iteration=state.iteration, path=str(prompt_file.relative_to(ledger.run_dir))
    )
    before = snapshot(run.workspace)
    remaining = run.budget.remaining_seconds(time.monotonic() - state.started)
    turn = agent.run(
        TurnRequest(
            prompt=prompt,
            workspace=run.workspace,
            iteration=state.iteration,
            prompt_file=prompt_file,
            time_limit=remaining,
            cost_limit_usd=run.budget.remaining_cost(state.cost),
        )
    )
    state.cost += turn.cost_usd
    paths, violations = contain(run.workspace, run.baseline, run.boundary, before)
    ledger.event(
        "agent_turn",
        iteration=state.iteration,
        ok=turn.ok,
        error=turn.error,
        input_tokens=turn.input_tokens,
        output_tokens=turn.output_tokens,
        cache_read_tokens=turn.cache_read_tokens,
        cache_write_tokens=turn.cache_write_tokens,
        cost_usd=round(turn.cost_usd, 6),
        calls=len(turn.calls),
        duration=round(turn.duration, 3),
        changed=list(paths),
    )
    for violation in violations:
        ledger.event(
            "violation",
            iteration=state.iteration,
            path=violation.path,
            kind=violation.kind,
            detail=violation.detail,
        )
    return turn, violations


def _prefixed(notify: Notify, label: str) -> Notify:
    return lambda message: notify(f"{label}: {message}")


def stage_line(verification: Verification, violations: tuple[Violation, ...]) -> str:
    """One line per iteration: each stage's outcome, then any violations."""
    parts = [
        f"{s.name} {'ok' if s.passed else 'FAILED'} ({s.summary})" for s in verification.stages
    ]
    if violations:
        parts.append(f"{len(violations)} violation(s)")
    return " · ".join(parts)


def _record(ledger: Ledger, iteration: int, verification: Verification, run: Run) -> None:
    for stage in verification.stages:
        ledger.event(
            "stage",
            iteration=iteration,
            stage=stage.name,
            passed=stage.passed,
            summary=stage.summary,
        )
    if verification.report is not None:
        ledger.write_json("report.json", to_dict(verification.report))


def _feedback(
    turn: TurnResult, violations: tuple[Violation, ...], verification: Verification
) -> list[str]:
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


def _finish(run: Run, ledger: Ledger, state: _State, verdict: str, reason: str) -> LoopResult:
    patch = make_patch(run.start, run.workspace, run.changed_paths())
    (ledger.run_dir / "final.patch").write_text(patch, encoding="utf-8")
    result = LoopResult(
        verdict=verdict,
        reason=reason,
        iterations=state.iteration,
        cost_usd=state.cost,
        run_dir=str(ledger.run_dir),
    )
    ledger.event("verdict", **result.to_dict())
    ledger.write_json("result.json", result.to_dict())
    return result
