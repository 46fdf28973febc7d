"""Bridge.run, Bridge.loading_callback, Bridge.shutdown: real HTTP to the fake Inference API."""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from functools import partial

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication

from hfi_desktop.bridge import WORKER_THREAD_NAME, Bridge
from hfi_desktop.inference import (
    CallControl,
    HfInference,
    InferenceCancelledError,
    ServerError,
)
from tests.support.fake_api import FakeInferenceAPI, Hang, Loading, respond_json
from tests.support.qt_async import RunAsync, wait_until

MODEL = "test/classifier"
PATH = f"/models/{MODEL}"
LABELS = [{"label": "POSITIVE", "score": 0.9}, {"label": "NEGATIVE", "score": 0.1}]


def on_gui_thread(qapp: QApplication) -> bool:
    return threading.current_thread() is threading.main_thread() and (
        QThread.currentThread() == qapp.thread()
    )


PROMPT_S = 5.0  # a cancel or shutdown ends a call well within that, on a loaded machine too


async def request_arrived(api: FakeInferenceAPI, path: str = PATH, count: int = 1) -> None:
    await wait_until(lambda: len(api.requests_to(path)) >= count, timeout=5.0)


# ------------------------------------------------------------------------------------- run
def test_result_is_delivered_on_the_gui_thread(
    qapp: QApplication,
    bridge: Bridge,
    hf: HfInference,
    fake_api: FakeInferenceAPI,
    run_async: RunAsync,
) -> None:
    fake_api.program(PATH, respond_json(LABELS))
    ran_in: list[str] = []

    def call() -> object:
        ran_in.append(threading.current_thread().name)
        return hf.text_classification(inputs="I like you", model=MODEL, control=control)

    async def main() -> object:
        result = await bridge.run(call, control=control)
        assert on_gui_thread(qapp)
        return result

    control = CallControl()
    assert run_async(main()) == LABELS
    assert ran_in[0].startswith(WORKER_THREAD_NAME)
    assert control.response is not None and control.response.status == 200
    assert bridge.active_calls == 0


def test_worker_exception_is_raised_on_the_gui_thread_with_its_type(
    qapp: QApplication,
    bridge: Bridge,
    hf: HfInference,
    fake_api: FakeInferenceAPI,
    run_async: RunAsync,
) -> None:
    fake_api.program(PATH, respond_json({"error": "the GPU caught fire"}, status=500))

    async def main() -> None:
        with pytest.raises(ServerError, match="GPU caught fire") as caught:
            await bridge.run(lambda: hf.text_classification(inputs="x", model=MODEL))
        assert caught.value.status == 500
        assert on_gui_thread(qapp)

        def fails() -> None:
            raise KeyError("not found")

        with pytest.raises(KeyError, match="not found"):
            await bridge.run(fails)
        assert on_gui_thread(qapp)

    run_async(main())


def test_cancelling_the_task_while_the_server_holds_the_request(
    bridge: Bridge, hf: HfInference, fake_api: FakeInferenceAPI, run_async: RunAsync
) -> None:
    fake_api.program(PATH, Hang(max_s=30))
    control = CallControl()
    outcome: list[BaseException] = []

    def call() -> object:
        try:
            return hf.text_classification(inputs="x", model=MODEL, control=control)
        except BaseException as exc:
            outcome.append(exc)
            raise

    async def main() -> float:
        task = asyncio.ensure_future(bridge.run(call, control=control))
        await request_arrived(fake_api)
        started = time.perf_counter()
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        elapsed = time.perf_counter() - started
        await wait_until(lambda: bridge.active_calls == 0, timeout=PROMPT_S)  # worker ended
        return elapsed

    elapsed = run_async(main())
    assert elapsed < PROMPT_S  # the server would hold it 30 s
    assert control.cancelled
    assert len(outcome) == 1 and isinstance(outcome[0], InferenceCancelledError)
    port = fake_api.requests_to(PATH)[0].client_port
    assert fake_api.wait_connection_closed(port, timeout=PROMPT_S)


def test_control_cancel_makes_the_await_raise_inference_cancelled(
    bridge: Bridge, hf: HfInference, fake_api: FakeInferenceAPI, run_async: RunAsync
) -> None:
    fake_api.program(PATH, Hang(max_s=30))
    control = CallControl()

    async def main() -> float:
        task = asyncio.ensure_future(
            bridge.run(
                lambda: hf.text_classification(inputs="x", model=MODEL, control=control),
                control=control,
            )
        )
        await request_arrived(fake_api)
        started = time.perf_counter()
        control.cancel()  # what a Cancel button does: returns at once
        # closing the response here instead would block until the server sends (30 s)
        assert time.perf_counter() - started < 1.0
        with pytest.raises(InferenceCancelledError):
            await task
        return time.perf_counter() - started

    assert run_async(main()) < PROMPT_S
    assert bridge.active_calls == 0


