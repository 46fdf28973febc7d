"""A stream of server-sent JSON events as a closeable iterator."""

from __future__ import annotations

import json
import threading
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from json.scanner import make_scanner
from typing import Any, Generic, TypeVar

import requests

from ._control import CallControl
from ._deadline import Deadline, arm
from ._errors import (
    InferenceError,
    InferenceOutputError,
    StreamError,
    StreamInterruptedError,
)
from ._sse import SSEDecoder
from ._transport import host_of
from .reading import READ_SIZE, read_json

T = TypeVar("T")

Opener = Callable[[CallControl], tuple[ExitStack, requests.Response]]

#: Held while the bytes of a stream that arrived are parsed into events (pure Python, no I/O).
#: Python in several threads cannot run in parallel anyway (the GIL): threads that take this
#: lock for their pure-Python stretches take turns instead of all contending for the GIL at
#: once, and a thread that needs the GIL now and then (a GUI thread) waits behind one of them,
#: not all. Others may share it for their own such work (parsing holds it one read at a time).
#: bench/ui_responsiveness.py, four fast streams: p99 GUI pause 32 -> 25 ms, worst 48 -> 34 ms
#: when parsing alone took it; the app's other worker Python (results prepared for viewing,
#: history records) sharing it too: p99 21-24 -> 14-15 ms.
PYTHON_LANE = threading.Lock()


class EventStream(Generic[T]):
    """Iterate to receive events; the request is sent on the first ``next()``.

    ``close()`` (or leaving a ``with`` block) closes the connection at once, even mid-stream.
    :meth:`batches` iterates the same events a list per network read instead of one by one.
    A failure in the middle of what one read brought (an error event) is raised after the
    events before it have been handed out.
    """

    def __init__(
        self,
        opener: Opener,
        transform: Callable[[Any], T],
        control: CallControl,
        *,
        is_final: Callable[[T], bool] | None = None,
        done: str | None = None,
        max_event_bytes: int,
        idle_s: float | None = None,
    ) -> None:
        """``is_final``: whether an event is the stream's last one (a stream that ends without
        one was cut). ``done``: the data of an event that ends the stream (``[DONE]``).
        ``idle_s``: at most this long waiting for an event (InferenceTimeoutError past it):
        from the request to the first event, then since the last one or since the consumer
        asked for more, whichever is later; comments and empty keep-alive events do not
        count. None: only the socket's read timeout."""
        self._opener = opener
        self._transform = transform
        self._control = control
        self._is_final = is_final
        self._done = done
        self._decoder = SSEDecoder(max_event_bytes)
        self._pending: deque[T] = deque()
        self._failure: BaseException | None = None  # raised once _pending is handed out
        self._context: ExitStack | None = None
        self._response: requests.Response | None = None
        self._finished = False
        self._saw_final = False
        self._idle_s = idle_s
        self._idle: Deadline | None = None
        self._reading = False  # in _read_more: the idle deadline may end the call
        self._fresh = False  # the last read brought events: the idle time starts again

    def __iter__(self) -> Iterator[T]:
        return self

    def __enter__(self) -> EventStream[T]:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __next__(self) -> T:
        self._fill()
        return self._pending.popleft()

    def use_transform(self, transform: Callable[[Any], T]) -> None:
        """Transform events with ``transform`` from now on: for an opener that learns only
        when it connects what the server speaks (a provider's own stream format)."""
        self._transform = transform

    def batches(self) -> EventBatches[T]:
        """The events as lists, one per network read that completed any (never empty): for
        consumers that handle events in bulk, at a fraction of the per-event cost."""
        return EventBatches(self)

    def next_batch(self) -> list[T]:
        """Every event received and not yet handed out, reading until there is one;
        StopIteration at the end."""
        self._fill()
        batch = list(self._pending)
        self._pending.clear()
        return batch

    def close(self) -> None:
        """Close the connection; safe to call from the iterating thread at any time."""
        self._finished = True
        if self._idle is not None:
            self._idle.disarm()
        if self._context is not None:
            context, self._context = self._context, None
            self._control.shutdown_sockets()
            context.close()
        self._control.release()

    def _fill(self) -> None:
        """Read until an event is pending; StopIteration at the end, or the stream's failure."""
        while not self._pending:
            if self._failure is not None:
                failure, self._failure = self._failure, None
                raise failure
            if self._finished:
                raise StopIteration
            try:
                self._read_more()
            except BaseException:
                self.close()
                raise

    def _read_more(self) -> None:
        self._reading = True
        try:
            self._read_once()
        finally:
            self._reading = False

    def _idle_passed(self) -> bool:
        """The idle deadline passed (in the watchdog's thread): end the call if it is
        waiting for the server; not while the consumer is busy with what it got."""
        if not self._reading:
            return False
        info = self._control.response
        where = f"from {host_of(info.url)} " if info is not None else ""
        self._control.expire(
            f"no token came {where}in {self._idle_s:g} s (the stream's idle deadline): the "
            "server kept the connection open without sending any; the text so far was kept"
        )
        return True

    def _read_once(self) -> None:
        if self._idle is None:
            if self._idle_s is not None:
                self._idle = arm(self._idle_s, self._idle_passed)
        elif self._fresh:
            self._idle.restart()
            self._fresh = False
        if self._response is None:
            self._context, self._response = self._opener(self._control)
        try:
            with self._control.active():
                chunk = self._response.raw.read1(READ_SIZE, decode_content=True)
        except Exception as exc:  # urllib3/http.client errors of a broken connection
            self._control.raise_if_cancelled()
            if isinstance(exc, InferenceError):
                raise
            raise StreamInterruptedError(
                "the stream was cut before it finished; the text so far was kept"
            ) from None
        self._control.raise_if_cancelled()
        if self._control.response is not None:
            self._control.response.bytes += len(chunk)
        with PYTHON_LANE:
            pending = len(self._pending)
            try:
                if chunk:
                    self._accept(self._decoder.feed_data(chunk))
                else:
                    self._finished = True
                    self._accept_last([event.data for event in self._decoder.flush()])
                if len(self._pending) > pending:
                    self._fresh = True  # the idle time starts again at the next read
            except InferenceError as error:
                if not self._pending:
                    raise
                self._failure = error  # after the events before it
                self.close()
                return
        if self._finished and self._context is not None and chunk:
            self.close()  # the end event came: the rest of the body is not read
        if self._finished and self._is_final is not None and not self._saw_final:
            raise StreamInterruptedError(
                "the stream ended before its final event; the text so far was kept"
            )

    def _accept_last(self, datas: list[str]) -> None:
        """The event the body ended in, with no blank line after it: one that is not JSON was
        cut short (a body that ends when its connection closes cannot tell a cut from an
        end), not a server's answer of the wrong kind."""
        for data in datas:
            if data != self._done:  # an empty one too: cut right after "data"
                try:
                    json.loads(data)
                except ValueError:
                    raise StreamInterruptedError(
                        "the stream was cut before it finished; the text so far was kept"
                    ) from None
                except RecursionError:
                    pass  # whole, but nested too deeply: _accept says so
        self._accept(datas)

    def _accept(self, datas: list[str]) -> None:
        """Each event's JSON, checked and transformed, onto the pending events (the hot path
        of a stream: thousands of events a second, so kept to a few steps each)."""
        pending, transform, is_final = self._pending, self._transform, self._is_final
        for data in datas:
            if data == self._done:
                self._finished = True
                return
            try:
                value, end = _SCAN(data, 0)  # the C scanner: one call, no whitespace allowed
                if end != len(data):
                    raise ValueError(data)
            except (StopIteration, ValueError, RecursionError):
                if not data.strip():
                    continue  # an event with empty data (a keep-alive some servers send)
                value = _loads(data)
            if type(value) is dict and "error" in value and value["error"] is not None:
                raise _stream_error(value)
            item = transform(value)
            if is_final is not None and not self._saw_final and is_final(item):
                self._saw_final = True
            pending.append(item)


