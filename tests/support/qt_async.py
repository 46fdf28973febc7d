"""Running coroutines in tests on a qasync loop over pytest-qt's QApplication.

pytest-qt's ``qtbot.waitUntil``/``waitSignal`` spin a Qt event loop of their own, which does
not drive asyncio coroutines: run async code with these fixtures instead, and wait inside the
coroutine (``await wait_until(...)``, ``await asyncio.sleep(...)``).

Use them from a conftest (``from tests.support.qt_async import async_runner, qasync_loop,
run_async``) and in tests::

    def test_answer(run_async):
        assert run_async(fetch_answer(), timeout=5) == 42

    def test_widget(qtbot, async_runner):
        async_runner.run(page.submit_and_wait())
        bridge = Bridge(); ...; async_runner.loop  # the loop itself, if needed

One ``qasync.QEventLoop`` per test (function scope), set as the current loop for the test and
closed at teardown: tasks a test leaves behind are cancelled and finished there, so nothing
spills into the next test. (One loop per session was the alternative; per test is as cheap,
about a millisecond, and keeps a test's leftovers from running during another test.) The
QApplication (pytest-qt's ``qapp``) is never closed. ``run`` may be called several times in
one test, never from inside a running loop (not from a coroutine, a slot or ``qtbot.wait*``).
Between runs the loop is stopped, and its tasks wait: Qt events processed meanwhile (by
``qtbot.wait*``, pytest-qt's hooks) do not step them (:class:`StoppableQEventLoop`).

Errors the loop reports (``Task exception was never retrieved``, a failing callback) fail the
test at teardown; a test that expects them clears ``async_runner.loop_errors``.
"""

from __future__ import annotations

import asyncio
import time
from collections import deque
from collections.abc import Awaitable, Callable, Coroutine, Iterator
from typing import Any, Protocol, TypeVar

import pytest
import qasync
from PySide6.QtWidgets import QApplication

T = TypeVar("T")

#: After a timeout, how long the cancelled coroutine gets to finish before the loop is stopped.
CANCEL_GRACE_S = 5.0
#: At teardown, how long leftover tasks get to finish after being cancelled.
TEARDOWN_GRACE_S = 2.0


class RunAsync(Protocol):
    """The type of the ``run_async`` fixture."""

    def __call__(self, coro: Coroutine[Any, Any, T], timeout: float = 10.0) -> T: ...


class _TimedOut(Exception):
    pass


