"""What the provider picker and the served-models look-ups need: the bridge (workers), the
current client (the Hub's mapping, the router's catalogue), the Hub's search, the settings
(the choice of each task, the default policy), the sources on this computer. Built from the
application's Services for a page, or by hand (a test, the chat page)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from hfi_desktop.hub import HubClient, default_client

if TYPE_CHECKING:
    from collections.abc import Callable

    from hfi_desktop.bridge import Bridge
    from hfi_desktop.inference import HfInference
    from hfi_desktop.storage.settings import Settings
    from hfi_desktop.ui.local import LocalSourcesService
    from hfi_desktop.ui.services import Services


def _no_token() -> str | None:
    return None


@dataclass
class ProviderContext:
    bridge: Bridge
    client: Callable[[], HfInference]  # the current client (settings may replace it)
    settings: Settings | None = None  # None: choices are not remembered
    hub: HubClient = field(default_factory=default_client)
    #: The token for Hub searches (private models); None: public models only.
    token: Callable[[], str | None] = _no_token
    #: The sources on this computer (None: the picker lists none).
    local: LocalSourcesService | None = None

    @classmethod
    def for_services(cls, services: Services) -> ProviderContext:
        return cls(bridge=services.bridge, client=services.client,
                   settings=getattr(services, "settings", None),
                   local=getattr(services, "local", None))

    def hub_url(self) -> str:
        return self.client().hub_url

    def providers_apply(self) -> bool:
        """Whether calls may go to Inference Providers: not when the Inference API URL is a
        server of the user's own (the 2023 calls go there)."""
        return self.client().on_router
