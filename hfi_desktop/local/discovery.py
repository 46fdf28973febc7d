"""Find local servers: ask the usual ports of 127.0.0.1 (and any URL given) what they serve.

Blocking; the bridge runs it in a worker. Every question to every server goes at once, each
within the same deadline, so :func:`discover` takes about one ``timeout`` however many
servers hang. What a server says is untrusted: bodies are capped, JSON shapes are checked,
and whatever goes wrong is one :class:`Finding` with a message, never an exception.

Kinds are told apart by what answers:

- Ollama: ``GET /api/tags`` → ``{"models": [{"name": ...}]}``
- TGI / TEI (HF-style): ``GET /info`` → ``{"model_id": ...}`` (TEI's has ``model_type``)
- OpenAI-compatible (llama.cpp, LM Studio, vLLM, ``transformers serve``):
  ``GET /v1/models`` → ``{"data": [{"id": ...}]}``
- health: ``GET /health`` where the server has one (an error status: not ready, e.g. a
  model still loading); else answering at all.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import wait as wait_for
from dataclasses import dataclass
from enum import StrEnum
from typing import Any
from urllib.parse import urlsplit

import requests

from hfi_desktop.inference import InferenceOutputError
from hfi_desktop.inference.reading import read_capped, read_json
from hfi_desktop.translatable import QT_TRANSLATE_NOOP, Text

from .profiles import SOURCE_PREFIX, free_name, server_root
from .sources import LocalSource, SourceKind

#: The usual ports: Ollama, llama.cpp / TGI / TEI, LM Studio, vLLM / transformers serve.
DEFAULT_PORTS = (11434, 8080, 1234, 8000)
DEFAULT_TIMEOUT_S = 1.5
#: The largest answer read (a model list of a few thousand entries fits).
MAX_BODY_BYTES = 1024 * 1024
MAX_MODELS = 2000
MAX_MODEL_ID = 300
_PATHS = ("/api/tags", "/info", "/v1/models", "/health")
#: A port's usual server, named when the answer itself says nothing more.
_PORT_NAMES = {1234: "LM Studio", 8080: "llama.cpp", 8000: "vLLM / transformers serve"}
#: ``owned_by`` in /v1/models, as some servers fill it.
_OWNERS = {"llamacpp": "llama.cpp", "vllm": "vLLM", "lmstudio": "LM Studio"}
#: The context of the findings' messages (Texts: the UI translates them, ``ui.i18n.shown``).
CONTEXT = "Discovery"
NOTHING_LISTENS = Text(CONTEXT, QT_TRANSLATE_NOOP("Discovery", "nothing listens there"))


def default_urls(ports: tuple[int, ...] = DEFAULT_PORTS) -> list[str]:
    return [f"http://127.0.0.1:{port}" for port in ports]


class Status(StrEnum):
    FOUND = "found"
    NOTHING = "nothing"  # nothing listens there
    ERROR = "error"  # something answers, but not as a server we know (or not in time)


@dataclass(frozen=True)
class Finding:
    """What one URL turned out to be: a source (``FOUND``), or why not: ``reason``, and
    ``message`` (the reason after the server's host and port, when something answered)."""

    base_url: str
    status: Status
    source: LocalSource | None = None
    message: str = ""
    reason: str = ""
    name: str = ""  # the server's usual name ("Ollama"), for a profile's name


@dataclass
class _Answer:
    """One GET: its status and JSON, or what went wrong."""

    status: int | None = None
    value: Any = None
    error: str = ""  # a Text, or an exception's words
    refused: bool = False


class _Probe:
    """The GETs of one search, with their shared deadline: past it, the sockets still open
    are shut down so no worker outlives it by more than a moment."""

    def __init__(self, timeout_s: float) -> None:
        self.timeout_s = timeout_s
        self.deadline = time.monotonic() + timeout_s
        self._lock = threading.Lock()
        self._open: set[requests.Response] = set()
        self._over = False

    def get(self, url: str) -> _Answer:
        left = self.deadline - time.monotonic()
        if left <= 0:
            return _Answer(error=self.late_message())
        session = requests.Session()
        session.trust_env = False  # no proxy, no .netrc: this is this machine
        try:
            response = session.get(url, timeout=(left, left), stream=True,
                                   allow_redirects=False, headers={"Accept": "application/json"})
            with response:
                if not self._track(response):
                    return _Answer(error=self.late_message())
                try:
                    body = read_capped(response, MAX_BODY_BYTES, self._check_time)
                finally:
                    self._untrack(response)
            if response.status_code != 200:
                return _Answer(status=response.status_code)
            try:
                return _Answer(status=200, value=read_json(body))
            except InferenceOutputError as exc:
                return _Answer(status=response.status_code, error=str(exc))
        except requests.Timeout:
            return _Answer(error=self.late_message())
        except requests.ConnectionError as exc:
            if _refused(exc):
                return _Answer(refused=True, error=NOTHING_LISTENS)
            return _Answer(error=self.late_message() if self._past() else Text(
                CONTEXT, QT_TRANSLATE_NOOP("Discovery", "the connection failed")))
        except (requests.RequestException, OSError) as exc:
            return _Answer(error=self.late_message() if self._past() else _short(exc))
        except _Late:
            return _Answer(error=self.late_message())
        except Exception as exc:  # too large, unreadable: said per server, never raised
            return _Answer(error=_short(exc))
        finally:
            session.close()

    def late_message(self) -> Text:
        return Text(CONTEXT, QT_TRANSLATE_NOOP("Discovery",
                                               "no complete answer within {seconds} s"),
                    seconds=f"{self.timeout_s:g}")

    def _past(self) -> bool:
        return time.monotonic() >= self.deadline

    def _check_time(self, _size: int) -> None:
        if self._past():
            raise _Late

    def _track(self, response: requests.Response) -> bool:
        with self._lock:
            if self._over:
                return False
            self._open.add(response)
            return True

    def _untrack(self, response: requests.Response) -> None:
        with self._lock:
            self._open.discard(response)

    def end(self) -> None:
        """The deadline passed: wake up every read still waiting (EOF or an error)."""
        with self._lock:
            self._over = True
            still = list(self._open)
        for response in still:
            sock = _socket_of(response)
            if sock is not None:
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)


