"""The saved local server profiles, kept in the provider picker's list of local sources: put
there at start-up and whenever Settings ▸ Local servers changes them, then each asked (in a
worker) for its models and health, which its source is given when they come."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from hfi_desktop.bridge import create_task
from hfi_desktop.local.discovery import DEFAULT_TIMEOUT_S, Status, probe
from hfi_desktop.local.profiles import ServerProfile, SourceSink, publish
from hfi_desktop.storage import settings as keys

if TYPE_CHECKING:
    import asyncio

    from hfi_desktop.bridge import Bridge
    from hfi_desktop.storage.settings import Settings


class LocalServerPublisher(QObject):
    def __init__(self, settings: Settings, bridge: Bridge, sink: SourceSink,
                 parent: QObject | None = None, *,
                 probe_timeout_s: float = DEFAULT_TIMEOUT_S) -> None:
        super().__init__(parent)
        self._settings = settings
        self._bridge = bridge
        self._sink = sink
        self._timeout_s = probe_timeout_s
        self._tasks: set[asyncio.Task[None]] = set()
        settings.service.changed.connect(self._on_changed)
        self.publish()

    def publish(self) -> None:
        """The profiles into the sink at once, then their models and health as they come."""
        profiles = self._settings.local_servers()
        publish(profiles, self._sink)
        for profile in profiles:
            try:
                task = create_task(self._refresh(profile), name="local server models")
            except RuntimeError:  # no running loop yet: the sources stay without models
                continue
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)

    async def _refresh(self, profile: ServerProfile) -> None:
        timeout_s = self._timeout_s
        finding = await self._bridge.run(lambda: probe(profile.url, timeout_s=timeout_s))
        if profile not in self._settings.local_servers():
            return  # removed or changed meanwhile
        if finding.status is Status.FOUND and finding.source is not None:
            self._sink.put(profile.source(finding.source.models, finding.source.healthy))
        else:
            self._sink.put(profile.source(healthy=False))

    def busy(self) -> bool:
        return any(not task.done() for task in self._tasks)

    def close(self) -> None:
        for task in list(self._tasks):
            task.cancel()
        self._settings.service.changed.disconnect(self._on_changed)

    def _on_changed(self, changed: frozenset[str]) -> None:
        if keys.LOCAL_SERVERS in changed:
            self.publish()
