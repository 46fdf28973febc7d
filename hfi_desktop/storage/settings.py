"""The application's settings: typed accessors over QSettings, and a signal when they change.

Keys (other features read some of them: keep the names):

=========================== ======= ==============================================
``inference/base_url``      str     "" = env ``HF_INFERENCE_ENDPOINT``, else
                                    ``{router}/hf-inference``
``inference/router_url``    str     "" = env ``HF_ROUTER_URL``, else the router's
``inference/hub_url``       str     "" = env ``HF_ENDPOINT``, else huggingface.co (a mirror
                                    such as https://hf-mirror.com goes here)
``provider/default_policy`` str     auto | cheapest | preferred: the provider a page starts
                                    with ("auto" is the fastest; "fastest" reads as "auto")
``billing/bill_to/<key>``   str     the organization billed, per token (``<key>``: the
                                    token's fingerprint, never the token); "" = the user
``network/connect_timeout_s`` float
``network/read_timeout_s``  float
``network/call_deadline_s`` float   at most this long for one request and its whole answer
``network/stream_idle_s``   float   at most this long between two events of a stream (both
                                    at least the timeouts: see :meth:`Settings.deadlines`)
``options/wait_for_model``  bool    defaults of the Options check boxes of new pages
``options/use_cache``       bool
``options/retry_on_error``  bool
``inputs/max_mb``           float   largest input file
``history/enabled``         bool    read by history
``history/keep_inputs``     bool    read by history
``history/max_store_mb``    int     read by history
``ui/theme``                str     system | light | dark
``ui/language``             str     system | en | zh_CN (read at start-up)
``ui/welcome_done``         bool    a run succeeded: the start page is no longer the welcome
``endpoints/…``             array   named endpoints: name, url, trusted
``trust/origins``           list    origins (scheme://host[:port]) allowed the token
``local_servers/…``         array   local server profiles: name, kind (openai | hf), url
``engine/memory_budget_mb`` int     the local engine's memory for models (0 = its default,
                                    half of this computer's memory)
``provider/task/<task>``    str     the provider chosen on a task's page
=========================== ======= ==============================================

Every write goes through :class:`Settings`, which emits ``service.changed(keys)`` (a
``frozenset`` of the keys whose values changed) on its :class:`SettingsService`; writes made
inside ``with settings.batch():`` are announced once, together.
"""

from __future__ import annotations

import hashlib
import os
import re
from contextlib import contextmanager
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QSettings, Signal

from hfi_desktop.credentials.trust import (
    PROBLEM_CONTEXT,
    check_url,
    may_be_trusted,
    named_problem,
    normalize_host,
    normalize_origin,
)
from hfi_desktop.inference import (
    DEFAULT_CALL_DEADLINE_S,
    DEFAULT_STREAM_IDLE_S,
    DEFAULT_TIMEOUT,
    Options,
)
from hfi_desktop.inference.urls import DEFAULT_HUB_URL, DEFAULT_ROUTER_URL, RETIRED_HOST
from hfi_desktop.local.profiles import ServerProfile
from hfi_desktop.local.sources import SourceKind
from hfi_desktop.translatable import QT_TRANSLATE_NOOP, Text

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator

BASE_URL = "inference/base_url"
ROUTER_URL = "inference/router_url"
HUB_URL = "inference/hub_url"
PROVIDER_POLICY = "provider/default_policy"
BILL_TO = "billing/bill_to"  # a group: one key per token fingerprint
CONNECT_TIMEOUT = "network/connect_timeout_s"
READ_TIMEOUT = "network/read_timeout_s"
CALL_DEADLINE = "network/call_deadline_s"
STREAM_IDLE = "network/stream_idle_s"
WAIT_FOR_MODEL = "options/wait_for_model"
USE_CACHE = "options/use_cache"
RETRY_ON_ERROR = "options/retry_on_error"
MAX_INPUT_MB = "inputs/max_mb"
HISTORY_ENABLED = "history/enabled"
HISTORY_KEEP_INPUTS = "history/keep_inputs"
HISTORY_MAX_STORE_MB = "history/max_store_mb"
THEME = "ui/theme"
LANGUAGE = "ui/language"
WELCOME_DONE = "ui/welcome_done"
ENDPOINTS = "endpoints"  # a QSettings array: endpoints/size, endpoints/1/name, …
TRUSTED_ORIGINS = "trust/origins"  # scheme://host[:port] the user said "Yes" for
#: Before origins: host names alone. Read once, as https on the default port (see
#: Settings.trusted_origins), then removed.
_OLD_TRUSTED_HOSTS = "trust/hosts"
PROVIDER_CHOICE = "provider/task"  # + "/<task>"
LOCAL_SERVERS = "local_servers"  # a QSettings array: local_servers/1/name, …
ENGINE_MEMORY_BUDGET_MB = "engine/memory_budget_mb"