#: json.loads without its Python wrapping (typeshed mistypes make_scanner's argument).
_SCAN: Callable[[str, int], tuple[Any, int]] = make_scanner(
    json.JSONDecoder()  # type: ignore[arg-type]
)


def _stream_error(event: dict[str, Any]) -> StreamError:
    """An error event: TGI's ``{"error": "...", "error_type": ...}`` or OpenAI's
    ``{"error": {"message": ..., "type": ...}}``."""
    error = event["error"]
    kind = event.get("error_type")
    if isinstance(error, dict):
        kind = error.get("type") or error.get("code")
        message = error.get("message")
        error = message if message else json.dumps(error)[:300]
    return StreamError(str(error), str(kind) if kind else None)


def _loads(data: str) -> Any:
    try:
        return json.loads(data)
    except json.JSONDecodeError:
        raise InferenceOutputError(f"a stream event is not JSON: {data[:80]!r}") from None
    except (ValueError, RecursionError):  # a number too long, nested too deeply
        return read_json(data, "the server sent a stream event of")


class EventBatches(Generic[T]):
    """``EventStream.batches()``: an iterator of event lists; ``close()`` closes the stream."""

    def __init__(self, stream: EventStream[T]) -> None:
        self._stream = stream

    def __iter__(self) -> EventBatches[T]:
        return self

    def __next__(self) -> list[T]:
        return self._stream.next_batch()

    def close(self) -> None:
        self._stream.close()
