"""Server profiles: the local servers the user named (name, kind, URL), as settings keep them
and as the provider picker sees them (a :class:`LocalSource` ``local:<name>`` each)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from hfi_desktop.credentials.trust import (
    PROBLEM_CONTEXT,
    check_url,
    named_problem,
    normalize_origin,
)
from hfi_desktop.translatable import QT_TRANSLATE_NOOP, Text

from .sources import LocalSource, SourceKind

if TYPE_CHECKING:
    from collections.abc import Iterable

#: A profile's name is the second half of its provider choice ("local:<name>").
NAME_PATTERN = re.compile(r"[a-z0-9][a-z0-9.-]{0,39}")
NAME_RULE = QT_TRANSLATE_NOOP(
    "SettingsProblems",
    "lower-case letters, digits, '.' and '-' (at most 40; it names the provider)")
#: The kinds a profile may have (the engine is no profile: the app starts it).
PROFILE_KINDS = (SourceKind.OPENAI, SourceKind.HF)
KIND_LABELS = {SourceKind.OPENAI: "OpenAI-compatible", SourceKind.HF: "HF-style (TGI, TEI)"}
SOURCE_PREFIX = "local:"


@dataclass(frozen=True)
class ServerProfile:
    name: str
    kind: SourceKind
    url: str

    @property
    def source_id(self) -> str:
        return f"{SOURCE_PREFIX}{self.name}"

    def problem(self) -> Text | None:
        """What is wrong with the profile (None: it can be saved)."""
        if not NAME_PATTERN.fullmatch(self.name):
            return Text(PROBLEM_CONTEXT, QT_TRANSLATE_NOOP(
                "SettingsProblems", "the name {name!r} is not one: {rule}"), name=self.name,
                rule=Text(PROBLEM_CONTEXT, NAME_RULE))
        problem = None if self.kind in PROFILE_KINDS else Text(
            PROBLEM_CONTEXT, QT_TRANSLATE_NOOP("SettingsProblems", "unknown kind {kind!r}"),
            kind=self.kind)
        problem = problem or check_url(self.url)
        if problem is None and any(mark in self.url for mark in "?#"):
            problem = Text(PROBLEM_CONTEXT, QT_TRANSLATE_NOOP(
                "SettingsProblems", "a server's URL cannot have a query (?…) or a fragment (#…)"))
        return named_problem(self.name, problem) if problem else None

    def source(self, models: tuple[str, ...] = (), healthy: bool = True) -> LocalSource:
        """The profile as the provider picker shows it."""
        return LocalSource(
            id=self.source_id,
            title=f"{self.name} ({_where(self.url)})",
            kind=self.kind,
            base_url=server_root(self.url),
            models=models,
            healthy=healthy,
        )


def server_root(url: str) -> str:
    """The server's root URL: OpenAI clients are often given ``…/v1``, but the routes asked
    here (``/v1/models``, ``/v1/chat/completions``, ``/info``) are below the root."""
    root = url.strip().rstrip("/")
    return root[:-3] if root.endswith("/v1") else root


def free_name(wanted: str, taken: Iterable[str]) -> str:
    """``wanted`` made a valid name, with a number added when it is taken ("ollama-2")."""
    base = re.sub(r"[^a-z0-9.-]+", "-", wanted.lower()).strip("-.")[:36] or "server"
    used = set(taken)
    name, number = base, 2
    while name in used:
        name, number = f"{base}-{number}", number + 1
    return name


def _where(url: str) -> str:
    origin = normalize_origin(url) or url
    return origin.split("://", 1)[-1]


class SourceSink(Protocol):
    """Where profiles go to be picked (the app's LocalSourcesService)."""

    def put(self, source: LocalSource) -> None: ...

    def remove(self, source_id: str) -> None: ...

    def sources(self) -> list[LocalSource]: ...


def publish(profiles: Iterable[ServerProfile], sink: SourceSink) -> None:
    """Put every profile into ``sink`` and remove the profiles' sources no longer named
    (the engine's source, "local", is left alone). A source already there with the same URL
    and kind keeps the models and health it was given (by Find, say)."""
    wanted = {p.source_id: p for p in profiles if p.problem() is None}
    known = {s.id: s for s in sink.sources()}
    for source_id in known:
        if source_id.startswith(SOURCE_PREFIX) and source_id not in wanted:
            sink.remove(source_id)
    for source_id, profile in wanted.items():
        fresh = profile.source()
        old = known.get(source_id)
        if old is not None and (old.base_url, old.kind) == (fresh.base_url, fresh.kind):
            fresh = profile.source(old.models, old.healthy)
        if fresh != old:
            sink.put(fresh)