#: The keys a change of which needs a new client.
CLIENT_KEYS = frozenset({BASE_URL, ROUTER_URL, HUB_URL, CONNECT_TIMEOUT, READ_TIMEOUT,
                         CALL_DEADLINE, STREAM_IDLE, BILL_TO})
OPTION_KEYS = frozenset({WAIT_FOR_MODEL, USE_CACHE, RETRY_ON_ERROR})
#: The keys whose values decide where the access token may go.
TRUST_KEYS = frozenset({ENDPOINTS, TRUSTED_ORIGINS})

MIN_TIMEOUT_S = 1.0
MAX_TIMEOUT_S = 3600.0
MAX_DEADLINE_S = 6 * 3600.0
MIN_INPUT_MB = 1.0
MAX_INPUT_MB_LIMIT = 1024.0
MAX_STORE_MB_LIMIT = 100_000
MAX_ENGINE_BUDGET_MB = 1_048_576  # 1 TB
#: A provider's name (the client's own check): a choice that is not one is ignored.
_PROVIDER_NAME = re.compile(r"[a-z0-9][a-z0-9.-]{0,63}")


class Theme(StrEnum):
    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


class Language(StrEnum):
    """The language of the user interface (a locale name; SYSTEM: the system's)."""

    SYSTEM = "system"
    ENGLISH = "en"
    SIMPLIFIED_CHINESE = "zh_CN"


#: The default provider policies, as the provider picker and the client name them ("auto":
#: the auto router's default, the fastest provider).
PROVIDER_POLICIES = ("auto", "cheapest", "preferred")
#: Another name of a policy, read as the policy.
_POLICY_ALIASES = {"fastest": "auto"}


@dataclass(frozen=True)
class NamedEndpoint:
    """An endpoint the user named; ``trusted``: the access token may be sent to its host."""

    name: str
    url: str
    trusted: bool = False

    @property
    def host(self) -> str | None:
        return normalize_host(self.url)


