"""The history as the application uses it: every store call on one dedicated worker thread.

Why one thread that owns the only connection (rather than a connection per thread): the
writes of a run (start, its text every second, its outcome) must land in order, and a FIFO
queue gives that for free; one writer never meets SQLITE_BUSY; and sqlite's reads here are
milliseconds (indexed, paged), so queueing them behind the writes costs nothing visible.
Other processes (an export, the crash test's checker) can still read at the same time: WAL.

The GUI thread only queues work: writes are fire-and-forget (:meth:`HistoryService.start`,
:meth:`~HistoryService.update_text`, :meth:`~HistoryService.finish`; a failed write is
logged, never raised into the UI), reads are awaited on the asyncio loop
(``await history.query(...)``). ``changed`` is emitted (queued to the GUI thread) after a run
was added, finished or removed. Files are read with ``history.files.get(ref)`` in any worker
(the bridge), so a big input file does not wait behind the history's writes.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Signal

from hfi_desktop.inference import PYTHON_LANE
from hfi_desktop.storage import paths
from hfi_desktop.storage.history.content_store import ContentStore, file_ref
from hfi_desktop.storage.history.store import HistoryFilter, HistoryStore, RunSummary
from hfi_desktop.storage.history.text import storable
from hfi_desktop.storage.settings import Settings
from hfi_desktop.threads import lower_priority

if TYPE_CHECKING:
    from collections.abc import Callable

    from hfi_desktop.storage.records import FileRef, RunRecord

T = TypeVar("T")

log = logging.getLogger(__name__)

HISTORY_THREAD_NAME = "hfi-history"
DEFAULT_MAX_STORE_MB = 500


class HistoryUnavailableError(RuntimeError):
    """The history database could not be opened (the reason is the message)."""


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
    run starts (so a change applies to the next run). Call
    :meth:`close` at exit: it waits (up to ``timeout_s``) for queued writes.
    """

    changed = Signal()

    def __init__(self, db_path: Path, files_dir: Path, *, settings: Settings | None = None,
                 fts: bool | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings if settings is not None else Settings()
        self.files = ContentStore(files_dir, max_bytes=self.settings().max_store_bytes)
        self.db_path = Path(db_path)
        self._store: HistoryStore | None = None
        self._error: BaseException | None = None
        self._closed = threading.Event()
        self._executor = ThreadPoolExecutor(1, thread_name_prefix=HISTORY_THREAD_NAME,
                                            initializer=lower_priority)
        self._opened = self._executor.submit(self._open, fts)

    @classmethod
    def open(cls, base: Path | None = None, **kwargs: Any) -> HistoryService:
        """The history in ``base`` (default: the user data directory)."""
        return cls(paths.history_db_path(base), paths.files_dir(base), **kwargs)

    # -- state --------------------------------------------------------------------------------

    def settings(self) -> HistorySettings:
        return HistorySettings.read(self._settings)

    def wait_open(self, timeout: float | None = None) -> bool:
        """Block until the database is open (True) or failed to open (False)."""
        self._opened.result(timeout)
        return self._store is not None

    @property
    def error(self) -> BaseException | None:
        """Why the history is unavailable (None when it works)."""
        return self._error

    @property
    def uses_fts(self) -> bool:
        return self._store is not None and self._store.fts

    def close(self, timeout_s: float = 5.0) -> None:
        """Finish the queued writes (waiting at most ``timeout_s``), close the database."""
        if self._closed.is_set():
            return
        done = self._executor.submit(self._close)
        self._closed.set()
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
        return self._write(self._record_job(record, settings or self.settings(), finish=False))

    def finish(self, record: RunRecord, settings: HistorySettings | None = None) -> Future[None]:
        return self._write(self._record_job(record, settings or self.settings(), finish=True))

    def update_text(self, run_id: str, text: str, tokens: int | None = None) -> Future[None]:
        def job(store: HistoryStore) -> None:
            store.update_text(run_id, text, tokens)
        return self._write(job, notify=False)

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

    def _open(self, fts: bool | None) -> None:
        try:
            self._store = HistoryStore(self.db_path, self.files, fts=fts)
            self._store.collect_files()  # files a crash left without their run
        except Exception as error:
            log.error("history: cannot open %s: %s", self.db_path, error)
            self._error = error

    def _close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None

    def _call(self, fn: Callable[[HistoryStore], T]) -> T:
        if self._store is None:
            reason = self._error or "the history is closed"
            raise HistoryUnavailableError(f"The history is unavailable: {reason}")
        return fn(self._store)

    async def _await(self, fn: Callable[[HistoryStore], T]) -> T:
        return await asyncio.wrap_future(self.submit(fn))

    def _write(self, job: Callable[[HistoryStore], None], *, notify: bool = True
               ) -> Future[None]:
        def run() -> None:
            if self._store is None:
                return  # unavailable or closed: nothing is recorded (said once at open)
            try:
                job(self._store)
            except Exception:
                log.exception("history: a write failed")
                return
            if notify:
                self.changed.emit()  # queued to the GUI thread's receivers

        if self._closed.is_set():
            done: Future[None] = Future()
            done.set_result(None)
            return done
        return self._executor.submit(run)

    def _record_job(self, record: RunRecord, settings: HistorySettings,
                    finish: bool) -> Callable[[HistoryStore], None]:
        def job(store: HistoryStore) -> None:
            self.files.max_bytes = settings.max_store_bytes
            stored = self._storable(record, keep_inputs=settings.keep_inputs)
            (store.finish if finish else store.start)(stored)
        return job

    def _storable(self, record: RunRecord, *, keep_inputs: bool) -> RunRecord:
        """``record`` with its files stored (or hashed) and every value JSON-safe.

        Walking the values is pure Python over the whole result (a stream's 5,000 events): it
        holds the PYTHON_LANE, but lets it go while a file is written (and synced)."""
        kept: set[str] = set()

        def put(data: bytes, name: str, mime: str) -> FileRef:
            PYTHON_LANE.release()
            try:
                ref = self.files.put(data, name, mime, keep=kept)
            finally:
                PYTHON_LANE.acquire()
            kept.add(ref.sha256)
            return ref

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
