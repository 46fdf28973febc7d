"""A stand-in for the local engine (``python -m hfi_desktop.engine --port 0``) that follows
its contract, for the application's tests (no torch, starts in a blink):

- prints ``{"url": "http://127.0.0.1:PORT", "token": "..."}`` as its first stdout line;
- every request needs ``Authorization: Bearer <token>`` (401 ``{"error"}`` otherwise);
- ``POST /models/{id}`` (and ``/models/{id}/pipeline/{task}``): a text classification,
  every label sorted by score; the model ``crash/model`` makes the process exit with code 3
  mid-request (the engine dying), ``slow/model`` answers after ``--slow`` seconds;
- ``GET /api/models/{id}`` with ``pipeline_tag``; ``GET /api/tasks``;
- ``POST /v1/chat/completions`` (stream and not): "Hello from the engine";
- exits when its stdin closes (the application quit, or was killed).

Run: ``python tests/support/fake_engine.py [--log FILE] [--slow S] [--bad-line]``. ``--log``:
one JSON line per request (method, path, the Authorization header), for the tests to read.
``--bad-line``: print something else than the address first (a start that goes wrong).
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

LABELS = [{"label": "POSITIVE", "score": 0.9}, {"label": "NEGATIVE", "score": 0.1}]
REPLY_WORDS = ["Hello", " from", " the", " engine"]
CRASH_CODE = 3


class Handler(BaseHTTPRequestHandler):
    server: EngineServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        return

    def _record(self) -> None:
        if self.server.log_path:
            line = json.dumps({"method": self.command, "path": self.path,
                               "authorization": self.headers.get("Authorization", "")})
            with self.server.lock, open(self.server.log_path, "a", encoding="utf-8") as log:
                log.write(line + "\n")

    def _send(self, status: int, value: Any) -> None:
        body = json.dumps(value).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _authorized(self) -> bool:
        self._record()
        if self.headers.get("Authorization") == f"Bearer {self.server.token}":
            return True
        self._send(401, {"error": "a valid token is required"})
        return False

    def _body(self) -> Any:
        length = int(self.headers.get("Content-Length") or 0)
        data = self.rfile.read(length) if length else b""
        try:
            return json.loads(data) if data else {}
        except ValueError:
            return {}

    def do_GET(self) -> None:
        if not self._authorized():
            return
        path = self.path.split("?")[0]
        if path.startswith("/api/models/"):
            model = path.removeprefix("/api/models/")
            self._send(200, {"id": model, "modelId": model,
                             "pipeline_tag": "text-classification"})
        elif path == "/api/tasks":
            self._send(200, {"text-classification": {"widgetModels": ["tiny/classifier"]}})
        elif path == "/v1/models":
            self._send(200, {"object": "list", "data": [{"id": "tiny/chat"}]})
        else:
            self._send(404, {"error": f"no route {path}"})

    def do_POST(self) -> None:
        if not self._authorized():
            return
        path = self.path.split("?")[0]
        body = self._body()
        if path.endswith("/v1/chat/completions"):
            self._chat(body)
            return
        if not path.startswith("/models/"):
            self._send(404, {"error": f"no route {path}"})
            return
        model = path.removeprefix("/models/").split("/pipeline/")[0]
        if model == "crash/model":
            os._exit(CRASH_CODE)
        if model == "slow/model":
            time.sleep(self.server.slow_s)
        self._send(200, [LABELS])

    def _chat(self, body: Any) -> None:
        model = body.get("model", "") if isinstance(body, dict) else ""
        if not (isinstance(body, dict) and body.get("stream")):
            self._send(200, {"id": "c1", "object": "chat.completion", "model": model,
                             "choices": [{"index": 0, "finish_reason": "stop", "message": {
                                 "role": "assistant", "content": "".join(REPLY_WORDS)}}]})
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Connection", "close")
        self.end_headers()
        for i, word in enumerate(REPLY_WORDS):
            chunk = {"id": "c1", "object": "chat.completion.chunk", "model": model,
                     "choices": [{"index": 0, "delta": {"content": word},
                                  "finish_reason": "stop" if i == len(REPLY_WORDS) - 1
                                  else None}]}
            self.wfile.write(f"data: {json.dumps(chunk)}\n\n".encode())
        self.wfile.write(b"data: [DONE]\n\n")
        self.close_connection = True


class EngineServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, log_path: str, slow_s: float) -> None:
        super().__init__(("127.0.0.1", 0), Handler)
        self.token = secrets.token_urlsafe(24)
        self.log_path = log_path
        self.slow_s = slow_s
        self.lock = threading.Lock()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--log", default="")
    parser.add_argument("--slow", type=float, default=30.0)
    parser.add_argument("--bad-line", action="store_true")
    args = parser.parse_args()
    server = EngineServer(args.log, args.slow)
    if args.bad_line:
        print("Loading the engine…", flush=True)
    port = server.server_address[1]
    print(json.dumps({"url": f"http://127.0.0.1:{port}", "token": server.token}), flush=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    sys.stdin.read()  # until the application closes our stdin (or goes away)
    server.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
