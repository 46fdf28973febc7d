"""Settings applied while the app runs: the current client, the input size limit, the token.

:class:`LiveSettings` owns the client the pages call (``Services.client`` is its
:meth:`LiveSettings.client`). A change of URL (Inference API, router, Hub or mirror),
timeouts, token, the organization billed or trust builds a new client;
calls in flight keep the one they started with (the old one's idle connections are closed,
its busy ones finish and close when they are done).

At start-up the token can come later (``token=`` a Future of :func:`resolve_token`): the OS
keyring takes 0.1 s and more to answer (keyring loads its backends, then asks D-Bus), which
the first window need not wait for. Until it answers the client has no token, and runs wait
for it (``before_run``), so no run goes out without the token the user saved.
"""

from __future__ import annotations

import asyncio
import logging
from concurrent.futures import Future
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from hfi_desktop.credentials.secrets import (
    FoundToken,
    TokenSource,
    register_secret,
    resolve_token,
)
from hfi_desktop.credentials.trust import TokenTrust
from hfi_desktop.inference import HfInference
from hfi_desktop.media import (
    ImageSource,
    LoadedAudio,
    LoadedFile,
    LoadedImage,
    load_audio,
    load_file,
    load_image,
)
from hfi_desktop.storage import settings as keys
from hfi_desktop.storage.recent_models import RecentModels
from hfi_desktop.ui.inputs import Loaders, csv_loader
from hfi_desktop.ui.services import Services
from hfi_desktop.ui.settings.token_gate import TokenGate

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QWidget

    from hfi_desktop.bridge import Bridge
    from hfi_desktop.runs import Run
    from hfi_desktop.storage.settings import Settings
    from hfi_desktop.ui.inputs.loading import Runner

log = logging.getLogger(__name__)


class LiveSettings(QObject):
    """The settings in effect. ``client_changed`` after a new client was built;
    ``token_changed`` after the token was replaced or removed."""

    client_changed = Signal()
    token_changed = Signal()

    def __init__(self, settings: Settings, *,
                 token: FoundToken | Future[FoundToken] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.trust = TokenTrust(settings)
        self._token_lookup: asyncio.Future[FoundToken] | None = None
        if isinstance(token, Future):
            self.token = FoundToken("", TokenSource.NONE)
            self._token_lookup = asyncio.wrap_future(token, loop=asyncio.get_event_loop())
            self._token_lookup.add_done_callback(self._on_token_found)
        else:
            self.token = token if token is not None else resolve_token()
        register_secret(self.token.token)
        self.max_input_bytes = settings.max_input_bytes()  # read by loaders in any thread
        self._client = self._build()
        self._retired: list[HfInference] = []
        self.gate = TokenGate(self.trust, self.client)
        settings.service.changed.connect(self._on_changed)

    # -- the client ------------------------------------------------------------------------

    def client(self) -> HfInference:
        return self._client

    def _build(self) -> HfInference:
        s = self.settings
        call_deadline_s, stream_idle_s = s.deadlines()
        return HfInference(self.token.token, base_url=s.base_url(), hub_url=s.hub_url(),
                           router_url=s.router_url(), bill_to=s.bill_to(self.token.token),
                           timeout=s.timeout(), token_policy=self.trust.allows,
                           call_deadline_s=call_deadline_s, stream_idle_s=stream_idle_s)

    def rebuild_client(self) -> None:
        old, self._client = self._client, self._build()
        old.close()  # idle connections only: calls in flight finish on theirs
        self._retired.append(old)
        log.info("client rebuilt: %s (token %s)", self._client.base_url,
                 "set" if self._client.has_token else "none")
        self.client_changed.emit()

    def set_token(self, found: FoundToken) -> None:
        """After the token was saved or removed (``found``: what resolve_token finds now)."""
        self._token_lookup = None  # what the user just did outranks the start-up look-up
        register_secret(found.token)
        self.token = found
        self.rebuild_client()
        self.token_changed.emit()

    def _on_token_found(self, lookup: asyncio.Future[FoundToken]) -> None:
        if lookup is not self._token_lookup:
            return  # replaced meanwhile (set_token)
        if lookup.cancelled() or (error := lookup.exception()) is not None:
            log.warning("the token could not be read at start-up: %s",
                        "cancelled" if lookup.cancelled() else type(error).__name__)
            self._token_lookup = None
            return
        found = lookup.result()
        if found.token:
            self.set_token(found)
        self._token_lookup = None

    async def _before_run(self, run: Run, parent: QWidget, asking: Callable[[], None]) -> bool:
        if (lookup := self._token_lookup) is not None:
            await asyncio.wait([lookup])  # the start-up look-up (a failure is logged, not raised)
            self._on_token_found(lookup)  # applied now if its callback has not run yet
        return await self.gate(run, parent, asking)

    def _on_changed(self, changed: frozenset[str]) -> None:
        if changed & keys.TRUST_KEYS:
            self.trust.reload()
        if keys.MAX_INPUT_MB in changed:
            self.max_input_bytes = self.settings.max_input_bytes()
        if changed & keys.CLIENT_KEYS:
            self.rebuild_client()

    # -- services --------------------------------------------------------------------------

    def loaders(self, run: Runner) -> Loaders:
        """File loaders whose size limit follows the setting (read when a file is loaded)."""

        async def image(source: ImageSource, name: str) -> LoadedImage:
            limit = self.max_input_bytes
            return await run(lambda: load_image(source, name=name, max_bytes=limit))

        async def audio(source: str | bytes, name: str) -> LoadedAudio:
            limit = self.max_input_bytes
            return await run(lambda: load_audio(source, name=name, max_bytes=limit))

        async def file(source: str | bytes, name: str) -> LoadedFile:
            limit = self.max_input_bytes
            return await run(lambda: load_file(source, name=name, max_bytes=limit))

        return Loaders(image=image, audio=audio, csv=csv_loader(run), file=file)

    def services(self, bridge: Bridge, *, recent_models: RecentModels | None = None) -> Services:
        """The Services of an application whose settings apply live."""
        return Services.create(
            self.client, bridge=bridge,
            recent_models=recent_models or RecentModels(self.settings.qsettings),
            loaders=self.loaders(lambda fn: bridge.run(fn)),
            settings=self.settings, before_run=self._before_run)

    def close(self) -> None:
        for client in (*self._retired, self._client):
            client.close()
        self._retired.clear()