@dataclass(frozen=True)
class SettingsValues:
    """Every setting the settings dialog edits, as one value (what Apply writes)."""

    base_url: str = ""  # "" = the default (env, else the router's hf-inference)
    router_url: str = ""
    hub_url: str = ""
    provider_policy: str = "auto"
    connect_timeout_s: float = DEFAULT_TIMEOUT[0]
    read_timeout_s: float = DEFAULT_TIMEOUT[1]
    call_deadline_s: float = DEFAULT_CALL_DEADLINE_S
    stream_idle_s: float = DEFAULT_STREAM_IDLE_S
    wait_for_model: bool = False
    use_cache: bool = True
    retry_on_error: bool = True
    max_input_mb: float = 20.0
    history_enabled: bool = True
    history_keep_inputs: bool = True
    history_max_store_mb: int = 500
    theme: Theme = Theme.SYSTEM
    language: Language = Language.SYSTEM
    endpoints: tuple[NamedEndpoint, ...] = ()
    trusted_origins: tuple[str, ...] = field(default=())
    local_servers: tuple[ServerProfile, ...] = ()
    engine_memory_budget_mb: int = 0  # 0: the engine's default

    def problems(self) -> dict[str, str]:
        """What is wrong, by field name (empty when the values can be saved)."""
        found: dict[str, str] = {}
        for name in ("base_url", "router_url", "hub_url"):
            value = getattr(self, name)
            problem = check_base_url(value) if value else None
            if problem is None and name == "router_url" and is_retired(value):
                problem = Text(PROBLEM_CONTEXT, QT_TRANSLATE_NOOP(
                    "SettingsProblems", "{retired} is retired (it answers 410 Gone): the router "
                    "is {router}"), retired=RETIRED_HOST, router=DEFAULT_ROUTER_URL)
            if problem:
                found[name] = problem
        if self.provider_policy not in PROVIDER_POLICIES:
            found["provider_policy"] = Text(PROBLEM_CONTEXT, QT_TRANSLATE_NOOP(
                "SettingsProblems", "unknown provider policy {policy!r}: one of {policies}"),
                policy=self.provider_policy, policies=", ".join(PROVIDER_POLICIES))
        names: set[str] = set()
        for index, endpoint in enumerate(self.endpoints):
            if not endpoint.name.strip():
                found[f"endpoints.{index}"] = Text(PROBLEM_CONTEXT, QT_TRANSLATE_NOOP(
                    "SettingsProblems", "give the endpoint a name"))
            elif endpoint.name.strip().casefold() in names:
                found[f"endpoints.{index}"] = _used_twice(endpoint.name)
            else:
                problem = check_url(endpoint.url)
                origin = normalize_origin(endpoint.url)
                if (problem is None and endpoint.trusted and origin is not None
                        and not may_be_trusted(origin)):
                    problem = Text(PROBLEM_CONTEXT, QT_TRANSLATE_NOOP(
                        "SettingsProblems", "your token is never sent over plain http to "
                        "another machine: use https://, or untick Trusted"))
                if problem:
                    found[f"endpoints.{index}"] = named_problem(endpoint.name, problem)
            names.add(endpoint.name.strip().casefold())
        seen: set[str] = set()
        for index, profile in enumerate(self.local_servers):
            problem = profile.problem()
            if problem is None and profile.name in seen:
                problem = _used_twice(profile.name)
            if problem:
                found[f"local_servers.{index}"] = problem
            seen.add(profile.name)
        return found


DEFAULTS = SettingsValues()

_SCALARS: dict[str, tuple[str, type]] = {
    # key -> (SettingsValues field, type)
    BASE_URL: ("base_url", str),
    ROUTER_URL: ("router_url", str),
    HUB_URL: ("hub_url", str),
    PROVIDER_POLICY: ("provider_policy", str),
    CONNECT_TIMEOUT: ("connect_timeout_s", float),
    READ_TIMEOUT: ("read_timeout_s", float),
    CALL_DEADLINE: ("call_deadline_s", float),
    STREAM_IDLE: ("stream_idle_s", float),
    WAIT_FOR_MODEL: ("wait_for_model", bool),
    USE_CACHE: ("use_cache", bool),
    RETRY_ON_ERROR: ("retry_on_error", bool),
    MAX_INPUT_MB: ("max_input_mb", float),
    HISTORY_ENABLED: ("history_enabled", bool),
    HISTORY_KEEP_INPUTS: ("history_keep_inputs", bool),
    HISTORY_MAX_STORE_MB: ("history_max_store_mb", int),
    ENGINE_MEMORY_BUDGET_MB: ("engine_memory_budget_mb", int),
    THEME: ("theme", Theme),
    LANGUAGE: ("language", Language),
}
_CHOICES: dict[str, tuple[str, ...]] = {PROVIDER_POLICY: PROVIDER_POLICIES}
_RANGES: dict[str, tuple[float, float]] = {
    CONNECT_TIMEOUT: (MIN_TIMEOUT_S, MAX_TIMEOUT_S),
    READ_TIMEOUT: (MIN_TIMEOUT_S, MAX_TIMEOUT_S),
    CALL_DEADLINE: (MIN_TIMEOUT_S, MAX_DEADLINE_S),
    STREAM_IDLE: (MIN_TIMEOUT_S, MAX_DEADLINE_S),
    MAX_INPUT_MB: (MIN_INPUT_MB, MAX_INPUT_MB_LIMIT),
    HISTORY_MAX_STORE_MB: (1, MAX_STORE_MB_LIMIT),
    ENGINE_MEMORY_BUDGET_MB: (0, MAX_ENGINE_BUDGET_MB),
}


