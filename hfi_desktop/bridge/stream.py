"""A blocking stream iterated in a worker, delivered to the GUI thread in frame-paced batches.

The worker appends events to a lock-protected buffer and wakes the GUI side (with
``loop.call_soon_threadsafe``) only when the buffer goes from empty to non-empty, so a fast
stream costs one GUI wake-up per batch, not one per event. The consumer takes everything
buffered as one list, then waits until ``frame_s`` has passed since its previous batch before
taking the next one: a view repaints at most once per frame however fast events arrive. The
streams of one bridge also take turns (FrameTurns), so that their repaints do not pile up in
one frame.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
import weakref
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from hfi_desktop.inference import CallControl, InferenceCancelledError

if TYPE_CHECKING:
    from types import TracebackType

T = TypeVar("T")

log = logging.getLogger(__name__)


@dataclass
class StreamStats:
    """Counters of one stream, for tests and benchmarks."""

    events: int = 0  #: events the worker received
    batches: int = 0  #: batches handed to the consumer
    wakeups: int = 0  #: times the worker woke the GUI thread


class Channel(Generic[T]):
    """What the worker (producer) and the GUI side (consumer) of one stream share."""

    def __init__(
        self, loop: asyncio.AbstractEventLoop, control: CallControl | None, stats: StreamStats
    ) -> None:
        self.loop = loop
        self.control = control
        self.stats = stats
        self._lock = threading.Lock()
        self._buffer: list[T] = []
        self._done = False
        self._error: BaseException | None = None
        self._halted = threading.Event()  # stop iterating (shutdown, or the consumer left)
        self._abandoned = threading.Event()  # the consumer left: nothing is delivered any more
        self._waiter: asyncio.Future[None] | None = None  # GUI thread only
        #: Called by the worker when it is through with the stream, before the consumer can
        #: see the end (so that "the stream ended" implies "its worker is done").
        self.on_exit: Callable[[], None] | None = None

    # -- any thread ---------------------------------------------------------------------------

    def halt(self) -> None:
        """Stop the worker promptly (shutdown); the consumer gets InferenceCancelledError."""
        self._halted.set()
        with self._lock:
            done = self._done
        if not done and self.control is not None:
            self.control.cancel()

    def abandon(self) -> None:
        """The consumer is gone: stop the worker promptly and drop whatever it still has."""
        self._abandoned.set()
        self.halt()

    # -- worker thread ------------------------------------------------------------------------

    def pump(self, open_stream: Callable[[], Iterator[T]]) -> None:
        """Open and iterate the stream (the first ``next()`` sends the request), then close it."""
        iterator: Iterator[T] | None = None
        try:
            if self._halted.is_set():
                raise InferenceCancelledError("the call was cancelled")
            iterator = open_stream()
            for item in iterator:
                if self._halted.is_set():
                    raise InferenceCancelledError("the call was cancelled")
                with self._lock:
                    was_empty = not self._buffer
                    self._buffer.append(item)
                    self.stats.events += 1
                if was_empty:
                    self._wake()
        except BaseException as exc:  # delivered to the consumer, after the events before it
            if not self._abandoned.is_set():
                with self._lock:
                    self._error = exc
        finally:
            _close(iterator)
            if self.on_exit is not None:
                self.on_exit()
            with self._lock:
                self._done = True
            self._wake()

    def _wake(self) -> None:
        if self._abandoned.is_set():
            return
        self.stats.wakeups += 1
        with contextlib.suppress(RuntimeError):  # the loop is closed: nobody is listening
            self.loop.call_soon_threadsafe(self._on_wake)

    # -- GUI thread ---------------------------------------------------------------------------

    def _on_wake(self) -> None:
        waiter = self._waiter
        if waiter is not None and not waiter.done():
            waiter.set_result(None)

    def finished(self) -> bool:
        with self._lock:
            return self._done and not self._buffer

    async def ready(self) -> None:
        """Wait until something is buffered or the stream ended."""
        while True:
            with self._lock:
                if self._buffer or self._done:
                    return
                waiter: asyncio.Future[None] = self.loop.create_future()
                self._waiter = waiter
            try:
                await waiter
            finally:
                self._waiter = None

    def take(self) -> list[T] | None:
        """Everything buffered (after ``ready()``); None once the stream ended (raising the
        worker's exception, if it had one, after the last batch)."""
        with self._lock:
            if self._buffer:
                batch, self._buffer = self._buffer, []
                return batch
            error, self._error = self._error, None
        if error is not None:
            raise error
        return None


class FrameTurns:
    """Spaces the batches of all streams over time: one every ``interval_s`` in all, in the
    order asked (GUI thread only).

    Each batch shown costs the GUI thread a repaint of its view (a few ms for a window of
    text): several streams delivering in the same frame would stack their repaints into
    one long pause. Taking turns, n fast streams each get a batch every n frames.
    """

    def __init__(self, interval_s: float) -> None:
        self.interval_s = interval_s
        self._next_at = float("-inf")

    async def turn(self) -> None:
        """Wait for the next free turn (reserved at once, so turns go in call order)."""
        now = asyncio.get_running_loop().time()
        at = max(now, self._next_at)
        self._next_at = at + self.interval_s
        if at > now:
            await asyncio.sleep(at - now)


def _close(iterator: Iterator[object] | None) -> None:
    close = getattr(iterator, "close", None)
    if callable(close):
        try:
            close()
        except Exception:
            log.warning("closing a stream failed", exc_info=True)


Starter = Callable[["Channel[T]", Callable[[], Iterator[T]]], None]


class BatchStream(AsyncIterator[list[T]]):
    """``async for batch in bridge.stream(...)``: lists of events, at most one per ``frame_s``.

    Iterate it on the GUI thread's loop. The worker starts on the first ``__anext__``. The
    worker's exception is raised here after all earlier events. Cancelling the consuming task or
    calling :meth:`aclose` (``async with`` does it too) cancels the call and the worker stops;
    events not yet handed out are dropped. Leaving an ``async for`` with ``break`` does not
    close an async iterator: use ``async with bridge.stream(...) as batches`` for that (a stream
    that is garbage-collected is cancelled too).
    """

    def __init__(
        self,
        open_stream: Callable[[], Iterator[T]],
        control: CallControl | None,
        frame_s: float,
        start: Starter[T],
        turns: FrameTurns | None = None,
    ) -> None:
        if frame_s < 0:
            raise ValueError(f"frame_s must be >= 0, got {frame_s!r}")
        self._open_stream = open_stream
        self._control = control
        self._frame_s = frame_s
        self._start = start
        self._turns = turns
        self._channel: Channel[T] | None = None
        self._finalizer: weakref.finalize[..., Any] | None = None
        self._last_batch_at: float | None = None
        self._closed = False
        self.stats = StreamStats()

    @property
    def control(self) -> CallControl | None:
        return self._control

    def __aiter__(self) -> BatchStream[T]:
        return self

    async def __anext__(self) -> list[T]:
        if self._closed:
            raise StopAsyncIteration
        loop = asyncio.get_running_loop()
        channel = self._channel or self._open(loop)
        try:
            await channel.ready()
            if not channel.finished():
                await self._pace(loop)
            batch = channel.take()
        except asyncio.CancelledError:
            self._abandon()
            raise
        except BaseException:
            self._finish()
            raise
        if batch is None:
            self._finish()
            raise StopAsyncIteration
        self._last_batch_at = loop.time()
        channel.stats.batches += 1
        return batch

    async def aclose(self) -> None:
        """Cancel the call (if still running) and stop the worker; returns at once."""
        self._abandon()

    async def __aenter__(self) -> BatchStream[T]:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    def _open(self, loop: asyncio.AbstractEventLoop) -> Channel[T]:
        channel: Channel[T] = Channel(loop, self._control, self.stats)
        self._start(channel, self._open_stream)  # raises if the bridge is shut down
        self._channel = channel
        self._finalizer = weakref.finalize(self, channel.abandon)
        return channel

    async def _pace(self, loop: asyncio.AbstractEventLoop) -> None:
        """Wait until frame_s has passed since the previous batch, then for a turn among all
        streams; always let the loop run."""
        if self._last_batch_at is not None:
            delay = self._last_batch_at + self._frame_s - loop.time()
            if delay <= 0:
                await asyncio.sleep(0)  # the consumer was slow: still give Qt a turn
            while delay > 0:
                await asyncio.sleep(delay)
                delay = self._last_batch_at + self._frame_s - loop.time()
        if self._turns is not None:
            await self._turns.turn()

    def _finish(self) -> None:
        self._closed = True
        if self._finalizer is not None:
            self._finalizer.detach()

    def _abandon(self) -> None:
        if self._closed:
            return
        self._finish()
        if self._channel is not None:
            self._channel.abandon()
