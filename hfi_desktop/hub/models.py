"""Plain values read from the Hub's API: search hits, a model's info, its card's widget entries."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from hfi_desktop.inference import ProviderMapping, parse_mapping

from .errors import HubResponseError

if TYPE_CHECKING:
    from collections.abc import Mapping


@dataclass(frozen=True)
class ModelHit:
    """One model of a search (``GET {hub}/api/models``)."""

    id: str
    downloads: int = 0
    likes: int = 0
    pipeline_tag: str | None = None
    #: The Inference Providers' entries, when the search asked for them (Hub order).
    mapping: tuple[ProviderMapping, ...] = ()

    def providers_for(self, task: str) -> tuple[str, ...]:
        """The providers whose live entry serves ``task`` (the mapping's task name)."""
        return tuple(dict.fromkeys(
            e.provider for e in self.mapping if e.status == "live" and e.serves(task)))


@dataclass(frozen=True)
class WidgetExample:
    """One example input of a model card (its ``widget`` entries).

    ``values`` maps the task's InputField keys to values, as catalog examples do, except that a
    file input holds the URL of the file (``is_url(value)``): download it before use.
    ``parameters``: parameter name → value (``multi_class`` → ``multi_label``)."""

    title: str
    values: Mapping[str, object]
    parameters: Mapping[str, object] = field(default_factory=dict)

    def urls(self) -> dict[str, str]:
        """The values that are file URLs, by InputField key."""
        return {key: value for key, value in self.values.items()
                if isinstance(value, str) and is_url(value)}


@dataclass(frozen=True)
class ModelInfo:
    """What ``GET {hub}/api/models/{id}`` says about a model (the parts the app uses)."""

    id: str
    pipeline_tag: str | None = None
    downloads: int = 0
    likes: int = 0
    widget: tuple[Mapping[str, Any], ...] = ()  # the card's widget entries, raw


def is_url(value: str) -> bool:
    return value.startswith(("http://", "https://"))


def _count(value: object) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else 0


def _tag(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def parse_hits(payload: object) -> list[ModelHit]:
    """The hits of a search answer; entries without an id are skipped."""
    if not isinstance(payload, list):
        raise HubResponseError("the Hub's model search did not answer with a list")
    hits = []
    for entry in payload:
        if not isinstance(entry, dict):
            continue
        model_id = entry.get("id") or entry.get("modelId")
        if not isinstance(model_id, str) or not model_id:
            continue
        hits.append(ModelHit(model_id, _count(entry.get("downloads")), _count(entry.get("likes")),
                             _tag(entry.get("pipeline_tag")), parse_mapping(entry)))
    return hits


def parse_model_info(payload: object, model_id: str) -> ModelInfo:
    """A model's info; its widget entries from ``widgetData``, else from ``cardData.widget``."""
    if not isinstance(payload, dict):
        raise HubResponseError(f"the Hub's information on {model_id} is not a JSON object")
    widget = payload.get("widgetData")
    if not isinstance(widget, list) or not widget:
        card = payload.get("cardData")
        widget = card.get("widget") if isinstance(card, dict) else None
    entries = tuple(e for e in widget if isinstance(e, dict)) if isinstance(widget, list) else ()
    found_id = payload.get("id")
    return ModelInfo(
        id=found_id if isinstance(found_id, str) and found_id else model_id,
        pipeline_tag=_tag(payload.get("pipeline_tag")),
        downloads=_count(payload.get("downloads")),
        likes=_count(payload.get("likes")),
        widget=entries,
    )
