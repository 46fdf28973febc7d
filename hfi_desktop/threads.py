"""Worker threads run at a lower OS priority than the GUI thread."""

from __future__ import annotations

import logging
import os
import threading

log = logging.getLogger(__name__)

#: How much lower than the process's priority worker threads run (Linux nice values: 0 is
#: the default, 19 the lowest priority).
WORKER_NICENESS = 10
LOWEST_NICENESS = 19


def lower_priority() -> None:
    """Make the calling thread a background thread for the OS scheduler (Linux: per-thread
    nice value; elsewhere nothing). Use as a ThreadPoolExecutor ``initializer``.

    On a 2-core machine, four stream workers and the history's writer are often runnable
    together: the GUI thread, woken for a frame, waited for a core behind them (480 ms in
    all over bench/ui_responsiveness.py's four-stream runs; 200 ms with workers at nice 10).
    """
    setpriority = getattr(os, "setpriority", None)
    if setpriority is None or not hasattr(threading, "get_native_id"):
        return
    thread = threading.get_native_id()  # on Linux a thread id names the thread alone here
    try:
        # Relative to where the thread starts: an app started with `nice` keeps its workers
        # below its GUI thread (an absolute value would raise them above it, as root may).
        current = os.getpriority(os.PRIO_PROCESS, thread)
        setpriority(os.PRIO_PROCESS, thread, min(current + WORKER_NICENESS, LOWEST_NICENESS))
    except OSError as error:  # not allowed, or not supported: run at the usual priority
        log.debug("could not lower a worker thread's priority: %s", error)
