"""A real HTTP server on 127.0.0.1 that plays the Inference API and the Hub for tests.

It replays the 2023 recordings (tests/data/tapes.json), serves ``/api/tasks`` and the
``pipeline_tag`` lookups of the Hub, the Hub's model search (``/api/models``) and model info
with card widgets (``/api/models/<id>``, see ``add_hub_model``), the shipped example files
(``/examples/<name>``), records every request, and lets a test program faults
per path (error statuses, a model that is loading, slow, cut or endless streams, a server
that never answers, huge bodies). Stdlib only, apart from Pillow for a small JPEG.

    with FakeInferenceAPI() as api:
        api.program("/models/gpt2", respond_json({"error": "nope"}, status=500), times=1)
        ... HfInference(base_url=api.url, hub_url=api.url) ...
        assert api.requests_to("/models/gpt2")[0].json()["inputs"] == "..."
"""

from __future__ import annotations

import contextlib
import http.server
import io
import json
import select
import socket
import ssl
import sys
import threading
import time
from collections import deque
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any, Literal, Protocol, Self
from urllib.parse import parse_qs, unquote, urlsplit

from .paths import example_bytes
from .sse import token_stream_body
from .tapes import DEFAULT_MODELS, Tape, load_tapes

#: Response headers of a recording that the fake server sets itself.
_HOP_HEADERS = frozenset({"connection", "transfer-encoding", "content-length", "content-type",
                          "keep-alive"})
_NOT_JSON = object()


@cache
def small_jpeg() -> bytes:
    """A valid JPEG (the recordings kept no image bodies), so viewers can decode results."""
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (16, 12), (200, 40, 30)).save(buffer, "JPEG")
    return buffer.getvalue()


def _parse_json(body: bytes) -> Any:
    try:
        return json.loads(body)
    except ValueError:
        return _NOT_JSON


# ----------------------------------------------------------------------------- requests
@dataclass
class RecordedRequest:
    """What the client sent. ``headers`` has lower-case names; ``path`` is percent-decoded."""

    method: str
    path: str
    raw_path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes
    client_port: int
    received_at: float

    def header(self, name: str) -> str | None:
        return self.headers.get(name.lower())

    def json(self) -> Any:
        return json.loads(self.body)

    @property
    def x_headers(self) -> dict[str, str]:
        return {k: v for k, v in self.headers.items() if k.startswith("x-")}

    @property
    def model(self) -> str:
        """The model id of an inference path (``/models/<id>``, with or without a task)."""
        path = self.path.removeprefix("/models/")
        return path.split("/pipeline/")[0]

    @property
    def wants_model_wait(self) -> bool:
        """Whether the request asks the server to hold it until the model is loaded."""
        if (self.header("x-wait-for-model") or "").lower() == "true":
            return True
        body = _parse_json(self.body)
        options = body.get("options") if isinstance(body, dict) else None
        return isinstance(options, dict) and options.get("wait_for_model") is True


@dataclass
class ConnectionInfo:
    port: int
    closed: threading.Event = field(default_factory=threading.Event)


# ------------------------------------------------------------------------------ replies
class Reply(Protocol):
    """A programmed answer; ``serve`` writes the whole response through the exchange."""

    def serve(self, ex: Exchange) -> None: ...


@dataclass(frozen=True)
class Respond:
    status: int = 200
    body: bytes = b""
    content_type: str | None = "application/json"
    headers: Mapping[str, str] = field(default_factory=dict)

    def serve(self, ex: Exchange) -> None:
        ex.send(self.status, self.body, self.content_type, self.headers)


def respond_json(value: Any, status: int = 200, headers: Mapping[str, str] | None = None
                 ) -> Respond:
    return Respond(status, json.dumps(value).encode(), "application/json", dict(headers or {}))


def respond_error(status: int, message: str, **extra: Any) -> Respond:
    """An Inference API error: ``{"error": message, **extra}`` (e.g. ``estimated_time``)."""
    return respond_json({"error": message, **extra}, status)


