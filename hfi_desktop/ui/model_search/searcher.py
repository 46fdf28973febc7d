"""Searching the Hub as the user types: debounced, in a worker, newest query wins.

A newer query supersedes a running search: its task is cancelled and, should its answer
still arrive, it is ignored (napari's rule). Failures are reported by signal, never raised.
"""

from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from hfi_desktop.bridge import create_task
from hfi_desktop.hub import HubClient, HubError, ModelHit

if TYPE_CHECKING:
    from .context import ModelSearchContext

log = logging.getLogger(__name__)


class HubSearch(QObject):
    """``schedule(query)`` after each keystroke; ``found(query, hits)`` or
    ``failed(query, message)`` for the last query only."""

    found = Signal(str, object)  # query, list[ModelHit]
    failed = Signal(str, str)  # query, message
    started = Signal(str)

    def __init__(self, context: ModelSearchContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(context.delay_ms)
        self._timer.timeout.connect(self._fire)
        self._pending = ""
        self._generation = 0
        self._task: asyncio.Task[None] | None = None
        #: Queries sent to the Hub, in order (for tests and diagnostics).
        self.sent: list[str] = []

    def schedule(self, query: str) -> None:
        """Search ``query`` once typing pauses (restarts the wait)."""
        self._pending = query
        self._timer.start()

    def search_now(self, query: str) -> None:
        self._timer.stop()
        self._pending = query
        self._fire()

    def cancel(self) -> None:
        """Forget the pending and the running search (their answers are ignored)."""
        self._timer.stop()
        self._generation += 1
        if self._task is not None and not self._task.done():
            self._task.cancel()
        self._task = None

    def is_busy(self) -> bool:
        return self._timer.isActive() or (self._task is not None and not self._task.done())

    def _fire(self) -> None:
        query = self._pending
        self.cancel()
        generation = self._generation
        try:
            asyncio.get_running_loop()
        except RuntimeError:  # no asyncio loop runs (a bare widget in a test): no search
            log.debug("no event loop: the Hub is not searched")
            self.failed.emit(query, QCoreApplication.translate(
                "HubSearch", "the Hub cannot be searched now"))
            return
        self._task = create_task(self._search(query, generation), name="hub search")
        self.sent.append(query)
        self.started.emit(query)

    async def _search(self, query: str, generation: int) -> None:
        context = self.context
        hub, url, tag = context.hub, context.hub_url(), context.pipeline_tag
        token = context.token()
        task = context.provider_task if context.served() else None
        try:
            hits: list[ModelHit] = await context.bridge.run(
                lambda: search(hub, url, tag, query, token, task))
        except asyncio.CancelledError:
            return  # superseded
        except HubError as error:
            message = str(error)
        except Exception as error:  # a search must never take the field down
            log.warning("Hub search failed: %s", error, exc_info=True)
            message = QCoreApplication.translate(
                "HubSearch", "the search failed: {error}").format(error=error)
        else:
            if generation == self._generation:
                self.found.emit(query, hits)
            return
        log.info("Hub search for %r failed: %s", query, message)
        if generation == self._generation:
            self.failed.emit(query, message)



def search(hub: HubClient, url: str, tag: str | None, query: str, token: str | None,
           task: str | None) -> list[ModelHit]:
    """The Hub's models for ``query`` (blocking). With ``task`` (the mapping's task name):
    those an Inference Provider serves for it first (their hits carry the mapping), then the
    others; the served search failing leaves the others."""
    hits = hub.search_models(url, pipeline_tag=tag, query=query, token=token)
    if task is None:
        return hits
    try:
        found = hub.search_models(url, pipeline_tag=tag, query=query, token=token,
                                  inference_provider="all")
    except HubError as error:
        log.info("no served models for %r: %s", query, error)
        return hits
    served = [hit for hit in found if hit.providers_for(task)]
    ids = {hit.id for hit in served}
    return served + [hit for hit in hits if hit.id not in ids]