class _Late(Exception):
    """The search's deadline passed while a body was arriving."""


def discover(urls: list[str] | None = None, *, timeout_s: float = DEFAULT_TIMEOUT_S
             ) -> list[Finding]:
    """One finding per URL (the usual ports of 127.0.0.1 when None), in the given order,
    after about ``timeout_s`` at most."""
    targets = [server_root(url) for url in (default_urls() if urls is None else urls)]
    probe = _Probe(timeout_s)
    pool = ThreadPoolExecutor(max_workers=max(1, len(targets) * len(_PATHS)),
                              thread_name_prefix="hfi-find-servers")
    try:
        futures = {(base, path): pool.submit(probe.get, base + path)
                   for base in targets for path in _PATHS}
        wait_for(futures.values(), timeout=timeout_s + 0.2)
        probe.end()
        wait_for(futures.values(), timeout=0.5)
    finally:
        pool.shutdown(wait=False, cancel_futures=True)
    late = _Answer(error=probe.late_message())
    return [_finding(base, {path: futures[base, path].result() if futures[base, path].done()
                            else late for path in _PATHS}) for base in targets]


def probe(base_url: str, *, timeout_s: float = DEFAULT_TIMEOUT_S) -> Finding:
    """What one server is (a profile's models and health, say)."""
    return discover([base_url], timeout_s=timeout_s)[0]