def test_a_late_result_is_dropped(bridge: Bridge, run_async: RunAsync) -> None:
    """Without a control the worker cannot be stopped: it finishes, nothing is delivered (and
    the loop reports no error: the qasync_loop fixture fails the test otherwise)."""
    release = threading.Event()
    started: list[str] = []
    finished: list[str] = []

    def slow(outcome: str) -> str:
        started.append(outcome)
        release.wait(5)
        finished.append(outcome)
        if outcome == "error":
            raise ValueError("too late")
        return outcome

    async def main() -> None:
        tasks = [asyncio.ensure_future(bridge.run(partial(slow, o))) for o in ("ok", "error")]
        await wait_until(lambda: len(started) == 2, timeout=5)  # both workers running
        for task in tasks:
            task.cancel()
        for task in tasks:
            with pytest.raises(asyncio.CancelledError):
                await task
        release.set()
        await wait_until(lambda: bridge.active_calls == 0, timeout=2.0)
        await asyncio.sleep(0.05)  # room for a (wrong) late delivery
        assert all(task.cancelled() for task in tasks)

    run_async(main())
    assert sorted(finished) == ["error", "ok"]


def test_calls_run_in_parallel_each_on_its_own_worker(
    qapp: QApplication, bridge: Bridge, run_async: RunAsync
) -> None:
    barrier = threading.Barrier(4, timeout=5)  # only passes if all 4 run at the same time

    def work(i: int) -> tuple[int, str]:
        barrier.wait()
        return i, threading.current_thread().name

    async def main() -> list[tuple[int, str]]:
        results = await asyncio.gather(*(bridge.run(partial(work, i)) for i in range(4)))
        assert on_gui_thread(qapp)
        return list(results)

    results = run_async(main())
    assert [i for i, _ in results] == [0, 1, 2, 3]
    assert len({name for _, name in results}) == 4


def test_a_queued_call_cancelled_before_it_starts_never_runs(run_async: RunAsync) -> None:
    bridge = Bridge(max_workers=1)
    release = threading.Event()
    ran: list[str] = []

    async def main() -> None:
        first = asyncio.ensure_future(bridge.run(lambda: release.wait(5)))
        second = asyncio.ensure_future(bridge.run(lambda: ran.append("second")))
        await asyncio.sleep(0.05)
        assert bridge.active_calls == 2
        second.cancel()
        with pytest.raises(asyncio.CancelledError):
            await second
        assert bridge.active_calls == 1
        release.set()
        assert await first is True

    try:
        run_async(main())
    finally:
        release.set()
        bridge.shutdown()
    assert ran == []


# ------------------------------------------------------------------------- loading_callback
def test_loading_callback_runs_on_the_gui_thread(
    qapp: QApplication,
    bridge: Bridge,
    hf: HfInference,
    fake_api: FakeInferenceAPI,
    run_async: RunAsync,
) -> None:
    fake_api.program(
        PATH, Loading(times=1, estimated_time=3.5, hold_s=0.05, then=respond_json(LABELS))
    )
    seen: list[tuple[float, bool, str]] = []

    def on_loading(estimated_time_s: float) -> None:
        seen.append((estimated_time_s, on_gui_thread(qapp), threading.current_thread().name))

    control = CallControl(on_loading=bridge.loading_callback(on_loading))

    async def main() -> object:
        return await bridge.run(
            lambda: hf.text_classification(inputs="x", model=MODEL, control=control),
            control=control,
        )

    assert run_async(main()) == LABELS
    assert seen == [(3.5, True, "MainThread")]
    assert len(fake_api.requests_to(PATH)) == 2  # the 503, then the retry that waits


def test_loading_callback_called_on_the_gui_thread_runs_at_once(
    qapp: QApplication, bridge: Bridge
) -> None:
    seen: list[float] = []
    bridge.loading_callback(seen.append)(1.0)
    assert seen == [1.0]


# -------------------------------------------------------------------------------- shutdown
def test_shutdown_with_a_call_in_flight_returns_quickly(
    hf: HfInference, fake_api: FakeInferenceAPI, run_async: RunAsync
) -> None:
    fake_api.program(PATH, Hang(max_s=30))
    bridge = Bridge()
    control = CallControl()

    async def main() -> float:
        task = asyncio.ensure_future(
            bridge.run(
                lambda: hf.text_classification(inputs="x", model=MODEL, control=control),
                control=control,
            )
        )
        await request_arrived(fake_api)
        started = time.perf_counter()
        bridge.shutdown()
        elapsed = time.perf_counter() - started
        assert bridge.active_calls == 0  # shutdown waited for the cancelled worker
        with pytest.raises(InferenceCancelledError):
            await task
        with pytest.raises(RuntimeError, match="shut down"):
            await bridge.run(lambda: None)
        return elapsed

    elapsed = run_async(main())
    print(f"\nshutdown with a held request took {elapsed * 1000:.1f} ms")
    assert elapsed < PROMPT_S  # the server would hold it 30 s
    assert control.cancelled
    bridge.shutdown()  # idempotent


