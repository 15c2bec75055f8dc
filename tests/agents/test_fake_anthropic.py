"""The fake Messages API itself: plain JSON answers, the beta path, and its own refusals."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from typing import Any

import pytest

from .fake_anthropic import (
    FakeAnthropic,
    reply,
    sse_events,
    text,
    thinking,
    tool_use,
    unanswered_tool_uses,
)


def post(url: str, body: dict[str, Any]) -> tuple[int, dict[str, Any]]:
    request = urllib.request.Request(url, data=json.dumps(body).encode(), method="POST",
                                     headers={"content-type": "application/json"})  # fmt: skip
    try:
        with urllib.request.urlopen(request, timeout=5) as answer:
            return answer.status, json.loads(answer.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


def test_json_answers_on_the_beta_path_and_refusals() -> None:
    message = reply([text("hi")])
    ask = {"messages": [{"role": "user", "content": "hi"}]}
    with FakeAnthropic([message]) as fake:
        assert post(f"{fake.url}/v1/messages?beta=true", ask) == (200, message)
        status, body = post(f"{fake.url}/v1/messages", ask)
        assert (status, body["error"]["message"]) == (400, "fake: the script is exhausted")
        status, body = post(f"{fake.url}/v1/complete", ask)
        assert (status, body["error"]["type"]) == (404, "not_found_error")
    assert [r.path for r in fake.requests] == ["/v1/messages?beta=true", "/v1/messages"]


def test_a_tool_use_must_be_answered() -> None:
    asked = {"role": "assistant", "content": [tool_use("list_files", {}, "t1")]}
    unanswered = {"messages": [{"role": "user", "content": "go"}, asked,
                               {"role": "user", "content": "and?"}]}  # fmt: skip
    assert unanswered_tool_uses(unanswered["messages"]) == ["t1"]
    with FakeAnthropic([reply([text("never sent")])]) as fake:
        status, body = post(f"{fake.url}/v1/messages", unanswered)
    assert status == 400
    assert body["error"]["message"].startswith("tool_use ids were found without tool_result")


@pytest.mark.parametrize("block", [text("hello"), tool_use("read_file", {"path": "a"}), thinking()])
def test_sse_events_rebuild_the_message(block: dict[str, Any]) -> None:
    names = [name for name, _ in sse_events(reply([block]))]
    assert names == ["message_start", "ping", "content_block_start", "content_block_delta",
                     "content_block_delta", "content_block_stop", "message_delta",
                     "message_stop"]  # fmt: skip
