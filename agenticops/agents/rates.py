"""The records of model prices: token rates, each model's price, the USD cost of one API call."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass


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
