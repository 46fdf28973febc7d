"""The history service: one worker thread, ordered writes, files stored there, settings."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from hfi_desktop.catalog.model import FileValue
from hfi_desktop.inference import Blob
from hfi_desktop.runs import RunState
from hfi_desktop.storage.history.service import (
    HISTORY_THREAD_NAME,
    HistoryService,
    HistorySettings,
    HistoryUnavailableError,
)
from hfi_desktop.storage.history.store import HistoryFilter, HistoryStore
from hfi_desktop.storage.records import FileRef, RunRecord
from hfi_desktop.storage.settings import Settings
from tests.support.qt_async import AsyncRunner, wait_until
from tests.support.qt_async import qasync_loop as qasync_loop

PNG = b"\x89PNG\r\n\x1a\n fake"


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def history(qasync_loop: AsyncRunner, tmp_path: Path, settings: Settings
            ) -> Iterator[HistoryService]:
    made = HistoryService.open(tmp_path / "data", settings=settings)
    assert made.wait_open(5)
    yield made
    made.close()


def running(**changes: object) -> RunRecord:
    base = RunRecord("image-classification", "google/vit-base-patch16-224",
                     {"data": FileValue("cats.png", PNG, "image/png")}, {}, {}, id="r1")
    for name, value in changes.items():
        setattr(base, name, value)
    return base


def test_the_store_lives_on_one_worker_thread(history: HistoryService) -> None:
    names = history.submit(lambda _store: threading.current_thread().name).result(5)
    assert names.startswith(HISTORY_THREAD_NAME)
    assert history.submit(lambda store: store.journal_mode()).result(5) == "wal"
    assert history.db_path.name == "history.sqlite3"


def test_writes_land_in_order_and_files_are_stored(history: HistoryService,
                                                   qasync_loop: AsyncRunner) -> None:
    changed: list[int] = []
    history.changed.connect(lambda: changed.append(1))

    async def main() -> RunRecord | None:
        history.start(running())
        history.update_text("r1", "ignored: not a stream, but ordered")
        history.finish(running(state=RunState.DONE, elapsed_s=0.5,
                               result=Blob(b"\xff\xd8 jpeg", "image/jpeg")))
        await history.flush()
        await wait_until(lambda: len(changed) >= 2)
        return await history.get("r1")

    got = qasync_loop.run(main())
    assert got is not None and got.state is RunState.DONE
    data = FileRef.from_json(got.form["data"])
    assert data.stored and data.name == "cats.png" and history.files.get(data) == PNG
    result = FileRef.from_json(got.result)
    assert result.mime == "image/jpeg" and result.name == "result.jpg"
    assert history.files.get(result) == b"\xff\xd8 jpeg"


def test_keep_inputs_off_keeps_only_a_fingerprint(history: HistoryService,
                                                 qasync_loop: AsyncRunner) -> None:
    history.finish(running(state=RunState.DONE), HistorySettings(keep_inputs=False))
    got = qasync_loop.run(history.get("r1"))
    assert got is not None
    ref = FileRef.from_json(got.form["data"])
    assert not ref.stored and ref.size == len(PNG)
    assert history.files.hashes() == set()


def test_the_size_cap_comes_from_the_settings(history: HistoryService, settings: Settings,
                                              qasync_loop: AsyncRunner) -> None:
    settings.set("history/max_store_mb", 1)
    assert history.settings().max_store_bytes == 1024 * 1024
    big = FileValue("big.png", b"x" * (2 * 1024 * 1024), "image/png")
    history.finish(running(state=RunState.DONE, form={"data": big}))
    got = qasync_loop.run(history.get("r1"))
    assert got is not None and not FileRef.from_json(got.form["data"]).stored


def test_queries_delete_and_clear(history: HistoryService, qasync_loop: AsyncRunner) -> None:
    for n in range(5):
        history.finish(RunRecord("text-classification", "m", {"inputs": f"text {n}"}, {}, {},
                                 id=f"r{n}", started_at=1000.0 + n, state=RunState.DONE))

    async def main() -> None:
        total, rows = await history.page(HistoryFilter(), 3)
        assert total == 5 and [r.id for r in rows] == ["r4", "r3", "r2"]
        more = await history.query(before=(rows[-1].started_at, rows[-1].seq))
        assert [r.id for r in more] == ["r1", "r0"]
        assert await history.count(HistoryFilter(text="text 3")) == 1
        assert await history.delete(["r3"]) == 1
        assert await history.count() == 4
        await history.clear()
        assert await history.count() == 0

    qasync_loop.run(main())


def test_an_unusable_database_makes_the_history_unavailable(
        qasync_loop: AsyncRunner, tmp_path: Path, settings: Settings) -> None:
    (tmp_path / "data" / "history.sqlite3").mkdir(parents=True)  # a folder: can't open
    history = HistoryService.open(tmp_path / "data", settings=settings)
    try:
        assert not history.wait_open(5)
        assert history.error is not None
        history.finish(running(state=RunState.DONE)).result(5)  # dropped, not raised
        with pytest.raises(HistoryUnavailableError, match="unavailable"):
            qasync_loop.run(history.count())
    finally:
        history.close()


def test_close_waits_for_queued_writes(qasync_loop: AsyncRunner, tmp_path: Path,
                                       settings: Settings) -> None:
    history = HistoryService.open(tmp_path / "data", settings=settings)
    for n in range(50):
        history.finish(RunRecord("text-classification", "m", {"inputs": "x"}, {}, {},
                                 id=f"r{n}", state=RunState.DONE))
    history.close()
    store = HistoryStore(tmp_path / "data" / "history.sqlite3")
    assert store.count() == 50
    store.close()
    history.finish(running())  # after close: ignored
