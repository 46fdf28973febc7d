"""Plain value types of the client's API."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, fields
from typing import Any

from ._errors import InferenceInputError


@dataclass(frozen=True)
class Blob:
    """A binary result (an image, an audio clip) with its MIME type."""

    data: bytes
    type: str

    def __repr__(self) -> str:
        return f"Blob(type={self.type!r}, size={len(self.data)})"


@dataclass(frozen=True)
class Options:
    """The seed's call options. ``None`` means "not set": nothing goes on the wire for it."""

    use_cache: bool | None = None
    wait_for_model: bool | None = None
    retry_on_error: bool | None = None
    dont_load_model: bool | None = None
    use_gpu: bool | None = None

    @classmethod
    def coerce(
        cls, value: Options | Mapping[str, Any] | None, argument: str = "options"
    ) -> Options:
        """Accept an Options, a mapping of its fields, or None."""
        if value is None:
            return _UNSET
        if isinstance(value, Options):
            return value
        if not isinstance(value, Mapping):
            raise InferenceInputError(
                argument, f"expected Options or a mapping, got {type(value).__name__}"
            )
        known = {f.name for f in fields(cls)}
        for key, item in value.items():
            if key not in known:
                raise InferenceInputError(
                    f"{argument}.{key}", f"unknown option (known: {', '.join(sorted(known))})"
                )
            if item is not None and not isinstance(item, bool):
                raise InferenceInputError(
                    f"{argument}.{key}", f"expected true/false, got {type(item).__name__}"
                )
        return cls(**dict(value))

    def merged(self, override: Options) -> Options:
        """These options with every field that ``override`` sets replaced."""
        if override == _UNSET:
            return self
        changes = {
            f.name: getattr(override, f.name)
            for f in fields(override)
            if getattr(override, f.name) is not None
        }
        return dataclasses.replace(self, **changes)

    def wire_json(self) -> dict[str, bool]:
        """The ``options`` object of a JSON body: the set fields except client-side ones."""
        return {
            name: value
            for name, value in (
                ("use_cache", self.use_cache),
                ("wait_for_model", self.wait_for_model),
                ("dont_load_model", self.dont_load_model),
                ("use_gpu", self.use_gpu),
            )
            if value is not None
        }

    def wire_headers(self) -> dict[str, str]:
        """The X- headers that carry the options of a binary call."""
        headers: dict[str, str] = {}
        if self.wait_for_model:
            headers["X-Wait-For-Model"] = "true"
        if self.use_cache is False:
            headers["X-Use-Cache"] = "false"
        if self.dont_load_model:
            headers["X-Load-Model"] = "0"
        if self.use_gpu:
            headers["X-Use-GPU"] = "true"
        return headers


_UNSET = Options()


@dataclass
class ResponseInfo:
    """What the last HTTP response of a call looked like (for status lines and history).
    ``request_id``: the server's id of the request (X-Request-Id and the like), to quote in a
    bug report; None if it sent none. ``provider``: the provider the auto router chose
    (its ``x-inference-provider`` header), None if it named none. ``first_byte_s``: from the
    call's first request (a provider's mapping, a queue's ticket…) to this response's
    headers, the first bytes of the answer; None where not measured (a response saved before
    it was)."""

    url: str
    status: int
    content_type: str
    bytes: int = 0
    elapsed_s: float = 0.0
    request_id: str | None = None
    provider: str | None = None
    first_byte_s: float | None = None
