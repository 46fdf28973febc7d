"""History storage faults, produced for real: a full disk (the content store's writer raises
ENOSPC), the database locked by another process (a second sqlite3 connection holding
``BEGIN EXCLUSIVE``), damaged pages (bytes of a real database overwritten).

Nothing a run produced is lost: a failed write is kept and retried, a file that cannot be
stored leaves its record without the file (marked so), a damaged database is salvaged.
"""

from __future__ import annotations

import errno
import os
import time
from pathlib import Path
from typing import BinaryIO

import pytest
from PySide6.QtCore import QSettings

from hfi_desktop.inference import Blob
from hfi_desktop.runs import RunState
from hfi_desktop.storage import paths
from hfi_desktop.storage.history.content_store import ContentStore
from hfi_desktop.storage.history.service import HistoryService
from hfi_desktop.storage.history.store import HistoryStore
from hfi_desktop.storage.records import FileRef, RunRecord
from hfi_desktop.storage.settings import Settings
from tests.support.qt_async import AsyncRunner
from tests.support.qt_async import qasync_loop as qasync_loop
from tests.support.sqlite_faults import RUNS, OtherProcessLock, damage, history_db

IMAGE = b"\x89PNG\r\n\x1a\n" + os.urandom(3 * 1024 * 1024)  # a 3 MB generated image


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def base(tmp_path: Path) -> Path:
    return tmp_path / "data"


def done(run_id: str = "r1", **changes: object) -> RunRecord:
    record = RunRecord("text-to-image", "black-forest-labs/FLUX.1-dev",
                       {"inputs": "a lighthouse at dusk"}, {}, {}, id=run_id,
                       state=RunState.DONE, elapsed_s=2.0, result=Blob(IMAGE, "image/png"))
    for name, value in changes.items():
        setattr(record, name, value)
    return record


def read_run(base: Path, run_id: str) -> RunRecord | None:
    """The run as another process would read it (its own connection)."""
    store = HistoryStore(paths.history_db_path(base))
    try:
        return store.get(run_id)
    finally:
        store.close()


def wait_for(predicate: object, timeout: float = 30.0) -> None:
    assert callable(predicate)
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


@pytest.fixture
def make_db(base: Path) -> Path:
    """A history database that exists (WAL) before the service opens it."""
    db = paths.history_db_path(base)
    HistoryStore(db).close()
    return db


# -- fault 1: disk full, database locked ---------------------------------------------------

def test_a_file_the_disk_cannot_take_leaves_the_run_without_it(
        qasync_loop: AsyncRunner, base: Path, settings: Settings) -> None:
    def full_disk(_file: BinaryIO, _data: bytes) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    files = ContentStore(paths.files_dir(base), write=full_disk)
    history = HistoryService.open(base, settings=settings, files=files)
    try:
        assert history.wait_open(5)
        history.finish(done()).result(30)
        got = qasync_loop.run(history.get("r1"))
    finally:
        history.close()
    assert got is not None and got.state is RunState.DONE  # the run is kept ...
    ref = FileRef.from_json(got.result)
    assert not ref.stored and ref.size == len(IMAGE)  # ... without its file, marked so
    assert "No space left on device" in ref.lost
    assert history.unsaved_runs() == []
    assert list((paths.files_dir(base) / ".tmp").iterdir()) == []  # no half-written file


def test_a_write_while_another_process_locks_the_database_lands_after_the_lock(
        base: Path, make_db: Path, settings: Settings) -> None:
    history = HistoryService.open(base, settings=settings)
    unsaved: list[int] = []
    history.unsaved.connect(lambda: unsaved.append(len(history.unsaved_runs())))
    assert history.wait_open(5)
    lock = OtherProcessLock(make_db, 8.0)  # longer than sqlite's 5 s busy wait
    try:
        history.finish(done())
        wait_for(lambda: history.unsaved_runs(), timeout=20)  # told: not saved (yet)
        pending = history.unsaved_runs()
        assert [r.id for r in pending] == ["r1"]
        loaded = history.unsaved_files(FileRef.from_json(pending[0].result))
        assert loaded == IMAGE  # what Save… writes elsewhere is there in memory
        wait_for(lambda: lock.released.is_set(), timeout=20)
        wait_for(lambda: read_run(base, "r1") is not None, timeout=30)  # retried: saved
        wait_for(lambda: not history.unsaved_runs(), timeout=10)
    finally:
        lock.cancel()
        history.close()
    stored = read_run(base, "r1")
    assert stored is not None and stored.state is RunState.DONE
    assert history.files.get(FileRef.from_json(stored.result)) == IMAGE


