"""The cancel flag of the request a worker thread is running (its client went away)."""

from __future__ import annotations

import threading

_current = threading.local()


class Cancelled(Exception):
    """The request was cancelled before or while it ran."""


def set_current(flag: threading.Event | None) -> None:
    """The flag of the request this thread runs from now on (None: none)."""
    _current.flag = flag


def current() -> threading.Event | None:
    """The flag of the request this thread runs, for long loops (generation) to check."""
    flag: threading.Event | None = getattr(_current, "flag", None)
    return flag
