"""Where a call with a local provider choice goes: the client of that source (the engine
started first if it is not running), and the call without the ``provider`` (local calls are
made the 2023 way, at the source's base URL). Any other call is left as it is."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from hfi_desktop.local.clients import ENGINE_ID, is_local, local_client
from hfi_desktop.local.engine_start import EngineStartError

from .engine_audio import needs_wav, with_wav_audio

if TYPE_CHECKING:
    from hfi_desktop.catalog import CallRequest
    from hfi_desktop.inference import HfInference
    from hfi_desktop.local.sources import LocalSource
    from hfi_desktop.ui.services import Services


@dataclasses.dataclass(frozen=True)
class Route:
    client: HfInference
    request: CallRequest
    source: LocalSource | None = None  # None: not a local call

    @property
    def to_engine(self) -> bool:
        return self.source is not None and self.source.id == ENGINE_ID


def is_local_request(request: CallRequest) -> bool:
    provider = request.kwargs.get("provider")
    return isinstance(provider, str) and is_local(provider)


async def route(services: Services, request: CallRequest) -> Route:
    """The client ``request`` goes to; EngineStartError (its text for the user) when its
    source is not there."""
    provider = request.kwargs.get("provider")
    if not isinstance(provider, str) or not is_local(provider):
        return Route(services.client(), request)
    local = services.local
    if local is None:
        raise EngineStartError(QCoreApplication.translate(
            "LocalRouting", "Models on this computer are not available in this window."))
    if provider == ENGINE_ID:
        await local.engine.ready()
    source = local.source(provider)
    if source is None:
        name = provider.partition(":")[2]
        raise EngineStartError(QCoreApplication.translate(
            "LocalRouting", "The local server {name} is no longer listed: choose another "
            "provider, or find local servers again.").format(name=repr(name)))
    client = local.client_for(source, services.settings)
    request = _without_provider(request)
    if source.id == ENGINE_ID and needs_wav(request):  # the engine reads WAV audio only
        local_request = request
        request = await services.bridge.run(lambda: with_wav_audio(local_request))
    return Route(client, request, source)


def snippet_route(services: Services, request: CallRequest) -> Route:
    """Where Copy as code says ``request`` goes: the source's URL, with no token in the
    client (a snippet never holds one); EngineStartError when the engine is not running
    (its address changes with each start)."""
    provider = request.kwargs.get("provider")
    if not isinstance(provider, str) or not is_local(provider):
        return Route(services.client(), request)
    local = services.local
    source = local.source(provider) if local is not None else None
    if source is None or not source.base_url:
        raise EngineStartError(QCoreApplication.translate(
            "LocalRouting", "start the local engine first (Tools ▸ Start local engine): its "
            "address changes with each start"))
    client = local_client(dataclasses.replace(source, token=""))
    return Route(client, _without_provider(request), source)


def _without_provider(request: CallRequest) -> CallRequest:
    """Local calls are made the 2023 way, at the source's base URL."""
    kwargs = {k: v for k, v in request.kwargs.items() if k != "provider"}
    return dataclasses.replace(request, kwargs=kwargs)
