"""Bridge.stream: batches on the GUI thread, frame pacing, errors, cancellation, concurrency."""

from __future__ import annotations

import asyncio
import gc
import itertools
import statistics
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt, QThread, QTimer
from PySide6.QtWidgets import QApplication

from hfi_desktop.bridge import WORKER_THREAD_NAME, BatchStream, Bridge
from hfi_desktop.inference import (
    CallControl,
    HfInference,
    InferenceCancelledError,
    ModelNotFoundError,
    StreamError,
    StreamInterruptedError,
)
from tests.support.fake_api import FakeInferenceAPI, Stream, fast_token_stream, respond_json
from tests.support.qt_async import RunAsync, wait_until
from tests.support.sse import numbered_tokens, sse_event, token_frames

MODEL = "test/generator"
PATH = f"/models/{MODEL}"
FRAME_S = 1 / 60

Event = dict[str, Any]


def texts(events: list[Event]) -> list[str]:
    return [event["token"]["text"] for event in events]


class Recorded(Iterator[Event]):
    """Wraps a stream to record in which thread it was iterated and closed."""

    def __init__(self, inner: Iterator[Event]) -> None:
        self.inner = inner
        self.next_threads: set[str] = set()
        self.closed_in: str | None = None

    def __next__(self) -> Event:
        self.next_threads.add(threading.current_thread().name)
        return next(self.inner)

    def close(self) -> None:
        self.closed_in = threading.current_thread().name
        close = getattr(self.inner, "close", None)
        if close is not None:
            close()


class Heartbeat:
    """A QTimer on the GUI thread; the largest gap between its ticks shows how long the GUI
    thread was kept from running its event loop."""

    def __init__(self, interval_ms: int = 5) -> None:
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._tick)
        self.ticks = 0
        self.max_gap_s = 0.0
        self._last = 0.0

    def start(self) -> None:
        self._last = time.perf_counter()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        self._tick()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.max_gap_s = max(self.max_gap_s, now - self._last)
        self._last = now
        self.ticks += 1


def bursts(count: int, size: int, apart_s: float) -> Stream:
    """``count`` tokens sent ``size`` at a time (each burst as fast as possible), bursts
    ``apart_s`` apart: a stream that is fast and yet lasts."""
    frames = token_frames(numbered_tokens(count))
    return Stream([b"".join(frames[i:i + size]) for i in range(0, count, size)],
                  delay_s=apart_s)


def assert_the_gui_kept_running(heartbeat: Heartbeat, duration_s: float) -> None:
    """Work on the GUI thread (reading or parsing there) stops its heartbeat for about the
    whole stream; a loaded machine delays a tick by a small part of it."""
    assert heartbeat.max_gap_s < duration_s / 4, (
        f"the GUI thread was held {heartbeat.max_gap_s * 1000:.0f} ms "
        f"of a {duration_s * 1000:.0f} ms stream")


def opener(hf: HfInference, control: CallControl, model: str = MODEL) -> Callable[[], Any]:
    return lambda: hf.text_generation_stream(inputs="Once upon", model=model, control=control)


async def consume(
    batches: BatchStream[Event], received: list[Event], sizes: list[int] | None = None
) -> None:
    async for batch in batches:
        received.extend(batch)
        if sizes is not None:
            sizes.append(len(batch))


