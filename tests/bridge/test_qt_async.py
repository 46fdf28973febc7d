"""tests/support/qt_async.py: the fixtures GUI tests use to run coroutines on a qasync loop."""

from __future__ import annotations

import asyncio
import contextlib
import threading
import time

import pytest
import qasync
from PySide6.QtCore import QObject, QThread, QTimer, Signal
from PySide6.QtWidgets import QApplication

from tests.support.qt_async import AsyncRunner, RunAsync, wait_until

_loops_seen: list[asyncio.AbstractEventLoop] = []


@pytest.mark.parametrize("attempt", range(3))
def test_each_test_gets_a_fresh_working_loop(
    attempt: int,
    qapp: QApplication,
    async_runner: AsyncRunner,
    run_async: RunAsync,
    qasync_loop: AsyncRunner,
) -> None:
    assert async_runner is qasync_loop
    assert all(loop.is_closed() for loop in _loops_seen)  # earlier tests' loops
    _loops_seen.append(async_runner.loop)

    async def main() -> str:
        assert asyncio.get_running_loop() is async_runner.loop
        assert threading.current_thread() is threading.main_thread()
        assert QThread.currentThread() == qapp.thread()
        fired = asyncio.Event()
        QTimer.singleShot(1, fired.set)  # Qt events are processed while awaiting
        await asyncio.wait_for(fired.wait(), 1)
        return f"done {attempt}"

    assert run_async(main()) == f"done {attempt}"
    assert run_async(asyncio.sleep(0, result=2)) == 2  # several runs in one test


def test_exceptions_come_out_with_their_type(run_async: RunAsync) -> None:
    async def fails() -> None:
        await asyncio.sleep(0)
        raise LookupError("nope")

    with pytest.raises(LookupError, match="nope"):
        run_async(fails())

    async def own_timeout() -> None:
        await asyncio.wait_for(asyncio.sleep(1), 0.01)

    with pytest.raises(TimeoutError):  # the coroutine's own timeout is not a test timeout
        run_async(own_timeout())


def test_a_timeout_fails_the_test(run_async: RunAsync) -> None:
    with pytest.raises(pytest.fail.Exception, match=r"did not finish within 0.05 s"):
        run_async(asyncio.sleep(5), timeout=0.05)


def test_a_coroutine_that_ignores_cancellation_still_ends(qapp: QApplication) -> None:
    runner = AsyncRunner(qapp)

    async def stubborn() -> None:
        for _ in range(2):
            with contextlib.suppress(asyncio.CancelledError):
                await asyncio.sleep(0.3)

    import tests.support.qt_async as qt_async

    grace, qt_async.CANCEL_GRACE_S = qt_async.CANCEL_GRACE_S, 0.05
    try:
        with pytest.raises(pytest.fail.Exception, match="ignored its cancellation"):
            runner.run(stubborn(), timeout=0.05)
    finally:
        qt_async.CANCEL_GRACE_S = grace
        runner.close()
    assert runner.loop.is_closed()


def test_close_cancels_leftover_tasks_and_keeps_the_application(qapp: QApplication) -> None:
    runner = AsyncRunner(qapp)
    leftovers: list[asyncio.Task[None]] = []

    async def main() -> None:
        leftovers.append(asyncio.ensure_future(asyncio.sleep(60)))

    runner.run(main())
    runner.close()
    assert leftovers[0].cancelled()
    assert runner.loop.is_closed()
    assert QApplication.instance() is qapp
    runner.close()  # idempotent


def test_loop_errors_are_collected(qapp: QApplication, caplog: pytest.LogCaptureFixture) -> None:
    runner = AsyncRunner(qapp)

    def broken_callback() -> None:
        raise ZeroDivisionError("in a callback")

    async def main() -> None:
        asyncio.get_running_loop().call_soon(broken_callback)
        await asyncio.sleep(0.01)

    try:
        runner.run(main())
    finally:
        runner.close()
    [context] = runner.loop_errors
    assert isinstance(context["exception"], ZeroDivisionError)


def test_wait_until(run_async: RunAsync) -> None:
    flag: list[bool] = []

    async def main() -> None:
        QTimer.singleShot(20, lambda: flag.append(True))
        await wait_until(lambda: flag, timeout=1)
        with pytest.raises(TimeoutError, match="not met within"):
            await wait_until(lambda: False, timeout=0.02)

    run_async(main())


class _Form(QObject):
    submitted = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.result: str | None = None
        self.submitted.connect(self.on_submitted)

    @qasync.asyncSlot()
    async def on_submitted(self) -> None:
        await asyncio.sleep(0.01)
        self.result = "sent"


def test_an_asyncslot_triggered_outside_run_runs_on_the_next_run(run_async: RunAsync) -> None:
    """The GUI-test pattern: click (here: emit) outside the loop, then await the outcome. The
    slot's task is queued on the test's loop (the current loop) and runs inside run_async."""
    form = _Form()
    form.submitted.emit()
    assert form.result is None
    run_async(wait_until(lambda: form.result == "sent", timeout=2))


def test_qt_events_processed_between_runs_leave_the_loops_tasks_alone(
        qapp: QApplication, qasync_loop: AsyncRunner, run_async: RunAsync) -> None:
    """Between runs, Qt events are processed by others: pytest-qt after the test and before
    the fixtures' teardown, ``qtbot.wait*``, a dialog. A task of the stopped loop must not be
    stepped then (its next ``asyncio`` call would fail with "no running event loop"): it
    waits for the next run, as on a stopped asyncio loop."""
    steps: list[bool] = []
    answered = threading.Event()

    def in_a_worker() -> str:
        answered.set()
        return "answer"

    async def ticking() -> None:
        loop = asyncio.get_running_loop()
        await loop.run_in_executor(None, in_a_worker)  # woken from another thread
        while True:
            steps.append(asyncio.get_running_loop() is loop)
            await asyncio.sleep(0.001)  # woken by a timer

    async def start() -> asyncio.Task[None]:
        return asyncio.ensure_future(ticking())

    task = run_async(start())
    assert answered.wait(5)
    for _ in range(20):  # what pytest-qt's hooks and qtbot.wait* do
        qapp.processEvents()
        time.sleep(0.005)
    assert not task.done(), task
    assert steps == []
    run_async(wait_until(lambda: len(steps) >= 3, timeout=2))
    steps.clear()
    for _ in range(20):
        qapp.processEvents()
        time.sleep(0.005)
    assert not task.done(), task
    assert steps == []
    task.cancel()
