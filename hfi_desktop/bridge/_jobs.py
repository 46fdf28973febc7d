"""The bridge's book of work in flight: what to cancel on shutdown, and waiting for it to end."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable


@dataclass(eq=False)
class Job:
    """One call or stream handed to a worker; ``cancel`` must be thread-safe and quick."""

    kind: str
    cancel: Callable[[], None] = field(repr=False)


class Jobs:
    """A thread-safe set of jobs: added on the GUI thread, removed when the worker is done."""

    def __init__(self) -> None:
        self._changed = threading.Condition()
        self._jobs: set[Job] = set()
        self._idle_since: float | None = time.monotonic()  # None while jobs are in flight

    def add(self, kind: str, cancel: Callable[[], None]) -> Job:
        job = Job(kind, cancel)
        with self._changed:
            self._jobs.add(job)
            self._idle_since = None
        return job

    def remove(self, job: Job) -> None:
        with self._changed:
            self._jobs.discard(job)
            if not self._jobs and self._idle_since is None:
                self._idle_since = time.monotonic()
            self._changed.notify_all()

    def snapshot(self) -> list[Job]:
        with self._changed:
            return list(self._jobs)

    def __len__(self) -> int:
        with self._changed:
            return len(self._jobs)

    def idle_s(self) -> float:
        """Seconds since the last job ended (or since the start); 0 while jobs are in flight."""
        with self._changed:
            since = self._idle_since
        return 0.0 if since is None else time.monotonic() - since

    def wait_idle(self, timeout: float) -> bool:
        """Block until no job is left (True) or ``timeout`` seconds passed (False)."""
        with self._changed:
            return self._changed.wait_for(lambda: not self._jobs, timeout)
