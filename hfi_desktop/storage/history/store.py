"""The history of runs, in SQLite: one :class:`HistoryStore` per database file.

Durability: the database runs in WAL mode with ``synchronous=NORMAL``. A commit is then one
append to the write-ahead log, with no fsync: it survives the application being killed
(SIGKILL, a crash) because the log is in the OS's hands as soon as the commit returns, and
the database is never corrupted; only a power cut or an OS crash may lose the last commits
(those since the last checkpoint's fsync). That is the right trade for a history that is
written every second while text streams in: ``synchronous=FULL`` would fsync each of those
commits (milliseconds to tens of milliseconds each on a laptop disk) to protect against a
power cut, which at worst costs the last second of a run.

Threads: a store belongs to the thread that opened it (sqlite3's own check is kept on).
The application opens it on the history worker thread and calls it only from there
(:mod:`hfi_desktop.storage.history.service`); the GUI thread never touches sqlite.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from hfi_desktop.inference import PYTHON_LANE
from hfi_desktop.redaction import redact
from hfi_desktop.runs import RunState
from hfi_desktop.storage.history import schema
from hfi_desktop.storage.history.text import (
    FILE_KEY,
    file_refs,
    search_text,
    snippet,
    to_json_text,
)
from hfi_desktop.storage.records import RunRecord

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Sequence

    from hfi_desktop.storage.history.content_store import ContentStore

log = logging.getLogger(__name__)

#: Shortest term looked up in the FTS (trigram) index; shorter terms use LIKE.
FTS_MIN_TERM = 3


@dataclass(frozen=True)
class HistoryFilter:
    """What the panel asks for; None or "" means "any". ``model`` matches a part of the model
    id; ``text`` is words (each must occur, case-insensitive) in the inputs, the result, the
    error, the streamed text, the model or the task."""

    task: str | None = None
    model: str | None = None
    state: RunState | None = None
    text: str | None = None

    def is_empty(self) -> bool:
        return not (self.task or (self.model or "").strip() or self.state
                    or (self.text or "").strip())


@dataclass(frozen=True)
class RunSummary:
    """One row of the panel (no form, result or text)."""

    seq: int
    id: str
    task_id: str
    model: str
    state: RunState
    partial: bool
    started_at: float
    elapsed_s: float | None
    http_status: int | None
    snippet: str
    error_title: str | None


_SUMMARY_COLUMNS = ("seq, id, task_id, model, state, partial, started_at, elapsed_s, "
                    "http_status, snippet, error_title")
_RECORD_COLUMNS = ("id, task_id, model, state, started_at, elapsed_s, http_status, "
                   "response_bytes, tokens, form, parameters, options, error, result, text")


class HistoryStore:
    """``HistoryStore(path, files)``: opens (creating if needed) the database at ``path``;
    ``files`` is the content store the records' files are in (deleting runs frees them).

    ``fts``: use the FTS5 index for text search (default: when the sqlite3 build has it);
    False forces the LIKE scan. Opening also recovers runs a crash left RUNNING
    (:meth:`recover`). A file that is not a database is moved aside
    (``history.sqlite3.damaged-<time>``) and a new history begun.
    """

    def __init__(self, path: Path, files: ContentStore | None = None, *,
                 fts: bool | None = None) -> None:
        self.path = Path(path)
        self.files = files
        if files is not None:
            files.referenced = self.referenced_hashes
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._conn = self._open()
        except sqlite3.DatabaseError as error:
            if isinstance(error, sqlite3.OperationalError):
                raise  # locked, read-only, no space: nothing to repair
            self._move_aside(error)
            self._conn = self._open()
        available = schema.fts5_available(self._conn)
        self.fts = available if fts is None else (fts and available)
        with self._transaction():
            schema.set_up_search(self._conn, self.fts)
        self.recovered = self.recover()

    # -- opening ------------------------------------------------------------------------------

    def _open(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, timeout=5.0, isolation_level=None)
        try:
            mode = conn.execute("PRAGMA journal_mode=WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                log.warning("history: journal mode is %s, not WAL", mode)
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute("PRAGMA foreign_keys=ON")
            conn.execute("BEGIN IMMEDIATE")
            try:
                schema.create(conn)
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")
        except BaseException:
            conn.close()
            raise
        return conn

    def _move_aside(self, error: Exception) -> None:
        stamp = time.strftime("%Y%m%d-%H%M%S")
        log.error("history: %s is damaged (%s); moved aside, a new history begins",
                  self.path, error)
        for suffix in ("", "-wal", "-shm"):
            source = Path(f"{self.path}{suffix}")
            if source.exists():
                os.replace(source, f"{self.path}.damaged-{stamp}{suffix}")

    def close(self) -> None:
        """Close the connection (the last one to close checkpoints the WAL into the file)."""
        self._conn.close()

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            yield self._conn
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise
        self._conn.execute("COMMIT")

    # -- facts --------------------------------------------------------------------------------

    def journal_mode(self) -> str:
        return str(self._conn.execute("PRAGMA journal_mode").fetchone()[0])

    def integrity_check(self) -> str:
        return str(self._conn.execute("PRAGMA integrity_check").fetchone()[0])

    def referenced_hashes(self) -> set[str]:
        return {sha for (sha,) in self._conn.execute("SELECT DISTINCT sha256 FROM run_files")}

    # -- writing ------------------------------------------------------------------------------

    def start(self, record: RunRecord) -> None:
        """Record a run that begins (or replace the record with the same id)."""
        self._write(record)

    def finish(self, record: RunRecord) -> None:
        """Record a run's outcome (inserts it if :meth:`start` was never recorded)."""
        self._write(record)

    def finish_many(self, records: Iterable[RunRecord]) -> int:
        """Record many finished runs in one transaction (imports, benchmarks, tests)."""
        count = 0
        with self._transaction():
            for record in records:
                self._write_row(record)
                count += 1
        return count

    def update_text(self, run_id: str, text: str, tokens: int | None = None) -> bool:
        """The streamed text so far, for a run still RUNNING (False: no such run)."""
        with self._transaction() as conn:
            cursor = conn.execute(
                "UPDATE runs SET text = ?, tokens = coalesce(?, tokens), partial = ? "
                "WHERE id = ? AND state = ?",
                (redact(text), tokens, int(bool(text)), run_id, RunState.RUNNING.value))
        return cursor.rowcount > 0

    def recover(self) -> int:
        """Runs left RUNNING (the application stopped mid-run) become INTERRUPTED, keeping the
        text they had (partial). Returns how many."""
        rows = self._conn.execute(
            f"SELECT {_RECORD_COLUMNS} FROM runs WHERE state = ?",
            (RunState.RUNNING.value,)).fetchall()
        if not rows:
            return 0
        with self._transaction():
            for row in rows:
                record = _record(row)
                record.state = RunState.INTERRUPTED
                self._write_row(record)
        log.info("history: %d run(s) interrupted by the last exit recovered", len(rows))
        return len(rows)

    def delete(self, run_ids: str | Iterable[str]) -> int:
        """Delete runs (and the files only they used); returns how many were deleted."""
        ids = [run_ids] if isinstance(run_ids, str) else list(run_ids)
        deleted = 0
        with self._transaction() as conn:
            for chunk in _chunks(ids, 500):
                marks = ",".join("?" * len(chunk))
                deleted += conn.execute(f"DELETE FROM runs WHERE id IN ({marks})",
                                        chunk).rowcount
        self.collect_files()
        return deleted

    def clear(self) -> None:
        """Delete every run and every stored file."""
        with self._transaction() as conn:
            conn.execute("DELETE FROM run_files")
            conn.execute("DELETE FROM run_search")
            conn.execute("DELETE FROM runs")
        self.collect_files()

    def collect_files(self) -> int:
        """Remove stored files no run refers to; returns the bytes freed."""
        return self.files.gc(self.referenced_hashes()) if self.files is not None else 0

    def _write(self, record: RunRecord) -> None:
        with self._transaction():
            self._write_row(record)

    def _write_row(self, record: RunRecord) -> None:
        conn = self._conn
        with PYTHON_LANE:  # pure Python over the whole result (a stream's 5,000 events)
            values, search, shas = _row_of(record)
        seq = conn.execute(
            "INSERT INTO runs (id, task_id, model, state, partial, started_at, elapsed_s, "
            "http_status, response_bytes, tokens, snippet, error_title, form, parameters, "
            "options, error, result, text) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) "
            "ON CONFLICT (id) DO UPDATE SET task_id=excluded.task_id, model=excluded.model, "
            "state=excluded.state, partial=excluded.partial, started_at=excluded.started_at, "
            "elapsed_s=excluded.elapsed_s, http_status=excluded.http_status, "
            "response_bytes=excluded.response_bytes, tokens=excluded.tokens, "
            "snippet=excluded.snippet, error_title=excluded.error_title, form=excluded.form, "
            "parameters=excluded.parameters, options=excluded.options, error=excluded.error, "
            "result=excluded.result, text=excluded.text RETURNING seq", values).fetchone()[0]
        conn.execute("INSERT INTO run_search (seq, search) VALUES (?, ?) "
                     "ON CONFLICT (seq) DO UPDATE SET search = excluded.search "
                     "WHERE search IS NOT excluded.search", (seq, search))
        conn.execute("DELETE FROM run_files WHERE run_id = ?", (record.id,))
        conn.executemany("INSERT INTO run_files (run_id, sha256) VALUES (?, ?)",
                         [(record.id, sha) for sha in sorted(shas)])

    # -- reading ------------------------------------------------------------------------------

    def get(self, run_id: str) -> RunRecord | None:
        row = self._conn.execute(f"SELECT {_RECORD_COLUMNS} FROM runs WHERE id = ?",
                                 (run_id,)).fetchone()
        return None if row is None else _record(row)

    def query(self, where: HistoryFilter | None = None, limit: int = 100, offset: int = 0, *,
              before: tuple[float, int] | None = None) -> list[RunSummary]:
        """Runs matching ``where``, newest first. ``before``: (started_at, seq) of the last
        row already shown, to continue after it however many runs were added since."""
        clauses, args = self._conditions(where or HistoryFilter())
        if before is not None:
            clauses.append("(r.started_at, r.seq) < (?, ?)")
            args.extend(before)
        sql = (f"SELECT {_qualified(_SUMMARY_COLUMNS)} FROM runs r {_where(clauses)} "
               "ORDER BY r.started_at DESC, r.seq DESC LIMIT ? OFFSET ?")
        rows = self._conn.execute(sql, [*args, limit, offset]).fetchall()
        return [_summary(row) for row in rows]

    def count(self, where: HistoryFilter | None = None) -> int:
        clauses, args = self._conditions(where or HistoryFilter())
        return int(self._conn.execute(f"SELECT count(*) FROM runs r {_where(clauses)}",
                                      args).fetchone()[0])

    def _conditions(self, where: HistoryFilter) -> tuple[list[str], list[Any]]:
        clauses: list[str] = []
        args: list[Any] = []
        if where.task:
            clauses.append("r.task_id = ?")
            args.append(where.task)
        model = (where.model or "").strip()
        if model:
            clauses.append("r.model LIKE ? ESCAPE '\\'")
            args.append(f"%{_escape_like(model)}%")
        if where.state:
            clauses.append("r.state = ?")
            args.append(RunState(where.state).value)
        terms = (where.text or "").lower().split()
        indexed = [t for t in terms if self.fts and len(t) >= FTS_MIN_TERM]
        scanned = [t for t in terms if t not in indexed]
        if indexed:
            clauses.append("r.seq IN (SELECT rowid FROM runs_fts WHERE runs_fts MATCH ?)")
            args.append(" AND ".join('"' + t.replace('"', '""') + '"' for t in indexed))
        if scanned:
            likes = " AND ".join("search LIKE ? ESCAPE '\\'" for _ in scanned)
            clauses.append(f"r.seq IN (SELECT seq FROM run_search WHERE {likes})")
            args.extend(f"%{_escape_like(t)}%" for t in scanned)
        return clauses, args


