"""What the model field's popup lists: the models in the local Hub cache (when the page runs
on the local engine), named endpoints, recent models, the default model and the Hub's hits,
each row knowing what it puts in the field. Building the list is pure; :class:`SuggestionModel`
shows it to Qt."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum, StrEnum
from functools import cache
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFontDatabase, QGuiApplication

from hfi_desktop.hub import ModelHit, format_count, is_url
from hfi_desktop.ui.i18n import shown
from hfi_desktop.ui.i18n_mark import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from collections.abc import Sequence

    from hfi_desktop.local.hub_cache import CachedModel

TRUSTED = QT_TRANSLATE_NOOP("SuggestionModel", "🔒 trusted")  # 🔒
#: ✔, where no font has the padlock
TRUSTED_PLAIN = QT_TRANSLATE_NOOP("SuggestionModel", "\u2714 trusted")
NOT_TRUSTED = QT_TRANSLATE_NOOP("SuggestionModel", "\u26a0 not trusted")  # ⚠


@cache
def _has_emoji_font() -> bool:
    if QGuiApplication.instance() is None:
        return True
    return any("emoji" in family.casefold() for family in QFontDatabase.families())


def trust_mark(trusted: bool) -> str:
    """An endpoint's trust mark: 🔒 trusted (✔ without an emoji font), ⚠ not trusted."""
    mark = NOT_TRUSTED if not trusted else TRUSTED if _has_emoji_font() else TRUSTED_PLAIN
    return QCoreApplication.translate("SuggestionModel", mark)


class EndpointLike(Protocol):
    """A named endpoint (hfi_desktop.storage.settings.NamedEndpoint)."""

    @property
    def name(self) -> str: ...
    @property
    def url(self) -> str: ...
    @property
    def trusted(self) -> bool: ...


class Section(StrEnum):
    """A popup section; its value is its caption (in English: translated when shown)."""

    CACHED = QT_TRANSLATE_NOOP("Section", "In your Hub cache")
    ENDPOINTS = QT_TRANSLATE_NOOP("Section", "Endpoints")
    RECENT = QT_TRANSLATE_NOOP("Section", "Recent")
    DEFAULT = QT_TRANSLATE_NOOP("Section", "Default model")
    SERVED = QT_TRANSLATE_NOOP("Section", "Served by Inference Providers")
    HUB = QT_TRANSLATE_NOOP("Section", "On the Hub")


class HubState(StrEnum):
    IDLE = "idle"  # no search for this text (empty, a URL) and none shown
    SEARCHING = "searching"
    DONE = "done"
    OFFLINE = "offline"  # the search failed: recent and default models only


@dataclass(frozen=True)
class Suggestion:
    value: str  # what goes in the field: a model id or an endpoint URL ("" for status rows)
    section: Section
    title: str
    detail: str = ""  # muted, right-aligned: counts, a URL
    badge: str = ""  # endpoints' trust mark
    enabled: bool = True  # False: a status line (searching, offline, no match)
    tooltip: str = ""
    providers: tuple[str, ...] = ()  # the Inference Providers that serve it for the task


def build_suggestions(
    query: str,
    *,
    endpoints: Sequence[EndpointLike] = (),
    recent: Sequence[str] = (),
    default_model: str = "",
    hits: Sequence[ModelHit] = (),
    hub_state: HubState = HubState.IDLE,
    hub_message: str = "",
    task: str | None = None,
    cached: Sequence[CachedModel] = (),
) -> list[Suggestion]:
    """The popup's rows for what the user typed (``query``): the local entries that contain
    it (all of them for an empty query), then the Hub's hits not already listed. With the Hub
    unreachable, every local entry is listed, whatever was typed (the fallback). ``task``
    (the providers' mapping's task name): the hits some provider serves for it come first,
    with their providers; the others follow, "On the Hub". ``cached`` (the page runs on the
    local engine): the models of the local Hub cache that fit the page, first, with their
    size."""
    needle = "" if hub_state is HubState.OFFLINE else query.strip().casefold()

    def matches(*texts: str) -> bool:
        return not needle or any(needle in text.casefold() for text in texts)

    rows: list[Suggestion] = [_cached_row(model) for model in cached if matches(model.id)]
    for endpoint in endpoints:
        if matches(endpoint.name, endpoint.url):
            mark = trust_mark(endpoint.trusted)
            sent = (QCoreApplication.translate("SuggestionModel", "the access token is sent")
                    if endpoint.trusted
                    else QCoreApplication.translate("SuggestionModel", "the token is not sent"))
            rows.append(Suggestion(endpoint.url, Section.ENDPOINTS, endpoint.name,
                                   endpoint.url, mark, tooltip=f"{endpoint.url}\n{mark}: {sent}"))
    listed = {row.value for row in rows}
    for model in recent:
        if model not in listed and matches(model):
            rows.append(Suggestion(model, Section.RECENT, model, tooltip=model))
            listed.add(model)
    if default_model and default_model not in listed and matches(default_model):
        rows.append(Suggestion(
            default_model, Section.DEFAULT, default_model,
            QCoreApplication.translate("SuggestionModel", "default"),
            tooltip=QCoreApplication.translate(
                "SuggestionModel", "{model}: the task's default model").format(
                    model=default_model)))
        listed.add(default_model)
    hub_rows = [_hit_row(hit, task) for hit in hits if hit.id not in listed]
    if task is not None:
        hub_rows.sort(key=lambda row: row.section is not Section.SERVED)  # stable
    rows += hub_rows
    status = _status(query, hub_state, hub_message, bool(hub_rows), bool(hits))
    if status:
        rows.append(Suggestion("", Section.HUB, status, enabled=False, tooltip=hub_message))
    return rows


