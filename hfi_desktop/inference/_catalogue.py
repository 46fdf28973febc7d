"""The router's chat catalogue: which providers serve each chat model, at what price and speed.

``GET {router}/v1/models`` (PROVIDERS.md §2) lists every chat model with one entry per
provider: status, context length, price per million tokens, time to the first token,
throughput. Every field but the provider's name and status may be missing; a field of the
wrong type is left out, never guessed at. The list is fetched once and kept ten minutes.
"""

from __future__ import annotations

import math
import threading
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ._errors import InferenceOutputError

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ._control import CallControl
    from ._transport import Transport

CATALOGUE_TTL_S = 600.0


@dataclass(frozen=True)
class ProviderOffer:
    """One provider's offer of a chat model. Prices in USD per million tokens; None: not
    said."""

    provider: str
    status: str  # "live" or "error"
    context_length: int | None = None
    input_price: float | None = None
    output_price: float | None = None
    first_token_latency_ms: float | None = None
    throughput: float | None = None  # tokens per second
    supports_tools: bool | None = None
    supports_structured_output: bool | None = None


@dataclass(frozen=True)
class RouterModel:
    """A chat model of the router's catalogue and its providers' offers (router order)."""

    id: str
    offers: tuple[ProviderOffer, ...]
    input_modalities: tuple[str, ...] = ()

    def offer(self, provider: str) -> ProviderOffer | None:
        return next((o for o in self.offers if o.provider == provider), None)


def _number(value: object) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    number = float(value)
    return number if math.isfinite(number) and number >= 0 else None


def _flag(value: object) -> bool | None:
    return value if isinstance(value, bool) else None


def _offer(entry: object) -> ProviderOffer | None:
    if not isinstance(entry, dict):
        return None
    provider, status = entry.get("provider"), entry.get("status")
    if not isinstance(provider, str) or not provider:
        return None
    pricing = entry.get("pricing")
    prices = pricing if isinstance(pricing, dict) else {}
    context = _number(entry.get("context_length"))
    return ProviderOffer(
        provider,
        status if isinstance(status, str) else "live",
        int(context) if context is not None else None,
        _number(prices.get("input")),
        _number(prices.get("output")),
        _number(entry.get("first_token_latency_ms")),
        _number(entry.get("throughput")),
        _flag(entry.get("supports_tools")),
        _flag(entry.get("supports_structured_output")),
    )


def parse_catalogue(payload: object) -> dict[str, RouterModel]:
    """The models of a ``/v1/models`` answer, by id; entries without an id are skipped."""
    data = payload.get("data") if isinstance(payload, dict) else None
    if not isinstance(data, list):
        raise InferenceOutputError("the router's model list has no 'data' list")
    models: dict[str, RouterModel] = {}
    for entry in data:
        if not isinstance(entry, dict) or not isinstance(entry.get("id"), str):
            continue
        providers = entry.get("providers")
        offers = tuple(
            offer
            for offer in (_offer(p) for p in (providers if isinstance(providers, list) else ()))
            if offer is not None
        )
        architecture = entry.get("architecture")
        inputs = architecture.get("input_modalities") if isinstance(architecture, dict) else None
        modalities = tuple(m for m in inputs if isinstance(m, str)) if isinstance(
            inputs, list) else ()
        models[entry["id"]] = RouterModel(entry["id"], offers, modalities)
    return models


class RouterCatalogue:
    """The router's chat catalogue, fetched on first use and kept ten minutes (per client)."""

    def __init__(self, transport: Transport, router_url: str) -> None:
        self._transport = transport
        self._url = f"{router_url.rstrip('/')}/v1/models"
        self._lock = threading.Lock()
        self._cached: tuple[float, dict[str, RouterModel]] | None = None

    def models(self, control: CallControl) -> Mapping[str, RouterModel]:
        now = time.monotonic()
        with self._lock:
            cached = self._cached
        if cached is not None and now - cached[0] < CATALOGUE_TTL_S:
            return cached[1]
        models = parse_catalogue(self._transport.fetch("GET", self._url, control).expect_json())
        with self._lock:
            self._cached = (now, models)
        return models
