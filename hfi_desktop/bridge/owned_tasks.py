"""The tasks one object (a settings tab, the local server publisher) started: each kept
until it ends, asked whether any still runs, and all cancelled when the object closes.

    self._tasks = OwnedTasks("settings account")
    self._tasks.start(self._save(token))   # nothing runs without a running loop
    self._tasks.cancel()                   # on close
    self._tasks.after(window.running_tasks(), window.deleteLater)  # once they have ended
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, Any

from .excepthook import create_task

if TYPE_CHECKING:
    from collections.abc import Callable, Collection, Coroutine


class OwnedTasks:
    def __init__(self, name: str) -> None:
        self._name = name
        self._tasks: set[asyncio.Task[None]] = set()

    def start(self, coro: Coroutine[Any, Any, None]) -> asyncio.Task[None] | None:
        """Run ``coro`` as a task named after the owner (see :func:`create_task`); the task.
        Without a running loop (a bare widget test, before the app's loop starts) it is
        closed unrun: None."""
        try:
            task = create_task(coro, name=self._name)
        except RuntimeError:
            coro.close()
            return None
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    def running(self) -> set[asyncio.Task[None]]:
        """The ones that have not ended."""
        return {task for task in self._tasks if not task.done()}

    def after(self, pending: Collection[asyncio.Task[Any]], then: Callable[[], object]) -> None:
        """Call ``then()`` once every task of ``pending`` has ended: at once when none is
        left, or when no loop runs to wait on (the application is closing)."""
        left = {task for task in pending if not task.done()}

        async def wait() -> None:
            await asyncio.wait(left)
            then()

        if not left or self.start(wait()) is None:
            then()

    def busy(self) -> bool:
        """Whether one of them has not ended."""
        return any(not task.done() for task in self._tasks)

    def cancel(self) -> None:
        for task in list(self._tasks):
            task.cancel()
