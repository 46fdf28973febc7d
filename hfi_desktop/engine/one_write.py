"""uvicorn's HTTP/1.1 protocol (h11), writing each answer in one send.

uvicorn writes a response's status line and headers, then its body, in two ``send`` calls:
two segments on the wire, two wake-ups of the client (which reads the headers, then waits
for the body). Here the writes one step of the event loop makes go out together at the end
of that step: a whole answer in one send; a stream's events still go out as they come."""

from __future__ import annotations

import asyncio
from typing import Any

from uvicorn.protocols.http.h11_impl import H11Protocol


class _JoinedWrites:
    """A transport whose writes wait for the end of the event loop's step, then go as one."""

    def __init__(self, transport: asyncio.Transport) -> None:
        self._transport = transport
        self._pending: list[bytes] = []

    def write(self, data: bytes) -> None:
        if not data:
            return
        if not self._pending:
            asyncio.get_running_loop().call_soon(self.flush)
        self._pending.append(data)

    def flush(self) -> None:
        if self._pending:
            data = b"".join(self._pending)
            self._pending.clear()
            if not self._transport.is_closing():
                self._transport.write(data)

    def close(self) -> None:
        self.flush()
        self._transport.close()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._transport, name)


class OneWriteH11Protocol(H11Protocol):
    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        super().connection_made(_JoinedWrites(transport))  # type: ignore[arg-type]