def _finding(base: str, answers: dict[str, _Answer]) -> Finding:
    where = _host_port(base)
    health = answers["/health"]
    if all(answer.refused for answer in answers.values()):
        return Finding(base, Status.NOTHING, message=NOTHING_LISTENS, reason=NOTHING_LISTENS)
    healthy = health.status is None or health.status < 400 or health.status == 404
    tags = _ollama_models(answers["/api/tags"])
    if tags is not None:
        return _found(base, "Ollama", SourceKind.OPENAI, tags, healthy)
    info = answers["/info"]
    if info.status == 200 and isinstance(info.value, dict):
        model_id = _model_id(info.value.get("model_id"))
        if model_id is not None:
            name = "TEI" if isinstance(info.value.get("model_type"), dict) else "TGI"
            return _found(base, name, SourceKind.HF, (model_id,), healthy)
    listed = _openai_models(answers["/v1/models"])
    if listed is not None:
        models, owners = listed
        owner = next((_OWNERS[o] for o in owners if o in _OWNERS), None)
        name = owner or _PORT_NAMES.get(urlsplit(base).port or 0, "OpenAI-compatible server")
        return _found(base, name, SourceKind.OPENAI, models, healthy)
    why = _why_not(answers)
    return Finding(base, Status.ERROR, message=Text("", "{where}: {why}", where=where, why=why),
                   reason=why)


def _found(base: str, name: str, kind: SourceKind, models: tuple[str, ...],
           healthy: bool) -> Finding:
    title = f"{name} ({_host_port(base)})"
    source = LocalSource(id=SOURCE_PREFIX + free_name(name, ()), title=title, kind=kind,
                         base_url=base, models=models, healthy=healthy)
    return Finding(base, Status.FOUND, source=source, name=name)


def _why_not(answers: dict[str, _Answer]) -> Text:
    """The clearest reason none of the answers was a server we know."""
    models = answers["/v1/models"]
    if models.error:
        return Text("", "GET /v1/models: {error}", error=models.error)
    if models.status == 200:
        return Text(CONTEXT, QT_TRANSLATE_NOOP(
            "Discovery", "GET /v1/models did not answer with a model list ({shape})"),
            shape='{"data": [{"id": …}]}')
    errors = [(path, a.error) for path, a in answers.items() if a.error and not a.refused]
    if errors:
        return Text("", "GET {path}: {error}", path=errors[0][0], error=errors[0][1])
    return Text(CONTEXT, QT_TRANSLATE_NOOP(
        "Discovery", "answers, but not as an OpenAI-compatible or HF-style server "
        "(GET /v1/models: HTTP {status})"), status=models.status)


def _ollama_models(answer: _Answer) -> tuple[str, ...] | None:
    if answer.status != 200 or not isinstance(answer.value, dict):
        return None
    entries = answer.value.get("models")
    if not isinstance(entries, list):
        return None
    return _ids(entry.get("name") if isinstance(entry, dict) else None for entry in entries)


def _openai_models(answer: _Answer) -> tuple[tuple[str, ...], set[str]] | None:
    if answer.status != 200 or not isinstance(answer.value, dict):
        return None
    entries = answer.value.get("data")
    if not isinstance(entries, list):
        return None
    dicts = [entry for entry in entries[:MAX_MODELS] if isinstance(entry, dict)]
    owners = {str(entry.get("owned_by", "")).lower() for entry in dicts}
    return _ids(entry.get("id") for entry in dicts), owners


def _ids(values: Any) -> tuple[str, ...]:
    found: list[str] = []
    for value in values:
        model_id = _model_id(value)
        if model_id is not None and model_id not in found:
            found.append(model_id)
        if len(found) >= MAX_MODELS:
            break
    return tuple(found)


def _model_id(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    text = value.strip()
    if not text or len(text) > MAX_MODEL_ID or not text.isprintable():
        return None
    return text


def _host_port(base: str) -> str:
    parts = urlsplit(base)
    return parts.netloc or base


def _refused(exc: requests.ConnectionError) -> bool:
    cause: BaseException | None = exc
    while cause is not None:
        if isinstance(cause, ConnectionRefusedError):
            return True
        cause = cause.__cause__ or cause.__context__
    return "Connection refused" in str(exc) or "Errno 111" in str(exc)


def _socket_of(response: requests.Response) -> socket.socket | None:
    connection = getattr(response.raw, "connection", None)
    sock = getattr(connection, "sock", None)
    return sock if isinstance(sock, socket.socket) else None


def _short(exc: BaseException) -> str:
    text = str(exc) or type(exc).__name__
    return text if len(text) <= 200 else text[:199] + "…"