def respond_text(text: str, status: int = 200, content_type: str = "text/html; charset=utf-8",
                 headers: Mapping[str, str] | None = None) -> Respond:
    return Respond(status, text.encode(), content_type, dict(headers or {}))


def fast_token_stream(count: int, *, eol: str = "\n") -> Respond:
    """``count`` text-generation events in one prebuilt body, sent as fast as possible."""
    return Respond(200, token_stream_body(count, eol=eol), "text/event-stream")


@dataclass
class Loading:
    """A model that is loading: the first ``times`` requests get 503 with ``estimated_time``;
    a request asking to wait for the model (X-Wait-For-Model header or JSON option) is held
    ``hold_s`` seconds, then gets ``then`` (default: the recorded answer)."""

    times: int = 1
    estimated_time: float = 20.0
    hold_s: float = 0.0
    then: Reply | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def serve(self, ex: Exchange) -> None:
        if ex.request.wants_model_wait:
            if not ex.wait(self.hold_s):
                ex.drop()
                return
        elif self._take_one():
            message = f"Model {ex.request.model} is currently loading"
            ex.send_json(503, {"error": message, "estimated_time": self.estimated_time})
            return
        if self.then is not None:
            self.then.serve(ex)
        else:
            ex.serve_recorded()

    def _take_one(self) -> bool:
        with self._lock:
            if self.times <= 0:
                return False
            self.times -= 1
            return True


@dataclass(frozen=True)
class Stream:
    """A stream of prebuilt frames, ``delay_s`` apart. ``cut_after``: send that many frames,
    then drop the connection without ending the body. ``framing="close"``: no chunked
    encoding, the body ends when the server closes (Connection: close)."""

    frames: Sequence[bytes]
    delay_s: float = 0.0
    cut_after: int | None = None
    framing: Literal["chunked", "close"] = "chunked"
    status: int = 200
    content_type: str = "text/event-stream"

    def serve(self, ex: Exchange) -> None:
        ex.start_body(self.status, self.content_type, framing=self.framing)
        frames = self.frames if self.cut_after is None else self.frames[: self.cut_after]
        for i, frame in enumerate(frames):
            if i and self.delay_s and not ex.wait(self.delay_s):
                ex.drop()
                return
            ex.write_part(frame)
        if self.cut_after is not None:
            ex.drop()
        else:
            ex.end_body()


@dataclass(frozen=True)
class Hang:
    """Read the request, never answer; give up after ``max_s``, or when the client or the
    server goes away."""

    max_s: float = 60.0

    def serve(self, ex: Exchange) -> None:
        ex.wait(self.max_s)
        ex.drop()


@dataclass(frozen=True)
class Delayed:
    """Answer after ``seconds`` (a slow model): ``then``, or the recorded answer. Gives up
    when the client goes away meanwhile."""

    seconds: float
    then: Reply | None = None

    def serve(self, ex: Exchange) -> None:
        if not ex.wait(self.seconds):
            ex.drop()
            return
        if self.then is not None:
            self.then.serve(ex)
        else:
            ex.serve_recorded()


class AllAtOnce:
    """A meeting point for requests sent at the same time: a request answered by
    ``at_once.then(reply)`` is held until ``count`` are held, then gets ``reply``. One left
    alone for ``timeout_s`` (the requests came one after the other) gets a 504 saying so.
    Proves concurrency without timing it, so a loaded machine cannot fail it."""

    def __init__(self, count: int, timeout_s: float = 5.0) -> None:
        self.count = count
        self.timeout_s = timeout_s
        self._barrier = threading.Barrier(count)

    def then(self, reply: Reply) -> Reply:
        return _HeldUntilAll(self, reply)

    def meet(self) -> bool:
        """Wait for the others; False when they did not all come in time."""
        try:
            self._barrier.wait(self.timeout_s)
        except threading.BrokenBarrierError:
            return False
        return True