# ---------------------------------------------------------------------- a fast, long stream
def test_5000_fast_tokens_arrive_complete_in_few_batches_while_the_gui_keeps_ticking(
    qapp: QApplication,
    bridge: Bridge,
    hf: HfInference,
    fake_api: FakeInferenceAPI,
    run_async: RunAsync,
) -> None:
    count = 5000
    fake_api.program(PATH, bursts(count, 1000, apart_s=0.5))  # about 2 s in all
    control = CallControl()
    heartbeat = Heartbeat()
    received: list[Event] = []
    batch_times: list[float] = []
    batch_sizes: list[int] = []
    batch_threads: set[bool] = set()

    async def main() -> float:
        loop = asyncio.get_running_loop()
        heartbeat.start()
        started = time.perf_counter()
        batches = bridge.stream(opener(hf, control), control=control, frame_s=FRAME_S)
        async for batch in batches:
            batch_times.append(loop.time())
            batch_threads.add(
                threading.current_thread() is threading.main_thread()
                and QThread.currentThread() == qapp.thread()
            )
            batch_sizes.append(len(batch))
            received.extend(batch)
        duration = time.perf_counter() - started
        heartbeat.stop()
        assert batches.stats.events == count
        return duration

    duration = run_async(main(), timeout=30)
    stats_batches = len(batch_times)
    gaps = [b - a for a, b in itertools.pairwise(batch_times)]
    print(
        f"\n{count} events in {duration * 1000:.0f} ms: {stats_batches} batches "
        f"(sizes {batch_sizes}), "
        f"min gap between batches {min(gaps, default=0) * 1000:.1f} ms, "
        f"heartbeat: {heartbeat.ticks} ticks, max gap {heartbeat.max_gap_s * 1000:.1f} ms"
    )
    assert texts(received) == numbered_tokens(count)
    assert received[-1]["generated_text"] == "".join(numbered_tokens(count))
    assert batch_threads == {True}
    assert stats_batches < count / 20
    assert stats_batches <= duration / FRAME_S + 3
    assert min(gaps, default=FRAME_S) >= FRAME_S - 0.001  # at most one batch per frame
    assert_the_gui_kept_running(heartbeat, duration)
    assert bridge.active_calls == 0


def test_a_steady_stream_is_delivered_once_per_frame(
    bridge: Bridge, hf: HfInference, fake_api: FakeInferenceAPI, run_async: RunAsync
) -> None:
    count = 300
    fake_api.program(PATH, Stream(token_frames(numbered_tokens(count)), delay_s=0.002))
    control = CallControl()
    received: list[Event] = []
    batch_times: list[float] = []

    async def main() -> float:
        loop = asyncio.get_running_loop()
        started = time.perf_counter()
        batches = bridge.stream(opener(hf, control), control=control, frame_s=FRAME_S)
        async for batch in batches:
            batch_times.append(loop.time())
            received.extend(batch)
        stats = batches.stats
        assert stats.wakeups <= stats.batches + 1
        return time.perf_counter() - started

    duration = run_async(main())
    gaps = [b - a for a, b in itertools.pairwise(batch_times)]
    print(
        f"\n{count} events 2 ms apart in {duration * 1000:.0f} ms: {len(batch_times)} batches, "
        f"mean {count / len(batch_times):.1f} events per batch, "
        f"min gap {min(gaps) * 1000:.1f} ms"
    )
    assert texts(received) == numbered_tokens(count)
    assert len(batch_times) <= duration / FRAME_S + 3
    assert len(batch_times) >= 10  # batches keep coming while the stream runs
    # Typical batches are a frame apart (one delivered per event would be 2 ms apart); not
    # every one: a batch the loaded test loop takes late shortens the gap after it.
    assert statistics.median(gaps) >= FRAME_S - 0.001


def test_the_gui_is_woken_once_per_batch_not_once_per_event(
    bridge: Bridge, hf: HfInference, fake_api: FakeInferenceAPI, run_async: RunAsync
) -> None:
    fake_api.program(PATH, fast_token_stream(2000))
    control = CallControl()
    received: list[Event] = []
    batches = bridge.stream(opener(hf, control), control=control)

    run_async(consume(batches, received))
    stats = batches.stats
    print(f"\nstats: {stats}")
    assert stats.events == len(received) == 2000
    # One wake-up when the buffer goes from empty to non-empty, plus one at the end.
    assert stats.wakeups <= stats.batches + 1
    assert stats.batches < 100


