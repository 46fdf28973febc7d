"""excepthook: uncaught errors (asyncSlot, tasks nobody awaits) are logged and reported."""

from __future__ import annotations

import asyncio
import gc
import logging
import sys
from collections.abc import Iterator

import pytest
import qasync
from PySide6.QtCore import QObject, Signal

from hfi_desktop.bridge import (
    create_task,
    excepthook,
    install_excepthook,
    running_tasks,
    set_error_reporter,
)
from tests.support.qt_async import RunAsync, wait_until

LOGGER = "hfi_desktop.bridge"


@pytest.fixture
def reported() -> Iterator[list[BaseException]]:
    """What the UI's error reporter receives during the test."""
    seen: list[BaseException] = []
    previous = set_error_reporter(seen.append)
    yield seen
    set_error_reporter(previous)


@pytest.fixture
def our_hook() -> Iterator[None]:
    """Our sys.excepthook for the test (in place of pytest-qt's, which fails the test)."""
    previous = install_excepthook()
    assert sys.excepthook is excepthook
    yield
    sys.excepthook = previous


class Button(QObject):
    clicked = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.task: asyncio.Task[None] | None = None

    @qasync.asyncSlot()
    async def on_clicked(self) -> None:
        await asyncio.sleep(0)
        raise RuntimeError("the slot broke")


def test_an_asyncslot_error_is_logged_and_reported(
    our_hook: None,
    reported: list[BaseException],
    run_async: RunAsync,
    caplog: pytest.LogCaptureFixture,
) -> None:
    button = Button()
    tasks: list[asyncio.Task[None]] = []
    button.clicked.connect(lambda: tasks.append(button.on_clicked()))

    async def main() -> None:
        button.clicked.emit()
        await wait_until(lambda: tasks and tasks[0].done())
        await asyncio.sleep(0.01)  # qasync's done callback hands the error to sys.excepthook

    with caplog.at_level(logging.ERROR, logger=LOGGER):
        run_async(main())
    assert [str(exc) for exc in reported] == ["the slot broke"]
    [record] = [r for r in caplog.records if r.name.startswith(LOGGER)]
    assert record.exc_info is not None and record.exc_info[0] is RuntimeError
    assert "on_clicked" in caplog.text  # the traceback is logged


def test_excepthook_survives_a_failing_reporter(caplog: pytest.LogCaptureFixture) -> None:
    def broken(exc: BaseException) -> None:
        raise OSError("no dialog today")

    previous = set_error_reporter(broken)
    try:
        with caplog.at_level(logging.ERROR, logger=LOGGER):
            excepthook(ValueError, ValueError("boom"), None)
    finally:
        set_error_reporter(previous)
    assert "boom" in caplog.text
    assert "the error reporter failed" in caplog.text


def test_a_failing_task_nobody_awaits_is_logged_and_reported(
    reported: list[BaseException], run_async: RunAsync, caplog: pytest.LogCaptureFixture
) -> None:
    async def fails() -> None:
        await asyncio.sleep(0.01)
        raise ValueError("lost in the background")

    async def main() -> None:
        task = create_task(fails(), name="background job")
        assert task in running_tasks()
        del task
        gc.collect()  # the strong reference keeps it alive
        await wait_until(lambda: bool(reported))

    with caplog.at_level(logging.ERROR, logger=LOGGER):
        run_async(main())
    assert [str(exc) for exc in reported] == ["lost in the background"]
    assert "task 'background job' failed" in caplog.text
    assert running_tasks() == frozenset()
    # Marked retrieved: asyncio does not log "Task exception was never retrieved" (the
    # qasync_loop fixture would fail the test).


def test_an_awaited_task_is_not_reported(
    reported: list[BaseException], run_async: RunAsync
) -> None:
    async def fails() -> None:
        await asyncio.sleep(0.01)
        raise ValueError("handled by the caller")

    async def main() -> None:
        with pytest.raises(ValueError, match="handled by the caller"):
            await create_task(fails(), name="awaited")
        gathered = create_task(fails(), name="gathered")
        results = await asyncio.gather(gathered, return_exceptions=True)
        assert isinstance(results[0], ValueError)
        await asyncio.sleep(0.02)

    run_async(main())
    assert reported == []


def test_cancelled_and_successful_tasks_are_not_reported(
    reported: list[BaseException], run_async: RunAsync
) -> None:
    async def main() -> int:
        sleeper = create_task(asyncio.sleep(10), name="sleeper")
        done = create_task(asyncio.sleep(0, result=7), name="done")
        await asyncio.sleep(0.01)
        sleeper.cancel()
        await asyncio.sleep(0.01)
        assert running_tasks() == frozenset()
        return done.result()

    assert run_async(main()) == 7
    assert reported == []
