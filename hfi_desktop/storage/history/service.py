"""The history as the application uses it: every store call on one dedicated worker thread.

Why one thread that owns the only connection (rather than a connection per thread): the
writes of a run (start, its text every second, its outcome) must land in order, and a FIFO
queue gives that for free; one writer never meets SQLITE_BUSY; and sqlite's reads here are
milliseconds (indexed, paged), so queueing them behind the writes costs nothing visible.
Other processes (an export, the crash test's checker) can still read at the same time: WAL.

The GUI thread only queues work: writes are fire-and-forget (:meth:`HistoryService.start`,
:meth:`~HistoryService.update_text`, :meth:`~HistoryService.finish`; never raised into the
UI), reads are awaited on the asyncio loop (``await history.query(...)``). ``changed`` is
emitted (queued to the GUI thread) after a run was added, finished or removed. Files are read
with ``history.files.get(ref)`` in any worker (the bridge), so a big input file does not wait
behind the history's writes.

Nothing finished is dropped: a run whose write fails (the database locked by another process
past the busy wait, the disk full, the history not open yet) is kept in memory
(:meth:`~HistoryService.unsaved_runs`, ``unsaved`` emitted when that list changes) and
written again: at once after the next write that succeeds, and in the background with a
growing delay while the fault lasts. A database locked at start-up is opened the same way
once the lock goes. Damage met at any time is repaired (:mod:`.store`, :mod:`.salvage`) and
said once (``repaired``, :attr:`~HistoryService.repair_note`).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sqlite3
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Signal

from hfi_desktop.inference import PYTHON_LANE
from hfi_desktop.runs import RunState
from hfi_desktop.storage import paths
from hfi_desktop.storage.history.content_store import ContentStore, file_ref
from hfi_desktop.storage.history.salvage import is_damage
from hfi_desktop.storage.history.store import HistoryFilter, HistoryStore, RunSummary
from hfi_desktop.storage.history.text import PutFile, storable
from hfi_desktop.storage.settings import Settings
from hfi_desktop.threads import lower_priority

if TYPE_CHECKING:
    from collections.abc import Callable

    from hfi_desktop.storage.records import FileRef, RunRecord

T = TypeVar("T")

log = logging.getLogger(__name__)

HISTORY_THREAD_NAME = "hfi-history"
DEFAULT_MAX_STORE_MB = 500
#: How long a write waits for another process's lock before it is kept for later (s).
BUSY_TIMEOUT_S = 5.0
#: Delays between the background attempts while a fault lasts (the last one repeats).
RETRY_DELAYS_S = (1.0, 2.0, 4.0, 8.0, 15.0, 30.0)
#: SQLITE_BUSY, SQLITE_LOCKED, SQLITE_IOERR, SQLITE_FULL: faults that pass.
_PASSING_CODES = frozenset({5, 6, 10, 13})


class HistoryUnavailableError(RuntimeError):
    """The history database could not be opened (the reason is the message)."""


def passing(error: BaseException) -> bool:
    """Whether ``error`` is a fault that goes away by itself (another process's lock, a
    full disk, an I/O error), worth trying again later."""
    if isinstance(error, OSError):
        return True
    if isinstance(error, sqlite3.OperationalError):
        code = getattr(error, "sqlite_errorcode", None)
        if code is not None:
            return code & 0xFF in _PASSING_CODES
        return "locked" in str(error) or "busy" in str(error)
    return False


@dataclass
class _Unsaved:
    """A run's latest record that is not in the database yet: as it came (``record``, its
    files as bytes) and as it would be stored (``stored``, its files' bytes in ``files``,
    what Save… writes elsewhere)."""

    record: RunRecord
    settings: HistorySettings
    stored: RunRecord
    files: dict[str, bytes] = field(default_factory=dict)


@dataclass(frozen=True)
class HistorySettings:
    """The user's history settings (``history/enabled``, ``history/keep_inputs``,
    ``history/max_store_mb`` in :mod:`hfi_desktop.storage.settings`)."""

    enabled: bool = True
    keep_inputs: bool = True
    max_store_mb: int = DEFAULT_MAX_STORE_MB

    @property
    def max_store_bytes(self) -> int:
        return max(0, self.max_store_mb) * 1024 * 1024

    @classmethod
    def read(cls, settings: Settings) -> HistorySettings:
        return cls(enabled=settings.history_enabled(),
                   keep_inputs=settings.history_keep_inputs(),
                   max_store_mb=settings.history_max_store_mb())


class HistoryService(QObject):
    """The history database and its content store, served by one worker thread.

    ``HistoryService.open()`` uses the user data directory (:mod:`paths`); tests pass a
    folder. ``settings`` (default ``Settings()``) holds the ``history/*`` keys, read when a
    run starts (so a change applies to the next run). ``files``: the content store (default:
    one in ``files_dir``). ``busy_timeout_s``: how long a write waits for another process's
    lock. Call :meth:`close` at exit: it waits (up to ``timeout_s``) for queued writes.
    """

    changed = Signal()
    #: The runs not saved yet changed (:meth:`unsaved_runs`; empty again: all saved).
    unsaved = Signal()
    #: A damaged database was repaired: what was done, for the user (once).
    repaired = Signal(str)

    def __init__(self, db_path: Path, files_dir: Path, *, settings: Settings | None = None,
                 fts: bool | None = None, files: ContentStore | None = None,
                 busy_timeout_s: float = BUSY_TIMEOUT_S,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings if settings is not None else Settings()
        self.files = files if files is not None else ContentStore(files_dir)
        self.files.max_bytes = self.settings().max_store_bytes
        self.db_path = Path(db_path)
        self._fts = fts
        self._busy_timeout_s = busy_timeout_s
        self._store: HistoryStore | None = None
        self._error: BaseException | None = None
        self.repair_note: str | None = None
        self._closed = threading.Event()
        # Written on the worker; read (copied under the lock) on the GUI thread.
        self._unsaved: dict[str, _Unsaved] = {}
        self._unsaved_reason = ""
        self._lock = threading.Lock()
        self._retry_timer: threading.Timer | None = None
        self._retries = 0
        self._executor = ThreadPoolExecutor(1, thread_name_prefix=HISTORY_THREAD_NAME,
                                            initializer=lower_priority)
        self._opened = self._executor.submit(self._open)

    @classmethod
    def open(cls, base: Path | None = None, **kwargs: Any) -> HistoryService:
        """The history in ``base`` (default: the user data directory)."""
        return cls(paths.history_db_path(base), paths.files_dir(base), **kwargs)

    # -- state --------------------------------------------------------------------------------

    def settings(self) -> HistorySettings:
        return HistorySettings.read(self._settings)

    def wait_open(self, timeout: float | None = None) -> bool:
        """Block until the database is open (True) or failed to open (False; when it was
        locked, it is opened in the background once the lock goes)."""
        self._opened.result(timeout)
        return self._store is not None

    @property
    def error(self) -> BaseException | None:
        """Why the history is unavailable (None when it works)."""
        return self._error

    @property
    def uses_fts(self) -> bool:
        return self._store is not None and self._store.fts

    def unsaved_runs(self) -> list[RunRecord]:
        """The runs whose latest record is not in the database yet, as they would be stored
        (their files' bytes: :meth:`unsaved_files`); oldest first."""
        with self._lock:
            return [entry.stored for entry in self._unsaved.values()]

    def unsaved_files(self, ref: FileRef) -> bytes | None:
        """The bytes of a file of an unsaved run (None: not one of theirs)."""
        with self._lock:
            for entry in self._unsaved.values():
                if ref.sha256 in entry.files:
                    return entry.files[ref.sha256]
        return None

    @property
    def unsaved_reason(self) -> str:
        """Why the last attempt to save them failed ("" when nothing is unsaved)."""
        with self._lock:
            return self._unsaved_reason

    def retry_unsaved(self) -> Future[None]:
        """Try to save the unsaved runs now (and open the database, if it is not)."""
        if self._closed.is_set():
            return _done()
        return self._executor.submit(self._retry)

    def close(self, timeout_s: float = 5.0) -> None:
        """Finish the queued writes (waiting at most ``timeout_s``), close the database."""
        if self._closed.is_set():
            return
        done = self._executor.submit(self._close)
        self._closed.set()
        self._cancel_retry()
        try:
            done.result(timeout_s)
        except Exception:
            log.warning("history: closing did not finish within %.1f s", timeout_s)
        self._executor.shutdown(wait=False)

    # -- writes (GUI thread → worker, in order) ----------------------------------------------

    def start(self, record: RunRecord, settings: HistorySettings | None = None) -> Future[None]:
        """Record a run that begins. ``record.form`` may hold FileValues and ``record.result``
        Blobs: they are stored (or only hashed, when input files are not kept) in the
        worker."""
        return self._write_record(record, settings or self.settings())

    def finish(self, record: RunRecord, settings: HistorySettings | None = None) -> Future[None]:
        """Record a run's outcome (kept in memory and written again until it is saved)."""
        return self._write_record(record, settings or self.settings())

    def update_text(self, run_id: str, text: str, tokens: int | None = None) -> Future[None]:
        def run() -> None:
            entry = self._unsaved.get(run_id)
            if entry is not None:  # its start is not saved yet: the text goes with it
                if entry.record.state is RunState.RUNNING:
                    entry.record = replace(entry.record, text=text, tokens=tokens)
                    with self._lock:
                        entry.stored = replace(entry.stored, text=text, tokens=tokens)
                return
            try:
                self._on_store(lambda store: store.update_text(run_id, text, tokens))
            except Exception as error:  # the run's outcome brings the whole text anyway
                log.warning("history: the streamed text of %s was not saved: %s", run_id,
                            error)
        return self._submit(run)

    def submit(self, fn: Callable[[HistoryStore], T]) -> Future[T]:
        """Run ``fn(store)`` on the worker (for tools and tests); raises in the future if
        the history is unavailable."""
        return self._executor.submit(self._call, fn)

    # -- reads and removals (awaited on the GUI thread's loop) --------------------------------

    async def query(self, where: HistoryFilter | None = None, limit: int = 100,
                    offset: int = 0, *,
                    before: tuple[float, int] | None = None) -> list[RunSummary]:
        return await self._await(lambda s: s.query(where, limit, offset, before=before))

    async def page(self, where: HistoryFilter | None = None,
                   limit: int = 100) -> tuple[int, list[RunSummary]]:
        """(how many runs match, the first ``limit`` of them), in one trip to the worker."""
        return await self._await(lambda s: (s.count(where), s.query(where, limit)))

    async def count(self, where: HistoryFilter | None = None) -> int:
        return await self._await(lambda s: s.count(where))

    async def get(self, run_id: str) -> RunRecord | None:
        return await self._await(lambda s: s.get(run_id))

    async def delete(self, run_ids: str | list[str]) -> int:
        deleted = await self._await(lambda s: s.delete(run_ids))
        self.changed.emit()
        return deleted

    async def clear(self) -> None:
        await self._await(lambda s: s.clear())
        self.changed.emit()

    async def flush(self) -> None:
        """Return once every write queued before this call is done."""
        await asyncio.wrap_future(self._executor.submit(lambda: None))

    # -- worker side --------------------------------------------------------------------------

    def _open(self) -> None:
        try:
            store = HistoryStore(self.db_path, self.files, fts=self._fts,
                                 timeout=self._busy_timeout_s)
        except Exception as error:
            log.error("history: cannot open %s: %s", self.db_path, error)
            self._error = error
            if passing(error) and not self._closed.is_set():
                self._schedule_retry()  # locked by another process: open once it goes
            return
        reopened = self._error is not None
        self._store = store
        self._error = None
        try:
            store.collect_files()  # files a crash left without their run
        except OSError as error:
            log.warning("history: stored files not collected: %s", error)
        self._note_repair(store)
        if self._unsaved:
            self._save_unsaved()
        if reopened:
            self.changed.emit()

    def _close(self) -> None:
        if self._store is not None and self._unsaved:
            self._save_unsaved()  # a last attempt
        with self._lock:
            lost = [entry.record for entry in self._unsaved.values()]
        if lost:
            log.error("history: %d run(s) could not be saved before closing: %s", len(lost),
                      ", ".join(f"{r.id} ({r.task_id}, {r.model})" for r in lost))
        if self._store is not None:
            self._store.close()
            self._store = None

    def _call(self, fn: Callable[[HistoryStore], T]) -> T:
        return self._on_store(fn)

    def _on_store(self, fn: Callable[[HistoryStore], T]) -> T:
        """``fn(store)``; when it meets a damaged database, once more after the repair."""
        if self._store is None:
            reason = self._error or "the history is closed"
            raise HistoryUnavailableError(f"The history is unavailable: {reason}")
        try:
            return fn(self._store)
        except sqlite3.DatabaseError as error:
            if not is_damage(error):
                raise
            try:
                self._store.repair(error)
            except Exception as failed:  # (its connection is closed): open again later
                log.error("history: the damaged database could not be repaired: %s", failed)
                self._store, self._error = None, failed
                if passing(failed):
                    self._schedule_retry()
                raise
            self._note_repair(self._store)
            self.changed.emit()
            return fn(self._store)

    def _note_repair(self, store: HistoryStore) -> None:
        note = store.repair_note
        if note is not None:
            store.repair_note = None  # said once
            self.repair_note = note
            self.repaired.emit(note)

    async def _await(self, fn: Callable[[HistoryStore], T]) -> T:
        return await asyncio.wrap_future(self.submit(fn))

    def _submit(self, run: Callable[[], None]) -> Future[None]:
        if self._closed.is_set():
            return _done()
        return self._executor.submit(run)

    def _write_record(self, record: RunRecord, settings: HistorySettings) -> Future[None]:
        def run() -> None:
            if self._save(record, settings) is None and self._unsaved:
                self._save_unsaved()  # the history takes writes again
        return self._submit(run)

    def _save(self, record: RunRecord, settings: HistorySettings) -> Exception | None:
        """Write ``record`` (on the worker); when that fails, keep it for later and return
        why."""
        try:
            self._on_store(lambda store: self._store_record(store, record, settings))
        except Exception as error:
            self._keep(record, settings, error)
            return error
        if self._unsaved.get(record.id) is not None:
            with self._lock:
                del self._unsaved[record.id]
                if not self._unsaved:
                    self._unsaved_reason = ""
            if not self._unsaved:
                self._retries = 0  # the fault is over: the next one starts from 1 s again
            self.unsaved.emit()
        self.changed.emit()  # queued to the GUI thread's receivers
        return None

    def _store_record(self, store: HistoryStore, record: RunRecord,
                      settings: HistorySettings) -> None:
        self.files.max_bytes = settings.max_store_bytes
        stored = self._storable(record, keep_inputs=settings.keep_inputs)
        store.finish(stored)  # (start and finish write the whole record alike)

    def _keep(self, record: RunRecord, settings: HistorySettings, error: Exception) -> None:
        """``record`` could not be written: keep it (in place of the run's older record)
        and try again later while the fault passes."""
        if passing(error) or isinstance(error, HistoryUnavailableError):
            log.warning("history: run %s not saved yet (%s); kept to try again", record.id,
                        error)
        else:
            log.exception("history: run %s could not be saved; kept in memory", record.id)
        kept = self._unsaved.get(record.id)
        if kept is not None and kept.record is record:  # tried again: still not saved
            with self._lock:
                self._unsaved_reason = _reason(error)
        else:
            self._unsaved_keep(record, settings, error)
        self.unsaved.emit()
        if not self._closed.is_set() and (passing(error) or self._store is None):
            self._schedule_retry()

    def _unsaved_keep(self, record: RunRecord, settings: HistorySettings,
                      error: Exception) -> None:
        files: dict[str, bytes] = {}

        def keep_file(data: bytes, name: str, mime: str) -> FileRef:
            ref = file_ref(data, name, mime, stored=True)
            files[ref.sha256] = data
            return ref

        try:
            stored = self._storable(record, keep_inputs=settings.keep_inputs, put=keep_file)
        except Exception:  # cannot even be made storable: keep what it is, without values
            log.exception("history: run %s cannot be stored at all", record.id)
            stored = replace(record, form={}, parameters={}, options={}, result=None)
        with self._lock:
            self._unsaved.pop(record.id, None)  # the newest record goes last
            self._unsaved[record.id] = _Unsaved(record, settings, stored, files)
            self._unsaved_reason = _reason(error)

    def _save_unsaved(self) -> None:
        """Write the kept records again, oldest first; stop at a fault that would fail the
        others too (a lock, a full disk)."""
        for run_id in list(self._unsaved):
            entry = self._unsaved.get(run_id)
            if entry is None:
                continue
            error = self._save(entry.record, entry.settings)
            if error is not None and (passing(error) or self._store is None):
                break

    def _retry(self) -> None:
        """In the background (or Retry): open the database if it is not, then save."""
        self._retry_timer = None
        if self._closed.is_set():
            return
        if self._store is None:
            self._open()  # saves the kept records once open
        elif self._unsaved:
            self._save_unsaved()
        if self._store is not None and not self._unsaved:
            self._retries = 0

    def _schedule_retry(self) -> None:
        if self._retry_timer is not None:
            return
        delay = RETRY_DELAYS_S[min(self._retries, len(RETRY_DELAYS_S) - 1)]
        self._retries += 1

        def fire() -> None:
            if not self._closed.is_set():
                with contextlib.suppress(RuntimeError):  # shut down meanwhile
                    self._executor.submit(self._retry)

        timer = threading.Timer(delay, fire)
        timer.daemon = True
        self._retry_timer = timer
        timer.start()

    def _cancel_retry(self) -> None:
        timer = self._retry_timer
        if timer is not None:
            timer.cancel()

    def _storable(self, record: RunRecord, *, keep_inputs: bool,
                  put: PutFile | None = None) -> RunRecord:
        """``record`` with its files stored (or hashed) and every value JSON-safe; ``put``:
        where its files go (default: the content store).

        Walking the values is pure Python over the whole result (a stream's 5,000 events): it
        holds the PYTHON_LANE, but lets it go while a file is written (and synced)."""
        kept: set[str] = set()

        def put_in_store(data: bytes, name: str, mime: str) -> FileRef:
            PYTHON_LANE.release()
            try:
                ref = self.files.put(data, name, mime, keep=kept)
            finally:
                PYTHON_LANE.acquire()
            kept.add(ref.sha256)
            return ref

        put = put or put_in_store

        def hash_only(data: bytes, name: str, mime: str) -> FileRef:
            return file_ref(data, name, mime, stored=False)

        with PYTHON_LANE:
            return replace(
                record,
                form=storable(record.form, put if keep_inputs else hash_only),
                parameters=storable(record.parameters, hash_only),
                options=storable(record.options, hash_only),
                result=storable(record.result, put),
            )


def _done() -> Future[None]:
    done: Future[None] = Future()
    done.set_result(None)
    return done


def _reason(error: BaseException) -> str:
    """What the user is told about why runs are not saved."""
    if isinstance(error, sqlite3.OperationalError) and "locked" in str(error):
        return "the history database is locked by another program"
    if isinstance(error, OSError | sqlite3.OperationalError) and (
            "full" in str(error) or getattr(error, "errno", None) == 28):
        return "the disk is full"
    if isinstance(error, HistoryUnavailableError):
        return str(error).removeprefix("The history is unavailable: ")
    return str(error) or type(error).__name__
