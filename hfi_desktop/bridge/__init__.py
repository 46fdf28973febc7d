"""Threads and the GUI: blocking work in workers, results and stream batches on the GUI thread
(asyncio on the Qt loop through qasync), and reporting of errors nobody catches."""

from .bridge import WORKER_THREAD_NAME, Bridge
from .excepthook import (
    ErrorReporter,
    ExceptHook,
    create_task,
    excepthook,
    install_excepthook,
    report_exception,
    running_tasks,
    set_error_reporter,
)
from .owned_tasks import OwnedTasks
from .stream import BatchStream, StreamStats

__all__ = [
    "WORKER_THREAD_NAME",
    "BatchStream",
    "Bridge",
    "ErrorReporter",
    "ExceptHook",
    "OwnedTasks",
    "StreamStats",
    "create_task",
    "excepthook",
    "install_excepthook",
    "report_exception",
    "running_tasks",
    "set_error_reporter",
]