def default_router_url() -> str:
    """The router used when the setting is empty: env, else router.huggingface.co."""
    return (os.environ.get("HF_ROUTER_URL") or DEFAULT_ROUTER_URL).rstrip("/")


def default_base_url(router_url: str | None = None) -> str:
    """The inference URL used when the setting is empty: env, else hf-inference below the
    router (``router_url``, else the default router)."""
    router = (router_url or default_router_url()).rstrip("/")
    return (os.environ.get("HF_INFERENCE_ENDPOINT") or f"{router}/hf-inference").rstrip("/")


def default_hub_url() -> str:
    return (os.environ.get("HF_ENDPOINT") or DEFAULT_HUB_URL).rstrip("/")


def _used_twice(name: str) -> Text:
    return Text(PROBLEM_CONTEXT, QT_TRANSLATE_NOOP("SettingsProblems",
                                                   "the name {name!r} is used twice"), name=name)


def check_base_url(text: str) -> Text | None:
    """What is wrong with ``text`` as a base URL (router, Inference API, Hub), or None."""
    problem = check_url(text)
    if problem is None and any(mark in text for mark in "?#"):
        return Text(PROBLEM_CONTEXT, QT_TRANSLATE_NOOP(
            "SettingsProblems", "a base URL cannot have a query (?…) or a fragment (#…)"))
    return problem


def is_retired(url: str) -> bool:
    """Whether ``url`` is on the serverless host of 2023, which answers 410 Gone."""
    return normalize_host(url) == RETIRED_HOST


