"""HTTP: one pooled session per client, cancellable sockets, size cap, errors mapped to ours."""

from __future__ import annotations

import email.utils
import html
import json
import math
import re
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin

import requests
import urllib3
from requests.adapters import HTTPAdapter
from requests.structures import CaseInsensitiveDict
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

from hfi_desktop.redaction import redact as scrub

from ._control import CallControl, attach_socket
from ._errors import (
    AuthenticationError,
    EndpointRetiredError,
    InferenceCancelledError,
    InferenceConnectionError,
    InferenceHTTPError,
    InferenceOutputError,
    InferenceTimeoutError,
    InvalidRequestError,
    ModelLoadingError,
    ModelNotFoundError,
    NoProviderEnabledError,
    PaymentRequiredError,
    PermissionDeniedError,
    RateLimitError,
    RedirectRefusedError,
    ServerError,
    register_secret,
)
from ._types import Blob, ResponseInfo
from .reading import read_capped, read_json

if TYPE_CHECKING:
    import socket

class _SocketTracking:
    """Connection mixin: hands its socket to the calling thread's CallControl, so that cancel()
    can reach it, and takes it back when the connection returns to the pool, so that a late
    cancel() or close() of a finished call never cuts another call's connection.

    It also sends a request's headers and its body (bytes) in one send: urllib3 sends them
    apart, two segments the server reads and parses in two steps."""

    sock: socket.socket | None
    _owner: tuple[CallControl, socket.socket] | None = None
    _held: bytes | None = None  # b"": hold the headers; then the headers, held

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

    def request(self, method: str, url: str, body: Any = None, *args: Any, **kwargs: Any) -> None:
        self._track()  # a reused connection is already connected
        self._held = b"" if isinstance(body, bytes) and body else None
        try:
            super().request(method, url, body, *args, **kwargs)  # type: ignore[misc]
            held = self._held
        finally:
            self._held = None
        if held:  # the body never came (it cannot, but the headers must go)
            super().send(held)  # type: ignore[misc]

    def send(self, data: Any) -> None:
        if self._held is not None and isinstance(data, bytes):
            if not self._held:
                self._held = data
                return
            data, self._held = self._held + data, None
        super().send(data)  # type: ignore[misc]


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
        return read_json(self.body)

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
#: Requests prepared ahead, by method, URL and headers (then cleared: URLs vary).
_MAX_TEMPLATES = 64
_TemplateKey = tuple[str, str, tuple[tuple[str, str], ...]]


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


def origin(url: str) -> tuple[str, str, int | None]:
    """(scheme, host, port) of ``url``, the port filled in for http and https."""
    parsed = urllib3.util.parse_url(url)
    scheme = (parsed.scheme or "").lower()
    port = parsed.port or {"http": 80, "https": 443}.get(scheme)
    return scheme, (parsed.host or "").lower(), port


class _SameOriginSession(requests.Session):
    """Follows a redirect of a request that carries a body (the user's inputs, which a 307 or
    308 sends again) or the token only within the request's origin; anywhere else raises
    RedirectRefusedError instead (requests itself would re-send the body to another host)."""

    def get_redirect_target(self, resp: requests.Response) -> str | None:
        target = super().get_redirect_target(resp)
        request = resp.request
        if target is None or request.url is None:
            return target
        carries = request.body is not None or "Authorization" in request.headers
        absolute = urljoin(request.url, target)
        if carries and origin(absolute) != origin(request.url):
            resp.close()
            raise RedirectRefusedError(host_of(request.url), host_of(absolute))
        return target


