"""What a run took: time, tokens and, where the router says prices, money. The figures a
comparison across providers shows under each column, and saves with it.

Pure and without Qt. Token usage is read from the answer itself (OpenAI's ``usage``: a chat
completion, a provider's text completion, a stream's last chunk); a cost is worked out only
from a reported usage and both prices of the provider that answered, as the router's
``/v1/models`` lists them: never estimated, never guessed.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

PER_TOKENS = 1_000_000  # the router's prices are per million tokens


@dataclass(frozen=True)
class Usage:
    """The tokens an answer says it used (None: not said)."""

    prompt_tokens: int | None = None
    completion_tokens: int | None = None
    total_tokens: int | None = None

    @property
    def total(self) -> int | None:
        if self.total_tokens is not None:
            return self.total_tokens
        if self.prompt_tokens is not None and self.completion_tokens is not None:
            return self.prompt_tokens + self.completion_tokens
        return None


@dataclass(frozen=True)
class Price:
    """A provider's prices of a model in USD per million tokens (None: not listed), where
    they were read (``{router}/v1/models``) and when (``time.time()``)."""

    provider: str
    input_per_m: float | None
    output_per_m: float | None
    source: str
    read_at: float


@dataclass(frozen=True)
class RunStats:
    """One run's figures. ``first_byte_s``: to the answer's first bytes (its headers);
    ``first_token_s``: a stream's first token; ``tokens``: a stream's tokens; ``provider``:
    who answered ("" when unknown); ``price``: that provider's, when listed."""

    total_s: float | None = None
    first_byte_s: float | None = None
    first_token_s: float | None = None
    tokens: int = 0
    tokens_per_s: float | None = None
    usage: Usage | None = None
    provider: str = ""
    price: Price | None = None

    @property
    def cost_usd(self) -> float | None:
        return cost_of(self.usage, self.price)

    def to_json(self) -> dict[str, Any]:
        return {
            "total_s": self.total_s, "first_byte_s": self.first_byte_s,
            "first_token_s": self.first_token_s, "tokens": self.tokens,
            "tokens_per_s": self.tokens_per_s, "provider": self.provider,
            "usage": None if self.usage is None else {
                "prompt_tokens": self.usage.prompt_tokens,
                "completion_tokens": self.usage.completion_tokens,
                "total_tokens": self.usage.total_tokens},
            "price": None if self.price is None else {
                "provider": self.price.provider, "input": self.price.input_per_m,
                "output": self.price.output_per_m, "source": self.price.source,
                "read_at": self.price.read_at},
        }

    @classmethod
    def from_json(cls, saved: object) -> RunStats | None:
        """Stats saved by :meth:`to_json`; what is missing or of the wrong type is left
        out (None for something that is not stats at all)."""
        if not isinstance(saved, dict):
            return None
        usage = _usage(saved.get("usage"))
        price = saved.get("price")
        return cls(
            total_s=_number(saved.get("total_s")),
            first_byte_s=_number(saved.get("first_byte_s")),
            first_token_s=_number(saved.get("first_token_s")),
            tokens=_count(saved.get("tokens")) or 0,
            tokens_per_s=_number(saved.get("tokens_per_s")),
            usage=usage,
            provider=_text(saved.get("provider")),
            price=Price(_text(price.get("provider")), _number(price.get("input")),
                        _number(price.get("output")), _text(price.get("source")),
                        _number(price.get("read_at")) or 0.0)
            if isinstance(price, dict) else None,
        )


def usage_of(result: Any, events: Sequence[Any] = ()) -> Usage | None:
    """The usage the answer reports (``result``, else the last stream event that has one);
    None when it reports none."""
    for candidate in (result, *reversed(events)):
        found = _usage_in(candidate)
        if found is not None:
            return found
    return None


def _usage_in(value: Any) -> Usage | None:
    if isinstance(value, list):  # the seed's [{"generated_text": …}], or a stream's events
        value = value[-1] if value else None
    if not isinstance(value, dict):
        return None
    usage = value.get("usage")
    details = value.get("details")
    if usage is None and isinstance(details, dict):  # a text-generation stream's last event
        usage = details.get("usage")
    return _usage(usage)


def _usage(value: object) -> Usage | None:
    if not isinstance(value, dict):
        return None
    found = Usage(_count(value.get("prompt_tokens")), _count(value.get("completion_tokens")),
                  _count(value.get("total_tokens")))
    return None if found == Usage() else found


def cost_of(usage: Usage | None, price: Price | None) -> float | None:
    """What ``usage`` costs at ``price`` in USD; None unless both token counts and both
    prices are known."""
    if usage is None or price is None:
        return None
    prompt, completion = usage.prompt_tokens, usage.completion_tokens
    if prompt is None or completion is None or price.input_per_m is None \
            or price.output_per_m is None:
        return None
    return (prompt * price.input_per_m + completion * price.output_per_m) / PER_TOKENS


def stream_rate(tokens: int, total_s: float | None, first_token_s: float | None
                ) -> float | None:
    """A stream's tokens per second once it flows: the tokens after the first over the time
    after it; over the whole call when the first token's time is not known (a file
    saved before it was). None without enough tokens or time to tell."""
    if first_token_s is None:
        return tokens / total_s if tokens > 0 and total_s and total_s > 0 else None
    if tokens < 2 or total_s is None or total_s <= first_token_s:
        return None
    return (tokens - 1) / (total_s - first_token_s)


def fastest_and_cheapest(stats: Mapping[int, RunStats]) -> tuple[int | None, int | None]:
    """Of the runs that ended well (by index), the one that took the least time and the one
    that cost the least; None where fewer than two have that figure, or on a tie."""
    return (_best({i: s.total_s for i, s in stats.items()}),
            _best({i: s.cost_usd for i, s in stats.items()}))


def _best(values: Mapping[int, float | None]) -> int | None:
    known = sorted((v, i) for i, v in values.items() if v is not None)
    if len(known) < 2 or math.isclose(known[0][0], known[1][0], rel_tol=1e-9, abs_tol=0.0):
        return None
    return known[0][1]


def _count(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 \
        else None


def _number(value: object) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    number = float(value)
    return number if math.isfinite(number) and number >= 0 else None


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""
