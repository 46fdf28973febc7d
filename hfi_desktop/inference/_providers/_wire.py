"""What a provider route is made of: the request it builds and what its answer leads to.

A route never does I/O: ``build`` turns a call into an :class:`Outgoing` request, ``read``
turns the answer into an outcome — the result itself, an asset to fetch, or a job to poll —
and the client carries the outcome out (``_jobs.py``). So every provider is data plus two
small functions, and a test can check both without a network.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .._errors import InferenceInputError, InferenceOutputError
from .._transport import Reply
from .._types import Blob
from ..sniff import sniff_mime

if TYPE_CHECKING:
    from .._mapping import Target

Json = Any


@dataclass(frozen=True)
class Call:
    """One task call to a provider: where it goes and its inputs, already checked (``inputs``
    holds the task's own keys: ``prompt``, ``image``, ``audio``, ``text``, ``parameters``…)."""

    target: Target
    task: str
    inputs: Mapping[str, Any]

    @property
    def parameters(self) -> dict[str, Any]:
        return dict(self.inputs.get("parameters") or {})


@dataclass(frozen=True)
class Outgoing:
    """A request below the provider's root on the router (``{router}/{provider}{path}``)."""

    path: str
    json: Mapping[str, Any] | None = None
    data: bytes | None = None
    content_type: str | None = None
    headers: Mapping[str, str] = field(default_factory=dict)
    method: str = "POST"

    def encoded(self) -> tuple[bytes | None, dict[str, str]]:
        headers = dict(self.headers)
        if self.json is not None:
            try:
                body = json.dumps(
                    self.json, separators=(",", ":"), ensure_ascii=False, allow_nan=False
                ).encode("utf-8")
            except (TypeError, ValueError) as exc:
                raise InferenceInputError("inputs", f"cannot be sent as JSON: {exc}") from None
            headers["Content-Type"] = "application/json"
            return body, headers
        if self.content_type is not None:
            headers["Content-Type"] = self.content_type
        return self.data, headers


# -- outcomes ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Done:
    """The result, in the seed's shape for the task."""

    value: Json | Blob


@dataclass(frozen=True)
class FetchAsset:
    """The result is at ``url`` (a provider's CDN): fetched without the token, https only;
    ``as_text`` for a transcript file."""

    url: str
    as_text: bool = False


@dataclass(frozen=True)
class Poll:
    """A job that is not finished: GET ``path`` (below the provider's root, with the submit's
    query and headers) every ``interval_s`` until ``read`` gives an outcome (None: pending)."""

    path: str
    read: Callable[[Reply], Outcome | None]
    interval_s: float
    max_polls: int
    headers: Mapping[str, str] = field(default_factory=dict)


Outcome = Done | FetchAsset | Poll
Reader = Callable[[Call, Reply], Outcome]
Builder = Callable[[Call], Outgoing]


@dataclass(frozen=True)
class TaskRoute:
    """How one provider serves one task. ``stream_events``: for a route that streams (its
    request built with ``inputs["stream"]`` true), a new transform of its stream's events
    into the task's own (they may need state: the text so far)."""

    build: Builder
    read: Reader
    stream_events: Callable[[], Callable[[Json], Json]] | None = None


# -- small helpers shared by the providers ------------------------------------------------------


def json_object(reply: Reply, what: str) -> dict[str, Json]:
    value = reply.expect_json()
    if not isinstance(value, dict):
        raise InferenceOutputError(f"{what}: expected a JSON object, got {type(value).__name__}")
    return value


def dig(value: Json, *path: str | int) -> Json:
    """``value[p0][p1]...``, or None where a step is missing or of the wrong kind."""
    for step in path:
        if isinstance(step, int):
            if not isinstance(value, list) or not -len(value) <= step < len(value):
                return None
        elif not isinstance(value, dict):
            return None
        value = value[step]
    return value


def asset_url(value: Json, what: str) -> FetchAsset:
    """A provider's answer that names its result by URL (or carries it as a data URL)."""
    if isinstance(value, list) and value:
        value = value[0]
    if not isinstance(value, str) or not value:
        raise InferenceOutputError(f"{what}: the answer names no result URL")
    return FetchAsset(value)


def b64_blob(value: Json, what: str) -> Done:
    """A base64 result (``b64_json``), its type taken from its bytes."""
    if not isinstance(value, str) or not value:
        raise InferenceOutputError(f"{what}: the answer carries no base64 data")
    try:
        data = base64.b64decode(value, validate=True)
    except ValueError:
        raise InferenceOutputError(f"{what}: the answer's base64 data is malformed") from None
    return Done(Blob(data, sniff_type(data, "image/png")))


def sniff_type(data: bytes, default: str) -> str:
    """The MIME type ``data`` starts like (:func:`..sniff.sniff_mime`, an audio/video
    container typed as ``default`` expects), else ``default``."""
    return sniff_mime(data, default) or default


def data_url(data: bytes, mime: str) -> str:
    return f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"


def without(mapping: Mapping[str, Any], *keys: str) -> dict[str, Any]:
    return {k: v for k, v in mapping.items() if k not in keys and v is not None}


def size_of(parameters: Mapping[str, Any]) -> tuple[int, int] | None:
    """``width`` and ``height`` (or ``target_size``) when both are given."""
    size = parameters.get("target_size")
    if isinstance(size, Mapping):
        width, height = size.get("width"), size.get("height")
    else:
        width, height = parameters.get("width"), parameters.get("height")
    if isinstance(width, int) and isinstance(height, int):
        return width, height
    return None
