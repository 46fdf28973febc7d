"""Incremental decoder for the text/event-stream format (WHATWG HTML, "Server-sent events").

Bytes go in as they arrive, in chunks of any size; complete events come out. Lines may end in
CR, LF or CRLF (a CRLF may be split across two chunks); ``data`` fields of one event are joined
with "\\n"; comment lines (``:...``, used as keep-alives) are skipped; an event without data is
not dispatched; :meth:`SSEDecoder.flush` dispatches a last event that has no blank line after it.

A line not ended yet is kept as the list of its pieces, joined once its end arrives: a huge
line costs time linear in its length (not a copy of all of it per read), and one longer than
``max_event_bytes`` is refused as soon as it is (:class:`EventTooLargeError`).
"""

from __future__ import annotations

from dataclasses import dataclass

from ._errors import EventTooLargeError


@dataclass(frozen=True, slots=True)
class SSEEvent:
    data: str
    event: str = "message"
    id: str | None = None
    retry: int | None = None


class SSEDecoder:
    def __init__(self, max_event_bytes: int = 16 * 1024 * 1024) -> None:
        self._max_event_bytes = max_event_bytes
        self._partial: list[bytes] = []  # the pieces of the line not ended yet
        self._partial_size = 0
        self._after_cr = False
        self._started = False
        self._data: list[str] = []
        self._data_bytes = 0
        self._event = ""
        self._last_id: str | None = None
        self._retry: int | None = None

    def feed(self, chunk: bytes) -> list[SSEEvent]:
        if not chunk:
            return []
        if self._after_cr and chunk[:1] == b"\n":
            chunk = chunk[1:]  # the LF of a CRLF that was split across chunks
        if not self._started and (self._partial or chunk):
            buffer = self._with_partial(chunk)
            if len(buffer) < 3 and b"\xef\xbb\xbf".startswith(buffer):
                self._hold(buffer)
                return []
            self._started = True
            chunk = buffer.removeprefix(b"\xef\xbb\xbf")
        self._after_cr = chunk.endswith(b"\r")
        if self._partial and b"\n" not in chunk and b"\r" not in chunk:
            self._hold(chunk)  # the line goes on
            return []
        buffer = self._with_partial(chunk)
        lines = buffer.splitlines()
        if not buffer.endswith((b"\n", b"\r")) and lines:
            self._hold(lines.pop())
        events: list[SSEEvent] = []
        for line in lines:
            event = self._line(line)
            if event is not None:
                events.append(event)
        return events

    def feed_data(self, chunk: bytes) -> list[str]:
        """The data of each event ``chunk`` completes, in order: what ``[e.data for e in
        feed(chunk)]`` gives (the two may be mixed), at a fraction of the cost for the usual
        stream, events of one ``data:`` line ended by LF (no CR anywhere)."""
        if not chunk:
            return []
        if not self._started or self._after_cr or b"\r" in chunk:
            return [event.data for event in self.feed(chunk)]
        if self._partial and b"\n" not in chunk:
            self._hold(chunk)  # the line goes on
            return []
        buffer = self._with_partial(chunk)
        blocks = buffer.split(b"\n\n")  # events (and runs of blank lines), then the rest
        rest = blocks.pop()
        out: list[str] = []
        for index, block in enumerate(blocks):
            clean = index > 0 or not (self._data or self._event)  # no event pending before
            if clean and block[:5] == b"data:" and b"\n" not in block:
                value = block[6:] if block[5:6] == b" " else block[5:]
                if len(value) > self._max_event_bytes:
                    raise EventTooLargeError(self._max_event_bytes)
                out.append(value.decode("utf-8", "replace"))
                self._retry = None  # as a dispatch does
            else:  # the line machine: the block's lines, then the blank line that ended it
                for line in [*block.split(b"\n"), b""]:
                    event = self._line(line)
                    if event is not None:
                        out.append(event.data)
        lines = rest.split(b"\n")
        self._hold(lines.pop())
        for line in lines:  # complete lines of an event not ended yet (or blank lines)
            event = self._line(line)
            if event is not None:
                out.append(event.data)
        return out

    def flush(self) -> list[SSEEvent]:
        """End of stream: the pending line and the pending event, if any."""
        events: list[SSEEvent] = []
        if self._partial:
            self._line(self._with_partial(b""))
        event = self._line(b"")
        if event is not None:
            events.append(event)
        return events

    def _hold(self, piece: bytes) -> None:
        """Keep ``piece`` of a line whose end has not arrived yet."""
        if piece:
            self._partial.append(piece)
            self._partial_size += len(piece)
            if self._partial_size > self._max_event_bytes:
                raise EventTooLargeError(self._max_event_bytes)

    def _with_partial(self, chunk: bytes) -> bytes:
        """The line kept so far and ``chunk``, joined once (``chunk`` alone if none)."""
        if not self._partial:
            return chunk
        self._partial.append(chunk)
        buffer = b"".join(self._partial)
        self._partial = []
        self._partial_size = 0
        return buffer

    def _line(self, raw: bytes) -> SSEEvent | None:
        if not raw:
            return self._dispatch()
        if raw.startswith(b"data:"):  # the hot path: one per event
            value = raw[5:]
            self._append_data(value[1:] if value.startswith(b" ") else value)
            return None
        if raw.startswith(b":"):
            return None  # comment / keep-alive
        field, colon, value = raw.partition(b":")
        if colon and value.startswith(b" "):
            value = value[1:]
        if field == b"data":
            self._append_data(value)
        elif field == b"event":
            self._event = value.decode("utf-8", "replace")
        elif field == b"id":
            if b"\0" not in value:
                self._last_id = value.decode("utf-8", "replace")
        elif field == b"retry" and value.isdigit():
            self._retry = int(value)
        return None

    def _append_data(self, value: bytes) -> None:
        self._data_bytes += len(value)
        if self._data_bytes > self._max_event_bytes:
            raise EventTooLargeError(self._max_event_bytes)
        self._data.append(value.decode("utf-8", "replace"))

    def _dispatch(self) -> SSEEvent | None:
        if not self._data:
            self._event = ""
            return None
        event = SSEEvent(
            "\n".join(self._data), self._event or "message", self._last_id, self._retry
        )
        self._data = []
        self._data_bytes = 0
        self._event = ""
        self._retry = None
        return event
