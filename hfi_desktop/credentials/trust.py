"""Where the access token may go: Hugging Face hosts, and origins the user trusts.

Trust is kept per origin — scheme, host and port (``http://127.0.0.1:8080``) — never per
host: a yes for one server must not hand the token to another server on another port of the
same machine. Plain http is never trusted except on this machine (loopback), and there only
with an explicit yes.

Host names are read the way urllib3 reads them, because urllib3 makes the connection: a
parser that disagrees with it ("https://evil.com\\@huggingface.co" is evil.com to urllib3,
huggingface.co to urllib.parse) would let a URL look like Hugging Face and connect elsewhere.

:class:`TokenTrust` is the decision: :meth:`TokenTrust.allows` is the client's
``token_policy`` (called from worker threads, for every request, with the URL requests is
about to send to); :meth:`TokenTrust.decision` tells the UI whether to ask first.
"""

from __future__ import annotations

import ipaddress
import threading
from enum import Enum
from typing import TYPE_CHECKING, Protocol

from urllib3.exceptions import LocationParseError
from urllib3.util import parse_url

from hfi_desktop.translatable import QT_TRANSLATE_NOOP, Text

if TYPE_CHECKING:
    from collections.abc import Iterable

HF_DOMAIN = "huggingface.co"


_DEFAULT_PORTS = {"https": 443, "http": 80}


class TrustedEndpoint(Protocol):
    @property
    def trusted(self) -> bool: ...
    @property
    def url(self) -> str: ...


class TrustSettings(Protocol):
    """Where the user's decisions are kept: :class:`hfi_desktop.storage.settings.Settings`
    (this package sits below storage, so it names only what it reads and writes)."""

    def endpoints(self) -> Iterable[TrustedEndpoint]: ...
    def trusted_origins(self) -> Iterable[str]: ...
    def add_trusted_origin(self, origin: str) -> None: ...


class Decision(Enum):
    SEND = "send"  # a Hugging Face host over HTTPS, a trusted endpoint, an origin allowed before
    WITHHOLD = "withhold"  # the user said "No" (this session), or plain http off this machine
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


def normalize_origin(url: str) -> str | None:
    """``scheme://host[:port]`` of a URL (a bare host name: https), the port left out when it
    is the scheme's default; None if it has no host or the scheme is not http(s)."""
    text = url.strip()
    parsed = _parse(text)
    if parsed is None or parsed[0] not in _DEFAULT_PORTS:
        return None
    scheme, host = parsed
    try:
        port = parse_url(text if "://" in text else f"https://{text}").port
    except (LocationParseError, ValueError):
        return None
    if port is None or port == _DEFAULT_PORTS[scheme]:
        return f"{scheme}://{host}"
    return f"{scheme}://{host}:{port}"


def is_loopback(host: str) -> bool:
    """``localhost`` or a loopback address (127.0.0.0/8, ::1): this machine."""
    name = host.strip("[]").lower()
    if name == "localhost" or name.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def may_be_trusted(origin: str) -> bool:
    """An origin the token may ever go to: https, or plain http on this machine."""
    scheme, _, rest = origin.partition("://")
    if scheme == "https":
        return True
    host = rest.rsplit(":", 1)[0] if not rest.endswith("]") else rest
    return scheme == "http" and is_loopback(host)


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


#: The context of the problems below (the UI translates them: ``ui.i18n.shown``).
PROBLEM_CONTEXT = "SettingsProblems"


def check_url(text: str) -> Text | None:
    """What is wrong with ``text`` as an endpoint/base URL, or None if it is fine."""
    value = text.strip()
    if not value.lower().startswith(("http://", "https://")):
        return Text(PROBLEM_CONTEXT, QT_TRANSLATE_NOOP(
            "SettingsProblems", "expected a URL starting with https:// (or http://)"))
    if any(ch.isspace() for ch in value):
        return Text(PROBLEM_CONTEXT, QT_TRANSLATE_NOOP("SettingsProblems",
                                                       "a URL cannot contain spaces"))
    try:
        parsed = parse_url(value)
    except (LocationParseError, ValueError):
        return Text(PROBLEM_CONTEXT, QT_TRANSLATE_NOOP("SettingsProblems", "not a valid URL"))
    if parsed.auth:
        return Text(PROBLEM_CONTEXT, QT_TRANSLATE_NOOP(
            "SettingsProblems", "a URL with a user name or password in it is not accepted"))
    if not parsed.host or _parse(value) is None:
        return Text(PROBLEM_CONTEXT, QT_TRANSLATE_NOOP("SettingsProblems",
                                                       "the URL has no valid host name"))
    return None


def named_problem(name: str, problem: str) -> Text:
    """"<name>: <problem>", the problem of the thing named ``name`` (translated in the UI)."""
    return Text("", "{name}: {problem}", name=name, problem=problem)


class TokenTrust:
    """Decides whether the access token may be sent to a URL. Thread-safe: the sets of
    origins are replaced whole, under a lock, on the GUI thread (:meth:`reload`,
    :meth:`allow`, :meth:`withhold`) and read from any thread."""

    def __init__(self, settings: TrustSettings | None = None) -> None:
        self._settings = settings
        self._lock = threading.Lock()
        self._trusted: frozenset[str] = frozenset()
        self._withheld: frozenset[str] = frozenset()
        self.reload()

    def reload(self) -> None:
        """Read the trusted endpoints and allowed origins again (after a settings change)."""
        if self._settings is None:
            return
        origins = {normalize_origin(e.url) for e in self._settings.endpoints() if e.trusted}
        origins.update(normalize_origin(o) for o in self._settings.trusted_origins())
        with self._lock:
            self._trusted = frozenset(o for o in origins if o and may_be_trusted(o))
            self._withheld = self._withheld - self._trusted  # trusting it later wins

    def trusted_origins(self) -> frozenset[str]:
        with self._lock:
            return self._trusted

    def decision(self, url: str) -> Decision:
        if is_hf_url(url):
            return Decision.SEND
        origin = normalize_origin(url)
        if origin is None or not may_be_trusted(origin):
            return Decision.WITHHOLD  # unparseable, or plain http to another machine
        with self._lock:
            if origin in self._withheld:
                return Decision.WITHHOLD
            if origin in self._trusted:
                return Decision.SEND
        return Decision.ASK

    def allows(self, url: str) -> bool:
        """The client's token policy: send the token to ``url``? (Undecided: no.)"""
        return self.decision(url) is Decision.SEND

    def allow(self, url: str, *, remember: bool = True) -> None:
        """The user said yes for ``url``'s origin; ``remember`` keeps it in the settings.
        Plain http to another machine is never allowed (nothing happens)."""
        origin = normalize_origin(url)
        if origin is None or not may_be_trusted(origin):
            return
        with self._lock:
            self._trusted = self._trusted | {origin}
            self._withheld = self._withheld - {origin}
        if remember and self._settings is not None:
            self._settings.add_trusted_origin(origin)

    def withhold(self, url: str) -> None:
        """The user said no for ``url``'s origin: calls there go without the token (this
        session)."""
        origin = normalize_origin(url)
        if origin is None:
            return
        with self._lock:
            self._withheld = self._withheld | {origin}
            self._trusted = self._trusted - {origin}
