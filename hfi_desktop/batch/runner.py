"""Runs a batch: every input x every target, on an asyncio loop, unattended.

No threads of its own: each blocking step (reading a file input, the HTTP call, appending to
the batch file) goes through ``offload`` (the app's ``Bridge.run``; tests:
``loop.run_in_executor``). Calls to one host (the host of the target's client URL) run at
most ``plan.concurrency_per_host`` at once: one pool of that many workers per host, each
taking the next cell of its host, row by row. A 429 waits for its Retry-After (capped at
``max_wait_s``) and retries; a 503 "loading" waits for its estimated time and retries; each
try counts as an attempt, and after ``max_attempts`` the cell fails with the last error. Any
other failure ends the cell failed with a user-facing, token-redacted error: the batch never
stops on a failed cell. Cells the journal has already finished are skipped (resume).
"""

from __future__ import annotations

import asyncio
import dataclasses
import functools
import time
from collections import deque
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, Protocol, TypeVar
from urllib.parse import urlsplit

from hfi_desktop.catalog import FormError, build_request, invoke, task
from hfi_desktop.inference import (
    CallControl,
    EventStream,
    InferenceCancelledError,
    ModelLoadingError,
    Options,
    RateLimitError,
)
from hfi_desktop.present.error_messages import error_view
from hfi_desktop.present.run_stats import cost_of, usage_of
from hfi_desktop.present.stream_text import event_text
from hfi_desktop.redaction import redact

from .journal import BatchFileError
from .model import BatchProgress, CellOutcome, FileRef
from .sources import SourceError, load_file

if TYPE_CHECKING:
    from hfi_desktop.catalog import CallRequest, TaskSpec
    from hfi_desktop.inference import HfInference
    from hfi_desktop.present.run_stats import Price

    from .journal import BatchJournal
    from .model import BatchInput, BatchPlan, BatchTarget

T = TypeVar("T")

#: A 429's Retry-After or a 503's estimated time longer than this is waited this long.
MAX_WAIT_S = 60.0
#: Tries of one cell (429s and 503s included) before it fails.
MAX_ATTEMPTS = 6
#: Waited after a 429/503 that names no time.
DEFAULT_WAIT_S = 1.0


class Offload(Protocol):
    """Runs a blocking function off the loop (a worker thread) and awaits its result."""

    def __call__(self, fn: Callable[[], T], /) -> Awaitable[T]: ...


PriceOf = Callable[["BatchTarget", "str | None"], "Price | None"]


class _Cancelled(Exception):
    """The batch was cancelled while this cell waited or ran: it is not recorded."""


@dataclasses.dataclass
class _Waiting:
    host: str
    why: str
    until: float


