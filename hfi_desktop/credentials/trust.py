"""Where the access token may go: Hugging Face hosts, and hosts the user trusts.

Host names are read the way urllib3 reads them, because urllib3 makes the connection: a
parser that disagrees with it ("https://evil.com\\@huggingface.co" is evil.com to urllib3,
huggingface.co to urllib.parse) would let a URL look like Hugging Face and connect elsewhere.

:class:`TokenTrust` is the decision: :meth:`TokenTrust.allows` is the client's
``token_policy`` (called from worker threads, for every request, with the URL requests is
about to send to); :meth:`TokenTrust.decision` tells the UI whether to ask first.
"""

from __future__ import annotations

import threading
from enum import Enum
from typing import TYPE_CHECKING, Protocol

from urllib3.exceptions import LocationParseError
from urllib3.util import parse_url

if TYPE_CHECKING:
    from collections.abc import Iterable

HF_DOMAIN = "huggingface.co"


class TrustedEndpoint(Protocol):
    @property
    def trusted(self) -> bool: ...
    @property
    def host(self) -> str | None: ...


class TrustSettings(Protocol):
    """Where the user's decisions are kept: :class:`hfi_desktop.storage.settings.Settings`
    (this package sits below storage, so it names only what it reads and writes)."""

    def endpoints(self) -> Iterable[TrustedEndpoint]: ...
    def trusted_hosts(self) -> Iterable[str]: ...
    def add_trusted_host(self, host: str) -> None: ...


class Decision(Enum):
    SEND = "send"  # a Hugging Face host over HTTPS, a trusted endpoint, a host allowed before
    WITHHOLD = "withhold"  # the user said "No" for this host (this session)
    ASK = "ask"  # nobody decided yet


def _parse(url: str) -> tuple[str, str] | None:
    """(scheme, host) as urllib3 parses them; host lower-case, IDNA, no trailing dot."""
    text = url.strip()
    if not text or any(ch.isspace() or ord(ch) < 32 for ch in text):
        return None
    if "://" not in text:
        text = f"https://{text}"
    try:
        parsed = parse_url(text)
    except (LocationParseError, ValueError):
        return None
    host = (parsed.host or "").rstrip(".").lower()
    if not host or not host.isascii():
        return None
    return (parsed.scheme or "").lower(), host


def normalize_host(url_or_host: str) -> str | None:
    """The host a URL (or a bare host name) connects to, normalized; None if it has none."""
    parsed = _parse(url_or_host)
    return parsed[1] if parsed else None


def is_hf_host(url_or_host: str) -> bool:
    """huggingface.co or one of its subdomains (not lookalikes such as
    huggingface.co.evil.com, evilhuggingface.co or https://huggingface.co@evil.com)."""
    host = normalize_host(url_or_host)
    return host is not None and (host == HF_DOMAIN or host.endswith(f".{HF_DOMAIN}"))


def is_hf_url(url: str) -> bool:
    """An HTTPS URL on a Hugging Face host: the token goes there without asking."""
    parsed = _parse(url)
    return (parsed is not None and parsed[0] == "https" and "://" in url
            and is_hf_host(parsed[1]))


def check_url(text: str) -> str | None:
    """What is wrong with ``text`` as an endpoint/base URL, or None if it is fine."""
    value = text.strip()
    if not value.lower().startswith(("http://", "https://")):
        return "expected a URL starting with https:// (or http://)"
    if any(ch.isspace() for ch in value):
        return "a URL cannot contain spaces"
    try:
        parsed = parse_url(value)
    except (LocationParseError, ValueError):
        return "not a valid URL"
    if parsed.auth:
        return "a URL with a user name or password in it is not accepted"
    if not parsed.host or _parse(value) is None:
        return "the URL has no valid host name"
    return None


class TokenTrust:
    """Decides whether the access token may be sent to a URL. Thread-safe: the sets are
    replaced whole, under a lock, on the GUI thread (:meth:`reload`, :meth:`allow`,
    :meth:`withhold`) and read from any thread."""

    def __init__(self, settings: TrustSettings | None = None) -> None:
        self._settings = settings
        self._lock = threading.Lock()
        self._trusted: frozenset[str] = frozenset()
        self._withheld: frozenset[str] = frozenset()
        self.reload()

    def reload(self) -> None:
        """Read the trusted endpoints and allowed hosts again (after a settings change)."""
        if self._settings is None:
            return
        hosts = {e.host for e in self._settings.endpoints() if e.trusted and e.host}
        hosts.update(self._settings.trusted_hosts())
        with self._lock:
            self._trusted = frozenset(h for h in hosts if h)
            self._withheld = self._withheld - self._trusted  # trusting it later wins

    def trusted_hosts(self) -> frozenset[str]:
        with self._lock:
            return self._trusted

    def decision(self, url: str) -> Decision:
        if is_hf_url(url):
            return Decision.SEND
        host = normalize_host(url)
        if host is None:
            return Decision.WITHHOLD  # unparseable: requests will refuse it anyway
        with self._lock:
            if host in self._withheld:
                return Decision.WITHHOLD
            if host in self._trusted:
                return Decision.SEND
        return Decision.ASK

    def allows(self, url: str) -> bool:
        """The client's token policy: send the token to ``url``? (Undecided: no.)"""
        return self.decision(url) is Decision.SEND

    def allow(self, host: str, *, remember: bool = True) -> None:
        """The user said yes for ``host``; ``remember`` keeps it in the settings."""
        normalized = normalize_host(host)
        if normalized is None:
            return
        with self._lock:
            self._trusted = self._trusted | {normalized}
            self._withheld = self._withheld - {normalized}
        if remember and self._settings is not None:
            self._settings.add_trusted_host(normalized)

    def withhold(self, host: str) -> None:
        """The user said no for ``host``: calls there go without the token (this session)."""
        normalized = normalize_host(host)
        if normalized is None:
            return
        with self._lock:
            self._withheld = self._withheld | {normalized}
            self._trusted = self._trusted - {normalized}