def test_the_worker_iterates_and_closes_the_stream(
    bridge: Bridge, hf: HfInference, fake_api: FakeInferenceAPI, run_async: RunAsync
) -> None:
    fake_api.program(PATH, Stream(token_frames(numbered_tokens(20)), delay_s=0.002))
    control = CallControl()
    recorded: list[Recorded] = []

    def open_stream() -> Recorded:
        recorded.append(Recorded(opener(hf, control)()))
        return recorded[0]

    received: list[Event] = []
    run_async(consume(bridge.stream(open_stream, control=control), received))
    assert texts(received) == numbered_tokens(20)
    [stream] = recorded
    assert len(stream.next_threads) == 1
    assert next(iter(stream.next_threads)).startswith(WORKER_THREAD_NAME)
    assert stream.closed_in is not None and stream.closed_in.startswith(WORKER_THREAD_NAME)


# -------------------------------------------------------------------------------- errors
def test_an_error_event_is_raised_after_the_events_before_it(
    bridge: Bridge, hf: HfInference, fake_api: FakeInferenceAPI, run_async: RunAsync
) -> None:
    frames = token_frames(numbered_tokens(100))[:30]
    frames.append(sse_event({"error": "Model overloaded", "error_type": "overloaded"}))
    fake_api.program(PATH, Stream(frames))
    control = CallControl()
    received: list[Event] = []

    async def main() -> None:
        batches = bridge.stream(opener(hf, control), control=control)
        with pytest.raises(StreamError, match="Model overloaded"):
            await consume(batches, received)
        with pytest.raises(StopAsyncIteration):  # over after the error
            await batches.__anext__()

    run_async(main())
    assert texts(received) == numbered_tokens(30)


def test_a_cut_stream_keeps_its_events_then_raises(
    bridge: Bridge, hf: HfInference, fake_api: FakeInferenceAPI, run_async: RunAsync
) -> None:
    fake_api.program(PATH, Stream(token_frames(numbered_tokens(100)), cut_after=40))
    control = CallControl()
    received: list[Event] = []

    async def main() -> None:
        with pytest.raises(StreamInterruptedError):
            await consume(bridge.stream(opener(hf, control), control=control), received)

    run_async(main())
    assert texts(received) == numbered_tokens(40)


def test_an_error_before_any_event(
    qapp: QApplication,
    bridge: Bridge,
    hf: HfInference,
    fake_api: FakeInferenceAPI,
    run_async: RunAsync,
) -> None:
    fake_api.program(PATH, respond_json({"error": "Model test/generator does not exist"}, 404))
    received: list[Event] = []

    async def main() -> None:
        with pytest.raises(ModelNotFoundError):
            await consume(bridge.stream(opener(hf, CallControl())), received)
        assert threading.current_thread() is threading.main_thread()

    run_async(main())
    assert received == []


def test_any_iterator_and_any_exception(bridge: Bridge, run_async: RunAsync) -> None:
    def numbers() -> Iterator[int]:
        yield from range(3)
        raise ValueError("no more numbers")

    received: list[int] = []

    async def main() -> None:
        with pytest.raises(ValueError, match="no more numbers"):
            async for batch in bridge.stream(numbers, frame_s=0):
                received.extend(batch)

    run_async(main())
    assert received == [0, 1, 2]


# -------------------------------------------------------------------------- cancellation
HOLD_S = 30.0  # how long the server holds a stream after its first events
PROMPT_S = 5.0  # a cancel ends it well within that, on a loaded machine too


def slow_stream(api: FakeInferenceAPI, count: int = 500) -> None:
    """20 events, then nothing for HOLD_S (the worker blocked in a read), then the rest."""
    frames = token_frames(numbered_tokens(count))
    api.program(PATH, Stream([b"".join(frames[:20]), b"".join(frames[20:])], delay_s=HOLD_S))


async def worker_gone(bridge: Bridge, api: FakeInferenceAPI) -> float:
    """Seconds until the worker ended and the server saw the connection close."""
    started = time.perf_counter()
    port = api.requests_to(PATH)[0].client_port
    await wait_until(lambda: bridge.active_calls == 0, timeout=PROMPT_S)
    await wait_until(lambda: api.connection(port).closed.is_set(), timeout=PROMPT_S)
    return time.perf_counter() - started


