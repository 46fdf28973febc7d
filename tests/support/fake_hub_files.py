"""A fake Hub on 127.0.0.1 that serves a model's files the way huggingface_hub downloads
them (point HF_ENDPOINT, or ``endpoint=``, at ``hub.url``). Stdlib only.

Routes: ``GET /api/models/{id}[/revision/{rev}]`` (the model info with its siblings and their
sizes), ``HEAD``/``GET /{id}/resolve/{rev}/{file}`` (``X-Repo-Commit``, ``ETag``,
``Content-Length``). An unknown model: 404 with ``X-Error-Code: RepoNotFound``; a gated one:
401 with ``X-Error-Code: GatedRepo``. ``slow``: each file's body goes out in ``piece``-byte
pieces, waiting for ``release`` (set it to let the rest through) after the first.

    with FakeHubFiles({"tiny/bert-classifier": folder}) as hub:
        download_model("tiny/bert-classifier", endpoint=hub.url, ...)
"""

from __future__ import annotations

import hashlib
import http.server
import json
import threading
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlsplit

from tests.support.local_http import LocalHTTPServer, ServedFake


@dataclass
class FakeHubFiles(ServedFake):
    models: dict[str, Path]  # model id -> a folder of its files
    gated: tuple[str, ...] = ()
    slow: bool = False
    piece: int = 16 * 1024
    release: threading.Event = field(default_factory=threading.Event)
    seen: list[tuple[str, str, str | None]] = field(default_factory=list)  # method, path, auth
    errors: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._http = LocalHTTPServer(
            lambda handler: self._serve(handler, body=handler.command != "HEAD"),
            ("GET", "HEAD"))
        self.url = self._http.url

    def _wake(self) -> None:
        self.release.set()

    @staticmethod
    def commit(model_id: str) -> str:
        return hashlib.sha1(f"fake hub {model_id}".encode()).hexdigest()

    def files(self, model_id: str) -> dict[str, Path]:
        folder = self.models[model_id]
        return {p.relative_to(folder).as_posix(): p for p in sorted(folder.rglob("*"))
                if p.is_file()}

    def total(self, model_id: str) -> int:
        return sum(p.stat().st_size for p in self.files(model_id).values())

    # -- serving -------------------------------------------------------------------------------

    def _serve(self, handler: http.server.BaseHTTPRequestHandler, *, body: bool) -> None:
        path = unquote(urlsplit(handler.path).path)
        self.seen.append((handler.command, path, handler.headers.get("Authorization")))
        try:
            if path.startswith("/api/models/"):
                self._info(handler, path.removeprefix("/api/models/"))
            elif "/resolve/" in path:
                self._file(handler, path, body)
            else:
                self._error(handler, 404, "EntryNotFound", "no such route")
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client went away (a cancelled download)
        except Exception as error:  # reported to the test
            self.errors.append(repr(error))
            raise

    def _known(self, handler: http.server.BaseHTTPRequestHandler, model_id: str) -> bool:
        if model_id in self.gated:
            self._error(handler, 401, "GatedRepo", f"{model_id} is gated")
            return False
        if model_id not in self.models:
            self._error(handler, 404, "RepoNotFound", "Repository not found")
            return False
        return True

    def _info(self, handler: http.server.BaseHTTPRequestHandler, rest: str) -> None:
        model_id = rest.split("/revision/")[0]
        if not self._known(handler, model_id):
            return
        siblings = [{"rfilename": name, "size": p.stat().st_size}
                    for name, p in self.files(model_id).items()]
        self._send(handler, 200, json.dumps({
            "id": model_id, "modelId": model_id, "sha": self.commit(model_id),
            "private": False, "siblings": siblings}).encode(),
                   {"Content-Type": "application/json"}, body=True)

    def _file(self, handler: http.server.BaseHTTPRequestHandler, path: str,
              body: bool) -> None:
        repo, _, rest = path.lstrip("/").partition("/resolve/")
        _revision, _, name = rest.partition("/")
        if not self._known(handler, repo):
            return
        file = self.files(repo).get(name)
        if file is None:
            self._error(handler, 404, "EntryNotFound", f"{name} not found")
            return
        data = file.read_bytes()
        headers = {"Content-Type": "application/octet-stream",
                   "X-Repo-Commit": self.commit(repo),
                   "ETag": f'"{hashlib.sha256(data).hexdigest()}"'}
        if not body:
            self._send(handler, 200, b"", {**headers, "Content-Length": str(len(data))},
                       body=False)
            return
        handler.send_response(200)
        for key, value in {**headers, "Content-Length": str(len(data))}.items():
            handler.send_header(key, value)
        handler.end_headers()
        for start in range(0, len(data), self.piece if self.slow else len(data) or 1):
            handler.wfile.write(data[start:start + (self.piece if self.slow else len(data))])
            handler.wfile.flush()
            if self.slow and not self.release.wait(30):
                return

    def _error(self, handler: http.server.BaseHTTPRequestHandler, status: int, code: str,
               message: str) -> None:
        self._send(handler, status, json.dumps({"error": message}).encode(),
                   {"Content-Type": "application/json", "X-Error-Code": code,
                    "X-Error-Message": message}, body=handler.command != "HEAD")

    @staticmethod
    def _send(handler: http.server.BaseHTTPRequestHandler, status: int, data: bytes,
              headers: dict[str, str], *, body: bool) -> None:
        handler.send_response(status)
        for key, value in headers.items():
            handler.send_header(key, value)
        if "Content-Length" not in headers:
            handler.send_header("Content-Length", str(len(data)))
        handler.end_headers()
        if body:
            handler.wfile.write(data)


def served_classifier(root: Path) -> Path:
    """A tiny text classifier's files (tests/support/tiny_models.py), with a card naming its
    task, in ``root/bert-classifier``: what the fake Hub serves."""
    from tests.support.tiny_models import build_model

    folder = root / "bert-classifier"
    folder.mkdir()
    build_model("sequence", folder)
    (folder / "README.md").write_text("---\npipeline_tag: text-classification\n---\n# tiny\n")
    return folder
