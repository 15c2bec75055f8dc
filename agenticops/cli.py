"""The command line: parse, dispatch to the core, map each expected failure to one line."""

from __future__ import annotations

import os
import sys
import traceback
from pathlib import Path
from typing import Annotated

import typer

from agenticops import __version__
from agenticops.errors import AgenticOpsError, ExitCode

app = typer.Typer(
    name="agenticops",
    help="Verify code written by agents: quality gates and a constraint-first agent loop.",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

FORMATS = ("terminal", "json", "markdown", "github", "sarif", "junit", "stryker", "html")
FormatOpt = Annotated[
    str, typer.Option("--format", "-f", help=f"Report format: {', '.join(FORMATS)}.")
]
OutputOpt = Annotated[
    Path | None, typer.Option("--output", "-o", help="Write the report to FILE instead of stdout.")
]
PathArg = Annotated[Path, typer.Argument(help="The project directory.")]


def _version(value: bool) -> None:
    if value:
        typer.echo(f"agenticops {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version.")
    ] = False,
) -> None:
    """agenticops: measure, judge, and loop until verified."""


@app.command()
def gate(
    path: PathArg = Path("."),
    profile: Annotated[str | None, typer.Option(help="Threshold preset from gates/.")] = None,
    set_: Annotated[
        list[str] | None,
        typer.Option("--set", help="Override a gate: NAME=VALUE, or NAME=false to switch it off."),
    ] = None,
    fmt: FormatOpt = "terminal",
    output: OutputOpt = None,
    python: Annotated[
        str | None, typer.Option(help="Interpreter that runs the project's tests.")
    ] = None,
    diff: Annotated[
        str | None,
        typer.Option(help="Judge only what changed since this git ref (e.g. origin/main, HEAD)."),
    ] = None,
    no_cache: Annotated[
        bool, typer.Option("--no-cache", help="Re-test every mutant; ignore .agenticops/cache.")
    ] = False,
    shard: Annotated[
        str | None,
        typer.Option(help="K/N: run shard K of N of the mutants (merge with report --merge)."),
    ] = None,
) -> int:
    """Measure the project at PATH and judge it: exit 0 when every gate holds, 1 when any fails."""
    from agenticops.commands import GateFlags, gate_command

    flags = GateFlags(python=python, diff=diff, no_cache=no_cache, shard=shard)
    return gate_command(
        path, profile=profile, overrides=set_ or [], fmt=fmt, output=output, flags=flags
    )


@app.command()
def report(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(
            help="The project directory; with --merge: the shard directories.",
            metavar="PATH",
        ),
    ] = None,
    fmt: FormatOpt = "terminal",
    output: OutputOpt = None,
    merge: Annotated[
        bool,
        typer.Option(
            "--merge", help="Join the reports of `gate --shard K/N` runs in DIR... into one."
        ),
    ] = False,
) -> int:
    """Render the last gate report of PATH again, without measuring (or merge shard reports)."""
    from agenticops.commands import merge_command, report_command

    if merge:
        return merge_command(paths or [], fmt=fmt, output=output)
    return report_command(_one(paths), fmt=fmt, output=output)


def _one(paths: list[Path] | None) -> Path:
    """The single PATH of `report` (several only with --merge)."""
    from agenticops.errors import UsageError

    if paths and len(paths) > 1:
        raise UsageError("report takes one PATH; to join shard reports use --merge DIR...")
    return paths[0] if paths else Path(".")


@app.command()
def loop(
    spec: Annotated[Path, typer.Argument(help="The spec directory (contract.toml + *.feature).")],
    project: Annotated[
        Path | None,
        typer.Option(
            help="The project root; default: the nearest parent of SPEC with a pyproject.toml."
        ),
    ] = None,
    agent: Annotated[
        str | None, typer.Option(help="anthropic[:MODEL], command:SHELL COMMAND or replay:DIR.")
    ] = None,
    max_iterations: Annotated[int | None, typer.Option(min=1, help="Iteration budget.")] = None,
    max_minutes: Annotated[float | None, typer.Option(min=0.01, help="Wall-time budget.")] = None,
    max_cost: Annotated[
        float | None, typer.Option(min=0.0, help="USD budget for API agents.")
    ] = None,
    profile: Annotated[str | None, typer.Option(help="Threshold preset from gates/.")] = None,
    apply: Annotated[
        bool, typer.Option(help="Apply the change to the project when ACCEPTED.")
    ] = False,
    json_out: Annotated[bool, typer.Option("--json", help="Print result.json on stdout.")] = False,
    python: Annotated[
        str | None, typer.Option(help="Interpreter that runs the project's tests.")
    ] = None,
) -> int:
    """Let an agent implement SPEC until every gate holds (ACCEPTED) or the budget ends."""
    from agenticops.commands import loop_command
    from agenticops.loop_setup import Limits

    limits = Limits(iterations=max_iterations, minutes=max_minutes, cost_usd=max_cost)
    return loop_command(
        spec,
        project=project,
        agent=agent,
        limits=limits,
        profile=profile,
        apply=apply,
        json_out=json_out,
        python=python,
    )


@app.command()
def init(
    path: PathArg = Path("."),
    name: Annotated[str | None, typer.Option(help="Name of the spec skeleton.")] = None,
    force: Annotated[bool, typer.Option(help="Replace what init wrote before.")] = False,
) -> int:
    """Add [tool.agenticops], a spec skeleton and a GitHub workflow to the project at PATH."""
    from agenticops.commands import init_command

    return init_command(path, name=name, force=force)


def main(argv: list[str] | None = None) -> int:
    """Entry point of the console script; returns the process exit code."""
    try:
        result = app(args=argv, standalone_mode=False, prog_name="agenticops")
    except typer.Exit as exc:
        return int(exc.exit_code)
    except typer.Abort as exc:
        if isinstance(exc.__cause__, EOFError):  # typer's Abort for an EOFError: we never prompt
            return _internal(exc.__cause__)
        return _fail("interrupted", ExitCode.INTERRUPTED)
    except KeyboardInterrupt:
        return _fail("interrupted", ExitCode.INTERRUPTED)
    except typer.TyperException as exc:  # click's usage errors, as typer vendors them
        getattr(exc, "show", lambda: None)()
        return int(ExitCode.USAGE_ERROR)
    except AgenticOpsError as exc:
        return _fail(str(exc), exc.exit_code)
    except Exception as exc:  # the one broad catch: an unexpected failure is a bug, exit 3
        return _internal(exc)
    if result == ExitCode.INTERRUPTED:  # typer turns Ctrl-C inside a command into 130
        return _fail("interrupted", ExitCode.INTERRUPTED)
    return int(result) if isinstance(result, int) else int(ExitCode.OK)


def _internal(exc: BaseException) -> int:
    """An unexpected failure is a bug: exit 3, one line, the traceback on request."""
    if os.environ.get("AGENTICOPS_DEBUG"):
        traceback.print_exception(exc)
    detail = f"{type(exc).__name__}: {exc}"
    return _fail(
        f"internal error, {detail} (set AGENTICOPS_DEBUG=1 for the traceback)",
        ExitCode.INTERNAL_ERROR,
    )


def _fail(message: str, code: ExitCode) -> int:
    print(f"agenticops: error: {message}", file=sys.stderr)
    return int(code)
