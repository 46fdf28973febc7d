"""The Hub's model API over ``requests``: search, a model's info, its card's example files.

Blocking (run it in a worker thread); no Qt. One small pooled session per :class:`HubClient`,
timeouts on every request, every failure raised as a :class:`HubError` whose message a user
can read. Answers are cached for a few minutes (the model field asks often as a user types).
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote, urlsplit

import requests

from hfi_desktop.inference import (
    DEFAULT_MAX_RESPONSE_BYTES,
    InferenceOutputError,
    ResponseTooLargeError,
)
from hfi_desktop.inference.reading import read_capped, read_json
from hfi_desktop.sizes import human_size

from .card_examples import widget_examples
from .errors import (
    HubConnectionError,
    HubDownloadTooLargeError,
    HubError,
    HubHTTPError,
    HubResponseError,
)
from .models import ModelHit, ModelInfo, WidgetExample, parse_hits, parse_model_info

if TYPE_CHECKING:
    from collections.abc import Sequence

    from hfi_desktop.catalog.model import TaskSpec

DEFAULT_TIMEOUT = (5.0, 15.0)  # (connect, read) seconds
CACHE_TTL_S = 300.0
CACHE_SIZE = 256
#: The largest example file (image, audio) of a model card that is downloaded.
MAX_DOWNLOAD_BYTES = 20 * 1024 * 1024
USER_AGENT = "hfi-desktop/0.1"
#: What a search for served models asks back (``expand[]`` names every field returned).
_SERVED_FIELDS = ("inferenceProviderMapping", "pipeline_tag", "downloads", "likes")


class HubClient:
    """Thread-safe: searches from several workers may run at once."""

    def __init__(self, *, timeout: tuple[float, float] = DEFAULT_TIMEOUT,
                 cache_ttl_s: float = CACHE_TTL_S,
                 max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES) -> None:
        """``max_response_bytes``: the largest API answer read (the inference client's cap);
        an endless body from a wrong Hub URL is cut there."""
        self.timeout = timeout
        self.max_response_bytes = max_response_bytes
        self._session = requests.Session()
        self._session.headers["User-Agent"] = USER_AGENT
        self._ttl = cache_ttl_s
        self._lock = threading.Lock()
        self._cache: OrderedDict[tuple[object, ...], tuple[float, object]] = OrderedDict()

    def close(self) -> None:
        self._session.close()

    # -- the API ------------------------------------------------------------------------------

    def search_models(self, hub_url: str, *, pipeline_tag: str | None, query: str,
                      limit: int = 20, token: str | None = None, sort: str = "downloads",
                      inference_provider: str | None = None) -> list[ModelHit]:
        """Models whose id contains ``query`` ("": any), of ``pipeline_tag`` (None: any task),
        by ``sort`` ("downloads", "likes", "trendingScore"), biggest first:
        ``GET {hub}/api/models?search=…&pipeline_tag=…&sort=…``. ``inference_provider`` (a
        provider, a comma list or "all"): only models an Inference Provider serves, each hit
        with its provider mapping (``expand[]``, which also names every field wanted back).
        """
        params: list[tuple[str, str]] = [("search", query.strip())] if query.strip() else []
        params += [("sort", sort), ("direction", "-1"), ("limit", str(max(1, min(limit, 100))))]
        if pipeline_tag:
            params.append(("pipeline_tag", pipeline_tag))
        if inference_provider:
            params.append(("inference_provider", inference_provider))
            params += [("expand[]", field) for field in _SERVED_FIELDS]
        key = ("search", _base(hub_url), tuple(sorted(params)), bool(token))
        cached = self._cached(key)
        if cached is not None:
            return list(cast("tuple[ModelHit, ...]", cached))
        payload = self._get_json(f"{_base(hub_url)}/api/models", params, token)
        hits = parse_hits(payload)
        self._store(key, tuple(hits))
        return hits

    def model_info(self, hub_url: str, model_id: str, token: str | None = None) -> ModelInfo:
        """``GET {hub}/api/models/{id}``: the model's task, counts and card widget entries."""
        key = ("info", _base(hub_url), model_id, bool(token))
        cached = self._cached(key)
        if isinstance(cached, ModelInfo):
            return cached
        url = f"{_base(hub_url)}/api/models/{quote(model_id, safe='/')}"
        info = parse_model_info(self._get_json(url, None, token), model_id)
        self._store(key, info)
        return info

    def model_widget_examples(self, hub_url: str, model_id: str, spec: TaskSpec,
                              token: str | None = None) -> list[WidgetExample]:
        """The example inputs the model's card declares that fit ``spec``'s inputs."""
        info = self.model_info(hub_url, model_id, token)
        return widget_examples(info.widget, spec, _base(hub_url))

    def download(self, url: str, *, max_bytes: int = MAX_DOWNLOAD_BYTES) -> bytes:
        """The body at ``url`` (an example image or sound of a model card), at most
        ``max_bytes`` (HubDownloadTooLargeError past it). No token is sent."""
        try:
            with self._session.get(url, timeout=self.timeout, stream=True) as response:
                _raise_for_status(response, url)
                return read_capped(response, max_bytes)
        except ResponseTooLargeError:
            raise HubDownloadTooLargeError(_too_large(url, max_bytes)) from None
        except requests.RequestException as exc:
            raise _connection_error(exc, url) from None

    # -- plumbing -----------------------------------------------------------------------------

    def _get_json(self, url: str, params: Sequence[tuple[str, str]] | None,
                  token: str | None) -> Any:
        headers = {"Accept": "application/json"}
        if token:
            headers["Authorization"] = f"Bearer {token}"
        try:
            with self._session.get(url, params=params, headers=headers, timeout=self.timeout,
                                   stream=True) as response:
                _raise_for_status(response, url)
                body = read_capped(response, self.max_response_bytes)
        except ResponseTooLargeError as exc:
            raise HubResponseError(f"{_host(url)} sent too much: {exc}; is it a Hub?") from None
        except requests.RequestException as exc:
            raise _connection_error(exc, url) from None
        try:
            return read_json(body, "it sent")
        except InferenceOutputError as exc:
            raise HubResponseError(f"{_host(url)} did not answer with JSON ({exc}); "
                                   "is it a Hub?") from None

    def _cached(self, key: tuple[object, ...]) -> object | None:
        with self._lock:
            entry = self._cache.get(key)
            if entry is None:
                return None
            stored_at, value = entry
            if time.monotonic() - stored_at > self._ttl:
                del self._cache[key]
                return None
            self._cache.move_to_end(key)
            return value

    def _store(self, key: tuple[object, ...], value: object) -> None:
        with self._lock:
            self._cache[key] = (time.monotonic(), value)
            self._cache.move_to_end(key)
            while len(self._cache) > CACHE_SIZE:
                self._cache.popitem(last=False)


def _base(hub_url: str) -> str:
    return hub_url.rstrip("/")


def _host(url: str) -> str:
    return urlsplit(url).netloc or url


def _too_large(url: str, limit: int) -> str:
    return f"the file at {url} is larger than {human_size(limit)}"


def _raise_for_status(response: requests.Response, url: str) -> None:
    if response.status_code < 400:
        return
    message = ""
    try:
        payload = read_json(read_capped(response, _MAX_ERROR_BYTES))
        if isinstance(payload, dict) and isinstance(payload.get("error"), str):
            message = payload["error"]
    except (InferenceOutputError, ResponseTooLargeError):
        pass
    if response.status_code == 404:
        message = message or "not found"
        raise HubHTTPError(404, f"the Hub has no such model ({message})", url)
    if response.status_code in (401, 403):
        raise HubHTTPError(response.status_code, "the Hub refused the request: this model "
                           "may be private or gated (check the access token)", url)
    if response.status_code == 429:
        raise HubHTTPError(429, "the Hub is rate limiting requests; try again in a minute", url)
    detail = f": {message}" if message else ""
    raise HubHTTPError(response.status_code,
                       f"the Hub answered {response.status_code}{detail}", url)


#: Of an error answer, at most this much is read for its message.
_MAX_ERROR_BYTES = 64 * 1024


def _connection_error(exc: requests.RequestException, url: str) -> HubError:
    if isinstance(exc, requests.Timeout):
        return HubConnectionError(f"{_host(url)} did not answer in time")
    if isinstance(exc, requests.ConnectionError):
        return HubConnectionError(f"cannot reach {_host(url)} (offline?)")
    return HubConnectionError(f"request to {_host(url)} failed: {exc}")


_default_lock = threading.Lock()
_default: HubClient | None = None


def default_client() -> HubClient:
    """The process-wide client the module functions use."""
    global _default
    with _default_lock:
        if _default is None:
            _default = HubClient()
        return _default


def search_models(hub_url: str, *, pipeline_tag: str | None, query: str, limit: int = 20,
                  token: str | None = None) -> list[ModelHit]:
    return default_client().search_models(hub_url, pipeline_tag=pipeline_tag, query=query,
                                          limit=limit, token=token)


def model_widget_examples(hub_url: str, model_id: str, spec: TaskSpec,
                          token: str | None = None) -> list[WidgetExample]:
    return default_client().model_widget_examples(hub_url, model_id, spec, token)