@dataclass(frozen=True)
class _HeldUntilAll:
    at_once: AllAtOnce
    reply: Reply

    def serve(self, ex: Exchange) -> None:
        if self.at_once.meet():
            self.reply.serve(ex)
        else:
            ex.send_json(504, {"error": f"{self.at_once.count} requests were expected at "
                                        f"once; this one waited {self.at_once.timeout_s} s"})


@dataclass(frozen=True)
class HugeBody:
    """A 200 body of ``size`` bytes, with a Content-Length or (``declare_length=False``)
    chunked; written in pieces so a client that stops reading is noticed."""

    size: int
    declare_length: bool = True
    content_type: str = "application/json"
    piece: int = 64 * 1024

    def serve(self, ex: Exchange) -> None:
        if self.declare_length:
            ex.start_body(200, self.content_type, framing="length", length=self.size)
        else:
            ex.start_body(200, self.content_type, framing="chunked")
        block = b" " * self.piece
        left = self.size
        while left > 0:
            ex.write_part(block[: min(left, self.piece)])
            left -= self.piece
        ex.end_body()


@dataclass(frozen=True)
class Trickle:
    """A 200 body of ``size`` bytes sent one byte every ``every_s`` seconds: each socket read
    gets something, so only an overall deadline ends it. Stops when the client goes away."""

    size: int = 10_000
    every_s: float = 0.05
    content_type: str = "application/json"

    def serve(self, ex: Exchange) -> None:
        ex.start_body(200, self.content_type, framing="length", length=self.size)
        for _ in range(self.size):
            if not ex.wait(self.every_s):
                ex.drop()
                return
            ex.write_part(b" ")
        ex.end_body()


@dataclass(frozen=True)
class KeepAlivesForever:
    """A stream that sends only ``frame`` (a comment, an empty event) every ``every_s``
    seconds, for at most ``max_s``: alive, but no token ever comes."""

    frame: bytes = b":\n"
    every_s: float = 0.05
    max_s: float = 60.0

    def serve(self, ex: Exchange) -> None:
        ex.start_body(200, "text/event-stream", framing="chunked")
        for _ in range(int(self.max_s / self.every_s)):
            ex.write_part(self.frame)
            if not ex.wait(self.every_s):
                ex.drop()
                return
        ex.end_body()


def redirect(location: str, status: int = 307) -> Respond:
    """A redirect to ``location`` (absolute, or a path on the same server)."""
    return Respond(status, b"", None, {"Location": location})