# ------------------------------------------------------------------------------------ rows
def _record(row: Sequence[Any]) -> RunRecord:
    (run_id, task_id, model, state, started_at, elapsed_s, http_status, response_bytes,
     tokens, form, parameters, options, error, result, text) = row
    return RunRecord(
        task_id=task_id, model=model, form=json.loads(form), parameters=json.loads(parameters),
        options=json.loads(options), id=run_id, started_at=started_at,
        state=RunState(state), elapsed_s=elapsed_s, http_status=http_status,
        response_bytes=response_bytes,
        result=None if result is None else json.loads(result),
        error=None if error is None else json.loads(error), text=text, tokens=tokens)


def _summary(row: Sequence[Any]) -> RunSummary:
    (seq, run_id, task_id, model, state, partial, started_at, elapsed_s, http_status,
     text, error_title) = row
    return RunSummary(seq, run_id, task_id, model, RunState(state), bool(partial), started_at,
                      elapsed_s, http_status, text, error_title)


def _qualified(columns: str) -> str:
    return ", ".join(f"r.{name.strip()}" for name in columns.split(","))


def _where(clauses: list[str]) -> str:
    return f"WHERE {' AND '.join(clauses)}" if clauses else ""


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _chunks(items: list[str], size: int) -> Iterator[list[str]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def _row_of(record: RunRecord) -> tuple[tuple[object, ...], str, set[str]]:
    """The ``runs`` row of ``record``, its search text, and the stored files it refers to;
    no access token in any of it."""
    record = record.redacted()
    error_title = record.error.get("title") if record.error else None
    form_json = to_json_text(record.form)
    result_json = None if record.result is None else to_json_text(record.result)
    values = (
        record.id, record.task_id, record.model, record.state.value, int(record.partial),
        record.started_at, record.elapsed_s, record.http_status, record.response_bytes,
        record.tokens, snippet(record.form, record.result, record.error, record.text),
        error_title, form_json, to_json_text(record.parameters),
        to_json_text(record.options),
        None if record.error is None else to_json_text(record.error),
        result_json, record.text,
    )
    search = search_text(record.task_id, record.model, record.form, record.error,
                         record.result if not record.text else None, record.text)
    # Walking a result for files is pure Python over all of it: only when its JSON holds a
    # file reference at all.
    has_files = any(text is not None and FILE_KEY in text for text in (form_json, result_json))
    shas = {ref.sha256 for ref in file_refs([record.form, record.result])
            if ref.stored} if has_files else set()
    return values, search, shas
