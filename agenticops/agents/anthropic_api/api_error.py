"""The message of an API error response: the type and message in its JSON body, if there."""

from __future__ import annotations

import anthropic


def status_message(exc: anthropic.APIStatusError) -> str:
    body = exc.body
    error = body.get("error") if isinstance(body, dict) else None
    if isinstance(error, dict) and "message" in error:
        return f"{error.get('type', 'error')}: {error['message']}"
    return exc.message
