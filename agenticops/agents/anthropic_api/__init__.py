"""The `anthropic[:MODEL]` agent: a streamed Messages API tool-use loop over the file tools.

The only package that imports the `anthropic` SDK. One turn is a conversation of at most
`max_calls` API calls; each call's usage is priced from prices.toml, and the turn stops before
a call that would run past the remaining USD budget or the time limit. API failures (after the
SDK's own retries on 429/5xx/529) end the turn with a one-line error, never a traceback.
"""

from __future__ import annotations

from collections.abc import Mapping

from agenticops.agents.anthropic_api.agent import CONTINUE as CONTINUE
from agenticops.agents.anthropic_api.agent import AnthropicAgent as AnthropicAgent
from agenticops.agents.anthropic_api.client import DEFAULT_BASE_URL as DEFAULT_BASE_URL
from agenticops.agents.anthropic_api.client import MAX_CALLS as MAX_CALLS
from agenticops.agents.anthropic_api.client import MAX_RETRIES as MAX_RETRIES
from agenticops.agents.anthropic_api.client import MAX_TOKENS as MAX_TOKENS
from agenticops.agents.anthropic_api.client import READ_TIMEOUT as READ_TIMEOUT
from agenticops.agents.anthropic_api.client import SYSTEM_PROMPT as SYSTEM_PROMPT
from agenticops.agents.anthropic_api.tool_results import CUT_TOOL as CUT_TOOL
from agenticops.agents.anthropic_api.turn import TEXT_CLIP as TEXT_CLIP
from agenticops.agents.prices import PriceTable, load_prices
from agenticops.errors import AgentError

NO_KEY = (
    "ANTHROPIC_API_KEY is not set: the anthropic agent needs an API key "
    "(or use --agent command:... / replay:...)"
)


def anthropic_agent(
    model: str | None, *, env: Mapping[str, str], prices: PriceTable | None = None
) -> AnthropicAgent:
    """The agent for `anthropic[:MODEL]`, refused up front when it could not work or be priced."""
    table = prices if prices is not None else load_prices()
    chosen = model or table.default_model
    price = table.lookup(chosen)
    if price is None:
        raise AgentError(
            f"anthropic:{chosen}: no price known for this model, so the USD budget could not be "
            f"enforced; refused (priced as of {table.as_of}: {', '.join(sorted(table.models))})"
        )
    api_key = env.get("ANTHROPIC_API_KEY") or None
    auth_token = None if api_key else env.get("ANTHROPIC_AUTH_TOKEN") or None
    if api_key is None and auth_token is None:
        raise AgentError(NO_KEY)
    return AnthropicAgent(
        model=chosen,
        price=price,
        api_key=api_key,
        auth_token=auth_token,
        base_url=env.get("ANTHROPIC_BASE_URL") or DEFAULT_BASE_URL,
    )
