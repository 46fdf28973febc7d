"""OwnedTasks: the tasks a settings tab or the local server publisher started, kept until
they end, asked whether any runs, cancelled together; nothing runs without a loop."""

from __future__ import annotations

import asyncio
import gc
import warnings

from hfi_desktop.bridge import OwnedTasks


def test_started_tasks_are_busy_until_they_end_and_cancel_stops_them() -> None:
    async def scenario() -> None:
        tasks = OwnedTasks("test tasks")
        done = asyncio.Event()
        finished: list[str] = []

        async def short() -> None:
            await done.wait()
            finished.append("short")

        async def forever() -> None:
            await asyncio.Event().wait()

        tasks.start(short())
        assert tasks.busy()
        done.set()
        for _ in range(5):
            await asyncio.sleep(0)
        assert finished == ["short"]
        assert not tasks.busy()
        tasks.start(forever())
        assert tasks.busy()
        tasks.cancel()
        for _ in range(5):
            await asyncio.sleep(0)
        assert not tasks.busy()

    asyncio.run(scenario())


def test_without_a_running_loop_nothing_runs_and_the_coroutine_is_closed() -> None:
    ran: list[bool] = []

    async def work() -> None:
        ran.append(True)

    tasks = OwnedTasks("test tasks")
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # "coroutine ... was never awaited" would fail here
        coro = work()
        tasks.start(coro)
        assert coro.cr_frame is None  # closed
        del coro
        gc.collect()
    assert ran == []
    assert not tasks.busy()


def test_after_waits_for_the_pending_tasks_or_calls_at_once() -> None:
    calls: list[str] = []
    OwnedTasks("no loop").after(set(), lambda: calls.append("nothing pending"))
    assert calls == ["nothing pending"]

    async def scenario() -> None:
        tasks = OwnedTasks("test tasks")
        release = asyncio.Event()
        pending = asyncio.get_running_loop().create_task(release.wait())
        tasks.after({pending}, lambda: calls.append("after"))
        for _ in range(5):
            await asyncio.sleep(0)
        assert calls == ["nothing pending"] and tasks.running()
        release.set()
        for _ in range(5):
            await asyncio.sleep(0)
        assert calls == ["nothing pending", "after"] and not tasks.running()

    asyncio.run(scenario())
