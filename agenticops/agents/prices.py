"""Model prices as data: the price table in prices.toml beside this module, read and checked."""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from agenticops.agents.rates import ModelPrice, PriceTable, Rates
from agenticops.errors import AgentError

__all__ = ["PRICES_FILE", "ModelPrice", "PriceTable", "Rates", "load_prices"]

PRICES_FILE = Path(__file__).with_name("prices.toml")
_KEYS = ("input", "output", "cache_write", "cache_read")


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
