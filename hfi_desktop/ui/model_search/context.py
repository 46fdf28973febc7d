"""What a model field needs to search: the bridge (workers), the Hub client and URL, the
task, the named endpoints. Built from the application's Services for a task's page, or by
hand (a comparison column, a test)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from hfi_desktop.catalog.served import provider_task
from hfi_desktop.hub import HubClient, default_client, pipeline_tag_for

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from hfi_desktop.bridge import Bridge
    from hfi_desktop.catalog.model import TaskSpec
    from hfi_desktop.ui.services import Services

    from .suggestions import EndpointLike

#: How long typing must pause before the Hub is searched.
SEARCH_DELAY_MS = 250


def _no_endpoints() -> Sequence[EndpointLike]:
    return ()


def _no_token() -> str | None:
    return None


def _not_served() -> bool:
    return False


@dataclass
class ModelSearchContext:
    bridge: Bridge
    hub_url: Callable[[], str]  # the current client's Hub URL (settings may change it)
    spec: TaskSpec
    hub: HubClient = field(default_factory=default_client)
    endpoints: Callable[[], Sequence[EndpointLike]] = _no_endpoints
    #: The token for Hub searches (private models); None: public models only.
    token: Callable[[], str | None] = _no_token
    delay_ms: int = SEARCH_DELAY_MS
    #: Whether Inference Providers serve the calls now (the client is on the router): then
    #: the models they serve for ``provider_task`` are listed first, with their providers.
    served: Callable[[], bool] = _not_served

    @property
    def provider_task(self) -> str | None:
        """The mapping's task name of the page's calls (None: no provider serves them)."""
        return provider_task(self.spec)

    @property
    def pipeline_tag(self) -> str | None:
        return pipeline_tag_for(self.spec)

    @classmethod
    def for_task(cls, services: Services, spec: TaskSpec) -> ModelSearchContext:
        """The context of a task's page (or a comparison column) in the application."""
        settings = getattr(services, "settings", None)
        endpoints = settings.endpoints if settings is not None else _no_endpoints
        return cls(bridge=services.bridge, hub_url=lambda: services.client().hub_url,
                   spec=spec, endpoints=endpoints, served=lambda: services.client().on_router)
