"""What can go wrong talking to the Hub, as exceptions a caller can tell apart."""

from __future__ import annotations


class HubError(Exception):
    """Any failure of a Hub request; ``str()`` is a sentence a user can read."""


class HubConnectionError(HubError):
    """The Hub could not be reached (offline, refused, DNS, TLS) or did not answer in time."""


class HubHTTPError(HubError):
    """The Hub answered with an error status."""

    def __init__(self, status: int, message: str, url: str) -> None:
        super().__init__(message)
        self.status = status
        self.url = url


class HubResponseError(HubError):
    """The Hub answered 200 with something that is not what its API documents."""


class HubDownloadTooLargeError(HubError):
    """A file to download is larger than the cap."""