def token_key(token: str) -> str:
    """A token's fingerprint (16 hex digits of its SHA-256): settings kept per token are
    filed under it; the token itself is never written."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()[:16]


class SettingsService(QObject):
    """Tells of changes: ``changed(frozenset[str])`` with the keys that changed."""

    changed = Signal(object)


class Settings:
    """Typed reads and writes of the application's settings (GUI thread only: QSettings
    objects are not shared between threads)."""

    def __init__(self, qsettings: QSettings | None = None,
                 service: SettingsService | None = None) -> None:
        self.qsettings = qsettings if qsettings is not None else QSettings()
        self.service = service if service is not None else SettingsService()
        self._pending: set[str] | None = None

    # -- notifications ---------------------------------------------------------------------

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Writes inside are announced once, at the end (one client rebuild, say)."""
        outer = self._pending is None
        if outer:
            self._pending = set()
        try:
            yield
        finally:
            if outer:
                keys, self._pending = self._pending, None
                if keys:
                    self.qsettings.sync()
                    self.service.changed.emit(frozenset(keys))

    def _changed(self, key: str) -> None:
        if self._pending is not None:
            self._pending.add(key)
        else:
            self.qsettings.sync()
            self.service.changed.emit(frozenset({key}))

    # -- generic ---------------------------------------------------------------------------

    def get(self, key: str) -> Any:
        """The value of a scalar key, typed, within its range; its default if unset/bad."""
        name, kind = _SCALARS[key]
        default = getattr(DEFAULTS, name)
        raw = self.qsettings.value(key, None)
        value = _choice(key, _coerce(raw, kind, default))
        bounds = _RANGES.get(key)
        if bounds is not None and not bounds[0] <= value <= bounds[1]:
            return default
        if key in _CHOICES and value not in _CHOICES[key]:
            return default
        return value

    def set(self, key: str, value: Any) -> None:
        name, kind = _SCALARS[key]
        value = _choice(key, _coerce(value, kind, getattr(DEFAULTS, name)))
        if kind is str:
            value = value.strip()
        if self.get(key) == value:
            return
        self.qsettings.setValue(key, value.value if isinstance(value, StrEnum) else value)
        self._changed(key)

    # -- typed reads -----------------------------------------------------------------------

    def base_url(self) -> str:
        """The inference base URL in effect (the setting, else env, else hf-inference below
        the router in effect)."""
        return str(self.get(BASE_URL)).rstrip("/") or default_base_url(self.router_url())

    def router_url(self) -> str:
        """The Inference Providers router in effect (the setting, else env, else the
        default)."""
        return str(self.get(ROUTER_URL)).rstrip("/") or default_router_url()

    def hub_url(self) -> str:
        """The Hub (or its mirror) in effect: model search and look-ups go there."""
        return str(self.get(HUB_URL)).rstrip("/") or default_hub_url()

    def default_provider_policy(self) -> str:
        """The provider a page starts with: "auto" (the fastest), "cheapest" or
        "preferred" ("auto" for a value that is none of them)."""
        policy = _choice(PROVIDER_POLICY, str(self.get(PROVIDER_POLICY)).strip().lower())
        return policy if policy in PROVIDER_POLICIES else "auto"

    def base_url_is_retired(self) -> bool:
        """Whether the Inference API in effect is api-inference.huggingface.co (410 Gone)."""
        return is_retired(self.base_url())

    def switch_to_router(self) -> None:
        """Call hf-inference below the router instead of the retired host: the setting
        cleared (the default), or set to the router's when the environment names the
        retired host."""
        with self.batch():
            self.set(BASE_URL, "")
            if self.base_url_is_retired():
                self.set(BASE_URL, f"{self.router_url()}/hf-inference")

    # -- billing, per token ----------------------------------------------------------------

    def bill_to(self, token: str) -> str | None:
        """The organization ``token``'s calls are billed to (None: the user)."""
        if not token:
            return None
        value = self.qsettings.value(f"{BILL_TO}/{token_key(token)}", "")
        return (value.strip() or None) if isinstance(value, str) else None

    def set_bill_to(self, token: str, organization: str | None) -> None:
        """Bill ``token``'s calls to ``organization`` (None or "": the user)."""
        if not token or (organization or None) == self.bill_to(token):
            return
        key = f"{BILL_TO}/{token_key(token)}"
        if organization and organization.strip():
            self.qsettings.setValue(key, organization.strip())
        else:
            self.qsettings.remove(key)
        self._changed(BILL_TO)

    def timeout(self) -> tuple[float, float]:
        """(connect, read) seconds, as the client takes them."""
        return float(self.get(CONNECT_TIMEOUT)), float(self.get(READ_TIMEOUT))

    def deadlines(self) -> tuple[float, float]:
        """(call, stream idle) seconds, as the client takes them: never shorter than the
        timeouts allow (a read timeout raised for a slow model is not cut by a deadline)."""
        connect, read = self.timeout()
        return (max(float(self.get(CALL_DEADLINE)), connect + read),
                max(float(self.get(STREAM_IDLE)), read))

    def default_options(self) -> Options:
        """The check boxes of a new page's Options (explicit True/False each)."""
        return Options(wait_for_model=bool(self.get(WAIT_FOR_MODEL)),
                       use_cache=bool(self.get(USE_CACHE)),
                       retry_on_error=bool(self.get(RETRY_ON_ERROR)))

    def max_input_bytes(self) -> int:
        return int(float(self.get(MAX_INPUT_MB)) * 1024 * 1024)

    def history_enabled(self) -> bool:
        return bool(self.get(HISTORY_ENABLED))

    def history_keep_inputs(self) -> bool:
        return bool(self.get(HISTORY_KEEP_INPUTS))

    def history_max_store_mb(self) -> int:
        return int(self.get(HISTORY_MAX_STORE_MB))

    def engine_memory_budget_mb(self) -> int:
        """The local engine's memory budget in MB (0: the engine's own default)."""
        return int(self.get(ENGINE_MEMORY_BUDGET_MB))

    def theme(self) -> Theme:
        return Theme(self.get(THEME))

    def language(self) -> Language:
        return Language(self.get(LANGUAGE))

    # -- Inference Providers ---------------------------------------------------------------

    def provider_choice(self, task: str) -> str | None:
        """What the user chose in the provider picker of ``task``'s page (a policy, a
        provider's name, or the picker's own word for the 2023 call); None: nothing yet."""
        raw = str(self.qsettings.value(f"{PROVIDER_CHOICE}/{task}", "") or "").strip()
        return raw if _PROVIDER_NAME.fullmatch(raw) else None

    def set_provider_choice(self, task: str, choice: str) -> None:
        if not _PROVIDER_NAME.fullmatch(choice):
            raise ValueError(f"not a provider choice: {choice!r}")
        if choice != self.provider_choice(task):
            key = f"{PROVIDER_CHOICE}/{task}"
            self.qsettings.setValue(key, choice)
            self._changed(key)

    def welcome_done(self) -> bool:
        """Whether a run has succeeded: the app then starts without its welcome."""
        return bool(_coerce(self.qsettings.value(WELCOME_DONE), bool, False))

    def set_welcome_done(self, done: bool = True) -> None:
        if done != self.welcome_done():
            self.qsettings.setValue(WELCOME_DONE, done)
            self._changed(WELCOME_DONE)

    # -- named endpoints (the model search / endpoints feature edits them too) ------------

    def endpoints(self) -> list[NamedEndpoint]:
        """The named endpoints, in the user's order."""
        found: list[NamedEndpoint] = []
        size = self.qsettings.beginReadArray(ENDPOINTS)
        try:
            for index in range(size):
                self.qsettings.setArrayIndex(index)
                name = str(self.qsettings.value("name", "") or "").strip()
                url = str(self.qsettings.value("url", "") or "").strip()
                trusted = _coerce(self.qsettings.value("trusted", False), bool, False)
                if name and url:
                    found.append(NamedEndpoint(name, url, trusted))
        finally:
            self.qsettings.endArray()
        return found

    def set_endpoints(self, endpoints: Iterable[NamedEndpoint]) -> None:
        """Replace the list (names and URLs stripped; entries without either dropped)."""
        cleaned = [NamedEndpoint(e.name.strip(), e.url.strip(), bool(e.trusted))
                   for e in endpoints if e.name.strip() and e.url.strip()]
        if cleaned == self.endpoints():
            return
        self.qsettings.remove(ENDPOINTS)
        self.qsettings.beginWriteArray(ENDPOINTS, len(cleaned))
        for index, endpoint in enumerate(cleaned):
            self.qsettings.setArrayIndex(index)
            self.qsettings.setValue("name", endpoint.name)
            self.qsettings.setValue("url", endpoint.url)
            self.qsettings.setValue("trusted", endpoint.trusted)
        self.qsettings.endArray()
        self._changed(ENDPOINTS)

    def endpoint(self, name: str) -> NamedEndpoint | None:
        wanted = name.strip().casefold()
        return next((e for e in self.endpoints() if e.name.casefold() == wanted), None)

    # -- local server profiles -------------------------------------------------------------

    def local_servers(self) -> list[ServerProfile]:
        """The local server profiles, in the user's order (unreadable entries skipped)."""
        found: list[ServerProfile] = []
        size = self.qsettings.beginReadArray(LOCAL_SERVERS)
        try:
            for index in range(size):
                self.qsettings.setArrayIndex(index)
                name = str(self.qsettings.value("name", "") or "").strip()
                kind = str(self.qsettings.value("kind", "") or "").strip()
                url = str(self.qsettings.value("url", "") or "").strip()
                if kind in (SourceKind.OPENAI, SourceKind.HF):
                    profile = ServerProfile(name, SourceKind(kind), url)
                    if profile.problem() is None:
                        found.append(profile)
        finally:
            self.qsettings.endArray()
        return found

    def set_local_servers(self, profiles: Iterable[ServerProfile]) -> None:
        """Replace the list (each profile as valid as :meth:`ServerProfile.problem` says)."""
        cleaned = [ServerProfile(p.name.strip(), p.kind, p.url.strip()) for p in profiles]
        if cleaned == self.local_servers():
            return
        self.qsettings.remove(LOCAL_SERVERS)
        self.qsettings.beginWriteArray(LOCAL_SERVERS, len(cleaned))
        for index, profile in enumerate(cleaned):
            self.qsettings.setArrayIndex(index)
            self.qsettings.setValue("name", profile.name)
            self.qsettings.setValue("kind", profile.kind.value)
            self.qsettings.setValue("url", profile.url)
        self.qsettings.endArray()
        self._changed(LOCAL_SERVERS)

    # -- origins allowed to receive the token --------------------------------------------

    def trusted_origins(self) -> list[str]:
        """The origins the user said "Yes" for (``scheme://host[:port]``, normalized).

        Entries of the old per-host list are taken over once as ``https://host`` on the
        default port: a host name alone named no port, and the token must not go to every
        port of a host, nor over plain http, without a new question."""
        if self.qsettings.contains(_OLD_TRUSTED_HOSTS):
            old = _string_list(self.qsettings.value(_OLD_TRUSTED_HOSTS, []))
            kept = _string_list(self.qsettings.value(TRUSTED_ORIGINS, []))
            migrated = [f"https://{host}" for item in old if (host := normalize_host(item))]
            self.qsettings.setValue(TRUSTED_ORIGINS, _origins([*kept, *migrated]))
            self.qsettings.remove(_OLD_TRUSTED_HOSTS)
        return _origins(_string_list(self.qsettings.value(TRUSTED_ORIGINS, [])))

    def set_trusted_origins(self, origins: Iterable[str]) -> None:
        cleaned = _origins(origins)
        if cleaned == self.trusted_origins():
            return
        self.qsettings.setValue(TRUSTED_ORIGINS, cleaned)
        self._changed(TRUSTED_ORIGINS)

    def add_trusted_origin(self, origin: str) -> None:
        self.set_trusted_origins([*self.trusted_origins(), origin])

    # -- all at once (the dialog) ----------------------------------------------------------

    def values(self) -> SettingsValues:
        scalars = {name: self.get(key) for key, (name, _kind) in _SCALARS.items()}
        return SettingsValues(**scalars, endpoints=tuple(self.endpoints()),
                              trusted_origins=tuple(self.trusted_origins()),
                              local_servers=tuple(self.local_servers()))

    def apply(self, values: SettingsValues) -> None:
        """Write every value (one ``changed`` for all). Raises ValueError on bad values."""
        problems = values.problems()
        if problems:
            raise ValueError("; ".join(problems.values()))
        with self.batch():
            for key, (name, _kind) in _SCALARS.items():
                self.set(key, getattr(values, name))
            self.set_endpoints(values.endpoints)
            self.set_trusted_origins(values.trusted_origins)
            self.set_local_servers(values.local_servers)


