"""The skeleton the fake HTTP servers of tests/support share: a stdlib threading HTTP server
on 127.0.0.1 (a random port), in a daemon thread, that hands each request of the methods it
answers to one function (HTTP/1.1, no request log); and their base, which serves while
``with fake:`` runs. Stdlib only.

    class MyFake(ServedFake):
        def __init__(self) -> None:
            self._http = LocalHTTPServer(self._serve, ("GET", "HEAD"))  # handler.command
"""

from __future__ import annotations

import http.server
import threading
from collections.abc import Callable, Iterable
from typing import Any, Self

Serve = Callable[[http.server.BaseHTTPRequestHandler], None]


class _QuietHandler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args: Any) -> None:
        pass


class LocalHTTPServer:
    def __init__(self, serve: Serve, methods: Iterable[str], *,
                 thread_name: str | None = None) -> None:
        """``serve`` answers the ``methods`` (others get the stdlib's 501)."""
        def answer(handler: http.server.BaseHTTPRequestHandler) -> None:
            serve(handler)

        handler = type("Handler", (_QuietHandler,), {f"do_{m}": answer for m in methods})
        self._server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True,
                                        name=thread_name)

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        """Stop answering, close the socket, and wait (5 s at most) for the server's thread."""
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)


class ServedFake:
    """A fake that its :class:`LocalHTTPServer` (``self._http``) serves while ``with fake:``
    runs."""

    _http: LocalHTTPServer

    def __enter__(self) -> Self:
        self._http.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._wake()
        self._http.stop()

    def _wake(self) -> None:
        """Before stopping: let go the handlers that wait (on an event of the fake's)."""
