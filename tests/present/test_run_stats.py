"""A run's figures: the usage an answer reports, its cost at a provider's prices (never
guessed), a stream's rate, the fastest and the cheapest of several, saved and read back."""

from __future__ import annotations

import pytest

from hfi_desktop.present.run_stats import (
    Price,
    RunStats,
    Usage,
    cost_of,
    fastest_and_cheapest,
    stream_rate,
    usage_of,
)

USAGE = {"prompt_tokens": 812, "completion_tokens": 46, "total_tokens": 858}
PRICE = Price("together", 0.2, 0.6, "https://router.huggingface.co/v1/models", 1.0)


@pytest.mark.parametrize(("result", "events"), [
    ({"generated_text": "x", "usage": USAGE}, ()),  # a provider's text completion
    ([{"generated_text": "x", "usage": USAGE}], ()),  # the seed's list shape
    ({"choices": [], "usage": USAGE}, ()),  # a chat completion
    (None, [{"token": {"text": "a"}, "details": None},
            {"token": {"text": ""}, "details": {"finish_reason": "stop", "usage": USAGE}}]),
    (None, [{"choices": [{"delta": {"content": "a"}}], "usage": None},
            {"choices": [], "usage": USAGE}]),  # a chat stream with include_usage
])
def test_the_usage_the_answer_reports(result: object, events: list[object]) -> None:
    assert usage_of(result, events) == Usage(812, 46, 858)


@pytest.mark.parametrize("result", [
    [{"generated_text": "x"}], {"usage": None}, {"usage": {"prompt_tokens": "812"}},
    {"usage": {"prompt_tokens": True}}, b"\x89PNG", None])
def test_no_usage_reported_is_none(result: object) -> None:
    assert usage_of(result) is None


def test_a_cost_needs_both_counts_and_both_prices() -> None:
    assert cost_of(Usage(812, 46, 858), PRICE) == pytest.approx(0.00019)
    assert cost_of(Usage(total_tokens=858), PRICE) is None  # how many of each: unknown
    assert cost_of(Usage(812, 46), Price("x", None, 0.6, "", 0)) is None
    assert cost_of(Usage(812, 46), None) is None
    assert cost_of(Usage(812, 46), Price("x", 0.0, 0.0, "", 0)) == 0.0  # free is a price
    assert Usage(812, 46).total == 858 and Usage(total_tokens=9).total == 9


def test_a_streams_rate_once_it_flows() -> None:
    assert stream_rate(41, 2.5, 0.5) == pytest.approx(20.0)  # 40 tokens in 2 s
    assert stream_rate(40, 2.0, None) == pytest.approx(20.0)  # over the whole call
    assert stream_rate(0, 2.0, 0.5) is None
    assert stream_rate(1, 2.0, 0.5) is None  # one token: no rate after it
    assert stream_rate(5, 0.4, 0.5) is None  # clocks that disagree: nothing said
    assert stream_rate(5, 0.0, None) is None


def test_the_fastest_and_the_cheapest() -> None:
    cheap = Price("a", 0.1, 0.3, "", 0)
    stats = {0: RunStats(total_s=1.0, usage=Usage(10, 10), price=PRICE),
             1: RunStats(total_s=0.5, usage=Usage(10, 10)),  # no price: no cost
             2: RunStats(total_s=2.0, usage=Usage(10, 10), price=cheap)}
    assert fastest_and_cheapest(stats) == (1, 2)
    assert fastest_and_cheapest({0: stats[0], 1: stats[1]}) == (1, None)  # one cost only
    tie = {0: RunStats(total_s=1.0), 1: RunStats(total_s=1.0)}
    assert fastest_and_cheapest(tie) == (None, None)


def test_saved_and_read_back() -> None:
    stats = RunStats(total_s=1.25, first_byte_s=0.4, first_token_s=0.3, tokens=40,
                     tokens_per_s=32.5, usage=Usage(812, 46, 858), provider="together",
                     price=PRICE)
    assert RunStats.from_json(stats.to_json()) == stats
    assert RunStats.from_json(RunStats().to_json()) == RunStats()
    assert RunStats.from_json("nonsense") is None
    odd = RunStats.from_json({"total_s": "1", "tokens": -3, "usage": {"prompt_tokens": 2},
                              "price": {"input": float("nan")}})
    assert odd == RunStats(usage=Usage(2), price=Price("", None, None, "", 0.0))
