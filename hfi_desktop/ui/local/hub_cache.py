"""The models in the local Hub cache, as the GUI knows them: read in a worker (no torch in
this process), again after a download; ``changed`` when the list is new."""

from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from hfi_desktop.bridge import create_task
from hfi_desktop.local.hub_cache import CachedModel, cached_models

if TYPE_CHECKING:
    from hfi_desktop.bridge import Bridge

log = logging.getLogger(__name__)


class HubCacheModels(QObject):
    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._models: list[CachedModel] | None = None
        self._task: asyncio.Task[None] | None = None

    def models(self) -> list[CachedModel] | None:
        """The cached models (None: not read yet)."""
        return None if self._models is None else list(self._models)

    def find(self, model_id: str) -> CachedModel | None:
        return next((m for m in self._models or () if m.id == model_id), None)

    def refresh(self, bridge: Bridge) -> None:
        """Read the cache again, in a worker (a read already running is enough)."""
        if self._task is not None and not self._task.done():
            return
        try:
            asyncio.get_running_loop()
        except RuntimeError:  # no loop runs the GUI (a bare test): nothing to read with
            return
        self._task = create_task(self._read(bridge), name="hub cache")

    async def _read(self, bridge: Bridge) -> None:
        try:
            models = await bridge.run(cached_models)
        except asyncio.CancelledError:
            return
        except OSError as error:
            log.warning("the Hub cache could not be read: %s", error)
            models = []
        self._models = models
        self.changed.emit()