class Transport:
    def __init__(
        self,
        token: str,
        timeout: tuple[float, float],
        max_response_bytes: int,
        user_agent: str,
        token_policy: TokenPolicy | None = None,
        *,
        call_deadline_s: float | None = None,
        stream_idle_s: float | None = None,
        max_event_bytes: int | None = None,
        use_environment: bool = True,
    ) -> None:
        """``call_deadline_s``: at most this long for one request and its answer, however
        the server trickles it; ``stream_idle_s``: at most this long between a stream's
        events (keep-alives do not count); ``max_event_bytes``: the largest stream event
        (default: ``max_response_bytes``). None: no deadline."""
        self.timeout = timeout
        self.max_response_bytes = max_response_bytes
        self.call_deadline_s = call_deadline_s
        self.stream_idle_s = stream_idle_s
        self.max_event_bytes = max_event_bytes or max_response_bytes
        self.session = _SameOriginSession()
        self.session.trust_env = use_environment  # proxies, .netrc, CA bundle from the env
        adapter = _TrackedAdapter(pool_connections=4, pool_maxsize=16)
        self.session.mount("http://", adapter)
        self.session.mount("https://", adapter)
        self.session.headers["User-Agent"] = user_agent
        self.session.verify = True  # never off (REQUESTS_CA_BUNDLE may still name a CA file)
        self._token = token
        self._templates: dict[_TemplateKey, requests.PreparedRequest] = {}
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
        if control.started is None:
            control.started = started
        try:
            with control.active():
                response = self._send(
                    method, url, body, headers, self._auth if authenticated else None
                )
        except requests.RequestException as exc:
            raise _mapped(exc, control, url) from None
        headers_at = time.perf_counter()
        control.response = ResponseInfo(
            url=url,
            status=response.status_code,
            content_type=response.headers.get("Content-Type", ""),
            elapsed_s=headers_at - started,
            request_id=request_id_of(response.headers),
            provider=provider_of(response.headers),
            first_byte_s=headers_at - control.started,
        )
        try:
            yield response
        finally:
            response.close()

    def _send(
        self,
        method: str,
        url: str,
        body: bytes | None,
        headers: Mapping[str, str] | None,
        auth: _BearerAuth | None,
    ) -> requests.Response:
        """What ``Session.request`` does, in fewer steps: no params or hooks to merge, and the
        environment (proxies, .netrc, CA bundle) looked up only when the session trusts it
        (``Session.request`` cost 0.3-0.4 ms of CPU a call more, most of it in requests'
        generic merging)."""
        session = self.session
        sent_auth: requests.auth.AuthBase | tuple[str, str] | None = auth
        if auth is None and session.trust_env:
            sent_auth = requests.utils.get_netrc_auth(url)
        if len(session.cookies):  # a cookie kept: merged into each request, as requests does
            prepared = requests.PreparedRequest()
            prepared.prepare(
                method=method.upper(),
                url=url,
                headers=self._headers(headers),
                data=body,
                auth=sent_auth,
                cookies=session.cookies.copy(),
                hooks=session.hooks,
            )
        else:
            prepared = self._prepared(method, url, headers)
            prepared.prepare_body(body, None)
            prepared.prepare_auth(sent_auth, url)
        if session.trust_env:
            settings = session.merge_environment_settings(prepared.url, {}, True, True, None)
        else:
            settings = {"proxies": {}, "stream": True, "verify": True, "cert": None}
        return session.send(prepared, timeout=self.timeout, allow_redirects=True, **settings)

    def _headers(self, headers: Mapping[str, str] | None) -> dict[str, str | bytes]:
        """The session's headers and the call's (which win), as requests merges them."""
        merged = CaseInsensitiveDict(self.session.headers)
        if headers:
            merged.update(headers)
        return {name: value for name, value in merged.items() if value is not None}

    def _prepared(
        self, method: str, url: str, headers: Mapping[str, str] | None
    ) -> requests.PreparedRequest:
        """A copy of the request for this method, URL and headers, with neither body nor
        auth: prepared once (requests' preparation cost 0.12 ms of CPU a call; a copy, 8 µs)."""
        key = (method, url, tuple(headers.items()) if headers else ())
        template = self._templates.get(key)
        if template is None:
            template = requests.PreparedRequest()
            template.prepare(
                method=method.upper(), url=url, headers=self._headers(headers),
                hooks=self.session.hooks,
            )
            if len(self._templates) >= _MAX_TEMPLATES:
                self._templates.clear()
            self._templates[key] = template
        return template.copy()

    def read_body(self, response: requests.Response, control: CallControl) -> bytes:
        info = control.response
        try:
            with control.active():
                body = read_capped(
                    response,
                    self.max_response_bytes,
                    None if info is None else lambda size: setattr(info, "bytes", size),
                )
        except requests.RequestException as exc:
            raise _mapped(exc, control, response.url) from None
        control.raise_if_cancelled()  # a cancel (or a deadline) can look like a short body
        return body

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
        """A whole request: send, read the body, raise for an error status; all of it
        within the call's deadline."""
        started = time.perf_counter()
        seconds = self.call_deadline_s
        with (
            control.within(seconds, _past_deadline(url, seconds) if seconds else ""),
            self.open(
                method, url, control, body=body, headers=headers, authenticated=authenticated
            ) as response,
        ):
            data = self.read_body(response, control)
            assert control.response is not None
            control.response.elapsed_s = time.perf_counter() - started
            reply = Reply(control.response, data, response.headers)
        if reply.info.status >= 400:
            raise http_error(reply)
        return reply


