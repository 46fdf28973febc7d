"""Cancelling a call from another thread.

Closing a ``requests`` response from another thread can block until the server sends again, so
cancellation shuts the call's sockets down instead: a blocked ``recv`` returns at once in the
worker, which then raises :class:`InferenceCancelledError`.
"""

from __future__ import annotations

import contextlib
import socket
import threading
from contextlib import contextmanager
from typing import TYPE_CHECKING

from ._deadline import Deadline, arm
from ._errors import InferenceCancelledError, InferenceTimeoutError

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from ._types import ResponseInfo

_active = threading.local()


class CallControl:
    """A handle on one call: cancel it from any thread, learn about loading and the response."""

    def __init__(self, on_loading: Callable[[float], None] | None = None) -> None:
        self.on_loading = on_loading
        self.response: ResponseInfo | None = None
        #: When the call's first request was sent (``time.perf_counter()``; None before).
        self.started: float | None = None
        self._lock = threading.Lock()
        self._cancelled = threading.Event()
        self._expired: str | None = None
        self._sockets: set[socket.socket] = set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def cancel(self) -> None:
        """Abort the call: thread-safe, returns at once."""
        self._cancelled.set()
        self.shutdown_sockets()

    def shutdown_sockets(self) -> None:
        """Wake up any thread blocked on the call's sockets (they get EOF or an error)."""
        with self._lock:
            sockets = list(self._sockets)
        for sock in sockets:
            _shutdown(sock)

    @property
    def expired(self) -> str | None:
        """Why the call timed out, once one of its deadlines passed (else None)."""
        return self._expired

    def expire(self, message: str) -> None:
        """A deadline passed: end the call as a timeout saying ``message``; thread-safe."""
        if self._expired is None:
            self._expired = message
        self.shutdown_sockets()

    def deadline(self, seconds: float | None, message: str) -> Deadline | None:
        """Arm a deadline that expires this call with ``message`` (None: no deadline); the
        caller disarms it when what it bounds is over."""
        return None if seconds is None else arm(seconds, lambda: self.expire(message))

    @contextmanager
    def within(self, seconds: float | None, message: str) -> Iterator[None]:
        """The block is bounded by a deadline of ``seconds`` (None: not bounded)."""
        deadline = self.deadline(seconds, message)
        try:
            yield
        finally:
            if deadline is not None:
                deadline.disarm()

    def raise_if_cancelled(self) -> None:
        """Raise if the call was cancelled, or timed out (its sockets were shut down)."""
        if self._cancelled.is_set():
            raise InferenceCancelledError("the call was cancelled")
        if self._expired is not None:
            raise InferenceTimeoutError(self._expired)

    def wait(self, seconds: float) -> None:
        """Sleep, but wake up (and raise) as soon as the call is cancelled."""
        if self._cancelled.wait(seconds):
            self.raise_if_cancelled()

    def _attach(self, sock: socket.socket) -> None:
        with self._lock:
            self._sockets.add(sock)
            ended = self._cancelled.is_set() or self._expired is not None
        if ended:
            _shutdown(sock)

    def _detach(self, sock: socket.socket) -> None:
        with self._lock:
            self._sockets.discard(sock)

    def release(self) -> None:
        """Forget the call's sockets once it is over, so that a late cancel() cannot reach a
        pooled connection that another call now uses."""
        with self._lock:
            self._sockets.clear()

    @contextmanager
    def active(self) -> Iterator[CallControl]:
        """Make this control the one that sockets opened or used by this thread attach to."""
        previous = getattr(_active, "control", None)
        _active.control = self
        try:
            yield self
        finally:
            _active.control = previous


def attach_socket(sock: socket.socket | None) -> CallControl | None:
    """Called by the transport when this thread connects or reuses a socket; returns the
    control it was attached to, which must be told when the connection goes back to the pool."""
    control: CallControl | None = getattr(_active, "control", None)
    if control is None or sock is None:
        return None
    control._attach(sock)
    return control


def _shutdown(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):  # already closed: nothing to wake up
        sock.shutdown(socket.SHUT_RDWR)
