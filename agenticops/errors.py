"""The one error tree: every expected failure carries its exit code and a one-line message."""

from __future__ import annotations

import enum


class ExitCode(enum.IntEnum):
    OK = 0
    GATES_FAILED = 1
    USAGE_ERROR = 2
    INTERNAL_ERROR = 3
    CONFIG_ERROR = 4
    INTERRUPTED = 130


class AgenticOpsError(Exception):
    """An expected failure: one line to the user, no traceback."""

    exit_code = ExitCode.INTERNAL_ERROR


class UsageError(AgenticOpsError):
    """The command line itself is wrong."""

    exit_code = ExitCode.USAGE_ERROR


class ConfigError(AgenticOpsError):
    """`[tool.agenticops]`, a preset or a CLI override is malformed or impossible."""

    exit_code = ExitCode.CONFIG_ERROR


class SpecError(AgenticOpsError):
    """A spec directory (contract.toml, *.feature, steps) is malformed."""

    exit_code = ExitCode.CONFIG_ERROR


class ToolError(AgenticOpsError):
    """A tool agenticops needs is missing or answered in a shape we do not understand."""

    exit_code = ExitCode.CONFIG_ERROR


class ProjectError(AgenticOpsError):
    """The path given is not a Python project agenticops can measure."""

    exit_code = ExitCode.CONFIG_ERROR


class AgentError(AgenticOpsError):
    """An agent could not be set up (unknown kind, missing key, missing recording)."""

    exit_code = ExitCode.CONFIG_ERROR


class Interrupted(AgenticOpsError):
    """The user pressed Ctrl-C; work so far has been saved."""

    exit_code = ExitCode.INTERRUPTED

    @classmethod
    def after(cls, stop: KeyboardInterrupt, *more: str) -> Interrupted:
        """ "interrupted", then what the stopped work said it kept (the interrupt's args, e.g.
        the mutation stage's cached verdicts), then `more`."""
        return cls("; ".join(["interrupted", *map(str, stop.args), *more]))
