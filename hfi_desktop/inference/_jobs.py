"""Carrying out a provider call: send its request, then follow the outcome its route reads —
poll a queued job, fetch a result from the provider's CDN — until there is a result.

Two rules hold for every provider: a CDN asset is fetched **without the access token**, and
only over https (or decoded from a ``data:`` URL); polling waits on the call's
:class:`CallControl`, so a cancel ends it at once, and tells the control it is waiting the
way a loading model does.
"""

from __future__ import annotations

import base64
import binascii
import time
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote_to_bytes, urlsplit

from ._errors import InferenceOutputError, InferenceTimeoutError
from ._providers import Call, Done, FetchAsset, Outcome, Poll, TaskRoute, sniff_type
from ._types import Blob

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ._control import CallControl
    from ._transport import Transport

Json = Any


class ProviderJob:
    """One call of ``route`` at ``root`` (``{router}/{provider}``)."""

    def __init__(
        self,
        transport: Transport,
        root: str,
        control: CallControl,
        *,
        headers: Mapping[str, str] | None = None,
        poll_interval_s: float | None = None,
    ) -> None:
        self._transport = transport
        self._root = root.rstrip("/")
        self._control = control
        self._headers = dict(headers or {})
        self._poll_interval_s = poll_interval_s

    def run(self, route: TaskRoute, call: Call) -> Json | Blob:
        outgoing = route.build(call)
        body, headers = outgoing.encoded()
        reply = self._transport.fetch(
            outgoing.method,
            self._root + outgoing.path,
            self._control,
            body=body,
            headers={**self._headers, **headers},
        )
        outcome: Outcome = route.read(call, reply)
        while True:
            if isinstance(outcome, Done):
                return outcome.value
            if isinstance(outcome, FetchAsset):
                return fetch_asset(self._transport, outcome, self._control)
            outcome = self._poll(outcome, {**self._headers, **outgoing.headers})

    def _poll(self, poll: Poll, headers: dict[str, str]) -> Outcome:
        interval = poll.interval_s if self._poll_interval_s is None else self._poll_interval_s
        interval = min(interval, poll.interval_s) if poll.interval_s else 0.0
        started = time.monotonic()
        for attempt in range(poll.max_polls):
            if attempt:
                if attempt == 1 and self._control.on_loading is not None:
                    self._control.on_loading(0.0)  # queued: like a model that is loading
                self._control.wait(interval)
            reply = self._transport.fetch(
                "GET", self._root + poll.path, self._control, headers=headers
            )
            outcome = poll.read(reply)
            if outcome is not None:
                return outcome
        raise InferenceTimeoutError(
            f"the provider's job was not finished after {time.monotonic() - started:.0f} s "
            f"({poll.max_polls} checks); try again later"
        )


def fetch_asset(transport: Transport, asset: FetchAsset, control: CallControl) -> Blob | Json:
    """The result a provider left at a URL: never with the token, https or ``data:`` only."""
    url = asset.url
    if url.startswith("data:"):
        data, mime = _decode_data_url(url, transport.max_response_bytes)
    else:
        if urlsplit(url).scheme != "https" or not urlsplit(url).hostname:
            raise InferenceOutputError(
                f"the provider's result is at a URL that is not https ({_short(url)}); "
                "it was not fetched"
            )
        reply = transport.fetch("GET", url, control, authenticated=False)
        data = reply.body
        mime = reply.info.content_type.split(";")[0].strip()
    if asset.as_text:
        return {"text": data.decode("utf-8", "replace")}
    if not data:
        raise InferenceOutputError("the provider's result file is empty")
    if not mime or mime in ("application/octet-stream", "binary/octet-stream"):
        mime = sniff_type(data, "application/octet-stream")
    return Blob(data, mime)


def _decode_data_url(url: str, limit: int) -> tuple[bytes, str]:
    header, comma, payload = url.partition(",")
    if not comma or len(payload) > limit * 4 // 3 + 4:
        raise InferenceOutputError("the provider's data URL is malformed or too large")
    mime, _, encoding = header.removeprefix("data:").partition(";")
    try:
        data = (
            base64.b64decode(payload, validate=True)
            if encoding.endswith("base64")
            else unquote_to_bytes(payload)
        )
    except (binascii.Error, ValueError):
        raise InferenceOutputError("the provider's data URL is malformed") from None
    return data, mime.strip().lower()


def _short(url: str) -> str:
    return url if len(url) <= 80 else url[:79] + "…"


def segmentation_of(value: Json | Blob) -> Json:
    """A provider's mask image as the seed's segmentation result."""
    if isinstance(value, Blob):
        return [
            {"label": "mask", "score": 1.0, "mask": base64.b64encode(value.data).decode("ascii")}
        ]
    return value
