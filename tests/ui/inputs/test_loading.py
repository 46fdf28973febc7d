"""bind_loader: load requests as asyncio tasks on the Qt loop, the media work in a worker."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from typing import Any, TypeVar

import pytest
from pytestqt.qtbot import QtBot

from hfi_desktop.media import MediaError
from hfi_desktop.ui.inputs import ImageDropZone, TableEditor, bind_loader, csv_loader, image_loader
from tests.support.paths import example
from tests.support.qt_async import AsyncRunner, wait_until

from .conftest import MB, drag_and_drop, file_mime

T = TypeVar("T")


async def in_worker(fn: Callable[[], T]) -> T:
    return await asyncio.get_running_loop().run_in_executor(None, fn)


def test_image_loads_in_a_worker_thread(qtbot: QtBot, async_runner: AsyncRunner) -> None:
    threads: list[str] = []

    async def run(fn: Callable[[], T]) -> T:
        def tracked() -> T:
            threads.append(threading.current_thread().name)
            return fn()

        return await in_worker(tracked)

    zone = ImageDropZone(loader=image_loader(run, max_bytes=20 * MB))
    qtbot.addWidget(zone)

    async def scenario() -> None:
        drag_and_drop(zone, file_mime(example("cheetah.png")))
        await wait_until(lambda: zone.value() is not None)

    async_runner.run(scenario())
    assert threads and threads[0] != threading.main_thread().name
    assert zone.details_text().startswith("cheetah.png")


def test_media_errors_end_up_inline(qtbot: QtBot, async_runner: AsyncRunner) -> None:
    zone = ImageDropZone(loader=image_loader(in_worker, max_bytes=1024))
    qtbot.addWidget(zone)

    async def scenario() -> None:
        zone.set_value(str(example("cats.png")))
        await wait_until(lambda: not zone.is_busy())

    async_runner.run(scenario())
    assert zone.message() == "cats.png is 510.4 KB; the limit is 1 KB (Settings)."


def test_unexpected_errors_are_logged_and_shown(
    qtbot: QtBot, async_runner: AsyncRunner, caplog: pytest.LogCaptureFixture
) -> None:
    async def broken(source: Any, name: str) -> Any:
        raise RuntimeError("boom")

    zone = ImageDropZone(loader=broken)
    qtbot.addWidget(zone)

    async def scenario() -> None:
        zone.set_value("/some/file.png")
        await wait_until(lambda: not zone.is_busy())

    async_runner.run(scenario())
    assert zone.message() == "file.png could not be loaded: boom"
    assert "loading file.png failed" in caplog.text


def test_a_newer_request_cancels_the_older_task(qtbot: QtBot, async_runner: AsyncRunner) -> None:
    release = asyncio.Event()
    cancelled: list[str] = []

    async def slow(source: Any, name: str) -> Any:
        try:
            if name == "first.png":
                await release.wait()
            raise MediaError(f"{name}: refused")
        except asyncio.CancelledError:
            cancelled.append(name)
            raise

    zone = ImageDropZone(loader=slow)
    qtbot.addWidget(zone)

    async def scenario() -> None:
        zone.set_value("/x/first.png")
        await asyncio.sleep(0.01)
        zone.set_value("/x/second.png")
        await wait_until(lambda: not zone.is_busy())
        release.set()
        await asyncio.sleep(0.01)

    async_runner.run(scenario())
    assert cancelled == ["first.png"]
    assert zone.message() == "second.png: refused"


def test_deleting_the_widget_cancels_its_load(qtbot: QtBot, async_runner: AsyncRunner) -> None:
    started = asyncio.Event()
    cancelled: list[bool] = []

    async def forever(source: Any, name: str) -> Any:
        started.set()
        try:
            await asyncio.sleep(60)
        except asyncio.CancelledError:
            cancelled.append(True)
            raise

    zone = ImageDropZone(loader=forever)

    async def scenario() -> None:
        zone.set_value("/x/a.png")
        await started.wait()
        zone.deleteLater()
        await wait_until(lambda: bool(cancelled))

    async_runner.run(scenario())
    assert cancelled == [True]


def test_csv_import_through_a_loader(
    qtbot: QtBot, async_runner: AsyncRunner, tmp_path: Any
) -> None:
    editor = TableEditor(loader=csv_loader(in_worker))
    qtbot.addWidget(editor)
    path = tmp_path / "t.csv"
    path.write_text("q,a\nwho,me\n", encoding="utf-8")

    async def scenario() -> None:
        editor.begin_load(str(path), "t.csv")
        await wait_until(lambda: not editor.is_busy())

    async_runner.run(scenario())
    assert editor.value() == {"q": ["who"], "a": ["me"]}


def test_without_a_running_loop(qtbot: QtBot) -> None:
    zone = ImageDropZone()
    qtbot.addWidget(zone)

    async def never(source: Any, name: str) -> Any:  # pragma: no cover - not reached
        raise AssertionError

    bind_loader(zone, never)
    zone.set_value("/x/a.png")
    assert zone.message() == "Files can't be loaded: the app's event loop is not running."
    assert not zone.is_busy()
