"""HTTP: one pooled session per client, cancellable sockets, size cap, errors mapped to ours."""

from __future__ import annotations

import email.utils
import json
import re
import socket
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from http import HTTPStatus
from typing import Any

import requests
import urllib3
from requests.adapters import HTTPAdapter
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

from ._control import CallControl, attach_socket
from ._errors import (
    AuthenticationError,
    InferenceCancelledError,
    InferenceConnectionError,
    InferenceHTTPError,
    InferenceOutputError,
    InferenceTimeoutError,
    ModelLoadingError,
    ModelNotFoundError,
    RateLimitError,
    ResponseTooLargeError,
    ServerError,
    register_secret,
)
from ._types import Blob, ResponseInfo

READ_SIZE = 64 * 1024


class _SocketTracking:
    """Connection mixin: hands its socket to the calling thread's CallControl, so that cancel()
    can reach it, and takes it back when the connection returns to the pool, so that a late
    cancel() or close() of a finished call never cuts another call's connection."""

    sock: socket.socket | None
    _owner: tuple[CallControl, socket.socket] | None = None

    def _track(self) -> None:
        control = attach_socket(self.sock)
        if control is not None and self.sock is not None:
            self._owner = (control, self.sock)

    def untrack(self) -> None:
        if self._owner is not None:
            control, sock = self._owner
            control._detach(sock)
            self._owner = None

    def connect(self) -> None:
        super().connect()  # type: ignore[misc]
        self._track()

    def request(self, *args: Any, **kwargs: Any) -> None:
        self._track()  # a reused connection is already connected
        super().request(*args, **kwargs)  # type: ignore[misc]


class _TrackedHTTPConnection(_SocketTracking, urllib3.connection.HTTPConnection):
    pass


class _TrackedHTTPSConnection(_SocketTracking, urllib3.connection.HTTPSConnection):
    pass


class _UntrackOnReturn:
    """Pool mixin: a connection put back in the pool no longer belongs to its last call."""

    def _put_conn(self, conn: Any) -> None:
        if isinstance(conn, _SocketTracking):
            conn.untrack()
        super()._put_conn(conn)  # type: ignore[misc]


class _TrackedHTTPPool(_UntrackOnReturn, HTTPConnectionPool):
    ConnectionCls = _TrackedHTTPConnection


class _TrackedHTTPSPool(_UntrackOnReturn, HTTPSConnectionPool):
    ConnectionCls = _TrackedHTTPSConnection


class _TrackedAdapter(HTTPAdapter):
    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = {
            "http": _TrackedHTTPPool,
            "https": _TrackedHTTPSPool,
        }


@dataclass(frozen=True)
class Reply:
    """A finished response: its info and its body, read whole."""

    info: ResponseInfo
    body: bytes
    headers: Mapping[str, str]

    @property
    def is_json(self) -> bool:
        return self.info.content_type.startswith("application/json")

    def json(self) -> Any:
        try:
            return json.loads(self.body)
        except json.JSONDecodeError as exc:
            raise InferenceOutputError(
                f"the server sent malformed JSON ({exc.msg} at byte {exc.pos})"
            ) from None
        except ValueError:  # not UTF-8
            raise InferenceOutputError("the server sent JSON that is not valid UTF-8") from None

    def json_or_blob(self) -> Any:
        return self.json() if self.is_json else Blob(self.body, self.info.content_type)

    def expect_json(self) -> Any:
        if not self.is_json:
            raise InferenceOutputError(
                f"expected a JSON answer, got {self.info.content_type or 'no content type'}"
                f" ({_summary(self.body)})"
            )
        return self.json()


TokenPolicy = Callable[[str], bool]