# ----------------------------------------------------------------------------- exchange
class Exchange:
    """One request being answered: the primitives replies are written with."""

    def __init__(self, handler: _Handler, request: RecordedRequest, api: FakeInferenceAPI
                 ) -> None:
        self.handler = handler
        self.request = request
        self.api = api
        #: Headers every answer of this exchange carries unless the reply sets the same name
        #: (a server's request id, say): set by ``FakeInferenceAPI._prepare``.
        self.headers: dict[str, str] = {}
        self._framing = "length"

    def _with_defaults(self, headers: Mapping[str, str] | None) -> dict[str, str]:
        given = dict(headers or {})
        names = {name.lower() for name in given}
        return {**{k: v for k, v in self.headers.items() if k.lower() not in names}, **given}

    def send(self, status: int, body: bytes, content_type: str | None,
             headers: Mapping[str, str] | None = None) -> None:
        h = self.handler
        h.send_response(status)
        if content_type:
            h.send_header("Content-Type", content_type)
        for name, value in self._with_defaults(headers).items():
            h.send_header(name, value)
        h.send_header("Content-Length", str(len(body)))
        h.end_headers()
        h.wfile.write(body)

    def send_json(self, status: int, value: Any, headers: Mapping[str, str] | None = None
                  ) -> None:
        self.send(status, json.dumps(value).encode(), "application/json", headers)

    def start_body(self, status: int, content_type: str, *,
                   framing: Literal["chunked", "close", "length"], length: int = 0,
                   headers: Mapping[str, str] | None = None) -> None:
        h = self.handler
        h.send_response(status)
        h.send_header("Content-Type", content_type)
        for name, value in self._with_defaults(headers).items():
            h.send_header(name, value)
        if framing == "chunked":
            h.send_header("Transfer-Encoding", "chunked")
        elif framing == "close":
            h.send_header("Connection", "close")
        else:
            h.send_header("Content-Length", str(length))
        if content_type.startswith("text/event-stream"):
            h.send_header("Cache-Control", "no-cache")
        h.end_headers()
        self._framing = framing

    def write_part(self, data: bytes) -> None:
        if self._framing == "chunked":
            data = b"%x\r\n%s\r\n" % (len(data), data)
        self.handler.wfile.write(data)

    def end_body(self) -> None:
        if self._framing == "chunked":
            self.handler.wfile.write(b"0\r\n\r\n")
        elif self._framing == "close":
            self.drop()

    def drop(self) -> None:
        """Close the connection now, whatever was (not) sent."""
        self.handler.close_connection = True
        with contextlib.suppress(OSError):
            self.handler.connection.shutdown(socket.SHUT_RDWR)

    def wait(self, seconds: float) -> bool:
        """Sleep ``seconds``; False as soon as the client disconnects or the server stops."""
        sock = self.handler.connection
        deadline = time.monotonic() + seconds
        while not self.api.stopping:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return True
            readable, _, _ = select.select([sock], [], [], min(remaining, 0.02))
            if readable and isinstance(sock, ssl.SSLSocket):
                time.sleep(min(remaining, 0.02))  # TLS cannot peek: hold until the deadline
            elif readable:
                try:
                    peeked = sock.recv(1, socket.MSG_PEEK)
                except OSError:
                    peeked = b""
                if not peeked:
                    self.handler.close_connection = True
                    return False
                time.sleep(min(remaining, 0.02))  # a pipelined request: keep holding
        return False

    def serve_recorded(self) -> None:
        """The "real" answer: the Hub's routes, else the matching recording, else 404."""
        self.api.serve_recorded(self)


# ------------------------------------------------------------------------------ server
class _Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True
    timeout = 65  # an idle keep-alive connection ends eventually
    server: _Server

    def setup(self) -> None:
        super().setup()
        self.server.api._opened(self)

    def finish(self) -> None:
        try:
            with contextlib.suppress(OSError):
                super().finish()
        finally:
            self.server.api._closed(self)

    def do_GET(self) -> None:
        self._dispatch()

    do_POST = do_PUT = do_DELETE = do_HEAD = do_PATCH = do_GET

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def _read_body(self) -> bytes:
        if "chunked" in (self.headers.get("Transfer-Encoding") or "").lower():
            parts: list[bytes] = []
            while True:
                size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
                if size == 0:
                    while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                        pass  # trailers
                    return b"".join(parts)
                parts.append(self.rfile.read(size))
                self.rfile.readline()
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    def _dispatch(self) -> None:
        api = self.server.api
        split = urlsplit(self.path)
        request = RecordedRequest(
            method=self.command,
            path=unquote(split.path),
            raw_path=self.path,
            query=parse_qs(split.query),
            headers={k.lower(): v for k, v in self.headers.items()},
            body=self._read_body(),
            client_port=self.client_address[1],
            received_at=time.monotonic(),
        )
        api._record(request)
        exchange = Exchange(self, request, api)
        api._prepare(exchange)
        reply = api._next_reply(request.path)
        try:
            if reply is None:
                exchange.serve_recorded()
            else:
                reply.serve(exchange)
        except OSError:  # the client went away mid-answer
            self.close_connection = True