class BatchRunner:
    """One run of ``plan`` into ``journal``. ``client_for`` gives each target's client (asked
    once per target, on the loop); ``price_of(target, provider)`` the price of the provider
    that answered, for the cost (blocking: called through ``offload``; None: no costs);
    ``sleep`` and ``clock`` are the loop's, replaceable in tests."""

    def __init__(
        self,
        plan: BatchPlan,
        journal: BatchJournal,
        *,
        client_for: Callable[[BatchTarget], HfInference],
        offload: Offload,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        clock: Callable[[], float] = time.monotonic,
        price_of: PriceOf | None = None,
        max_attempts: int = MAX_ATTEMPTS,
        max_wait_s: float = MAX_WAIT_S,
    ) -> None:
        self._plan = plan
        self._journal = journal
        self._spec: TaskSpec = task(plan.task_id)
        self._client_for = client_for
        self._offload = offload
        self._sleep = sleep
        self._clock = clock
        self._price_of = price_of
        self._max_attempts = max(1, max_attempts)
        self._max_wait_s = max_wait_s
        # The runner decides about waiting for a loading model (the client would block a
        # worker for it): it asks for the 503 and waits on the loop.
        base = Options.coerce(dict(plan.options)) if plan.options else Options()
        self._options = dataclasses.replace(base, retry_on_error=False)
        self._clients: dict[int, HfInference] = {}
        self._controls: set[CallControl] = set()
        self._waiting: dict[int, _Waiting] = {}
        self._recording: set[asyncio.Future[None]] = set()
        self._sleepers: set[asyncio.Future[None]] = set()
        self._unwritable: OSError | None = None
        self._running = asyncio.Event()
        self._running.set()
        self._cancelled = False
        self._on_progress: Callable[[BatchProgress], None] | None = None
        finished = journal.outcomes.values()
        self._done = sum(1 for o in finished if o.status == "done")
        self._failed = sum(1 for o in finished if o.status == "failed")
        self._finished_now = 0  # cells finished in this run (for the ETA)
        self._active_s = 0.0  # time run, not paused, before ``_since``
        self._since: float | None = None

    # -- control ----------------------------------------------------------------------------

    async def run(self, on_outcome: Callable[[CellOutcome], None],
                  on_progress: Callable[[BatchProgress], None] | None = None) -> None:
        """Run every unfinished cell; ``on_outcome`` gets each one as it is recorded (on the
        loop), ``on_progress`` each change of the progress (a cell, a wait, pause/resume).
        Returns when every cell is finished, or soon after :meth:`cancel`; raises
        BatchFileError (after cancelling the rest) when the batch file cannot be written."""
        self._on_progress = on_progress
        queues: dict[str, deque[tuple[BatchInput, int]]] = {}
        for row in self._plan.inputs:
            for index, target in enumerate(self._plan.targets):
                if (row.key, index) in self._journal.outcomes:
                    continue
                queues.setdefault(self._host(index, target), deque()).append((row, index))
        self._since = self._clock() if self._running.is_set() else None
        limit = max(1, self._plan.concurrency_per_host)
        workers = [
            self._worker(host, queue, on_outcome)
            for host, queue in queues.items()
            for _ in range(min(limit, len(queue)))
        ]
        self._report()
        try:
            await asyncio.gather(*workers)
            while self._recording:
                await asyncio.gather(*self._recording)
        except asyncio.CancelledError:  # the task running the batch was cancelled
            self.cancel()
            raise
        finally:
            await asyncio.shield(self._offload(self._journal.close))
            self._pause_clock()
            self._report()
        if self._unwritable is not None:
            error = self._unwritable
            raise BatchFileError(f"{self._journal.path}: cannot be written "
                                 f"({error.strerror or error}); the batch stopped") from error

    def pause(self) -> None:
        """Start no new call (calls in flight finish and are recorded)."""
        if self._running.is_set() and not self._cancelled:
            self._running.clear()
            self._pause_clock()
            self._report()

    def resume(self) -> None:
        if not self._running.is_set():
            self._running.set()
            self._since = self._clock()
            self._report()

    def cancel(self) -> None:
        """Stop: calls in flight are aborted and not recorded (a resume runs them again)."""
        self._cancelled = True
        for control in list(self._controls):
            control.cancel()
        for sleeper in list(self._sleepers):
            sleeper.cancel()
        self._running.set()  # wake the paused workers, which then stop

    @property
    def paused(self) -> bool:
        return not self._running.is_set()

    def progress(self) -> BatchProgress:
        total = self._plan.cells()
        remaining = max(0, total - self._done - self._failed)
        active = self._active_s + (self._clock() - self._since if self._since is not None else 0)
        eta = remaining * active / self._finished_now if self._finished_now else None
        waiting = None
        if self._waiting:
            soonest = min(self._waiting.values(), key=lambda w: w.until)
            left = max(0.0, soonest.until - self._clock())
            waiting = f"{soonest.host}: {soonest.why}, waiting {left:.0f} s"
        return BatchProgress(self._done, self._failed, remaining, eta,
                             paused=self.paused, waiting=waiting)

    # -- cells ------------------------------------------------------------------------------

    def _host(self, index: int, target: BatchTarget) -> str:
        client = self._clients.get(index)
        if client is None:
            client = self._clients[index] = self._client_for(target)
        if target.model.startswith(("http://", "https://")):
            url = target.model
        elif (target.provider or client.provider) not in (None, "hf-inference"):
            url = client.router_url
        else:
            url = client.base_url
        return urlsplit(url).netloc.lower() or url

    async def _worker(self, host: str, queue: deque[tuple[BatchInput, int]],
                      on_outcome: Callable[[CellOutcome], None]) -> None:
        while queue and not self._cancelled:
            await self._running.wait()
            if self._cancelled or not queue:
                return
            row, index = queue.popleft()
            try:
                outcome = await self._cell(host, row, index)
            except _Cancelled:
                return
            # Recorded while this worker's next call goes out: the slot is not held by it.
            recording = asyncio.ensure_future(self._record(outcome, on_outcome))
            self._recording.add(recording)
            recording.add_done_callback(self._recording.discard)

    async def _record(self, outcome: CellOutcome, on_outcome: Callable[[CellOutcome], None]
                      ) -> None:
        try:
            stored = await self._offload(functools.partial(self._journal.record, outcome))
        except OSError as exc:  # the disk is full, the folder gone: no call is worth making
            if self._unwritable is None:
                self._unwritable = exc
                self.cancel()
            return
        if stored.status == "done":
            self._done += 1
        else:
            self._failed += 1
        self._finished_now += 1
        on_outcome(stored)
        self._report()

    async def _cell(self, host: str, row: BatchInput, index: int) -> CellOutcome:
        target = self._plan.targets[index]
        client = self._clients[index]
        attempts = 0
        latency = 0.0
        try:
            request = await self._request(row, target)
        except (FormError, SourceError) as exc:
            return self._failure(row, index, str(exc), 0.0, 0)
        while True:
            attempts += 1
            control = CallControl()
            self._controls.add(control)
            started = self._clock()
            try:
                result = await self._offload(functools.partial(_call, client, request, control))
            except InferenceCancelledError:
                if self._cancelled:
                    raise _Cancelled from None
                return self._failed_with(row, index, InferenceCancelledError("cancelled"),
                                         self._clock() - started, attempts)
            except (RateLimitError, ModelLoadingError) as exc:
                latency = self._clock() - started
                if attempts >= self._max_attempts:
                    return self._failed_with(row, index, exc, latency, attempts)
                await self._wait(host, index, exc)
                continue
            except Exception as exc:  # any failure is this cell's, never the batch's
                return self._failed_with(row, index, exc, self._clock() - started, attempts)
            finally:
                self._controls.discard(control)
            latency = self._clock() - started
            break
        usage = usage_of(result)
        cost = None
        if self._price_of is not None and usage is not None:
            provider = control.response.provider if control.response else None
            price = await self._offload(functools.partial(self._price_of, target, provider))
            cost = cost_of(usage, price)
        return CellOutcome(row.key, index, "done", result, None, latency,
                           usage.total if usage else None, cost, attempts)

    async def _request(self, row: BatchInput, target: BatchTarget) -> CallRequest:
        values: dict[str, object] = {}
        for key, value in row.values.items():
            values[key] = await self._offload(functools.partial(load_file, value)) \
                if isinstance(value, FileRef) else value
        return build_request(self._spec, values, self._plan.parameters, model=target.model,
                             options=self._options, provider=target.provider)

    async def _wait(self, host: str, index: int, error: RateLimitError | ModelLoadingError
                    ) -> None:
        if isinstance(error, RateLimitError):
            seconds, why = error.retry_after, "rate limited (HTTP 429)"
        else:
            seconds, why = error.estimated_time, "model loading (HTTP 503)"
        delay = min(self._max_wait_s, seconds if seconds is not None and seconds >= 0
                    else DEFAULT_WAIT_S)
        key = id(asyncio.current_task())
        self._waiting[key] = _Waiting(host, why, self._clock() + delay)
        self._report()
        sleeper = asyncio.ensure_future(self._sleep(delay))
        self._sleepers.add(sleeper)
        try:
            await sleeper
        except asyncio.CancelledError:
            if not (self._cancelled and sleeper.cancelled()):
                raise
            raise _Cancelled from None
        finally:
            self._sleepers.discard(sleeper)
            del self._waiting[key]
        await self._running.wait()
        if self._cancelled:
            raise _Cancelled

    def _failed_with(self, row: BatchInput, index: int, error: BaseException, latency: float,
                     attempts: int) -> CellOutcome:
        view = error_view(error, self._spec)
        return self._failure(row, index, f"{view.title}: {view.message}", latency, attempts)

    def _failure(self, row: BatchInput, index: int, text: str, latency: float, attempts: int
                 ) -> CellOutcome:
        return CellOutcome(row.key, index, "failed", None, redact(" ".join(text.split())),
                           latency, None, None, attempts)

    # -- progress ---------------------------------------------------------------------------

    def _pause_clock(self) -> None:
        if self._since is not None:
            self._active_s += self._clock() - self._since
            self._since = None

    def _report(self) -> None:
        if self._on_progress is not None:
            self._on_progress(self.progress())


def _call(client: HfInference, request: CallRequest, control: CallControl) -> Any:
    """The call, in a worker; a streamed answer is read whole (a batch shows final results)."""
    result = invoke(client, request, control)
    if not isinstance(result, EventStream):
        return result
    with result:
        events = list(result)
    final = events[-1] if events else None
    if isinstance(final, dict) and isinstance(final.get("generated_text"), str):
        return final
    return {"generated_text": "".join(event_text(e) for e in events)}
