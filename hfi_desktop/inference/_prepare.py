"""What a call would send, without sending it (for "copy as code")."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, NoReturn

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ._control import CallControl
    from ._transport import Transport


@dataclass(frozen=True)
class PreparedRequest:
    """A request as the client would send it, the access token aside."""

    url: str
    headers: dict[str, str]
    body: bytes
    stream: bool


class _Prepared(Exception):  # a signal that stops the call, not an error
    def __init__(self, request: PreparedRequest) -> None:
        super().__init__(request.url)
        self.request = request


class _PreparingTransport:
    """The transport of prepare_request()'s copy of the client: the call is stopped right
    where it would be sent. (Hub look-ups use the real transport: they are made.)"""

    def __init__(self, real: Transport) -> None:
        self._real = real

    def __getattr__(self, name: str) -> Any:
        return getattr(self._real, name)

    def fetch(
        self,
        method: str,
        url: str,
        control: CallControl,
        *,
        body: bytes | None = None,
        headers: Mapping[str, str] | None = None,
        authenticated: bool = True,
    ) -> NoReturn:
        _stop(url, body, headers, stream=False)

    def open(
        self,
        method: str,
        url: str,
        control: CallControl,
        *,
        body: bytes | None = None,
        headers: Mapping[str, str] | None = None,
        authenticated: bool = True,
    ) -> NoReturn:
        _stop(url, body, headers, stream=True)


def _stop(
    url: str, body: bytes | None, headers: Mapping[str, str] | None, *, stream: bool
) -> NoReturn:
    """The request as it would have been sent (the signatures are the Transport's)."""
    raise _Prepared(PreparedRequest(url, dict(headers or {}), body or b"", stream=stream))
