"""The one place where work crosses threads: blocking calls run in workers, their results and
stream batches come back to the GUI thread through the asyncio loop on top of Qt (qasync).

Cancel from the GUI thread only through ``CallControl.cancel()``: it shuts the socket down and
returns at once, whereas closing a ``requests`` response on the GUI thread can block it until
the server sends again. Closing streams happens in the worker that iterates them.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TYPE_CHECKING, TypeVar

from hfi_desktop.inference import PYTHON_LANE, CallControl, InferenceCancelledError
from hfi_desktop.threads import lower_priority

from ._invoker import GuiInvoker
from ._jobs import Job, Jobs
from .stream import BatchStream, Channel, FrameTurns

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

T = TypeVar("T")

log = logging.getLogger(__name__)

WORKER_THREAD_NAME = "hfi-worker"


class Bridge:
    """Runs blocking work in worker threads for coroutines on the GUI thread's asyncio loop.

    One per application, created on the GUI thread (after the qasync loop is set). Its
    coroutines and iterators must be awaited on that loop. Any number of calls and streams may
    run at once (up to ``max_workers`` in parallel, the rest queue).
    """

    #: How long :meth:`shutdown` waits, at most, for cancelled workers to finish.
    shutdown_timeout_s: float = 1.0

    def __init__(self, max_workers: int = 8, *, frame_s: float = 1 / 60) -> None:
        self._executor = ThreadPoolExecutor(
            max_workers, thread_name_prefix=WORKER_THREAD_NAME, initializer=lower_priority)
        self._turns = FrameTurns(frame_s)  # the streams' batches: one per frame in all
        self._jobs = Jobs()
        self._invoker = GuiInvoker()
        self._closed = threading.Event()

    @property
    def active_calls(self) -> int:
        """Calls and streams whose worker has not finished (cancelled ones included)."""
        return len(self._jobs)

    @property
    def is_shut_down(self) -> bool:
        return self._closed.is_set()

    async def run(
        self, fn: Callable[[], T], *, control: CallControl | None = None, cpu: bool = False
    ) -> T:
        """Run ``fn`` in a worker thread; the await returns (or raises ``fn``'s exception) on the
        GUI thread. ``cpu``: ``fn`` runs Python flat out (no I/O), so it holds the PYTHON_LANE
        while it runs (it takes turns with stream parsing rather than contending with it for
        the GIL, which the GUI thread would wait behind).

        If the awaiting task is cancelled, ``control.cancel()`` is called, the await raises
        ``asyncio.CancelledError`` at once, and the worker finishes in the background; its late
        result is dropped. (Calling ``control.cancel()`` directly instead makes the await raise
        ``InferenceCancelledError`` once the worker has stopped, usually within milliseconds.)
        """
        loop = asyncio.get_running_loop()
        cancel = control.cancel if control is not None else _nothing
        job = self._new_job("run", cancel)
        future = self._submit(job, functools.partial(self._call, fn, cpu))
        try:
            return await asyncio.wrap_future(future, loop=loop)
        except asyncio.CancelledError:
            cancel()
            raise

    def start(self, fn: Callable[[], T]) -> Future[T]:
        """Start ``fn`` in a worker at once, even before the loop runs: for start-up work the
        first window need not wait for. Await it later with ``asyncio.wrap_future``."""
        job = self._new_job("run", _nothing)
        return self._submit(job, functools.partial(self._call, fn, False))

    def stream(
        self,
        open_stream: Callable[[], Iterator[T]],
        *,
        control: CallControl | None = None,
        frame_s: float = 1 / 60,
    ) -> BatchStream[T]:
        """An async iterator of event batches, at most one per ``frame_s``; see BatchStream.
        The bridge's streams also take turns: one batch of any of them per frame (the
        bridge's ``frame_s``), so n fast streams get a batch every n frames each.

        ``open_stream`` is called in the worker, which then iterates what it returns (so the
        request is sent there) and closes it (``close()``) when done or cancelled. Pass the
        call's ``control``: without one a cancel takes effect only at the next event.
        """
        return BatchStream(open_stream, control, frame_s, self._start_stream, self._turns)

    def idle_s(self) -> float:
        """Seconds since the last call or stream ended; 0 while any is running."""
        return self._jobs.idle_s()

    async def quiet(self, *, for_s: float = 0.3, at_most_s: float = 10.0) -> None:
        """Wait until no call or stream has run for ``for_s`` (``at_most_s`` at most): for
        work that can wait, so that it does not compete with running calls for the GIL."""
        loop = asyncio.get_running_loop()
        started = loop.time()
        while loop.time() - started < at_most_s:
            if min(self.idle_s(), loop.time() - started) >= for_s:
                return  # quiet that long, and seen so here (a call just queued starts)
            await asyncio.sleep(min(0.05, for_s))

    def loading_callback(self, fn: Callable[[float], None]) -> Callable[[float], None]:
        """Wrap ``fn`` so that calling the wrapper from any thread runs ``fn`` on the GUI thread
        (later, in order); for ``CallControl(on_loading=...)``. Dropped after shutdown."""
        invoker = self._invoker

        def on_loading(estimated_time_s: float) -> None:
            invoker.post(functools.partial(fn, estimated_time_s))

        return on_loading

    def gui_callback(self, fn: Callable[[T], None]) -> Callable[[T], None]:
        """Wrap ``fn`` so that calling the wrapper from any thread runs ``fn`` on the GUI thread
        (later, in order): a worker's progress reports. Dropped after shutdown."""
        invoker = self._invoker

        def on_gui(value: T) -> None:
            invoker.post(functools.partial(fn, value))

        return on_gui

    def shutdown(self) -> None:
        """Cancel every call and stream and stop the workers; blocks at most about
        ``shutdown_timeout_s`` waiting for them. Idempotent. Awaiting coroutines still get the
        workers' outcome (InferenceCancelledError) if the loop keeps running."""
        if self._closed.is_set():
            return
        self._closed.set()
        self._invoker.close()
        for job in self._jobs.snapshot():
            job.cancel()
        self._executor.shutdown(wait=False, cancel_futures=False)  # queued jobs end at once
        if not self._jobs.wait_idle(self.shutdown_timeout_s):
            left = ", ".join(job.kind for job in self._jobs.snapshot())
            log.warning("shutdown: workers still running after cancel: %s", left or "none")

    # -- internals ----------------------------------------------------------------------------

    def _new_job(self, kind: str, cancel: Callable[[], None]) -> Job:
        if self._closed.is_set():
            raise RuntimeError("the bridge is shut down")
        return self._jobs.add(kind, cancel)

    def _submit(self, job: Job, work: Callable[[], T]) -> Future[T]:
        try:
            future = self._executor.submit(work)
        except BaseException:
            self._jobs.remove(job)
            raise
        # Runs in the worker once it is done (before the result is handed to the loop: this
        # callback is the first), or here if the future is cancelled while queued.
        future.add_done_callback(functools.partial(_forget, self._jobs, job))
        return future

    def _call(self, fn: Callable[[], T], cpu: bool) -> T:
        if self._closed.is_set():
            raise InferenceCancelledError("the application is shutting down")
        if cpu:
            with PYTHON_LANE:
                return fn()
        return fn()

    def _start_stream(self, channel: Channel[T], open_stream: Callable[[], Iterator[T]]) -> None:
        job = self._new_job("stream", channel.halt)
        channel.on_exit = functools.partial(self._jobs.remove, job)
        self._submit(job, functools.partial(channel.pump, open_stream))


def _nothing() -> None:
    pass


def _forget(jobs: Jobs, job: Job, _future: Future[object]) -> None:
    jobs.remove(job)
