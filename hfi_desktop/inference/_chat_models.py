"""The router's chat catalogue: ``GET {router}/v1/models`` (PROVIDERS.md §2).

Every chat model the router serves, with each provider's status and, where the router gives
them, its prices (USD per million tokens), context length, latency and throughput. The
answer is untrusted: entries and fields not of the documented shape are skipped. Fetched once
per client and kept ten minutes.
"""

from __future__ import annotations

import math
import threading
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ._errors import InferenceOutputError

if TYPE_CHECKING:
    from ._control import CallControl
    from ._transport import Transport

CATALOGUE_TTL_S = 600.0


@dataclass(frozen=True)
class ChatProvider:
    """One provider of a chat model, as the catalogue lists it (None: not given)."""

    provider: str
    status: str  # "live" or "error"
    context_length: int | None = None
    input_price: float | None = None  # USD per million prompt tokens
    output_price: float | None = None  # USD per million completion tokens
    supports_tools: bool | None = None
    supports_structured_output: bool | None = None
    first_token_latency_ms: float | None = None
    throughput: float | None = None  # tokens per second
    is_model_author: bool = False

    def cost(self, prompt_tokens: int, completion_tokens: int) -> float | None:
        """What that many tokens cost, in USD; None without both prices."""
        if self.input_price is None or self.output_price is None:
            return None
        return (prompt_tokens * self.input_price + completion_tokens * self.output_price) / 1e6


@dataclass(frozen=True)
class ChatModel:
    """A chat model of the catalogue: its Hub id, what it takes and makes, its providers."""

    id: str
    providers: tuple[ChatProvider, ...]
    input_modalities: tuple[str, ...] = ("text",)
    output_modalities: tuple[str, ...] = ("text",)

    @property
    def takes_images(self) -> bool:
        return "image" in self.input_modalities

    def provider(self, name: str) -> ChatProvider | None:
        return next((p for p in self.providers if p.provider == name), None)


def parse_chat_models(payload: object) -> tuple[ChatModel, ...]:
    """The models of a ``/v1/models`` answer, in its order."""
    data = payload.get("data") if isinstance(payload, dict) else None
    if not isinstance(data, list):
        raise InferenceOutputError("the router's model list has no 'data' list")
    models = []
    for entry in data:
        if not isinstance(entry, dict) or not isinstance(entry.get("id"), str):
            continue
        raw = entry.get("providers")
        providers = tuple(
            provider
            for item in (raw if isinstance(raw, list) else [])
            if (provider := _provider(item)) is not None
        )
        architecture = entry.get("architecture")
        architecture = architecture if isinstance(architecture, dict) else {}
        models.append(
            ChatModel(
                entry["id"],
                providers,
                _names(architecture.get("input_modalities"), ("text",)),
                _names(architecture.get("output_modalities"), ("text",)),
            )
        )
    return tuple(models)


def _provider(item: object) -> ChatProvider | None:
    if not isinstance(item, dict) or not isinstance(item.get("provider"), str):
        return None
    if not item["provider"]:
        return None
    pricing = item.get("pricing")
    pricing = pricing if isinstance(pricing, dict) else {}
    status = item.get("status")
    return ChatProvider(
        provider=item["provider"],
        status=status if isinstance(status, str) else "live",
        context_length=_whole(item.get("context_length")),
        input_price=_number(pricing.get("input")),
        output_price=_number(pricing.get("output")),
        supports_tools=_flag(item.get("supports_tools")),
        supports_structured_output=_flag(item.get("supports_structured_output")),
        first_token_latency_ms=_number(item.get("first_token_latency_ms")),
        throughput=_number(item.get("throughput")),
        is_model_author=item.get("is_model_author") is True,
    )


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value) if math.isfinite(value) and value >= 0 else None


def _whole(value: Any) -> int | None:
    number = _number(value)
    return int(number) if number is not None and number.is_integer() else None


def _flag(value: Any) -> bool | None:
    return value if isinstance(value, bool) else None


def _names(value: Any, default: tuple[str, ...]) -> tuple[str, ...]:
    if not isinstance(value, list):
        return default
    return tuple(item for item in value if isinstance(item, str)) or default


class ChatCatalogue:
    """The router's chat models, fetched on first use and kept ``CATALOGUE_TTL_S``."""

    def __init__(self, transport: Transport, router_url: str) -> None:
        self._transport = transport
        self._url = f"{router_url.rstrip('/')}/v1/models"
        self._lock = threading.Lock()
        #: One fetch at a time: calls that arrive during a fetch (a page's picker and a chat
        #: reply's cost, say) wait for it and take its answer instead of fetching again.
        self._fetching = threading.Lock()
        self._cached: tuple[float, tuple[ChatModel, ...]] | None = None

    def models(self, control: CallControl) -> tuple[ChatModel, ...]:
        fresh = self._fresh()
        if fresh is not None:
            return fresh
        with self._fetching:
            fresh = self._fresh()
            if fresh is not None:
                return fresh
            fetched = self._transport.fetch("GET", self._url, control).expect_json()
            models = parse_chat_models(fetched)
            with self._lock:
                self._cached = (time.monotonic(), models)
            return models

    def _fresh(self) -> tuple[ChatModel, ...] | None:
        with self._lock:
            cached = self._cached
        if cached is not None and time.monotonic() - cached[0] < CATALOGUE_TTL_S:
            return cached[1]
        return None
