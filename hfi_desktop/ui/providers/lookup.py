"""Looking up a model's providers in a worker: the Hub's mapping (which provider serves it,
for which task, in which state) and, for models billed by the token, the router's catalogue
(price, context length, speed). Both are cached by the client (ten minutes)."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from hfi_desktop.inference import InferenceError, InferenceHTTPError

if TYPE_CHECKING:
    from collections.abc import Mapping

    from hfi_desktop.inference import ChatProvider, ProviderMapping

    from .context import ProviderContext

log = logging.getLogger(__name__)

#: The tasks whose providers bill by the token: the router's catalogue has their prices.
PRICED_TASKS = frozenset({"conversational", "text-generation"})


@dataclass(frozen=True)
class ModelProviders:
    """What was found about ``model``: its mapping entries and, by provider, its offers."""

    model: str
    entries: tuple[ProviderMapping, ...]
    offers: Mapping[str, ChatProvider] = field(default_factory=dict)

    def serving(self, task: str) -> tuple[str, ...]:
        """The providers whose entry serves ``task`` (live ones first, Hub order)."""
        found = sorted((e for e in self.entries if e.serves(task)),
                       key=lambda e: e.status != "live")
        return tuple(dict.fromkeys(e.provider for e in found))


class LookupFailed(Exception):
    """The mapping could not be read; the text says why, for the user."""


async def look_up(context: ProviderContext, model: str, task: str) -> ModelProviders:
    """``model``'s providers (raises LookupFailed, or CancelledError when superseded)."""
    client = context.client()
    try:
        entries = await context.bridge.run(lambda: client.provider_mapping(model))
    except InferenceHTTPError as error:
        if error.status == 404:
            raise LookupFailed(QCoreApplication.translate(
                "ProviderPicker", "{model} is not on the Hub (or is private)").format(
                    model=model)) from None
        raise LookupFailed(QCoreApplication.translate(
            "ProviderPicker", "the Hub answered {status}: {message}").format(
                status=error.status, message=error.server_message)) from None
    except InferenceError as error:
        raise LookupFailed(str(error)) from None
    offers: dict[str, ChatProvider] = {}
    if task in PRICED_TASKS and entries:
        try:
            catalogue = await context.bridge.run(client.chat_models)
        except InferenceError as error:  # prices are a bonus: the list stands without them
            log.info("no prices for %s: %s", model, error)
        else:
            listed = next((listed for listed in catalogue if listed.id == model), None)
            offers = {p.provider: p for p in listed.providers} if listed is not None else {}
    return ModelProviders(model, entries, offers)
