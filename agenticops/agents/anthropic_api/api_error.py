"""What an API failure says, in words that do not change with the SDK's version."""

from __future__ import annotations

import anthropic


def status_message(exc: anthropic.APIStatusError) -> str:
    """The type and message of the JSON error body, else the body as the server sent it."""
    body = exc.body
    error = body.get("error") if isinstance(body, dict) else None
    if isinstance(error, dict) and "message" in error:
        return f"{error.get('type', 'error')}: {error['message']}"
    return exc.response.text.strip() or exc.message


def connection_message(exc: anthropic.APIConnectionError) -> str:
    """Why no answer came: a timeout, or the network's own error (refused, unknown host, …)."""
    if isinstance(exc, anthropic.APITimeoutError):
        return "the request timed out"
    return str(exc.__cause__ or exc)