def test_cancelling_the_consuming_task_mid_stream_keeps_what_was_received(
    bridge: Bridge, hf: HfInference, fake_api: FakeInferenceAPI, run_async: RunAsync
) -> None:
    slow_stream(fake_api)
    control = CallControl()
    recorded: list[Recorded] = []
    received: list[Event] = []

    def open_stream() -> Recorded:
        recorded.append(Recorded(opener(hf, control)()))
        return recorded[0]

    async def main() -> float:
        task = asyncio.ensure_future(consume(bridge.stream(open_stream, control=control), received))
        await wait_until(lambda: len(received) >= 20)
        started = time.perf_counter()
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        assert time.perf_counter() - started < PROMPT_S  # not waiting for the held read
        kept = len(received)
        gone_s = await worker_gone(bridge, fake_api)
        assert len(received) == kept  # nothing delivered after the cancel
        return gone_s

    gone_s = run_async(main())
    assert control.cancelled
    assert 20 <= len(received) < 500
    assert texts(received) == numbered_tokens(500)[: len(received)]
    assert recorded[0].closed_in is not None
    assert recorded[0].closed_in.startswith(WORKER_THREAD_NAME)
    assert gone_s < PROMPT_S


def test_control_cancel_mid_stream_delivers_the_buffered_events_then_raises(
    bridge: Bridge, hf: HfInference, fake_api: FakeInferenceAPI, run_async: RunAsync
) -> None:
    slow_stream(fake_api)
    control = CallControl()
    received: list[Event] = []

    async def main() -> float:
        task = asyncio.ensure_future(
            consume(bridge.stream(opener(hf, control), control=control), received)
        )
        await wait_until(lambda: len(received) >= 20)
        control.cancel()
        with pytest.raises(InferenceCancelledError):
            await task
        return await worker_gone(bridge, fake_api)

    assert run_async(main()) < PROMPT_S
    assert 20 <= len(received) < 500
    assert texts(received) == numbered_tokens(500)[: len(received)]


def test_aclose_mid_stream_stops_the_worker(
    bridge: Bridge, hf: HfInference, fake_api: FakeInferenceAPI, run_async: RunAsync
) -> None:
    slow_stream(fake_api)
    control = CallControl()
    received: list[Event] = []

    async def main() -> float:
        async with bridge.stream(opener(hf, control), control=control) as batches:
            async for batch in batches:
                received.extend(batch)
                if len(received) >= 20:
                    break
        assert control.cancelled
        with pytest.raises(StopAsyncIteration):
            await batches.__anext__()
        return await worker_gone(bridge, fake_api)

    assert run_async(main()) < PROMPT_S
    assert texts(received) == numbered_tokens(500)[: len(received)]


def test_a_stream_dropped_without_closing_is_cancelled(
    bridge: Bridge, hf: HfInference, fake_api: FakeInferenceAPI, run_async: RunAsync
) -> None:
    slow_stream(fake_api)
    control = CallControl()

    async def main() -> float:
        batches = bridge.stream(opener(hf, control), control=control)
        assert await batches.__anext__()
        del batches
        gc.collect()
        assert control.cancelled
        return await worker_gone(bridge, fake_api)

    assert run_async(main()) < PROMPT_S


def test_shutdown_stops_a_stream_in_flight(
    hf: HfInference, fake_api: FakeInferenceAPI, run_async: RunAsync
) -> None:
    slow_stream(fake_api)
    bridge = Bridge()
    control = CallControl()
    received: list[Event] = []

    async def main() -> float:
        task = asyncio.ensure_future(
            consume(bridge.stream(opener(hf, control), control=control), received)
        )
        await wait_until(lambda: len(received) >= 5)
        started = time.perf_counter()
        bridge.shutdown()
        elapsed = time.perf_counter() - started
        assert bridge.active_calls == 0
        with pytest.raises(InferenceCancelledError):
            await task
        return elapsed

    assert run_async(main()) < PROMPT_S


