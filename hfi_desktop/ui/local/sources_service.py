"""The sources on this computer the provider picker lists: the local engine (id "local",
its state kept up to date from its process) and the local servers others put here (part of
"Find local servers" and server profiles: :meth:`LocalSourcesService.put`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal

from hfi_desktop.inference import DEFAULT_TIMEOUT
from hfi_desktop.local.clients import ENGINE_ID, local_client
from hfi_desktop.local.sources import LocalSource, SourceKind
from hfi_desktop.ui.i18n import shown
from hfi_desktop.ui.i18n_mark import QT_TRANSLATE_NOOP

from .engine_process import EngineProcess, EngineState
from .hub_cache import HubCacheModels

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence
    from typing import Any

    from hfi_desktop.inference import HfInference
    from hfi_desktop.storage.settings import Settings

ENGINE_TITLE = QT_TRANSLATE_NOOP("LocalSourcesService", "Local engine")
#: The engine's line in the picker, by state (RUNNING adds its address).
_ENGINE_DETAIL = {
    EngineState.STOPPED: QT_TRANSLATE_NOOP(
        "LocalSourcesService",
        "Runs Hub models from your cache on this computer; starts on first run"),
    EngineState.STARTING: QT_TRANSLATE_NOOP("LocalSourcesService", "Starting…"),
    EngineState.RUNNING: QT_TRANSLATE_NOOP("LocalSourcesService", "Running at {address}"),
}


def _no_token() -> str:
    return ""


class LocalSourcesService(QObject):
    """``changed`` after a source was added, replaced or removed, or the engine's state
    changed. The engine is always listed first."""

    changed = Signal()

    def __init__(self, engine_command: Sequence[str] | None = None, *,
                 find_spec: Callable[[str], Any] | None = None,
                 memory_budget_mb: Callable[[], int] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.engine = EngineProcess(engine_command, find_spec=find_spec,
                                    memory_budget_mb=memory_budget_mb, parent=self)
        self._servers: dict[str, LocalSource] = {}
        self._clients: dict[str, tuple[tuple[object, ...], HfInference]] = {}
        self.engine.state_changed.connect(self.changed)
        #: The models in the local Hub cache (read again after a download).
        self.cache = HubCacheModels(self)
        #: The user's Hugging Face token, for Hub downloads (app.py sets it; "": none).
        self.hub_token: Callable[[], str] = _no_token

    def sources(self) -> list[LocalSource]:
        return [self.engine_source(), *self._servers.values()]

    def source(self, source_id: str) -> LocalSource | None:
        return next((s for s in self.sources() if s.id == source_id), None)

    def put(self, source: LocalSource) -> None:
        """Add or replace a server (the engine's entry is the engine's own)."""
        if source.id == ENGINE_ID:
            raise ValueError("the local engine's entry is kept by its process")
        self._servers[source.id] = source
        self.changed.emit()

    def remove(self, source_id: str) -> None:
        if self._servers.pop(source_id, None) is not None:
            self.changed.emit()

    def engine_source(self) -> LocalSource:
        engine = self.engine
        running = engine.is_running()
        title = QCoreApplication.translate("LocalSourcesService", ENGINE_TITLE)
        return LocalSource(ENGINE_ID, title, SourceKind.ENGINE,
                           engine.url if running else "", engine.token if running else "",
                           healthy=engine.state not in (EngineState.FAILED,
                                                        EngineState.MISSING) and not engine.died)

    def detail(self, source: LocalSource) -> str:
        """The picker's second line for ``source``: the engine's state, a server's models."""
        if source.id != ENGINE_ID:
            count = len(source.models)
            if count == 1:
                listed = QCoreApplication.translate("LocalSourcesService", "1 model")
            elif count:
                listed = QCoreApplication.translate("LocalSourcesService", "{count} models").format(
                    count=count)
            else:
                listed = QCoreApplication.translate("LocalSourcesService", "models unknown")
            parts = [source.base_url, listed]
            if not source.healthy:
                parts.append(QCoreApplication.translate("LocalSourcesService", "not answering"))
            return " · ".join(parts)
        engine = self.engine
        if engine.message:
            return shown(engine.message)
        address = engine.url.removeprefix("http://")
        detail = _ENGINE_DETAIL.get(engine.state, "")
        if not detail:
            return ""
        return QCoreApplication.translate("LocalSourcesService", detail).format(address=address)

    def client_for(self, source: LocalSource, settings: Settings | None) -> HfInference:
        """The client of ``source`` (kept while its address, token and the settings' timeouts
        stay the same: its connections are reused)."""
        timeout: tuple[float, float] = DEFAULT_TIMEOUT
        call_deadline_s: float | None = None
        stream_idle_s: float | None = None
        if settings is not None:
            timeout = settings.timeout()
            call_deadline_s, stream_idle_s = settings.deadlines()
        key = (source.base_url, source.token, timeout, call_deadline_s, stream_idle_s)
        kept = self._clients.get(source.id)
        if kept is not None and kept[0] == key:
            return kept[1]
        client = local_client(source, timeout=timeout, call_deadline_s=call_deadline_s,
                              stream_idle_s=stream_idle_s)
        if kept is not None:
            kept[1].close()  # idle connections only: calls in flight finish on theirs
        self._clients[source.id] = (key, client)
        return client

    def shutdown(self) -> None:
        """Stop the engine and close the clients (the application quits)."""
        self.engine.stop()
        for _key, client in self._clients.values():
            client.close()
        self._clients.clear()