def test_shutdown_does_not_wait_long_for_a_worker_it_cannot_stop(
    run_async: RunAsync, caplog: pytest.LogCaptureFixture
) -> None:
    bridge = Bridge()
    bridge.shutdown_timeout_s = 0.2
    running = threading.Event()
    release = threading.Event()

    def work() -> bool:  # no control: cannot be stopped
        running.set()
        return release.wait(30)

    async def main() -> float:
        task = asyncio.ensure_future(bridge.run(work))
        await wait_until(running.is_set, timeout=5)
        started = time.perf_counter()
        with caplog.at_level(logging.WARNING, logger="hfi_desktop.bridge"):
            bridge.shutdown()
        elapsed = time.perf_counter() - started
        release.set()
        assert await task is True
        return elapsed

    try:
        elapsed = run_async(main())
    finally:
        release.set()
    assert 0.15 < elapsed < PROMPT_S  # waited its timeout, not the worker's 30 s
    assert "still running" in caplog.text


def test_loading_callbacks_are_dropped_after_shutdown(run_async: RunAsync) -> None:
    bridge = Bridge()
    seen: list[float] = []
    callback = bridge.loading_callback(seen.append)

    async def main() -> None:
        worker = threading.Thread(target=callback, args=(2.0,))
        worker.start()
        worker.join()
        bridge.shutdown()  # before the queued call reaches the GUI thread
        await asyncio.sleep(0.05)

    run_async(main())
    assert seen == []


def test_cpu_work_holds_the_python_lane_and_other_work_does_not(
    bridge: Bridge, run_async: RunAsync
) -> None:
    from hfi_desktop.inference import PYTHON_LANE

    async def main() -> tuple[bool, bool]:
        cpu = await bridge.run(PYTHON_LANE.locked, cpu=True)
        io = await bridge.run(PYTHON_LANE.locked)
        return cpu, io

    assert run_async(main()) == (True, False)
    assert not PYTHON_LANE.locked()


def test_workers_run_at_a_lower_os_priority_than_the_gui_thread(
    bridge: Bridge, run_async: RunAsync
) -> None:
    import os

    from hfi_desktop.threads import LOWEST_NICENESS, WORKER_NICENESS

    def niceness() -> int:
        return os.getpriority(os.PRIO_PROCESS, threading.get_native_id())

    gui = niceness()
    worker = run_async(bridge.run(niceness))
    assert worker == min(gui + WORKER_NICENESS, LOWEST_NICENESS)
    assert worker > gui or gui == LOWEST_NICENESS  # (the suite itself may run under `nice`)


def test_a_worker_never_runs_above_a_niced_start() -> None:
    """Started with `nice -n 15`, workers go to the lowest priority, not back up to 10."""
    import os

    from hfi_desktop.threads import LOWEST_NICENESS, lower_priority

    seen: list[int] = []

    def thread() -> None:
        me = threading.get_native_id()
        os.setpriority(os.PRIO_PROCESS, me, max(15, os.getpriority(os.PRIO_PROCESS, me)))
        lower_priority()
        seen.append(os.getpriority(os.PRIO_PROCESS, me))

    worker = threading.Thread(target=thread)
    worker.start()
    worker.join()
    assert seen == [LOWEST_NICENESS]


def test_quiet_waits_for_running_calls_then_for_a_quiet_moment(
    bridge: Bridge, run_async: RunAsync
) -> None:
    release = threading.Event()

    async def main() -> tuple[float, float, float]:
        loop = asyncio.get_running_loop()
        started = loop.time()
        await bridge.quiet(for_s=0.05)
        idle = loop.time() - started
        call = asyncio.ensure_future(bridge.run(lambda: release.wait(30)))
        await asyncio.sleep(0.05)
        asyncio.get_running_loop().call_later(0.3, release.set)
        started = loop.time()
        await bridge.quiet(for_s=0.05)
        after_call = loop.time() - started
        await call
        blocker = threading.Event()
        busy = asyncio.ensure_future(bridge.run(lambda: blocker.wait(30)))
        started = loop.time()
        await bridge.quiet(for_s=0.05, at_most_s=0.2)
        capped = loop.time() - started
        blocker.set()
        await busy
        return idle, after_call, capped

    idle, after_call, capped = run_async(main())
    # lower bounds: it waited; upper bounds: not for its 10 s cap nor a held call's 30 s
    assert idle < 2.0
    assert 0.3 <= after_call < 2.0
    assert 0.2 <= capped < 2.0