def _cached_row(model: CachedModel) -> Suggestion:
    size = shown(model.size)
    detail = size if model.task else QCoreApplication.translate(
        "SuggestionModel", "{size} · task unknown").format(size=size)
    what = model.task or QCoreApplication.translate("SuggestionModel", "its card names no task")
    tip = QCoreApplication.translate("SuggestionModel", "In your Hub cache: {size}, {task}").format(
        size=size, task=what)
    return Suggestion(model.id, Section.CACHED, model.id, detail, tooltip=f"{model.id}\n{tip}")


def _hit_row(hit: ModelHit, task: str | None) -> Suggestion:
    detail = f"{format_count(hit.downloads)} \u2193  \u2665 {format_count(hit.likes)}"
    tip = hit.id + "\n" + QCoreApplication.translate(
        "SuggestionModel", "{downloads} downloads · {likes} likes").format(
            downloads=f"{hit.downloads:,}", likes=f"{hit.likes:,}")
    providers = hit.providers_for(task) if task is not None else ()
    if providers:
        tip += "\n" + QCoreApplication.translate(
            "SuggestionModel", "Served for {task} by {providers}").format(
                task=task, providers=", ".join(providers))
        return Suggestion(hit.id, Section.SERVED, hit.id, detail, tooltip=tip,
                          providers=providers)
    return Suggestion(hit.id, Section.HUB, hit.id, detail, tooltip=tip)


def _status(query: str, state: HubState, message: str, shown: bool, found: bool) -> str:
    if state is HubState.SEARCHING and not shown:
        return QCoreApplication.translate("SuggestionModel", "Searching the Hub…")
    if state is HubState.OFFLINE:
        return QCoreApplication.translate(
            "SuggestionModel", "Hub unreachable: recent and default models only")
    if state is HubState.DONE and not found and query.strip() and not is_url(query.strip()):
        return QCoreApplication.translate(
            "SuggestionModel", "No model on the Hub matches “{query}”").format(query=query.strip())
    return ""


class Role(IntEnum):
    VALUE = Qt.ItemDataRole.UserRole + 1
    DETAIL = Qt.ItemDataRole.UserRole + 2
    BADGE = Qt.ItemDataRole.UserRole + 3
    CAPTION = Qt.ItemDataRole.UserRole + 4  # the section's title on its first row, else ""
    SECTION = Qt.ItemDataRole.UserRole + 5
    PROVIDERS = Qt.ItemDataRole.UserRole + 6  # the providers serving it (a tuple, maybe ())


class SuggestionModel(QAbstractListModel):
    """The rows of :func:`build_suggestions`, for the field's suggestion list."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Suggestion] = []

    def set_rows(self, rows: Sequence[Suggestion]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Suggestion]:
        return list(self._rows)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if not self._rows[index.row()].enabled:
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.title
        if role in (Qt.ItemDataRole.EditRole, Role.VALUE):
            return row.value
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.tooltip or None
        if role == Role.DETAIL:
            return row.detail
        if role == Role.BADGE:
            return row.badge
        if role == Role.PROVIDERS:
            return row.providers
        if role == Role.SECTION:
            return row.section.value
        if role == Role.CAPTION:
            first = index.row() == 0 or self._rows[index.row() - 1].section != row.section
            return QCoreApplication.translate("Section", row.section.value) if first else ""
        return None
