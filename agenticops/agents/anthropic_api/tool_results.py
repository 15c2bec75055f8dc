"""The user message answering the model's tool calls: each run, or declined when cut off."""

from __future__ import annotations

from anthropic.types import Message, TextBlockParam, ToolResultBlockParam

from agenticops.agents.anthropic_api.turn import TEXT_CLIP, Turn
from agenticops.agents.base import clip
from agenticops.agents.files import ToolOutput, run_tool

CUT_TOOL = "not run: your reply was cut off at the output token limit before this call was complete"


def answer(turn: Turn, message: Message, *, cut: bool = False, extra: str = "") -> None:
    """Run (or, when the reply was cut, decline) every tool call and send the results."""
    content: list[ToolResultBlockParam | TextBlockParam] = []
    for block in message.content:
        if block.type != "tool_use":
            continue
        output = (
            ToolOutput(CUT_TOOL, True)
            if cut
            else run_tool(turn.request.workspace, block.name, block.input)
        )
        turn.written.extend([output.written] if output.written else [])
        path = block.input.get("path", "")
        flag = "ERROR " if output.is_error else ""
        first = output.text.partition("\n")[0]
        turn.log.append(f"tool {block.name} {path} -> {flag}{clip(first, TEXT_CLIP)}")
        content.append(
            {
                "type": "tool_result",
                "tool_use_id": block.id,
                "content": output.text,
                "is_error": output.is_error,
            }
        )
    if extra:
        content.append({"type": "text", "text": extra})
    turn.messages.append({"role": "user", "content": content})
