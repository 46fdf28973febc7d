"""Real faults of the history's SQLite database, for tests: another process's lock (a
second connection holding ``BEGIN EXCLUSIVE``) and damaged pages (bytes overwritten)."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from hfi_desktop.runs import RunState
from hfi_desktop.storage import paths
from hfi_desktop.storage.history.store import HistoryStore
from hfi_desktop.storage.records import RunRecord

RUNS = 300


class OtherProcessLock:
    """A second connection to the database holding ``BEGIN EXCLUSIVE`` (what another
    process writing to it does), released after ``seconds`` or by :meth:`release`."""

    def __init__(self, db: Path, seconds: float) -> None:
        self._conn = sqlite3.connect(db, isolation_level=None, check_same_thread=False)
        self._conn.execute("BEGIN EXCLUSIVE")
        self._conn.execute("INSERT INTO schema_version (version) SELECT 1 WHERE 0")
        self.released = threading.Event()
        self._timer = threading.Timer(seconds, self.release)
        self._timer.start()

    def release(self) -> None:
        if not self.released.is_set():
            self.released.set()
            self._conn.execute("COMMIT")
            self._conn.close()

    def cancel(self) -> None:
        self._timer.cancel()
        self.release()


def history_db(base: Path) -> Path:
    """A real history of RUNS runs (about 130 pages), closed (its WAL checkpointed)."""
    db = paths.history_db_path(base)
    store = HistoryStore(db)
    store.finish_many(
        RunRecord("text-classification", "m", {"inputs": f"text {n} " + "x" * 300}, {}, {},
                  id=f"r{n}", started_at=1000.0 + n, state=RunState.DONE)
        for n in range(RUNS))
    store.close()
    return db


def damage(db: Path) -> int:
    """Overwrite two pages of ``db``: the root of the state index (recover() reads it at
    every start) and one leaf of the runs table. Returns how many runs that leaf held."""
    conn = sqlite3.connect(db)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    state_root = conn.execute(
        "SELECT rootpage FROM sqlite_master WHERE name = 'runs_by_state'").fetchone()[0]
    leaves = [page for (page,) in conn.execute(
        "SELECT pageno FROM dbstat WHERE name = 'runs' AND pagetype = 'leaf' "
        "ORDER BY pageno")]
    leaf = leaves[len(leaves) // 2]
    lost = int(conn.execute("SELECT ncell FROM dbstat WHERE pageno = ?", (leaf,)).fetchone()[0])
    conn.close()
    with open(db, "r+b") as file:
        for page in (state_root, leaf):
            file.seek((page - 1) * page_size)
            file.write(b"\xa5" * page_size)
    return lost