class _BearerAuth(requests.auth.AuthBase):
    """Adds the token to a prepared request, if the policy allows its URL. Runs on the URL
    requests is about to send to (as urllib3 will parse it to connect); requests does not
    run it again on a redirect, and drops the header itself on a redirect to another host."""

    def __init__(self, token: str, policy: TokenPolicy | None) -> None:
        self._token = token
        self._policy = policy

    def allows(self, url: str) -> bool:
        if self._policy is None:
            return True
        try:
            return bool(self._policy(url))
        except Exception:  # a broken policy must not leak the token
            return False

    def __call__(self, request: requests.PreparedRequest) -> requests.PreparedRequest:
        if request.url and self.allows(request.url):
            request.headers["Authorization"] = f"Bearer {self._token}"
        return request


class Transport:
    def __init__(
        self,
        token: str,
        timeout: tuple[float, float],
        max_response_bytes: int,
        user_agent: str,
        token_policy: TokenPolicy | None = None,
    ) -> None:
        self.timeout = timeout
        self.max_response_bytes = max_response_bytes
        self.session = requests.Session()
        adapter = _TrackedAdapter(pool_connections=4, pool_maxsize=16)
        self.session.mount("http://", adapter)
        self.session.mount("https://", adapter)
        self.session.headers["User-Agent"] = user_agent
        self.session.verify = True  # never off (REQUESTS_CA_BUNDLE may still name a CA file)
        self._token = token
        self._auth = _BearerAuth(token, token_policy) if token else None
        register_secret(token)  # never in an error's text, whatever a server echoes

    def close(self) -> None:
        self.session.close()

    @property
    def has_token(self) -> bool:
        return bool(self._token)

    def sends_token_to(self, url: str) -> bool:
        """Whether a request to ``url`` would carry the token."""
        return self._auth is not None and self._auth.allows(url)

    @contextmanager
    def open(
        self,
        method: str,
        url: str,
        control: CallControl,
        *,
        body: bytes | None = None,
        headers: Mapping[str, str] | None = None,
        authenticated: bool = True,
    ) -> Iterator[requests.Response]:
        """Send a request and yield the response, headers read, body not yet; errors mapped.
        ``authenticated=False``: never with the token (a provider's CDN asset, say)."""
        control.raise_if_cancelled()
        started = time.perf_counter()
        try:
            with control.active():
                response = self.session.request(
                    method,
                    url,
                    data=body,
                    headers=headers,
                    auth=self._auth if authenticated else None,
                    timeout=self.timeout,
                    stream=True,
                    allow_redirects=True,
                    verify=True,
                )
        except requests.RequestException as exc:
            raise _mapped(exc, control, url) from None
        control.response = ResponseInfo(
            url=url,
            status=response.status_code,
            content_type=response.headers.get("Content-Type", ""),
            elapsed_s=time.perf_counter() - started,
        )
        try:
            yield response
        finally:
            response.close()

    def read_body(self, response: requests.Response, control: CallControl) -> bytes:
        length = response.headers.get("Content-Length", "")
        if length.isdigit() and int(length) > self.max_response_bytes:
            raise ResponseTooLargeError(_too_large(int(length), self.max_response_bytes))
        chunks: list[bytes] = []
        size = 0
        info = control.response
        try:
            with control.active():
                for chunk in response.iter_content(READ_SIZE):
                    size += len(chunk)
                    if size > self.max_response_bytes:
                        raise ResponseTooLargeError(_too_large(size, self.max_response_bytes))
                    chunks.append(chunk)
                    if info is not None:
                        info.bytes = size
        except requests.RequestException as exc:
            raise _mapped(exc, control, response.url) from None
        control.raise_if_cancelled()  # a cancel can look like a short, clean body
        return b"".join(chunks)

    def fetch(
        self,
        method: str,
        url: str,
        control: CallControl,
        *,
        body: bytes | None = None,
        headers: Mapping[str, str] | None = None,
        authenticated: bool = True,
    ) -> Reply:
        """A whole request: send, read the body, raise for an error status."""
        started = time.perf_counter()
        with self.open(
            method, url, control, body=body, headers=headers, authenticated=authenticated
        ) as response:
            data = self.read_body(response, control)
            assert control.response is not None
            control.response.elapsed_s = time.perf_counter() - started
            reply = Reply(control.response, data, response.headers)
        if reply.info.status >= 400:
            raise http_error(reply)
        return reply