# --------------------------------------------------------------------------- concurrency
def test_four_concurrent_streams_all_complete(
    bridge: Bridge,
    make_client: Callable[[], HfInference],
    fake_api: FakeInferenceAPI,
    run_async: RunAsync,
) -> None:
    hf = make_client()  # one client, one connection pool, shared by the four streams
    models = [f"test/model-{i}" for i in range(4)]
    counts = [300, 1000, 50, 2000]
    for model, count in zip(models, counts, strict=True):
        if count >= 1000:  # fast, about 1.5 s in all
            fake_api.program(f"/models/{model}", bursts(count, count // 4, apart_s=0.5))
        else:
            frames = token_frames(numbered_tokens(count))
            fake_api.program(f"/models/{model}", Stream(frames, delay_s=0.001))
    received: list[list[Event]] = [[] for _ in models]
    heartbeat = Heartbeat()

    async def main() -> float:
        started = time.perf_counter()
        heartbeat.start()
        await asyncio.gather(
            *(
                consume(bridge.stream(opener(hf, control, model), control=control), into)
                for model, into, control in zip(
                    models, received, [CallControl() for _ in models], strict=True
                )
            )
        )
        heartbeat.stop()
        return time.perf_counter() - started

    duration = run_async(main(), timeout=30)
    print(f"\n4 streams: heartbeat max gap {heartbeat.max_gap_s * 1000:.1f} ms")
    for events, count in zip(received, counts, strict=True):
        assert texts(events) == numbered_tokens(count)
    assert bridge.active_calls == 0
    assert_the_gui_kept_running(heartbeat, duration)


def test_concurrent_streams_take_turns_one_batch_per_frame_in_all(
    bridge: Bridge,
    make_client: Callable[[], HfInference],
    fake_api: FakeInferenceAPI,
    run_async: RunAsync,
) -> None:
    """Three fast streams: their batches (each a repaint of a view) are a frame apart
    whichever stream they belong to, and the streams take turns."""
    hf = make_client()
    models = [f"test/turns-{i}" for i in range(3)]
    for model in models:
        frames = token_frames(numbered_tokens(600))
        fake_api.program(f"/models/{model}", Stream(frames, delay_s=0.001))
    deliveries: list[tuple[float, int]] = []  # (loop time, stream index)
    received: list[list[Event]] = [[] for _ in models]

    async def consume_timed(index: int, model: str) -> None:
        control = CallControl()
        loop = asyncio.get_running_loop()
        async for batch in bridge.stream(opener(hf, control, model), control=control):
            deliveries.append((loop.time(), index))
            received[index].extend(batch)

    async def main() -> None:
        await asyncio.gather(*(consume_timed(i, model) for i, model in enumerate(models)))

    run_async(main(), timeout=30)
    for events in received:
        assert texts(events) == numbered_tokens(600)
    spacing = [b - a for (a, _), (b, _) in itertools.pairwise(deliveries)]
    # Turns are booked a frame apart; a late wake-up (a loaded machine) brings the next one
    # closer now and then. Without turns the three streams' batches would come about three
    # a frame: most of them closer than half a frame, three times as many in all.
    close = [round(gap * 1000, 1) for gap in spacing if gap < FRAME_S / 2]
    assert len(close) <= len(spacing) // 4, f"{len(close)} of {len(spacing)}: {close} ms apart"
    span = deliveries[-1][0] - deliveries[0][0]
    assert len(deliveries) - 1 <= span / FRAME_S * 1.5 + 1, "more than one batch a frame"
    # while all three are streaming, no stream gets two turns in a row
    first_done = min(max(at for at, i in deliveries if i == index) for index in range(3))
    busy = [index for at, index in deliveries if at < first_done]
    repeats = sum(a == b for a, b in itertools.pairwise(busy))
    assert repeats <= len(busy) // 10, f"{repeats} of {len(busy)} turns went twice in a row"