def _string_list(raw: object) -> list[str]:
    """A QSettings list value (one item comes back as a plain string)."""
    items = [raw] if isinstance(raw, str) else raw if isinstance(raw, list) else []
    return [str(item) for item in items]


def _origins(items: Iterable[str]) -> list[str]:
    """Normalized origins that may be trusted, in order, without repeats."""
    found: list[str] = []
    for item in items:
        origin = normalize_origin(item)
        if origin and may_be_trusted(origin) and origin not in found:
            found.append(origin)
    return found


def _choice(key: str, value: Any) -> Any:
    """A value of a key with choices, under its own name ("fastest" is "auto")."""
    return _POLICY_ALIASES.get(value, value) if key == PROVIDER_POLICY else value


def _coerce(raw: object, kind: Callable[..., Any], default: Any) -> Any:
    """QSettings' INI files give strings back ("true", "2.5"): make them the wanted type."""
    if raw is None:
        return default
    try:
        if kind is bool:
            if isinstance(raw, str):
                lowered = raw.strip().lower()
                if lowered in ("true", "1", "yes", "on"):
                    return True
                if lowered in ("false", "0", "no", "off", ""):
                    return False
                return default
            return bool(raw)
        if kind is float or kind is int:
            if isinstance(raw, bool):
                return default
            number = float(raw)  # type: ignore[arg-type]
            if number != number or number in (float("inf"), float("-inf")):
                return default
            return int(number) if kind is int else number
        if kind is Theme or kind is Language:
            return kind(str(raw))
        return str(raw)
    except (TypeError, ValueError):
        return default
