"""Model prices as data (prices.toml beside this module) and the USD cost of one API call."""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from agenticops.errors import AgentError

PRICES_FILE = Path(__file__).with_name("prices.toml")
_KEYS = ("input", "output", "cache_write", "cache_read")


@dataclass(frozen=True, slots=True, kw_only=True)
class Rates:
    """USD per million tokens."""

    input: float
    output: float
    cache_write: float
    cache_read: float


@dataclass(frozen=True, slots=True, kw_only=True)
class ModelPrice:
    """The rates of one model; `long` replaces `base` for prompts over `threshold` tokens."""

    model: str
    base: Rates
    long: Rates | None = None
    threshold: int = 0

    def cost(
        self,
        *,
        input_tokens: int,
        output_tokens: int,
        cache_read_tokens: int,
        cache_write_tokens: int,
    ) -> float:
        """USD for one call, to the nano-dollar."""
        prompt = input_tokens + cache_read_tokens + cache_write_tokens
        rates = self.long if self.long is not None and prompt > self.threshold else self.base
        micro = (
            input_tokens * rates.input
            + output_tokens * rates.output
            + cache_read_tokens * rates.cache_read
            + cache_write_tokens * rates.cache_write
        )
        return round(micro / 1_000_000, 9)


@dataclass(frozen=True, slots=True, kw_only=True)
class PriceTable:
    """Every priced model, the default model and the date the prices were taken."""

    as_of: str
    default_model: str
    models: Mapping[str, ModelPrice]
    aliases: Mapping[str, str]

    def lookup(self, model: str) -> ModelPrice | None:
        return self.models.get(self.aliases.get(model, model))


def load_prices(path: Path = PRICES_FILE) -> PriceTable:
    """Read and check a price table; a malformed one is an AgentError naming the key."""
    try:
        with path.open("rb") as handle:
            table = tomllib.load(handle)
        models = {name: _model(name, entry) for name, entry in table["models"].items()}
        aliases = {str(k): str(v) for k, v in table.get("aliases", {}).items()}
        prices = PriceTable(
            as_of=str(table["as_of"]),
            default_model=str(table["default_model"]),
            models=models,
            aliases=aliases,
        )
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise AgentError(f"{path}: cannot read the price table: {exc}") from exc
    except KeyError as exc:
        raise AgentError(f"{path}: malformed price table: missing key {exc}") from exc
    except (TypeError, ValueError, AttributeError) as exc:
        raise AgentError(f"{path}: malformed price table: {exc}") from exc
    if prices.lookup(prices.default_model) is None:
        raise AgentError(f"{path}: default_model {prices.default_model!r} has no price")
    return prices


def _model(name: str, entry: Mapping[str, Any]) -> ModelPrice:
    long = entry.get("long")
    return ModelPrice(
        model=name,
        base=_rates(entry),
        long=_rates(long) if long is not None else None,
        threshold=int(long["threshold"]) if long is not None else 0,
    )


def _rates(entry: Mapping[str, Any]) -> Rates:
    values = {key: float(entry[key]) for key in _KEYS}
    if any(v < 0 for v in values.values()):
        raise ValueError(f"negative price in {dict(entry)}")
    return Rates(**values)
