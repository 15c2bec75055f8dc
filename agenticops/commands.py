"""The commands behind the CLI: each takes plain values and returns an exit code."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from agenticops.config import load_config
from agenticops.environment import clean_env
from agenticops.errors import ConfigError, ExitCode, SpecError, UsageError
from agenticops.gate import CACHE_DIR, REPORT_FILE, STATE_DIR, GateOptions, run_gate, state_dir
from agenticops.loop import LoopResult, run_loop
from agenticops.loop_setup import Limits
from agenticops.measure.project import MeasureOptions
from agenticops.model import Report
from agenticops.report import RENDERERS, render
from agenticops.report.json_report import from_dict
from agenticops.report.relocate import REPOSITORY_FORMATS, relocated, repository_prefix


@dataclass(frozen=True, slots=True, kw_only=True)
class GateFlags:
    """The gate's command-line flags beyond profile, overrides and output."""

    python: str | None = None
    diff: str | None = None
    no_cache: bool = False
    shard: str | None = None


def parse_shard(text: str | None) -> tuple[int, int] | None:
    """`K/N` with 1 <= K <= N; anything else is a usage error."""
    if text is None:
        return None
    k, sep, n = text.partition("/")
    if sep and k.isdigit() and n.isdigit() and 1 <= int(k) <= int(n):
        return int(k), int(n)
    raise UsageError(f"--shard {text}: expected K/N with 1 <= K <= N, e.g. 2/3")


def gate_command(
    path: Path,
    *,
    profile: str | None,
    overrides: Sequence[str],
    fmt: str,
    output: Path | None,
    flags: GateFlags,
) -> int:
    """`agenticops gate`: measure, judge, render; exit 1 when a gate fails."""
    check_format(fmt)
    shard = parse_shard(flags.shard)
    config = load_config(path, profile=profile, overrides=overrides)
    options = GateOptions(
        python=flags.python or sys.executable,
        diff_base=flags.diff,
        use_cache=not flags.no_cache,
        shard=shard,
    )
    progress = _progress(fmt, output)
    with progress:
        report = run_gate(config, options=options, on_stage=progress.stage)
    emit(render_for(report, fmt, config.root), output)
    return verdict(report)


def report_command(path: Path, *, fmt: str, output: Path | None) -> int:
    """`agenticops report`: render .agenticops/report.json again; exit as the gate did."""
    check_format(fmt)
    report = load_report(path)
    emit(render_for(report, fmt, path.resolve()), output)
    return verdict(report)


def merge_command(directories: Sequence[Path], *, fmt: str, output: Path | None) -> int:
    """`agenticops report --merge DIR...`: join shard reports, render; exit as one gate would."""
    from agenticops.report.merge import load_shards, merge_reports

    check_format(fmt)
    report = merge_reports(load_shards(directories))
    emit(render(report, fmt, root=Path.cwd()), output)
    return verdict(report)


def load_report(root: Path) -> Report:
    """The last report of the project at root; a missing or foreign file is exit 4."""
    file = root / STATE_DIR / REPORT_FILE
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{file}: no report yet; run `agenticops gate` first") from None
    except json.JSONDecodeError as exc:
        raise ConfigError(f"{file}: not valid JSON (line {exc.lineno}: {exc.msg})") from None
    return from_dict(data, source=str(file))


def render_for(report: Report, fmt: str, root: Path) -> str:
    """Render; annotations and SARIF speak of repository paths when run inside a checkout."""
    if fmt not in REPOSITORY_FORMATS:
        return render(report, fmt, root=root)
    checkout = os.environ.get("GITHUB_WORKSPACE")
    workspace = Path(checkout) if checkout else None
    prefix = repository_prefix(root, workspace)
    return render(relocated(report, prefix), fmt, root=workspace if prefix and workspace else root)


def check_format(fmt: str) -> None:
    if fmt not in RENDERERS:
        raise UsageError(f"--format {fmt}: expected one of {', '.join(RENDERERS)}")


def emit(text: str, output: Path | None) -> None:
    """Write a rendered report to output, or to stdout."""
    if output is None:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
        return
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"--output {output}: cannot write: {exc.strerror}") from None


def verdict(report: Report) -> int:
    return int(ExitCode.OK if report.passed else ExitCode.GATES_FAILED)


def _progress(fmt: str, output: Path | None):  # type: ignore[no-untyped-def]
    from agenticops.report.terminal import Progress

    return Progress(enabled=fmt == "terminal" or output is not None)


def loop_command(
    spec: Path,
    *,
    project: Path | None,
    agent: str | None,
    limits: Limits,
    profile: str | None,
    apply: bool,
    json_out: bool,
    python: str | None,
) -> int:
    """`agenticops loop`: run to a verdict; exit 0 ACCEPTED, 1 REJECTED."""
    if not (spec / "contract.toml").is_file():
        raise SpecError(f"{spec}: not a spec directory (no contract.toml)")
    root = project or find_project(spec)
    config = load_config(root, profile=profile)
    cache = state_dir(root) / CACHE_DIR  # every iteration reuses the verdicts that still hold
    options = MeasureOptions(python=python or sys.executable, env=clean_env(), cache_dir=cache)
    say = (lambda _: None) if json_out else _say
    result = run_loop(
        spec, config, agent_spec=agent, limits=limits, options=options, apply=apply, notify=say
    )
    if json_out:
        emit(json.dumps(result.to_dict(), indent=2), None)
    else:
        emit(summary(result), None)
    return int(ExitCode.OK if result.verdict == "accepted" else ExitCode.GATES_FAILED)


def find_project(spec: Path) -> Path:
    """The nearest directory at or above spec holding a pyproject.toml, else the cwd."""
    for candidate in (spec.resolve(), *spec.resolve().parents):
        if (candidate / "pyproject.toml").is_file():
            return candidate
    return Path.cwd()


def summary(result: LoopResult) -> str:
    """A few readable lines: the verdict, why, and where the evidence is."""
    lines = [
        f"{result.verdict.upper()} after {result.iterations} iteration(s): {result.reason}",
        f"cost: ${result.cost_usd:.4f}",
        f"run directory: {result.run_dir}",
        "  ledger.jsonl, prompts/, report.json, result.json, final.patch",
    ]
    if result.applied:
        lines.append("the accepted change was applied to the project")
    return "\n".join(lines)


def _say(message: str) -> None:
    print(f"agenticops: {message}", file=sys.stderr, flush=True)


def init_command(path: Path, *, name: str | None, force: bool) -> int:
    """`agenticops init`: scaffold the project at path."""
    from agenticops.init import init_project

    result = init_project(path.resolve(), name=name, force=force)
    for line in result.lines():
        emit(line, None)
    return int(ExitCode.OK)
