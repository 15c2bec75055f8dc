from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

import agenticops
from agenticops import proc
from agenticops.agents import make_agent
from agenticops.agents.anthropic_api import AnthropicAgent
from agenticops.agents.command import CommandAgent
from agenticops.agents.replay import ReplayAgent
from agenticops.errors import AgentError, ExitCode

KEY = {"ANTHROPIC_API_KEY": "k"}


def test_anthropic_specs(tmp_path: Path) -> None:
    default = make_agent("anthropic", env=KEY, project_root=tmp_path)
    assert isinstance(default, AnthropicAgent)
    assert default.name == "anthropic:claude-sonnet-5-5"
    assert make_agent("anthropic:", env=KEY, project_root=tmp_path).name == (
        "anthropic:claude-sonnet-5-5"
    )
    assert make_agent("anthropic:claude-opus-5-5", env=KEY, project_root=tmp_path).name == (
        "anthropic:claude-opus-5-5"
    )


def test_command_spec_keeps_the_whole_shell_command(tmp_path: Path) -> None:
    agent = make_agent("command: claude -p --output-format json | tee out:log", env={},
                       project_root=tmp_path)  # fmt: skip
    assert isinstance(agent, CommandAgent)
    assert agent.name == "command:claude -p --output-format json | tee out:log"


def test_replay_dir_is_relative_to_the_project_root_or_absolute(tmp_path: Path) -> None:
    (tmp_path / "examples/refunds/replay/1").mkdir(parents=True)
    relative = make_agent("replay:examples/refunds/replay", env={}, project_root=tmp_path)
    assert isinstance(relative, ReplayAgent)
    assert relative.name == "replay:examples/refunds/replay"
    absolute = make_agent(f"replay:{tmp_path}/examples/refunds/replay", env={},
                          project_root=Path("/nonexistent"))  # fmt: skip
    assert absolute.name == f"replay:{tmp_path}/examples/refunds/replay"


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        ("openai:gpt", "unknown agent 'openai:gpt': expected anthropic[:MODEL], "
                       "command:SHELL COMMAND or replay:DIR"),
        ("", "unknown agent '': expected anthropic[:MODEL], command:SHELL COMMAND or replay:DIR"),
        ("replay:", "replay: needs a recording directory, e.g. replay:examples/refunds/replay"),
        ("command:", "command: agent needs a shell command, e.g. command:claude -p"),
        ("anthropic", "ANTHROPIC_API_KEY is not set: the anthropic agent needs an API key "
                      "(or use --agent command:... / replay:...)"),
    ],
)  # fmt: skip
def test_bad_specs_are_one_line_agent_errors(tmp_path: Path, spec: str, message: str) -> None:
    with pytest.raises(AgentError) as caught:
        make_agent(spec, env={}, project_root=tmp_path)
    assert str(caught.value) == message
    assert caught.value.exit_code == ExitCode.CONFIG_ERROR


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module.split(".")[0])
    return names


def test_the_sdk_enters_only_through_anthropic_api_and_only_when_used() -> None:
    package = Path(agenticops.__file__).parent
    users = sorted(str(p.relative_to(package)) for p in package.rglob("*.py")
                   if "anthropic" in _imports(p))  # fmt: skip
    assert {user.rpartition("/")[0] for user in users} == {"agents/anthropic_api"}
    assert not any("subprocess" in _imports(p) for p in (package / "agents").glob("*.py"))
    probe = "import sys, agenticops.agents; print('anthropic' in sys.modules)"
    done = proc.run([sys.executable, "-c", probe], cwd=package.parent)
    assert (done.returncode, done.stdout) == (0, "False\n")