def _too_large(size: int, limit: int) -> str:
    return f"the response is larger than the limit of {limit:,} bytes ({size:,} bytes or more)"


def _mapped(exc: Exception, control: CallControl, url: str) -> Exception:
    if control.cancelled:
        return InferenceCancelledError("the call was cancelled")
    if isinstance(exc, requests.Timeout):
        kind = "connect to" if isinstance(exc, requests.ConnectTimeout) else "get an answer from"
        return InferenceTimeoutError(
            f"could not {kind} {_host(url)} in time; try again later "
            "or raise the timeout in the settings"
        )
    if isinstance(exc, requests.exceptions.SSLError):
        return InferenceConnectionError(_tls_message(exc, url))
    if isinstance(exc, requests.ConnectionError | requests.exceptions.ChunkedEncodingError):
        reason = (
            "the connection was refused"
            if "refused" in str(exc).lower()
            else "the connection failed or was dropped"
        )
        return InferenceConnectionError(f"cannot reach {_host(url)}: {reason}")
    return InferenceConnectionError(f"request to {_host(url)} failed: {exc}")


_CERT_REASON = re.compile(r"certificate verify failed: ([^()'\"]+)")


def _tls_message(exc: Exception, url: str) -> str:
    text = str(exc)
    reason = _CERT_REASON.search(text)
    if reason or "CERTIFICATE_VERIFY_FAILED" in text:
        why = reason.group(1).strip() if reason else "verification failed"
        return (
            f"the TLS certificate of {_host(url)} could not be verified ({why}), so nothing "
            "was sent; check the URL, or make the server's certificate authority trusted "
            "(REQUESTS_CA_BUNDLE)"
        )
    return f"TLS error talking to {_host(url)}: {text}"


def _host(url: str) -> str:
    return urllib3.util.parse_url(url).netloc or url


_TAG = re.compile(r"<[^>]+>")
_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)


def _summary(body: bytes, limit: int = 160) -> str:
    """A short, readable summary of a non-JSON body (an HTML error page, say)."""
    text = body.decode("utf-8", "replace")
    title = _TITLE.search(text)
    if title:
        text = title.group(1)
    elif "<" in text:
        text = _TAG.sub(" ", re.sub(r"(?is)<(script|style).*?</\1>", " ", text))
    text = " ".join(text.split())
    if not text:
        return "empty body"
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    if value.strip().isdigit():
        return float(value.strip())
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def http_error(reply: Reply) -> InferenceHTTPError:
    status, url = reply.info.status, reply.info.url
    message, estimated = "", None
    if reply.is_json:
        try:
            payload = json.loads(reply.body)
        except ValueError:
            payload = None
        if isinstance(payload, dict):
            error = payload.get("error")
            if isinstance(error, list):
                error = "; ".join(map(str, error))
            message = str(error) if error else ""
            raw_time = payload.get("estimated_time")
            if isinstance(raw_time, int | float) and not isinstance(raw_time, bool):
                estimated = float(raw_time)
    if not message:
        message = _summary(reply.body) if reply.body else reply_reason(status)
    if status in (401, 403):
        hint = (
            "check the access token in the settings"
            if status == 401
            else "the access token has no permission for this model"
        )
        return AuthenticationError(status, f"{message} ({hint})", url)
    if status == 404:
        return ModelNotFoundError(status, message, url)
    if status == 429:
        return RateLimitError(
            status, message, url, retry_after=_retry_after(reply.headers.get("Retry-After"))
        )
    if status == 503 and (estimated is not None or "loading" in message.lower()):
        return ModelLoadingError(status, message, url, estimated_time=estimated)
    if status >= 500:
        return ServerError(status, message, url)
    return InferenceHTTPError(status, message, url)


def reply_reason(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "error"