class _Server(http.server.ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    api: FakeInferenceAPI

    def handle_error(self, request: Any, client_address: Any) -> None:
        error = sys.exc_info()[1]
        if error is not None and not isinstance(error, OSError):
            self.api.errors.append(error)


@dataclass
class _Programmed:
    reply: Reply
    remaining: int | None


@dataclass(frozen=True)
class HubModel:
    """A model of the fake Hub (``FakeInferenceAPI.add_hub_model``)."""

    id: str
    pipeline_tag: str | None
    downloads: int
    likes: int
    widget_data: list[Mapping[str, Any]]
    card_widget: list[Mapping[str, Any]]

    def search_entry(self) -> dict[str, Any]:
        return {"_id": "0" * 24, "id": self.id, "modelId": self.id, "likes": self.likes,
                "downloads": self.downloads, "pipeline_tag": self.pipeline_tag,
                "private": False, "tags": []}

    def info(self) -> dict[str, Any]:
        info = self.search_entry()
        if self.widget_data:
            info["widgetData"] = self.widget_data
        info["cardData"] = {"widget": self.card_widget} if self.card_widget else {}
        return info


class TapeLibrary:
    """Recordings by serving path; picks the one whose JSON body equals the request's."""

    def __init__(self, tapes: Sequence[Tape]) -> None:
        self.by_path: dict[str, list[Tape]] = {}
        self.hub: dict[str, Tape] = {}
        for tape in tapes:
            if tape.is_hub:
                self.hub[tape.model] = tape
                continue
            for path in tape.serving_paths:
                self.by_path.setdefault(path, []).append(tape)

    def match(self, path: str, body: bytes) -> Tape | None:
        candidates = self.by_path.get(path)
        if not candidates:
            return None
        parsed = _parse_json(body)
        if parsed is not _NOT_JSON:
            for tape in candidates:
                if tape.request_body is not None and tape.request_json == parsed:
                    return tape
        stream = isinstance(parsed, dict) and parsed.get("stream") is True
        for tape in candidates:
            if tape.is_stream_request == stream:
                return tape
        return candidates[0]


class FakeInferenceAPI:
    """The fake Inference API + Hub. Start with ``with`` (or start()/stop())."""

    #: How often the serving loop looks for a stop request: stop() waits up to this long.
    poll_interval_s = 0.02

    def __init__(self, tapes: Sequence[Tape] | None = None) -> None:
        self.library = TapeLibrary(load_tapes() if tapes is None else tapes)
        #: The Hub's task list: task id -> models, first one is the default.
        self.tasks: dict[str, list[str]] = {
            task: [model, f"{model}-second-choice"] for task, model in DEFAULT_MODELS.items()
        }
        self.pipeline_tags: dict[str, str] = {}
        #: The Hub's models for search and model info (``add_hub_model``), by id.
        self.hub_models: dict[str, HubModel] = {}
        self.errors: list[BaseException] = []
        self.jpeg = small_jpeg()
        self.flac = example_bytes("sample1.flac")
        self._lock = threading.Lock()
        self._requests: list[RecordedRequest] = []
        self._program: dict[str, deque[_Programmed]] = {}
        self._connections: dict[int, ConnectionInfo] = {}
        self._open_sockets: set[socket.socket] = set()
        self._new_request = threading.Condition(self._lock)
        self._stopping = threading.Event()
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle
    def start(self) -> Self:
        server = self._listen()
        server.api = self
        self._server = server
        self._thread = threading.Thread(target=server.serve_forever,
                                        kwargs={"poll_interval": self.poll_interval_s},
                                        name="fake-inference-api", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        """Quick even with held connections: they are shut down, not waited for."""
        if self._server is None:
            return
        self._stopping.set()
        self._server.shutdown()
        with self._lock:
            sockets = list(self._open_sockets)
        for sock in sockets:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
        self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=2)
        self._server = None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def stopping(self) -> bool:
        return self._stopping.is_set()

    @property
    def port(self) -> int:
        assert self._server is not None, "server not started"
        return int(self._server.server_address[1])

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    # -- what the client sent
    @property
    def requests(self) -> list[RecordedRequest]:
        with self._lock:
            return list(self._requests)

    def requests_to(self, path: str, method: str | None = None) -> list[RecordedRequest]:
        return [r for r in self.requests
                if r.path == path and (method is None or r.method == method)]

    def clear_requests(self) -> None:
        with self._lock:
            self._requests.clear()

    def wait_for_requests(self, count: int, timeout: float = 5.0) -> list[RecordedRequest]:
        """Block until ``count`` requests arrived (or the timeout); returns them all."""
        with self._new_request:
            self._new_request.wait_for(lambda: len(self._requests) >= count, timeout)
            return list(self._requests)

    def connection(self, port: int) -> ConnectionInfo:
        with self._lock:
            return self._connections[port]

    def wait_connection_closed(self, port: int, timeout: float = 2.0) -> bool:
        """Whether the server saw the client's connection from ``port`` end within
        ``timeout`` seconds."""
        return self.connection(port).closed.wait(timeout)

    # -- programming
    def program(self, path: str, reply: Reply, *, times: int | None = None) -> None:
        """Answer requests to ``path`` with ``reply``: the next ``times`` ones, or all.
        Programs for one path queue up; when none is left the recordings answer."""
        with self._lock:
            self._program.setdefault(path, deque()).append(_Programmed(reply, times))

    def reset_program(self, path: str | None = None) -> None:
        with self._lock:
            if path is None:
                self._program.clear()
            else:
                self._program.pop(path, None)

    def set_pipeline_tag(self, model: str, tag: str) -> None:
        """What GET /api/models/<model>?expand[]=pipeline_tag answers."""
        with self._lock:
            self.pipeline_tags[model] = tag

    def add_hub_model(self, model: str, *, pipeline_tag: str | None = None,
                      downloads: int = 0, likes: int = 0,
                      widget_data: Sequence[Mapping[str, Any]] | None = None,
                      card_widget: Sequence[Mapping[str, Any]] | None = None) -> None:
        """A model the Hub knows: found by GET /api/models (search), described by
        GET /api/models/<model> (``widgetData`` and ``cardData.widget``: the card's examples).
        The client's ``?expand[]=pipeline_tag`` lookups keep their own answers (see
        ``set_pipeline_tag``) and fall back to this one."""
        with self._lock:
            self.hub_models[model] = HubModel(model, pipeline_tag, downloads, likes,
                                              list(widget_data or []), list(card_widget or []))

    # -- internals (handler threads)
    def _listen(self) -> _Server:
        """The listening server (a subclass may wrap its socket in TLS)."""
        return _Server(("127.0.0.1", 0), _Handler)

    def _prepare(self, ex: Exchange) -> None:
        """Called for every request before its reply is chosen, programmed or not (a
        subclass checks headers or sets ``ex.headers`` here)."""

    def _record(self, request: RecordedRequest) -> None:
        with self._new_request:
            self._requests.append(request)
            self._new_request.notify_all()

    def _next_reply(self, path: str) -> Reply | None:
        with self._lock:
            queue = self._program.get(path)
            if not queue:
                return None
            entry = queue[0]
            if entry.remaining is not None:
                entry.remaining -= 1
                if entry.remaining <= 0:
                    queue.popleft()
            return entry.reply

    def _opened(self, handler: _Handler) -> None:
        with self._lock:
            self._open_sockets.add(handler.connection)
            self._connections[handler.client_address[1]] = ConnectionInfo(
                handler.client_address[1])

    def _closed(self, handler: _Handler) -> None:
        with self._lock:
            self._open_sockets.discard(handler.connection)
            info = self._connections.get(handler.client_address[1])
        if info is not None:
            info.closed.set()

    def serve_recorded(self, ex: Exchange) -> None:
        path = ex.request.path
        if path == "/api/tasks":
            ex.send_json(200, {task: {"id": task, "models": [{"id": m} for m in models]}
                               for task, models in self.tasks.items()})
        elif path == "/api/models":
            self._serve_model_search(ex)
        elif path.startswith("/api/models/"):
            self._serve_model_info(ex, path.removeprefix("/api/models/"))
        elif path.startswith("/examples/"):
            self._serve_example_file(ex, path.removeprefix("/examples/"))
        else:
            tape = self.library.match(path, ex.request.body)
            if tape is None:
                model = ex.request.model
                ex.send_json(404, {"error": f"Model {model} does not exist"})
            else:
                self._serve_tape(ex, tape)

    def _serve_model_search(self, ex: Exchange) -> None:
        query = {name: values[-1] for name, values in ex.request.query.items() if values}
        found = [m for m in self._searchable_models() if self._matches_search(m, query)]
        sort = query.get("sort")
        if sort in ("downloads", "likes"):
            found.sort(key=lambda m: getattr(m, sort), reverse=query.get("direction") == "-1")
        limit = int(query.get("limit") or 1000)
        ex.send_json(200, [self._search_entry(m, ex.request.query) for m in found[:limit]])

    def _searchable_models(self) -> list[HubModel]:
        with self._lock:
            return list(self.hub_models.values())

    def _matches_search(self, model: HubModel, query: Mapping[str, str]) -> bool:
        """``query``: the last value of each parameter."""
        tag = query.get("pipeline_tag")
        return (query.get("search", "").casefold() in model.id.casefold()
                and (tag is None or model.pipeline_tag == tag))

    def _search_entry(self, model: HubModel, query: Mapping[str, list[str]]) -> dict[str, Any]:
        return model.search_entry()

    def _serve_example_file(self, ex: Exchange, name: str) -> None:
        try:
            data = example_bytes(name)
        except FileNotFoundError:
            ex.send_json(404, {"error": f"no example {name}"})
            return
        ex.send(200, data, "audio/flac" if name.endswith(".flac") else "image/png")

    def _serve_model_info(self, ex: Exchange, model: str) -> None:
        with self._lock:
            tag = self.pipeline_tags.get(model)
            hub_model = self.hub_models.get(model)
        tape = self.library.hub.get(model)
        if hub_model is not None and "expand[]" not in ex.request.query:
            ex.send_json(200, hub_model.info())
        elif tag is not None:
            ex.send_json(200, {"_id": "0" * 24, "id": model, "pipeline_tag": tag})
        elif tape is not None:
            self._serve_tape(ex, tape)
        elif hub_model is not None:
            ex.send_json(200, {"_id": "0" * 24, "id": model,
                               "pipeline_tag": hub_model.pipeline_tag})
        else:
            ex.send_json(404, {"error": "Repository not found"})

    def _serve_tape(self, ex: Exchange, tape: Tape) -> None:
        content_type = tape.content_type
        headers = {k: v for k, v in tape.response_headers.items() if k not in _HOP_HEADERS}
        body = tape.response_body.encode()
        if content_type.startswith("text/event-stream"):
            frames = [frame + b"\n\n" for frame in body.split(b"\n\n") if frame.strip()]
            ex.start_body(tape.status, content_type, framing="chunked", headers=headers)
            for frame in frames:
                ex.write_part(frame)
            ex.end_body()
            return
        if not body and content_type.startswith("image/"):
            body = self.jpeg
        elif not body and content_type.startswith("audio/"):
            body = self.flac
        ex.send(tape.status, body, content_type, headers)


# ----------------------------------------------------------------------------- helpers
@contextlib.contextmanager
def refused_port() -> Iterator[int]:
    """A local port where connections are refused: bound (so nobody else takes it) but
    not listening, for as long as the context lasts."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        sock.bind(("127.0.0.1", 0))
        yield sock.getsockname()[1]
    finally:
        sock.close()