def _past_deadline(url: str, seconds: float) -> str:
    return (
        f"{host_of(url)} did not finish answering within {seconds:g} s (the call's deadline); "
        "try again later"
    )


def _mapped(exc: Exception, control: CallControl, url: str) -> Exception:
    if control.cancelled:
        return InferenceCancelledError("the call was cancelled")
    if control.expired is not None:
        return InferenceTimeoutError(control.expired)
    if isinstance(exc, requests.Timeout):
        kind = "connect to" if isinstance(exc, requests.ConnectTimeout) else "get an answer from"
        return InferenceTimeoutError(
            f"could not {kind} {host_of(url)} in time; try again later "
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
        return InferenceConnectionError(f"cannot reach {host_of(url)}: {reason}")
    return InferenceConnectionError(f"request to {host_of(url)} failed: {exc}")


_CERT_REASON = re.compile(r"certificate verify failed: ([^()'\"]+)")


def _tls_message(exc: Exception, url: str) -> str:
    text = str(exc)
    reason = _CERT_REASON.search(text)
    if reason or "CERTIFICATE_VERIFY_FAILED" in text:
        why = reason.group(1).strip() if reason else "verification failed"
        return (
            f"the TLS certificate of {host_of(url)} could not be verified ({why}), so nothing "
            "was sent; check the URL, or make the server's certificate authority trusted "
            "(REQUESTS_CA_BUNDLE)"
        )
    return f"TLS error talking to {host_of(url)}: {text}"


def host_of(url: str) -> str:
    """The host (and port, if not the default) of ``url``, to name a server in a message."""
    return urllib3.util.parse_url(url).netloc or url


_TAG_NAME = re.compile(r"\s*(/?)([A-Za-z][A-Za-z0-9]*)")
#: Of a long body, only this many characters are summarized (after the token is scrubbed).
_SUMMARY_SCAN_CHARS = 256 * 1024


def _html_text(page: str) -> str:
    """An HTML page's title if it has one, else its visible text (no script or style), in
    one linear pass: a hostile page (tags never closed, thousands of ``<script``) costs no
    more than its length."""
    out: list[str] = []
    title: list[str] | None = None
    skipping = ""  # inside <script> or <style>
    pos = 0
    while pos < len(page):
        lt = page.find("<", pos)
        chunk = page[pos:] if lt == -1 else page[pos:lt]
        if title is not None:
            title.append(chunk)
        elif not skipping:
            out.append(chunk)
        if lt == -1:
            break
        gt = page.find(">", lt + 1)
        if gt == -1:
            break  # an unterminated tag: the rest is not text
        tag = _TAG_NAME.match(page, lt + 1, min(gt, lt + 64))
        closing, name = (tag.group(1), tag.group(2).lower()) if tag else ("", "")
        if skipping:
            skipping = "" if closing and name == skipping else skipping
        elif name in ("script", "style") and not closing:
            skipping = name
        elif name == "title":
            if closing and title is not None:
                if "".join(title).strip():
                    return " ".join(title)
                title = None  # an empty title: the page's text, then
            elif not closing:
                title = []
        out.append(" ")
        pos = gt + 1
    return " ".join(title) if title else "".join(out)


def _summary(body: bytes, limit: int = 160) -> str:
    """A short, readable summary of a non-JSON body (an HTML error page, say)."""
    return _page_text(body, limit) or "empty body"


def _page_text(body: bytes, limit: int) -> str:
    """A page's title or visible text, cleaned up and cut to ``limit``; "" if it has none."""
    text = scrub(body.decode("utf-8", "replace"))[:_SUMMARY_SCAN_CHARS]
    if "<" in text:
        text = html.unescape(_html_text(text)[:_SUMMARY_SCAN_CHARS])
    text = " ".join(_CONTROL.sub(" ", text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    value = value.strip()
    if value.isascii() and value.isdigit():
        seconds = float(value)
        return seconds if math.isfinite(seconds) else None
    try:
        when = email.utils.parsedate_to_datetime(value)
        return max(0.0, when.timestamp() - time.time())
    except (TypeError, ValueError, OverflowError, IndexError, OSError):
        return None


#: The longest error message kept from a server (longer ones end with "…").
MAX_MESSAGE_CHARS = 300
#: Response headers that carry the server's request id, in order of preference.
REQUEST_ID_HEADERS = ("X-Request-Id", "X-Amzn-Trace-Id", "X-Amz-Cf-Id")
_MAX_REQUEST_ID_CHARS = 200
#: The response header naming the provider the auto router chose.
PROVIDER_HEADER = "x-inference-provider"
#: Of a long error text, only this much is cleaned up (after the token is scrubbed).
_SCAN_CHARS = 16 * 1024
#: At most this many items of an error list are read.
_MAX_ITEMS = 20
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")
#: The auto router's words when none of the user's providers serves the model.
_NO_PROVIDER_TEXT = "not supported by any provider"
_NO_PROVIDER_CODE = "model_not_supported"


def clean_text(text: str, limit: int = MAX_MESSAGE_CHARS) -> str:
    """An untrusted server text made safe to show: no token (scrubbed before anything is
    cut, so no part of one survives), no control characters, whitespace collapsed, at most
    ``limit`` characters (then ending with "…")."""
    text = scrub(text)[:_SCAN_CHARS]
    text = " ".join(_CONTROL.sub(" ", text).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def header_value(headers: Mapping[str, str], name: str) -> str | None:
    """A header's value, whatever the case of its name (``headers`` may be a plain dict); a
    value sent as UTF-8 (which http.client reads as Latin-1) is read back as UTF-8."""
    value = headers.get(name)
    if value is None and not isinstance(headers, CaseInsensitiveDict):  # requests' is already
        lower = name.lower()
        value = next((v for k, v in headers.items() if k.lower() == lower), None)
    if not isinstance(value, str):
        return None
    try:
        return value.encode("latin-1").decode("utf-8")
    except UnicodeError:
        return value


def provider_of(headers: Mapping[str, str]) -> str | None:
    """The provider the auto router chose (``x-inference-provider``), cleaned up."""
    value = header_value(headers, PROVIDER_HEADER)
    return (clean_text(value, _MAX_REQUEST_ID_CHARS) or None) if value is not None else None


def request_id_of(headers: Mapping[str, str]) -> str | None:
    """The server's request id (``X-Request-Id``, else ``X-Amzn-Trace-Id``, else
    ``X-Amz-Cf-Id``), cleaned up; None if it sent none."""
    for name in REQUEST_ID_HEADERS:
        value = header_value(headers, name)
        if value is not None:
            value = clean_text(value, _MAX_REQUEST_ID_CHARS)
            if value:
                return value
    return None


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def _code(value: Any) -> str | None:
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    text = clean_text(value, 100) if isinstance(value, str) else ""
    return text or None


def _item_text(item: Any) -> str:
    """One entry of an error list: a string, ``{"message"}``, or FastAPI's
    ``{"loc": [...], "msg"}`` (as ``body.x: msg``)."""
    if isinstance(item, str):
        return item.strip()
    if not isinstance(item, dict):
        return ""
    message = _text(item.get("message")) or _text(item.get("msg"))
    loc = item.get("loc")
    if message and isinstance(loc, list):
        parts = [
            str(part)
            for part in loc[:_MAX_ITEMS]
            if isinstance(part, str | int) and not isinstance(part, bool)
        ]
        if parts:
            return f"{'.'.join(parts)}: {message}"
    return message


def _joined(items: Any) -> str:
    if not isinstance(items, list):
        return ""
    return "; ".join(filter(None, map(_item_text, items[:_MAX_ITEMS])))


def _detail(value: Any) -> str:
    if isinstance(value, dict):
        return _item_text(value)
    return _text(value) or _joined(value)


def _message_of(payload: Any) -> tuple[str, str | None]:
    """The message and the error code of a JSON error body, of any of the shapes servers
    send: ``{"error": "msg", "error_type"?}`` (TGI), ``{"error": {"message", "code", ...}}``
    (OpenAI), ``{"message"}``, ``{"detail": "msg" | [{"loc", "msg"}]}`` (FastAPI),
    ``{"errors": [{"message"}]}`` (Hub). Anything else: ("", None)."""
    if isinstance(payload, list):
        return _joined(payload), None
    if not isinstance(payload, dict):
        return "", None
    error = payload.get("error")
    code = None
    if isinstance(error, dict):
        message = _item_text(error) or _detail(error.get("detail"))
        code = _code(error.get("code"))
    elif isinstance(error, list):
        message = _joined(error)
    else:
        message = _text(error)
    message = (
        message
        or _text(payload.get("message"))
        or _detail(payload.get("detail"))
        or _joined(payload.get("errors"))
    )
    code = code or _code(payload.get("error_type")) or _code(payload.get("code"))
    return message, code


def _looks_html(reply: Reply) -> bool:
    start = reply.body.lstrip()[:16].lower()
    return "html" in reply.info.content_type.lower() or start.startswith((b"<!doctype", b"<html"))


def _json_payload(reply: Reply) -> Any:
    """The parsed body if it is (or looks like) JSON, else None; never raises."""
    start = reply.body.lstrip()[:1]
    if not ("json" in reply.info.content_type.lower() or start in (b"{", b"[")):
        return None
    try:
        return json.loads(reply.body)
    except (ValueError, RecursionError):  # not JSON, not UTF-8, nested too deep
        return None


def _body_text(reply: Reply) -> str:
    """The message when no known field holds one: an HTML page's title or text, else the
    body's text (a plain-text error, or JSON of no known shape)."""
    if _looks_html(reply):
        return _page_text(reply.body, 160)
    return reply.body.decode("utf-8", "replace")


def _estimated_time(payload: Any) -> float | None:
    value = payload.get("estimated_time") if isinstance(payload, dict) else None
    if isinstance(value, int | float) and not isinstance(value, bool):
        try:
            seconds = float(value)
        except OverflowError:  # an int too large for a float
            return None
        return seconds if math.isfinite(seconds) and seconds >= 0 else None
    return None


def _lacks_providers_permission(message: str) -> bool:
    return "permission" in message and "inference provider" in message


def http_error(reply: Reply) -> InferenceHTTPError:
    """The exception for an error answer: its class says what happened (and what to do),
    its text holds the server's message (from ``X-Error-Message`` or the body), bounded and
    without the token, and the request id."""
    status, url = reply.info.status, reply.info.url
    payload = _json_payload(reply)
    message, code = _message_of(payload)
    header = header_value(reply.headers, "X-Error-Message")
    if header and header.strip():
        message = header
    if not message.strip() and reply.body.strip():
        message = _body_text(reply)
    message = clean_text(message) or reply_reason(status)
    code = code or _code(header_value(reply.headers, "X-Error-Code"))
    request_id = reply.info.request_id or request_id_of(reply.headers)
    extra: dict[str, Any] = {"request_id": request_id, "code": code}
    lower = message.lower()
    if status == 410:
        return EndpointRetiredError(status, message, url, **extra)
    if status == 400 and (code == _NO_PROVIDER_CODE or _NO_PROVIDER_TEXT in lower):
        return NoProviderEnabledError(status, message, url, **extra)
    if status in (400, 422):
        return InvalidRequestError(status, message, url, **extra)
    if status == 401:
        return AuthenticationError(status, message, url, **extra)
    if status == 403:
        if _lacks_providers_permission(lower):
            return PermissionDeniedError(status, message, url, **extra)
        return AuthenticationError(status, message, url, **extra)
    if status == 402:
        return PaymentRequiredError(status, message, url, **extra)
    if status == 404:
        return ModelNotFoundError(status, message, url, **extra)
    if status == 429:
        retry_after = _retry_after(header_value(reply.headers, "Retry-After"))
        return RateLimitError(status, message, url, retry_after=retry_after, **extra)
    if status == 503:
        estimated = _estimated_time(payload)
        if estimated is not None or "loading" in lower:
            return ModelLoadingError(status, message, url, estimated_time=estimated, **extra)
    if status >= 500:
        return ServerError(status, message, url, **extra)
    return InferenceHTTPError(status, message, url, **extra)


def reply_reason(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "error"
