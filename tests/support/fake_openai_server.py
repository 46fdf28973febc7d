"""A fake local server on 127.0.0.1 (a random port) standing in for the servers people run:
OpenAI-compatible (llama.cpp, LM Studio, vLLM; Ollama with ``ollama=True``, which adds
``/api/tags``), or HF-style (``info={...}``: TGI's or TEI's ``/info``). Stdlib only.

    with FakeOpenAIServer(models=("llama3.2:1b",), ollama=True) as server:
        discover([server.url]) ... HfInference(base_url=server.url).chat_completion(...)

``behaviour``: "ok", "garbage" (every answer is not JSON), "huge" (endless bodies), "hang"
(accepts, never answers), "trickle" (a byte now and then, never the end). A chat reply is
``reply`` (word by word when streamed), with no ``usage`` (Ollama and llama.cpp leave it out
unless asked).
"""

from __future__ import annotations

import http.server
import json
import threading
import time
from dataclasses import dataclass, field
from typing import Any, Literal

from tests.support.local_http import LocalHTTPServer, ServedFake

Behaviour = Literal["ok", "garbage", "huge", "hang", "trickle"]


@dataclass
class SeenRequest:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


@dataclass
class FakeOpenAIServer(ServedFake):
    models: tuple[str, ...] = ("llama3.2:1b",)
    ollama: bool = False
    info: dict[str, Any] | None = None
    health: int | None = 200  # None: no /health route (404)
    owned_by: str = "llamacpp"
    reply: str = "Hello from the local server"
    behaviour: Behaviour = "ok"
    seen: list[SeenRequest] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._stop = threading.Event()
        self._http = LocalHTTPServer(lambda handler: self._serve(handler, handler.command),
                                     ("GET", "POST"), thread_name="fake-openai-server")

    @property
    def port(self) -> int:
        return self._http.port

    @property
    def url(self) -> str:
        return self._http.url

    def _wake(self) -> None:
        self._stop.set()

    def chats(self) -> list[SeenRequest]:
        return [r for r in self.seen if r.path.endswith("/chat/completions")]

    # -- answers ---------------------------------------------------------------------------

    def _serve(self, handler: http.server.BaseHTTPRequestHandler, method: str) -> None:
        length = int(handler.headers.get("Content-Length") or 0)
        body = handler.rfile.read(length) if length else b""
        path = handler.path.split("?", 1)[0]
        self.seen.append(SeenRequest(method, path, dict(handler.headers.items()), body))
        try:
            if self.behaviour == "hang":
                self._stop.wait(30)
                handler.close_connection = True
                return
            if self.behaviour == "trickle":
                self._trickle(handler)
                return
            if self.behaviour == "huge":
                self._huge(handler)
                return
            if self.behaviour == "garbage":
                self._send(handler, 200, b"\x00<html>not json at all", "application/json")
                return
            self._route(handler, method, path, body)
        except (BrokenPipeError, ConnectionResetError):
            handler.close_connection = True

    def _route(self, handler: http.server.BaseHTTPRequestHandler, method: str, path: str,
               body: bytes) -> None:
        if method == "GET" and path == "/v1/models" and self.info is None:
            data = [{"id": m, "object": "model", "owned_by": self.owned_by} for m in self.models]
            self._json(handler, 200, {"object": "list", "data": data})
        elif method == "GET" and path == "/api/tags" and self.ollama:
            tags = [{"name": m, "model": m, "size": 1234} for m in self.models]
            self._json(handler, 200, {"models": tags})
        elif method == "GET" and path == "/info" and self.info is not None:
            self._json(handler, 200, self.info)
        elif method == "GET" and path == "/health" and self.health is not None:
            self._json(handler, self.health, {"status": "ok" if self.health == 200 else "loading"})
        elif method == "POST" and path == "/v1/chat/completions":
            self._chat(handler, json.loads(body or b"{}"))
        else:
            self._send(handler, 404, b"404 page not found", "text/plain")

    def _chat(self, handler: http.server.BaseHTTPRequestHandler, payload: dict[str, Any]
              ) -> None:
        model = payload.get("model")
        if model not in self.models:
            self._json(handler, 404, {"error": f"model '{model}' not found"})
            return
        if not payload.get("stream"):
            self._json(handler, 200, {
                "id": "chatcmpl-1", "object": "chat.completion", "model": model,
                "choices": [{"index": 0, "finish_reason": "stop",
                             "message": {"role": "assistant", "content": self.reply}}]})
            return
        handler.send_response(200)
        handler.send_header("Content-Type", "text/event-stream")
        handler.send_header("Transfer-Encoding", "chunked")
        handler.end_headers()
        words = self.reply.split(" ")
        for index, word in enumerate(words):
            text = word if index == 0 else " " + word
            delta: dict[str, Any] = {"content": text}
            if index == 0:
                delta["role"] = "assistant"
            last = index == len(words) - 1
            chunk = {"id": "chatcmpl-1", "object": "chat.completion.chunk", "model": model,
                     "choices": [{"index": 0, "delta": delta,
                                  "finish_reason": "stop" if last else None}]}
            self._chunk(handler, f"data: {json.dumps(chunk)}\n\n".encode())
        self._chunk(handler, b"data: [DONE]\n\n")
        self._chunk(handler, b"")

    @staticmethod
    def _chunk(handler: http.server.BaseHTTPRequestHandler, data: bytes) -> None:
        handler.wfile.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")
        handler.wfile.flush()

    def _json(self, handler: http.server.BaseHTTPRequestHandler, status: int,
              value: Any) -> None:
        self._send(handler, status, json.dumps(value).encode(), "application/json")

    @staticmethod
    def _send(handler: http.server.BaseHTTPRequestHandler, status: int, body: bytes,
              content_type: str) -> None:
        handler.send_response(status)
        handler.send_header("Content-Type", content_type)
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)

    def _huge(self, handler: http.server.BaseHTTPRequestHandler) -> None:
        """A JSON body that never ends (no length given), 64 KiB at a time."""
        handler.send_response(200)
        handler.send_header("Content-Type", "application/json")
        handler.send_header("Connection", "close")
        handler.end_headers()
        handler.close_connection = True
        handler.wfile.write(b'{"data": [')
        piece = b'{"id": "m"},' * 5000
        while not self._stop.is_set():
            handler.wfile.write(piece)

    def _trickle(self, handler: http.server.BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "application/json")
        handler.send_header("Content-Length", "100000")
        handler.end_headers()
        handler.close_connection = True
        while not self._stop.is_set():
            handler.wfile.write(b" ")
            handler.wfile.flush()
            time.sleep(0.1)


TGI_INFO = {"model_id": "HuggingFaceTB/SmolLM2-135M-Instruct", "model_dtype": "torch.float16",
            "model_pipeline_tag": "text-generation", "router": "text-generation-router",
            "version": "3.3.0"}
TEI_INFO = {"model_id": "BAAI/bge-small-en-v1.5", "model_dtype": "float32",
            "model_type": {"embedding": {"pooling": "cls"}}, "version": "1.7.0"}
