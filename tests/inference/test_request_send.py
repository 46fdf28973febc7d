"""A request's headers and body go out in one send (urllib3 alone sends them apart: two
segments, which the local engine read and parsed in two steps)."""

from __future__ import annotations

import http.client
import socket
import threading

import pytest

from hfi_desktop.inference._control import CallControl
from hfi_desktop.inference._transport import Transport


def test_headers_and_body_go_in_one_send(monkeypatch: pytest.MonkeyPatch) -> None:
    listener = socket.create_server(("127.0.0.1", 0))
    received = bytearray()

    def answer() -> None:
        conn, _ = listener.accept()
        with conn:
            while b"\r\n\r\n" not in received or not received.endswith(b"}"):
                received.extend(conn.recv(65536))
            conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                         b"Content-Length: 2\r\n\r\n{}")

    server = threading.Thread(target=answer, daemon=True)
    server.start()
    sent: list[bytes] = []
    original = http.client.HTTPConnection.send

    def recording(self: http.client.HTTPConnection, data: bytes) -> None:
        sent.append(data)
        original(self, data)

    monkeypatch.setattr(http.client.HTTPConnection, "send", recording)
    transport = Transport("", (5.0, 30.0), 1 << 20, "test", use_environment=False)
    try:
        url = f"http://127.0.0.1:{listener.getsockname()[1]}/models/m"
        reply = transport.fetch("POST", url, CallControl(), body=b'{"inputs": "hi"}',
                                headers={"Content-Type": "application/json"})
    finally:
        transport.close()
        listener.close()
    assert reply.body == b"{}"
    assert len(sent) == 1
    assert sent[0].startswith(b"POST /models/m HTTP/1.1\r\n")
    assert sent[0].endswith(b'\r\n\r\n{"inputs": "hi"}')
    assert bytes(received) == sent[0]
