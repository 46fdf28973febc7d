"""The tasks one object (a settings tab, the local server publisher) started: each kept
until it ends, asked whether any still runs, and all cancelled when the object closes.

    self._tasks = OwnedTasks("settings account")
    self._tasks.start(self._save(token))   # nothing runs without a running loop
    self._tasks.cancel()                   # on close
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .excepthook import create_task

if TYPE_CHECKING:
    import asyncio
    from collections.abc import Coroutine


class OwnedTasks:
    def __init__(self, name: str) -> None:
        self._name = name
        self._tasks: set[asyncio.Task[None]] = set()

    def start(self, coro: Coroutine[Any, Any, None]) -> None:
        """Run ``coro`` as a task named after the owner (see :func:`create_task`). Without a
        running loop (a bare widget test, before the app's loop starts) it is closed unrun."""
        try:
            task = create_task(coro, name=self._name)
        except RuntimeError:
            coro.close()
            return
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def busy(self) -> bool:
        """Whether one of them has not ended."""
        return any(not task.done() for task in self._tasks)

    def cancel(self) -> None:
        for task in list(self._tasks):
            task.cancel()
