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
from hfi_desktop.storage.history.owners import Owner
from hfi_desktop.storage.history.salvage import Salvage, is_damage, salvage_runs
from hfi_desktop.storage.history.text import (
    FILE_KEY,
    from_schema_1,
    search_text,
    snippet,
    to_json_text,
)
from hfi_desktop.storage.records import RunRecord, files_in

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Sequence, Set

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
                   "response_bytes, tokens, form, parameters, options, error, result, text, "
                   "value_format")
#: The value_format this version writes (see schema).
_ESCAPED = 1


class HistoryStore:
    """``HistoryStore(path, files)``: opens (creating if needed) the database at ``path``;
    ``files`` is the content store the records' files are in (deleting runs frees them).

    ``fts``: use the FTS5 index for text search (default: when the sqlite3 build has it);
    False forces the LIKE scan. Opening also recovers runs a crash left RUNNING
    (:meth:`recover`). A damaged file (not a database, or pages ``PRAGMA quick_check``
    finds damaged at opening, or damage met later: :meth:`repair`) is moved aside
    (``history.sqlite3.damaged-<time>``) and a new history begun with every run that can
    still be read from it (:mod:`.salvage`); :attr:`repair_note` says what was done.
    ``timeout``: how long a write waits for another process's lock (seconds).

    ``owner``: this instance's claim on the data folder (default: a new one in
    ``<database>.owners``, given to ``files`` too); the runs it writes carry its id.
    """

    def __init__(self, path: Path, files: ContentStore | None = None, *,
                 fts: bool | None = None, timeout: float = 5.0,
                 owner: Owner | None = None) -> None:
        self.path = Path(path)
        self.files = files
        if files is not None:
            files.referenced = self.referenced_hashes
        self._fts_wanted = fts
        self._timeout = timeout
        self.fts = False
        #: What a repair of a damaged file did, for the user (None: the file was sound).
        self.repair_note: str | None = None
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.owner = owner or Owner(self.path.with_name(f"{self.path.name}.owners"))
        if files is not None:
            files.owner = self.owner
        try:
            self._conn = self._open()
            self._check()
            self.recovered = self._set_up()
        except sqlite3.DatabaseError as error:
            if not is_damage(error):
                self._close_quietly()
                if owner is None:  # its own claim: given up with the store
                    self.owner.close()
                raise  # locked, read-only, no space: nothing to repair
            self.repair(error)

    # -- damage ---------------------------------------------------------------------------------

    def _check(self) -> None:
        """Raise the damage error if ``PRAGMA quick_check`` finds damaged pages."""
        verdict = [str(row[0]) for row in self._conn.execute("PRAGMA quick_check")]
        if verdict != ["ok"]:
            raise sqlite3.DatabaseError(f"database disk image is malformed: {verdict[0]}")

    def repair(self, error: sqlite3.DatabaseError) -> None:
        """Met damage (``error``, see :func:`~.salvage.is_damage`): start again from what
        can be read (at opening, or when a query meets it later)."""
        self._close_quietly()
        self._start_again(error)

    def _close_quietly(self) -> None:
        conn: sqlite3.Connection | None = getattr(self, "_conn", None)  # (unset: not opened)
        if conn is not None:
            with contextlib.suppress(sqlite3.Error):
                conn.close()

    def _start_again(self, error: sqlite3.DatabaseError) -> None:
        """Move the damaged file aside (kept as it is), begin a new one with every run that
        can still be read from it, and say so in :attr:`repair_note`."""
        copy = self._move_aside(error)
        self._conn = self._open()
        self.recovered = self._set_up()
        found = salvage_runs(copy, _RECORD_COLUMNS) if copy is not None else Salvage()
        kept = 0
        with self._transaction():
            for row in found.rows:
                try:
                    self._write_row(_record(row))
                except (ValueError, TypeError, KeyError, sqlite3.IntegrityError) as bad:
                    log.warning("history salvage: a run could not be read back: %s", bad)
                    continue  # a garbled value
                kept += 1
        self.recovered += self.recover()
        listed = max(found.listed, kept)
        where = f"“{copy.name}” in {copy.parent}" if copy is not None else "nowhere"
        self.repair_note = (
            f"The history file was damaged: {kept} of {listed} runs could be read and are "
            f"in a new history file; the damaged file is kept as {where}.")
        log.error("history: %s", self.repair_note)

    # -- opening ------------------------------------------------------------------------------

    def _set_up(self) -> int:
        """The search index as asked for, and the runs a crash left RUNNING recovered."""
        available = schema.fts5_available(self._conn)
        self.fts = available if self._fts_wanted is None else (self._fts_wanted and available)
        with self._transaction():
            schema.set_up_search(self._conn, self.fts)
        return self.recover()

    def _open(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, timeout=self._timeout, isolation_level=None)
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

    def _move_aside(self, error: Exception) -> Path | None:
        """The damaged file (with its WAL) renamed beside it; its new path (None: none)."""
        stamp = time.strftime("%Y%m%d-%H%M%S")
        log.error("history: %s is damaged (%s); moved aside, a new history begins",
                  self.path, error)
        copy = Path(f"{self.path}.damaged-{stamp}")
        for suffix in ("", "-wal", "-shm"):
            source = Path(f"{self.path}{suffix}")
            if source.exists():
                os.replace(source, f"{copy}{suffix}")
        return copy if copy.exists() else None

    def close(self) -> None:
        """Close the connection (the last one to close checkpoints the WAL into the file) and
        give up the claim on the folder."""
        self._conn.close()
        self.owner.close()

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
        shas: set[str] = set()
        with self._transaction():
            for record in records:
                shas |= self._write_row(record)
                count += 1
        self._committed(shas)
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
        """Runs left RUNNING by an instance that is gone (the application stopped mid-run)
        become INTERRUPTED, keeping the text they had (partial); those of an instance still
        running (another process on the same folder) are left to it. Returns how many."""
        owners = self._conn.execute("SELECT DISTINCT owner FROM runs WHERE state = ?",
                                    (RunState.RUNNING.value,)).fetchall()
        gone = [owner for (owner,) in owners if not self.owner.is_alive(owner)]
        if not gone:
            return 0
        recovered = 0
        with self._transaction() as conn:
            for owner in gone:
                rows = conn.execute(
                    f"SELECT {_RECORD_COLUMNS} FROM runs WHERE state = ? AND owner IS ?",
                    (RunState.RUNNING.value, owner)).fetchall()
                for row in rows:
                    record = _record(row)
                    record.state = RunState.INTERRUPTED
                    self._write_row(record, owner=owner)
                recovered += len(rows)
        log.info("history: %d run(s) interrupted by the last exit recovered", recovered)
        return recovered

    def delete(self, run_ids: str | Iterable[str]) -> int:
        """Delete runs (and the files only they used); returns how many were deleted."""
        ids = [run_ids] if isinstance(run_ids, str) else list(run_ids)
        deleted = 0
        freed: set[str] = set()
        with self._transaction() as conn:
            for chunk in _chunks(ids, 500):
                marks = ",".join("?" * len(chunk))
                freed.update(sha for (sha,) in conn.execute(
                    f"SELECT sha256 FROM run_files WHERE run_id IN ({marks})", chunk))
                deleted += conn.execute(f"DELETE FROM runs WHERE id IN ({marks})",
                                        chunk).rowcount
        self.collect_files(freed)
        return deleted

    def clear(self) -> None:
        """Delete every run and every stored file (but those another running instance is
        about to commit)."""
        with self._transaction() as conn:
            freed = {sha for (sha,) in conn.execute("SELECT sha256 FROM run_files")}
            conn.execute("DELETE FROM run_files")
            conn.execute("DELETE FROM run_search")
            conn.execute("DELETE FROM runs")
        self.collect_files(freed)

    def collect_files(self, freed: Set[str] = frozenset()) -> int:
        """Remove stored files no run refers to (see ContentStore.gc: ``freed``, the files of
        runs just deleted, go however recent); returns the bytes freed."""
        if self.files is None:
            return 0
        return self.files.gc(self.referenced_hashes(), free=freed)

    def _write(self, record: RunRecord) -> None:
        with self._transaction():
            shas = self._write_row(record)
        self._committed(shas)

    def _committed(self, shas: set[str]) -> None:
        """The files of runs just committed need no pin any more."""
        if self.files is not None and shas:
            self.files.release(shas)

    def _write_row(self, record: RunRecord, *, owner: str | None = None) -> set[str]:
        """Insert or replace ``record``'s row, as this instance's (or ``owner``'s) run;
        returns the stored files it refers to."""
        conn = self._conn
        with PYTHON_LANE:  # pure Python over the whole result (a stream's 5,000 events)
            values, search, shas = _row_of(record)
        values = (*values, _ESCAPED, owner or self.owner.id)
        seq = conn.execute(
            "INSERT INTO runs (id, task_id, model, state, partial, started_at, elapsed_s, "
            "http_status, response_bytes, tokens, snippet, error_title, form, parameters, "
            "options, error, result, text, value_format, owner) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) "
            "ON CONFLICT (id) DO UPDATE SET task_id=excluded.task_id, model=excluded.model, "
            "state=excluded.state, partial=excluded.partial, started_at=excluded.started_at, "
            "elapsed_s=excluded.elapsed_s, http_status=excluded.http_status, "
            "response_bytes=excluded.response_bytes, tokens=excluded.tokens, "
            "snippet=excluded.snippet, error_title=excluded.error_title, form=excluded.form, "
            "parameters=excluded.parameters, options=excluded.options, error=excluded.error, "
            "result=excluded.result, text=excluded.text, value_format=excluded.value_format, "
            "owner=excluded.owner RETURNING seq", values).fetchone()[0]
        conn.execute("INSERT INTO run_search (seq, search) VALUES (?, ?) "
                     "ON CONFLICT (seq) DO UPDATE SET search = excluded.search "
                     "WHERE search IS NOT excluded.search", (seq, search))
        conn.execute("DELETE FROM run_files WHERE run_id = ?", (record.id,))
        conn.executemany("INSERT INTO run_files (run_id, sha256) VALUES (?, ?)",
                         [(record.id, sha) for sha in sorted(shas)])
        return shas

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
     tokens, form, parameters, options, error, result, text, value_format) = row
    read = json.loads if value_format == _ESCAPED else from_schema_1
    form, result = read(form), None if result is None else read(result)
    return RunRecord(
        task_id=task_id, model=model, form=form, parameters=json.loads(parameters),
        options=json.loads(options), id=run_id, started_at=started_at,
        state=RunState(state), elapsed_s=elapsed_s, http_status=http_status,
        response_bytes=response_bytes, result=result,
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
    shas = {ref.sha256 for ref in files_in([record.form, record.result])
            if ref.stored} if has_files else set()
    return values, search, shas
