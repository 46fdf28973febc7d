"""A reply's figures as its pieces arrive: time to first token, tokens and tokens/s (from
the stream's usage chunk, else the chunks counted, as an approximation), and its cost at the
router's prices (``/v1/models``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .thread import ReplyStats

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from hfi_desktop.inference import ChatModel

    from .stream import ReplyPiece

#: Model suffixes that choose a provider by a rule rather than by name.
POLICIES = frozenset({"fastest", "cheapest", "preferred", "auto"})


class ReplyTally:
    """Counts one reply (on the GUI thread): ``add`` each piece with the time it was shown."""

    def __init__(self, sent_at: float) -> None:
        self.sent_at = sent_at
        self.first_at: float | None = None
        self.chunks = 0  # events that brought text, reasoning or a tool call
        self.events = 0
        self.usage: Mapping[str, Any] | None = None
        self.finish_reason: str | None = None
        self.tool_calls: list[dict[str, Any]] = []

    def add(self, piece: ReplyPiece, now: float) -> None:
        self.events += piece.events
        brought = bool(piece.text or piece.reasoning or piece.tool_calls)
        if brought:
            self.chunks += piece.events
            if self.first_at is None:
                self.first_at = now
        if piece.tool_calls is not None:
            self.tool_calls = [dict(call) for call in piece.tool_calls]
        if piece.usage is not None:
            self.usage = piece.usage
        if piece.finish_reason is not None:
            self.finish_reason = piece.finish_reason

    def stats(self, ended_at: float, provider: str | None = None) -> ReplyStats:
        completion = _count(self.usage, "completion_tokens")
        return ReplyStats(
            ttft_s=None if self.first_at is None else self.first_at - self.sent_at,
            elapsed_s=ended_at - self.sent_at,
            generating_s=None if self.first_at is None else ended_at - self.first_at,
            completion_tokens=completion if completion is not None else self.chunks,
            prompt_tokens=_count(self.usage, "prompt_tokens"),
            approximate=completion is None,
            provider=provider,
        )


def _count(usage: Mapping[str, Any] | None, key: str) -> int | None:
    value = usage.get(key) if usage is not None else None
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 \
        else None


def serving_provider(model: str, answered_by: str | None, chosen: str | None = None
                     ) -> str | None:
    """Who served a reply: the provider the router named, else the one asked for (a provider
    given with the call, or as the model's suffix); None when a policy chose and the answer
    did not say."""
    if answered_by:
        return answered_by
    if chosen and chosen not in POLICIES:
        return chosen
    suffix = model.partition(":")[2]
    return suffix if suffix and suffix not in POLICIES else None


def reply_cost(models: Sequence[ChatModel], model: str, provider: str | None,
               stats: ReplyStats) -> float | None:
    """What the reply cost in USD at the router's prices; None when the provider, its prices
    or the exact token counts are unknown."""
    if provider is None or stats.approximate or stats.prompt_tokens is None:
        return None
    hf_id = model.partition(":")[0]
    found = next((m for m in models if m.id == hf_id), None)
    offer = found.provider(provider) if found is not None else None
    if offer is None:
        return None
    return offer.cost(stats.prompt_tokens, stats.completion_tokens or 0)
