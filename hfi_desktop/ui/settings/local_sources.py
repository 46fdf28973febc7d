"""The saved local server profiles, kept in the provider picker's list of local sources: put
there at start-up and whenever Settings ▸ Local servers changes them, then each asked (in a
worker) for its models and health, which its source is given when they come."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from hfi_desktop.bridge import OwnedTasks
from hfi_desktop.local.discovery import DEFAULT_TIMEOUT_S, Status, probe
from hfi_desktop.local.profiles import ServerProfile, SourceSink, publish
from hfi_desktop.storage import settings as keys

if TYPE_CHECKING:
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
        self._tasks = OwnedTasks("local server models")
        settings.service.changed.connect(self._on_changed)
        self.publish()

    def publish(self) -> None:
        """The profiles into the sink at once, then their models and health as they come."""
        profiles = self._settings.local_servers()
        publish(profiles, self._sink)
        for profile in profiles:  # no running loop yet: the sources stay without models
            self._tasks.start(self._refresh(profile))

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
        return self._tasks.busy()

    def close(self) -> None:
        self._tasks.cancel()
        self._settings.service.changed.disconnect(self._on_changed)

    def _on_changed(self, changed: frozenset[str]) -> None:
        if keys.LOCAL_SERVERS in changed:
            self.publish()
