"""A small local Messages API for tests: stdlib http.server on 127.0.0.1:0, one thread per request.

It answers POST /v1/messages (also ?beta=true) from a scripted queue of replies, in JSON or as
SSE when the request asks for "stream": true, checks that every tool_use is answered by a
tool_result, and records every request (path, headers, JSON body).

    with FakeAnthropic([OVERLOADED, reply([tool_use(...)], stop_reason="tool_use"),
                        reply([text("done")])]) as fake:
        Anthropic(api_key="test", base_url=fake.url)
"""

from __future__ import annotations

import contextlib
import json
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit

MODEL = "claude-sonnet-5-5"


@dataclass(frozen=True)
class Failure:
    """An HTTP error answer."""

    status: int
    kind: str
    message: str
    headers: dict[str, str] = field(default_factory=dict)
    raw: str | None = None  # a body that is not the API's error JSON

    def body(self) -> dict[str, Any]:
        return {"type": "error", "error": {"type": self.kind, "message": self.message}}


@dataclass(frozen=True)
class RawEvents:
    """An SSE answer sent exactly as given, for streams the API should never send."""

    events: list[tuple[str, dict[str, Any]]]


OVERLOADED = Failure(529, "overloaded_error", "Overloaded", {"retry-after-ms": "10"})
UNAUTHORIZED = Failure(401, "authentication_error", "invalid x-api-key")


@dataclass(frozen=True)
class Recorded:
    path: str
    headers: dict[str, str]
    body: dict[str, Any]


def text(value: str) -> dict[str, Any]:
    return {"type": "text", "text": value}


def tool_use(name: str, arguments: dict[str, Any], id: str = "toolu_01") -> dict[str, Any]:
    return {"type": "tool_use", "id": id, "name": name, "input": arguments}


def thinking(value: str = "", signature: str = "sig-abc") -> dict[str, Any]:
    return {"type": "thinking", "thinking": value, "signature": signature}


def reply(
    content: list[dict[str, Any]],
    *,
    stop_reason: str = "end_turn",
    input_tokens: int = 300,
    output_tokens: int = 52,
    cache_read: int = 0,
    cache_write: int = 0,
    model: str = MODEL,
) -> dict[str, Any]:
    """A complete Message as the API returns it."""
    return {
        "id": "msg_fake",
        "type": "message",
        "role": "assistant",
        "model": model,
        "content": content,
        "stop_reason": stop_reason,
        "stop_sequence": None,
        "usage": {
            "input_tokens": input_tokens,
            "output_tokens": output_tokens,
            "cache_read_input_tokens": cache_read,
            "cache_creation_input_tokens": cache_write,
        },
    }