class StoppableQEventLoop(qasync.QEventLoop):  # type: ignore[misc]
    """A qasync loop whose callbacks run only while it runs, as an asyncio loop's do.

    WORKAROUND(qasync-callbacks-outside-run): qasync hands every callback (``call_soon``, a
    timer, a worker thread's ``call_soon_threadsafe``, a socket turning ready) to a Qt timer,
    and Qt fires it whenever anyone processes Qt events — also while the loop is stopped
    between two ``run`` calls: pytest-qt processes events after the test and before the
    fixtures' teardown, ``qtbot.wait*`` and a dialog's ``exec`` too. A task stepped then has no
    running loop, and its next ``asyncio`` call fails with "no running event loop" (the
    history page's "shown record" and "drag file" tasks did, and the test waited 5 s for a
    drag file that never came). The app's loop never stops while Qt runs, so it cannot meet
    this. Here a callback Qt fires while the loop is stopped is held, and held ones run first,
    in order, once the loop runs again."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._due: deque[asyncio.Handle] = deque()

    def _add_callback(self, handle: asyncio.Handle, delay: float = 0) -> asyncio.Handle:
        super()._add_callback(asyncio.Handle(self._run_when_running, (handle,), self), delay)
        return handle  # what call_soon/call_later return: cancelling it is seen when due

    def _run_when_running(self, handle: asyncio.Handle | None) -> None:
        if handle is not None:
            self._due.append(handle)
        while self._due and self.is_running():
            due = self._due.popleft()
            if not due.cancelled():
                due._run()  # what qasync does with its handles; it reports its own errors

    def run_forever(self) -> None:
        if self._due:  # woken while stopped: their turn comes first
            super()._add_callback(asyncio.Handle(self._run_when_running, (None,), self))
        super().run_forever()

    def close(self) -> None:
        self._due.clear()  # as asyncio drops a closed loop's ready callbacks
        super().close()


class AsyncRunner:
    """A qasync loop over the QApplication, and ``run(coro, timeout)`` to drive it."""

    def __init__(self, app: QApplication) -> None:
        self.loop: asyncio.AbstractEventLoop = StoppableQEventLoop(app)
        self.loop_errors: list[dict[str, Any]] = []
        self.loop.set_exception_handler(self._on_loop_error)

    def run(self, coro: Coroutine[Any, Any, T], timeout: float = 10.0) -> T:
        """Run ``coro`` on the loop to completion and return its result (or raise its
        exception). Fails the test if it takes longer than ``timeout`` seconds."""
        if self.loop.is_closed():
            raise RuntimeError("this test's loop is closed (used after teardown?)")
        if self.loop.is_running():
            raise RuntimeError("run() called while the loop runs: await the coroutine instead")
        task = self.loop.create_task(_bounded(coro, timeout))
        # Last resort if the coroutine swallows its cancellation.
        watchdog = self.loop.call_later(timeout + CANCEL_GRACE_S, self.loop.stop)
        try:
            return run_until_done(self.loop, task)
        except _TimedOut:
            pytest.fail(f"the coroutine did not finish within {timeout} s", pytrace=False)
        except RuntimeError as exc:
            if task.done():
                raise
            task.cancel()
            pytest.fail(
                f"the coroutine did not finish within {timeout} s and ignored its "
                f"cancellation ({exc})",
                pytrace=False,
            )
        finally:
            watchdog.cancel()

    # The design notes call it run_async.
    run_async = run

    def close(self) -> None:
        """Cancel and finish leftover tasks, close the loop (not the QApplication)."""
        loop = self.loop
        if loop.is_closed():
            return
        try:
            pending = [task for task in asyncio.all_tasks(loop) if not task.done()]
            for task in pending:
                task.cancel()
            if pending:
                run_until_done(loop, asyncio.wait(pending, timeout=TEARDOWN_GRACE_S))
            run_until_done(loop, loop.shutdown_asyncgens())
        finally:
            loop.close()

    def _on_loop_error(self, loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
        self.loop_errors.append(context)
        loop.default_exception_handler(context)  # logs it, with the traceback


def run_until_done(loop: asyncio.AbstractEventLoop, awaitable: Awaitable[T]) -> T:
    """``loop.run_until_complete(awaitable)`` the way the app runs its loop (run_forever).

    WORKAROUND(qasync-run-until-complete): qasync's run_until_complete processes Qt's events
    once more after the loop stopped, with no running asyncio loop: a task woken then (a
    history read that finished meanwhile, say) fails with "no running event loop" in its
    next ``asyncio`` call — a failure the app, whose loop never stops, cannot have. Here the
    loop stops when the future is done, and what is left waits for the next run."""
    future = asyncio.ensure_future(awaitable, loop=loop)

    def stop(_: object) -> None:
        loop.stop()

    future.add_done_callback(stop)
    try:
        loop.run_forever()
    finally:
        future.remove_done_callback(stop)
    if not future.done():
        raise RuntimeError("the loop stopped before the coroutine finished")
    return future.result()


async def _bounded(coro: Awaitable[T], timeout: float) -> T:
    try:
        async with asyncio.timeout(timeout) as scope:
            return await coro
    except TimeoutError:
        if scope.expired():
            raise _TimedOut from None
        raise  # the coroutine's own TimeoutError


async def wait_until(
    predicate: Callable[[], object], timeout: float = 5.0, interval: float = 0.005
) -> None:
    """Await (on the loop, so Qt and other tasks keep running) until ``predicate()`` is true;
    raises TimeoutError after ``timeout`` seconds. The async counterpart of qtbot.waitUntil."""
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise TimeoutError(f"condition not met within {timeout} s: {predicate!r}")
        await asyncio.sleep(interval)


@pytest.fixture
def qasync_loop(qapp: QApplication) -> Iterator[AsyncRunner]:
    """This test's qasync loop (``.loop``) with ``.run(coro, timeout=10)``; see the module."""
    runner = AsyncRunner(qapp)
    asyncio.set_event_loop(runner.loop)
    try:
        yield runner
    finally:
        try:
            runner.close()
        finally:
            asyncio.set_event_loop(None)
    if runner.loop_errors:
        messages = "; ".join(
            str(context.get("message") or context.get("exception"))
            for context in runner.loop_errors
        )
        pytest.fail(f"the asyncio loop reported errors: {messages}", pytrace=False)


@pytest.fixture
def async_runner(qasync_loop: AsyncRunner) -> AsyncRunner:
    """The same runner as ``qasync_loop``, by the name most tests use."""
    return qasync_loop


@pytest.fixture
def run_async(qasync_loop: AsyncRunner) -> RunAsync:
    """``run_async(coro, timeout=10.0)``: the runner's ``run``."""
    return qasync_loop.run
