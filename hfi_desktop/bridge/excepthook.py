"""Errors nobody catches: qasync's ``asyncSlot`` hands them to ``sys.excepthook`` (and Qt slots
do too); fire-and-forget tasks would lose them. Log them all, and let the UI show them.

    previous = install_excepthook()
    set_error_reporter(main_window.show_error)      # optional; called on the GUI thread
    create_task(self._load_models(), name="load models")
"""

from __future__ import annotations

import asyncio
import logging
import sys
from collections.abc import Callable, Coroutine
from types import TracebackType
from typing import Any, TypeVar

T = TypeVar("T")

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]
ErrorReporter = Callable[[BaseException], None]

log = logging.getLogger(__name__)

_reporter: ErrorReporter | None = None
_tasks: set[asyncio.Task[Any]] = set()


def set_error_reporter(reporter: ErrorReporter | None) -> ErrorReporter | None:
    """The UI's hook point: ``reporter(exc)`` is called (after logging) for every uncaught
    exception reported here. Returns the previous reporter. ``None`` removes it."""
    global _reporter
    previous, _reporter = _reporter, reporter
    return previous


def report_exception(exc: BaseException, *, where: str = "uncaught exception") -> None:
    """Log ``exc`` with its traceback, then hand it to the UI's reporter, if any."""
    log.error("%s", where, exc_info=(type(exc), exc, exc.__traceback__))
    reporter = _reporter
    if reporter is None:
        return
    try:
        reporter(exc)
    except Exception:  # never recurse into the reporter
        log.exception("the error reporter failed")


def excepthook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """A ``sys.excepthook`` that reports instead of printing (Ctrl+C keeps the default)."""
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    if exc.__traceback__ is None and tb is not None:
        exc = exc.with_traceback(tb)
    report_exception(exc)


def install_excepthook() -> ExceptHook:
    """Install :func:`excepthook` as ``sys.excepthook``; returns the previous hook (to restore
    it with ``sys.excepthook = previous``)."""
    previous = sys.excepthook
    sys.excepthook = excepthook
    return previous


def create_task(coro: Coroutine[Any, Any, T], *, name: str) -> asyncio.Task[T]:
    """Start ``coro`` as a task on the running loop and keep a strong reference to it until it
    ends (asyncio keeps only weak ones). If it fails and nobody has retrieved its exception by
    the time the loop has run the task's done callbacks (an ``await``/``gather`` on it
    has), the exception is logged and reported. Cancellation is not an error."""
    task = asyncio.get_running_loop().create_task(coro, name=name)
    _tasks.add(task)
    task.add_done_callback(_task_done)
    return task


def running_tasks() -> frozenset[asyncio.Task[Any]]:
    """Tasks started with :func:`create_task` that have not finished."""
    return frozenset(_tasks)


def _task_done(task: asyncio.Task[Any]) -> None:
    _tasks.discard(task)
    if task.cancelled():
        return
    # Whoever awaits the task was woken up along with this callback; let them go first.
    try:
        task.get_loop().call_soon(_check_retrieved, task)
    except RuntimeError:  # the loop is closed
        _check_retrieved(task)


def _check_retrieved(task: asyncio.Task[Any]) -> None:
    # WORKAROUND(asyncio-retrieved): no public API tells whether a task's exception was
    # retrieved; ``_log_traceback`` is what asyncio itself checks (C and Python tasks).
    if not getattr(task, "_log_traceback", True):
        return
    exc = task.exception()  # marks it retrieved: asyncio will not log it a second time
    if exc is not None:
        report_exception(exc, where=f"task {task.get_name()!r} failed")