def sse_events(message: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """The stream of events that builds `message`, as the API sends it."""
    usage = message["usage"]
    start = {**message, "content": [], "stop_reason": None, "usage": {**usage, "output_tokens": 1}}
    yield "message_start", {"type": "message_start", "message": start}
    yield "ping", {"type": "ping"}
    for index, block in enumerate(message["content"]):
        empty = {"text": "", "input": {}, "thinking": "", "signature": ""}
        opening = {k: empty.get(k, v) for k, v in block.items()}
        yield "content_block_start", {"type": "content_block_start", "index": index,
                                      "content_block": opening}  # fmt: skip
        for delta in _deltas(block):
            yield "content_block_delta", {"type": "content_block_delta", "index": index,
                                          "delta": delta}  # fmt: skip
        yield "content_block_stop", {"type": "content_block_stop", "index": index}
    delta = {"stop_reason": message["stop_reason"], "stop_sequence": None}
    yield "message_delta", {"type": "message_delta", "delta": delta, "usage": usage}
    yield "message_stop", {"type": "message_stop"}


def _deltas(block: dict[str, Any]) -> Iterator[dict[str, Any]]:
    if block["type"] == "text":
        half = len(block["text"]) // 2
        yield {"type": "text_delta", "text": block["text"][:half]}
        yield {"type": "text_delta", "text": block["text"][half:]}
    elif block["type"] == "tool_use":
        raw = json.dumps(block["input"])
        half = len(raw) // 2  # split the JSON mid-way, as the API does
        yield {"type": "input_json_delta", "partial_json": raw[:half]}
        yield {"type": "input_json_delta", "partial_json": raw[half:]}
    elif block["type"] == "thinking":
        yield {"type": "thinking_delta", "thinking": block["thinking"]}
        yield {"type": "signature_delta", "signature": block["signature"]}


def unanswered_tool_uses(messages: list[dict[str, Any]]) -> list[str]:
    """ids of tool_use blocks not answered by a tool_result in the next user message."""
    missing: list[str] = []
    for i, message in enumerate(messages):
        content = message.get("content")
        if message.get("role") != "assistant" or not isinstance(content, list):
            continue
        asked = [b["id"] for b in content if b.get("type") == "tool_use"]
        following = messages[i + 1]["content"] if i + 1 < len(messages) else []
        answered = {b.get("tool_use_id") for b in following if isinstance(b, dict)}
        missing.extend(a for a in asked if a not in answered)
    return missing


@dataclass(frozen=True)
class Slow:
    """An answer sent only after `seconds`, to run past a client's timeout."""

    seconds: float
    answer: dict[str, Any]


Answer = dict[str, Any] | Failure | RawEvents | Slow


class FakeAnthropic:
    """The server; replies are taken from the queue in order, one per request."""

    def __init__(self, script: Iterable[Answer] = ()) -> None:
        self.script: deque[Answer] = deque(script)
        self.requests: list[Recorded] = []
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self._server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    def __enter__(self) -> FakeAnthropic:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join()

    def take(self, recorded: Recorded) -> Answer:
        with self._lock:
            self.requests.append(recorded)
            if recorded.body.get("messages") and unanswered_tool_uses(recorded.body["messages"]):
                return Failure(400, "invalid_request_error", "tool_use ids were found without "
                               "tool_result blocks immediately after")  # fmt: skip
            if not self.script:
                return Failure(400, "invalid_request_error", "fake: the script is exhausted")
            return self.script.popleft()


def _handler(fake: FakeAnthropic) -> type[BaseHTTPRequestHandler]:
    return type("Handler", (_Handler,), {"fake": fake})


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    fake: FakeAnthropic

    def log_message(self, format: str, *args: Any) -> None:  # quiet
        pass

    def do_POST(self) -> None:
        size = int(self.headers.get("content-length", "0"))
        body = json.loads(self.rfile.read(size) or b"{}")
        path = urlsplit(self.path).path
        if path != "/v1/messages":
            self._send_json(404, Failure(404, "not_found_error", path).body())
            return
        answer = self.fake.take(Recorded(self.path, dict(self.headers.items()), body))
        if isinstance(answer, Slow):
            time.sleep(answer.seconds)
            answer = answer.answer
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):  # the client gave up
            self._answer(answer, stream=bool(body.get("stream")))

    def _answer(self, answer: Answer, *, stream: bool) -> None:
        if isinstance(answer, Failure):
            self._send_json(answer.status, answer.raw or answer.body(), answer.headers)
        elif isinstance(answer, RawEvents):
            self._send_sse(answer.events)
        elif stream:
            self._send_sse(list(sse_events(answer)))
        else:
            self._send_json(200, answer)

    def _send_json(self, status: int, payload: Any, headers: dict[str, str] | None = None) -> None:
        data = (payload if isinstance(payload, str) else json.dumps(payload)).encode()
        self.send_response(status)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(data)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)

    def _send_sse(self, events: list[tuple[str, dict[str, Any]]]) -> None:
        data = "".join(
            f"event: {name}\ndata: {json.dumps(event)}\n\n" for name, event in events
        ).encode()
        self.send_response(200)
        self.send_header("content-type", "text/event-stream")
        self.send_header("content-length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)