def test_a_database_locked_at_start_up_opens_once_the_lock_goes(
        base: Path, make_db: Path, settings: Settings) -> None:
    lock = OtherProcessLock(make_db, 7.0)
    history = HistoryService.open(base, settings=settings, busy_timeout_s=0.5)
    try:
        assert not history.wait_open(10)  # locked: not open yet ...
        history.finish(done())  # ... and what finishes meanwhile is queued
        wait_for(lambda: [r.id for r in history.unsaved_runs()] == ["r1"], timeout=10)
        wait_for(lambda: lock.released.is_set(), timeout=20)
        wait_for(lambda: history.error is None and read_run(base, "r1") is not None,
                 timeout=30)
        assert history.submit(lambda store: store.count()).result(10) == 1
        assert not history.unsaved_runs()
    finally:
        lock.cancel()
        history.close()


# -- fault 4: damaged pages ----------------------------------------------------------------

def test_a_database_with_damaged_pages_is_salvaged(
        qasync_loop: AsyncRunner, base: Path, settings: Settings) -> None:
    db = history_db(base)
    lost = damage(db)
    damaged_bytes = db.read_bytes()
    history = HistoryService.open(base, settings=settings)
    notes: list[str] = []
    history.repaired.connect(notes.append)
    try:
        assert history.wait_open(30), history.error
        count = history.submit(lambda store: store.count()).result(30)
        assert count == RUNS - lost and 0 < lost < RUNS  # every readable run kept
        assert history.submit(lambda store: store.integrity_check()).result(30) == "ok"
        got = qasync_loop.run(history.get("r0"))
        assert got is not None and got.form["inputs"].startswith("text 0 ")
        history.finish(done("new"))  # and the history works on
        assert qasync_loop.run(history.get("new")) is not None
    finally:
        history.close()
    copies = [c for c in db.parent.glob("history.sqlite3.damaged-*")
              if not c.name.endswith(("-wal", "-shm"))]
    assert [c.read_bytes() == damaged_bytes for c in copies] == [True]  # kept as it was
    note = history.repair_note
    assert note is not None and f"{count} of" in note and copies[0].name in note
    # told once: the next start finds a sound file
    again = HistoryService.open(base, settings=settings)
    try:
        assert again.wait_open(10) and again.repair_note is None
    finally:
        again.close()


def test_damage_met_by_a_query_later_is_salvaged_then(
        qasync_loop: AsyncRunner, base: Path, settings: Settings) -> None:
    db = history_db(base)
    history = HistoryService.open(base, settings=settings)
    try:
        assert history.wait_open(10)
        lost = damage(db)  # the disk goes bad under the open history
        # its page cache forgets (as it does when other pages are read)
        history.submit(lambda store: store._conn.execute("PRAGMA shrink_memory")).result(10)
        rows = qasync_loop.run(history.query(limit=RUNS), timeout=30)
        assert len(rows) == RUNS - lost  # the query ran again on the salvaged file
        assert history.repair_note is not None
        assert qasync_loop.run(history.count()) == RUNS - lost
    finally:
        history.close()


def test_a_damaged_file_of_the_older_schema_is_salvaged_with_its_columns(
        tmp_path: Path) -> None:
    """A file written before ``value_format`` existed lacks that column: its runs are
    salvaged all the same (read as that schema's), not skipped row by row."""
    from hfi_desktop.storage.history import store as store_module
    from hfi_desktop.storage.history.salvage import salvage_runs

    old = tmp_path / "history.sqlite3"
    old.write_bytes((Path(__file__).parents[2] / "data" / "history-v1" /
                     "history.sqlite3").read_bytes())
    found = salvage_runs(old, store_module._RECORD_COLUMNS)
    assert found.rows and found.listed == len(found.rows)
    records = [store_module._record(row) for row in found.rows]
    assert all(record.task_id for record in records)
