from __future__ import annotations

from pathlib import Path

import pytest

from agenticops.agents.prices import PRICES_FILE, ModelPrice, Rates, load_prices
from agenticops.errors import AgentError, ExitCode


def test_the_shipped_table() -> None:
    table = load_prices()
    assert PRICES_FILE.name == "prices.toml"
    assert PRICES_FILE.parent.name == "agents"
    assert table.as_of == "2026-11-21"
    assert table.default_model == "claude-sonnet-5-5"
    assert table.lookup("claude-sonnet-5-5") == ModelPrice(
        model="claude-sonnet-5-5",
        base=Rates(input=2.0, output=10.0, cache_write=2.5, cache_read=0.1),
    )
    assert table.lookup("claude-opus-5-5").base == Rates(  # type: ignore[union-attr]
        input=4.0, output=20.0, cache_write=5.0, cache_read=0.2
    )
    assert table.lookup("claude-haiku-4-5-20251001").model == "claude-haiku-4-5"  # type: ignore[union-attr]
    assert table.lookup("claude-sonnet-4-0") is None
    assert {"claude-opus-4-8", "claude-sonnet-5", "claude-haiku-5-5"} <= set(table.models)


def test_cost_of_one_call_is_pinned() -> None:
    sonnet = load_prices().lookup("claude-sonnet-5-5")
    assert sonnet is not None
    # 300·2 + 52·10 + 100·0.10 + 100·2.50 per MTok, as Claude Code prices the same usage
    usage = {"input_tokens": 300, "output_tokens": 52, "cache_read_tokens": 100,
             "cache_write_tokens": 100}  # fmt: skip
    assert sonnet.cost(**usage) == 0.00138
    assert sonnet.cost(input_tokens=1_000_000, output_tokens=0, cache_read_tokens=0,
                       cache_write_tokens=0) == 2.0  # fmt: skip


def test_haiku_5_5_prices_long_prompts_at_the_higher_band() -> None:
    haiku = load_prices().lookup("claude-haiku-5-5")
    assert haiku is not None
    assert haiku.threshold == 100_000
    small = haiku.cost(input_tokens=60_000, output_tokens=1_000, cache_read_tokens=40_000,
                       cache_write_tokens=0)  # fmt: skip
    assert small == 0.0069  # 60k·0.10 + 1k·0.50 + 40k·0.01: exactly 100k is still the low band
    big = haiku.cost(input_tokens=60_000, output_tokens=1_000, cache_read_tokens=40_000,
                     cache_write_tokens=1)  # fmt: skip
    assert big == 0.034500625  # 60k·0.50 + 1k·2.50 + 40k·0.05 + 1·0.625


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('as_of = "x"\ndefault_model = "m"\n', "malformed price table: missing key 'models'"),
        ('as_of = "x"\ndefault_model = "m"\n[models.m]\ninput = 1\n',
         "malformed price table: missing key 'output'"),
        ('as_of = "x"\ndefault_model = "m"\n[models.m]\ninput = 1\noutput = 1\n'
         'cache_write = 1\ncache_read = "cheap"\n',
         "malformed price table: could not convert string to float: 'cheap'"),
        ('as_of = "x"\ndefault_model = "m"\n[models.m]\ninput = -1\noutput = 1\n'
         'cache_write = 1\ncache_read = 1\n',
         "malformed price table: negative price in {'input': -1, 'output': 1, "
         "'cache_write': 1, 'cache_read': 1}"),
        ('as_of = "x"\ndefault_model = "other"\n[models.m]\ninput = 1\noutput = 1\n'
         'cache_write = 1\ncache_read = 1\n', "default_model 'other' has no price"),
        ("as_of = ", "cannot read the price table: Invalid value (at end of document)"),
    ],
)  # fmt: skip
def test_a_malformed_table_is_one_agent_error(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "prices.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(AgentError) as caught:
        load_prices(path)
    assert str(caught.value) == f"{path}: {message}"
    assert caught.value.exit_code == ExitCode.CONFIG_ERROR


def test_a_missing_table(tmp_path: Path) -> None:
    with pytest.raises(AgentError, match=r"cannot read the price table: \[Errno 2\]"):
        load_prices(tmp_path / "nope.toml")


def test_long_band_from_data(tmp_path: Path) -> None:
    path = tmp_path / "prices.toml"
    path.write_text(
        'as_of = "x"\ndefault_model = "m"\n[aliases]\nm-1 = "m"\n'
        "[models.m]\ninput = 1\noutput = 2\ncache_write = 3\ncache_read = 4\n"
        "[models.m.long]\nthreshold = 10\ninput = 10\noutput = 20\ncache_write = 30\n"
        "cache_read = 40\n",
        encoding="utf-8",
    )
    price = load_prices(path).lookup("m-1")
    assert price is not None
    assert price.long == Rates(input=10, output=20, cache_write=30, cache_read=40)
    assert price.cost(input_tokens=10, output_tokens=1, cache_read_tokens=0,
                      cache_write_tokens=0) == 0.000012  # fmt: skip
    assert price.cost(input_tokens=11, output_tokens=1, cache_read_tokens=0,
                      cache_write_tokens=0) == 0.00013  # fmt: skip


def test_costs_are_rounded_to_the_nano_dollar_and_free_is_allowed(tmp_path: Path) -> None:
    path = tmp_path / "prices.toml"
    path.write_text(
        'as_of = "x"\ndefault_model = "m"\n'
        "[models.m]\ninput = 0.0001\noutput = 0\ncache_write = 0\ncache_read = 0\n",
        encoding="utf-8",
    )
    price = load_prices(path).lookup("m")
    assert price is not None
    assert price.base.output == 0.0
    assert price.cost(input_tokens=4, output_tokens=99, cache_read_tokens=0,
                      cache_write_tokens=0) == 0.0  # fmt: skip
    assert price.cost(input_tokens=10, output_tokens=0, cache_read_tokens=0,
                      cache_write_tokens=0) == 1e-9  # fmt: skip
