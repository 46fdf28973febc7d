"""A request's headers and body go out in one send (urllib3 alone sends them apart: two
segments, which the local engine read and parsed in two steps)."""

from __future__ import annotations

import http.client
import http.server
import socket
import threading
from typing import ClassVar

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


class _Recorder(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    seen: ClassVar[list[tuple[str, dict[str, str], bytes]]] = []

    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length)
        self.seen.append((self.command, {k.lower(): v for k, v in self.headers.items()}, body))
        self.send_response(200)
        if body == b"set":
            self.send_header("Set-Cookie", "s=1; Path=/")
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", "2")
        self.end_headers()
        self.wfile.write(b"{}")

    do_GET = do_POST = _answer

    def log_message(self, *args: object) -> None:
        pass


def test_each_request_carries_its_own_body_token_and_cookies() -> None:
    """Requests to one URL are prepared once and copied: each still carries its own body and
    length, the token only when authenticated, and a cookie the server set."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    _Recorder.seen = []
    transport = Transport("tok", (5.0, 30.0), 1 << 20, "test", use_environment=False)
    url = f"http://127.0.0.1:{server.server_address[1]}/models/m"
    json_type = {"Content-Type": "application/json"}
    try:
        transport.fetch("POST", url, CallControl(), body=b'{"a": 1}', headers=json_type)
        transport.fetch("POST", url, CallControl(), body=b'{"bb": 22}', headers=json_type)
        transport.fetch("POST", url, CallControl(), body=b"x", headers=json_type,
                        authenticated=False)
        transport.fetch("GET", url, CallControl())
        transport.fetch("POST", url, CallControl(), body=b"set", headers=json_type)
        transport.fetch("POST", url, CallControl(), body=b"after", headers=json_type)
    finally:
        transport.close()
        server.shutdown()
        server.server_close()
    bodies = [body for _, _, body in _Recorder.seen]
    assert bodies == [b'{"a": 1}', b'{"bb": 22}', b"x", b"", b"set", b"after"]
    headers = [seen for _, seen, _ in _Recorder.seen]
    assert [h.get("content-length") for h in headers] == ["8", "10", "1", None, "3", "5"]
    assert [h.get("authorization") for h in headers] == (
        ["Bearer tok"] * 2 + [None] + ["Bearer tok"] * 3)
    assert [h.get("cookie") for h in headers] == [None] * 5 + ["s=1"]
    assert all(h["content-type"] == "application/json" for i, h in enumerate(headers) if i != 3)
    assert "content-type" not in headers[3]
