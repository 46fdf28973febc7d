"""Overall deadlines: one watchdog thread fires each call's deadline when it passes.

A socket's read timeout only bounds each ``recv``: a server that sends a byte a second, or a
keep-alive comment now and then, never trips it. A deadline bounds the whole exchange (or, for
a stream, the time since its last event); when one passes, the watchdog calls its ``fire``
(the call's :meth:`CallControl.expire`, which shuts the call's sockets down).
"""

from __future__ import annotations

import contextlib
import heapq
import itertools
import threading
import time
from collections.abc import Callable

#: What a deadline calls when it passes: False means "not now" (the deadline is restarted).
Fire = Callable[[], bool | None]


class Deadline:
    """An armed deadline: ``fire()`` runs once when it passes, unless disarmed first (or
    again ``seconds`` later each time it returns False)."""

    __slots__ = ("_fire", "armed", "at", "seconds")

    def __init__(self, seconds: float, fire: Fire) -> None:
        self.seconds = seconds
        self.at = time.monotonic() + seconds
        self.armed = True
        self._fire = fire

    def restart(self) -> None:
        """Count ``seconds`` from now again (one assignment: called on every stream event)."""
        self.at = time.monotonic() + self.seconds

    def disarm(self) -> None:
        if self.armed:
            self.armed = False
            _WATCHDOG.forget()


class _Watchdog:
    """The deadlines in a heap by due time, and the one daemon thread that waits for the
    first. A restarted deadline is put back in place when its old due time comes up; a
    disarmed one is dropped then (or when they pile up, see :meth:`forget`)."""

    def __init__(self) -> None:
        self._heap: list[tuple[float, int, Deadline]] = []
        self._order = itertools.count()
        self._disarmed = 0
        self._wake = threading.Condition()
        self._thread: threading.Thread | None = None

    def arm(self, seconds: float, fire: Fire) -> Deadline:
        return self._queue(Deadline(seconds, fire))

    def _queue(self, deadline: Deadline) -> Deadline:
        with self._wake:
            heapq.heappush(self._heap, (deadline.at, next(self._order), deadline))
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._run, name="hfi-deadlines", daemon=True
                )
                self._thread.start()
            if self._heap[0][2] is deadline:
                self._wake.notify()
        return deadline

    def forget(self) -> None:
        """A deadline was disarmed: drop the disarmed ones once they are most of the heap,
        so that many short calls under a long deadline do not pile up."""
        with self._wake:
            self._disarmed += 1
            if self._disarmed > 64 and self._disarmed * 2 > len(self._heap):
                self._heap = [entry for entry in self._heap if entry[2].armed]
                heapq.heapify(self._heap)
                self._disarmed = 0

    def _next_due(self) -> Deadline:
        with self._wake:
            while True:
                if not self._heap:
                    self._wake.wait()
                    continue
                due, _, deadline = self._heap[0]
                if not deadline.armed:
                    heapq.heappop(self._heap)
                    self._disarmed = max(0, self._disarmed - 1)
                elif deadline.at > due:  # restarted since: back in place
                    heapq.heapreplace(self._heap, (deadline.at, next(self._order), deadline))
                elif due > (now := time.monotonic()):
                    self._wake.wait(due - now)
                else:
                    heapq.heappop(self._heap)
                    deadline.armed = False
                    return deadline

    def _run(self) -> None:
        while True:
            deadline = self._next_due()
            with contextlib.suppress(Exception):  # one failing must not stop the others
                if deadline._fire() is False:  # outside the lock: it shuts sockets down
                    deadline.restart()
                    deadline.armed = True
                    self._queue(deadline)


_WATCHDOG = _Watchdog()


def arm(seconds: float, fire: Fire) -> Deadline:
    """Call ``fire()`` (in the watchdog's thread) ``seconds`` from now, unless disarmed."""
    return _WATCHDOG.arm(seconds, fire)
