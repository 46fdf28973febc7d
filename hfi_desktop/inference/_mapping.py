"""The Hub's model → provider mapping, and choosing the provider a call goes to.

``GET {hub}/api/models/{id}?expand[]=inferenceProviderMapping`` says which providers serve a
model, for which task, under which id, and whether they are live. The answer is untrusted: an
entry that is not of the documented shape is skipped, never guessed at.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import quote

from ._errors import InferenceOutputError, ModelNotServedError

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    from ._control import CallControl
    from ._transport import Transport

log = logging.getLogger(__name__)

MAPPING_TTL_S = 600.0
#: The task name of chat models in the mapping.
CHAT_TASK = "conversational"
#: Tasks one provider serves with the same models (hf-inference runs both on a model).
_SIBLINGS = {
    "feature-extraction": "sentence-similarity",
    "sentence-similarity": "feature-extraction",
}


@dataclass(frozen=True)
class ProviderMapping:
    """One provider's entry for a model."""

    provider: str
    provider_id: str
    task: str
    status: str  # "live", "staging" (for tests) or "error" (the last health check failed)
    adapter: str | None = None
    adapter_weights_path: str | None = None

    def serves(self, task: str) -> bool:
        return self.task == task or (
            self.provider == "hf-inference" and _SIBLINGS.get(task) == self.task
        )


@dataclass(frozen=True)
class Target:
    """Where a call goes: the provider, the model's id there, and the model's Hub id."""

    provider: str
    provider_id: str
    hf_id: str
    adapter: str | None = None
    adapter_weights_path: str | None = None

    @classmethod
    def of(cls, entry: ProviderMapping, hf_id: str) -> Target:
        return cls(
            entry.provider, entry.provider_id, hf_id, entry.adapter, entry.adapter_weights_path
        )


def parse_mapping(payload: object) -> tuple[ProviderMapping, ...]:
    """The entries of a model-info answer, in the Hub's order (a dict keyed by provider, or a
    list of entries carrying ``provider``)."""
    raw = payload.get("inferenceProviderMapping") if isinstance(payload, dict) else None
    if isinstance(raw, dict):
        items: Iterable[tuple[object, object]] = raw.items()
    elif isinstance(raw, list):
        items = ((e.get("provider"), e) for e in raw if isinstance(e, dict))
    else:
        return ()
    entries = []
    for provider, entry in items:
        if not isinstance(provider, str) or not isinstance(entry, dict):
            continue
        provider_id, task = entry.get("providerId"), entry.get("task")
        if not isinstance(provider_id, str) or not provider_id or not isinstance(task, str):
            continue
        status = entry.get("status")
        adapter, weights = entry.get("adapter"), entry.get("adapterWeightsPath")
        entries.append(
            ProviderMapping(
                provider,
                provider_id,
                task,
                status if isinstance(status, str) else "live",
                adapter if isinstance(adapter, str) else None,
                weights if isinstance(weights, str) else None,
            )
        )
    return tuple(entries)


class ProviderMappings:
    """The mapping of each model asked for, cached for ten minutes (per client)."""

    def __init__(self, transport: Transport, hub_url: str) -> None:
        self._transport = transport
        self._hub_url = hub_url.rstrip("/")
        self._lock = threading.Lock()
        self._cache: dict[str, tuple[float, tuple[ProviderMapping, ...]]] = {}

    def entries(self, model: str, control: CallControl) -> tuple[ProviderMapping, ...]:
        now = time.monotonic()
        with self._lock:
            cached = self._cache.get(model)
        if cached is not None and now - cached[0] < MAPPING_TTL_S:
            return cached[1]
        url = (
            f"{self._hub_url}/api/models/{quote(model, safe='/')}?expand[]=inferenceProviderMapping"
        )
        payload = self._transport.fetch("GET", url, control).expect_json()
        if not isinstance(payload, dict):
            raise InferenceOutputError("the Hub's model information is not a JSON object")
        entries = parse_mapping(payload)
        with self._lock:
            self._cache[model] = (now, entries)
        return entries


def serving(entries: Iterable[ProviderMapping], task: str) -> tuple[str, ...]:
    """The providers that serve ``task`` (live ones first, the Hub's order otherwise)."""
    matching = [e for e in entries if e.serves(task)]
    matching.sort(key=lambda e: e.status != "live")
    return tuple(dict.fromkeys(e.provider for e in matching))


def choose(
    entries: tuple[ProviderMapping, ...],
    model: str,
    task: str,
    provider: str,
    supported: Callable[[str], bool],
) -> ProviderMapping:
    """The entry a call of ``task`` with ``provider`` ("auto": the first that serves the task,
    live ones first) goes to; :class:`ModelNotServedError` if there is none. ``supported``:
    whether this client can call a provider for ``task``."""
    usable = tuple(p for p in serving(entries, task) if supported(p))
    if not entries:
        raise ModelNotServedError(
            model, task, provider, f"the Hub lists no inference provider for {model}"
        )
    if provider == "auto":
        if not usable:
            raise ModelNotServedError(
                model, task, provider, f"no provider serves {model} for {task}", ()
            )
        provider = usable[0]
    entry = next((e for e in entries if e.provider == provider and e.serves(task)), None)
    if entry is None:
        other = next((e for e in entries if e.provider == provider), None)
        problem = (
            f"{model} is served by {provider} for {other.task}, not for {task}"
            if other is not None
            else f"{model} is not served by {provider}"
        )
        raise ModelNotServedError(model, task, provider, problem, usable)
    if entry.status != "live":
        log.warning(
            "model %s is in %s status for provider %s (meant for tests, or failing)",
            model,
            entry.status,
            provider,
        )
    return entry
