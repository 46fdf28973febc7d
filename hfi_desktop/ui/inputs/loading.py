"""How inputs that need files (drop zones, CSV import) get them loaded without doing I/O.

The design: a widget never reads or decodes anything. When it needs a file loaded it emits
``load_requested(LoadRequest)`` (a source, a display name and a token) and shows a busy state.
Whoever owns the loading answers with ``set_loaded(result, token)`` or
``set_error(message, token)``; answers carrying an old token (the user dropped another file,
or cleared the input, meanwhile) are ignored. So:

* in the app, :func:`bind_loader` connects a widget to an async ``loader(source, name)``
  (built with :func:`image_loader` & co. over ``Bridge.run``): each request becomes an asyncio
  task on the Qt loop, a newer request cancels the older task, and a loader's MediaError ends
  up inline in the widget. Passing ``loader=`` to a drop zone's constructor does this;
* in tests, a plain slot can answer synchronously (call the media function, then
  ``set_loaded``), so widget tests need no event loop.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, SignalInstance

from hfi_desktop.media import (
    ImageSource,
    LoadedAudio,
    LoadedFile,
    LoadedImage,
    MediaError,
    load_audio,
    load_csv,
    load_file,
    load_image,
)
from hfi_desktop.ui.i18n import said, shown

log = logging.getLogger(__name__)

T = TypeVar("T")


@dataclass(frozen=True)
class LoadRequest:
    """What a widget wants loaded: a path (str), the bytes themselves, or a pasted QImage."""

    source: ImageSource
    name: str
    token: int


class Runner(Protocol):
    """Runs a blocking function in a worker thread and awaits its result (``Bridge.run``)."""

    def __call__(self, fn: Callable[[], T], /) -> Awaitable[T]: ...


Loader = Callable[[Any, str], Awaitable[Any]]
ImageLoader = Callable[[ImageSource, str], Awaitable[LoadedImage]]
AudioLoader = Callable[[str | bytes, str], Awaitable[LoadedAudio]]
CsvLoader = Callable[[str | bytes, str], Awaitable[dict[str, list[str]]]]
FileLoader = Callable[[str | bytes, str], Awaitable[LoadedFile]]


class Loadable(Protocol):
    """A widget that asks for loads (drop zones, the table editor)."""

    @property
    def load_requested(self) -> SignalInstance: ...

    def set_loaded(self, result: Any, token: int | None = None) -> None: ...

    def set_error(self, message: str, token: int | None = None) -> None: ...


def image_loader(run: Runner, *, max_bytes: int, thumb_size: int = 512) -> ImageLoader:
    async def load(source: ImageSource, name: str) -> LoadedImage:
        return await run(
            lambda: load_image(source, name=name, max_bytes=max_bytes, thumb_size=thumb_size)
        )

    return load


def audio_loader(run: Runner, *, max_bytes: int) -> AudioLoader:
    async def load(source: str | bytes, name: str) -> LoadedAudio:
        return await run(lambda: load_audio(source, name=name, max_bytes=max_bytes))

    return load


def file_loader(run: Runner, *, max_bytes: int) -> FileLoader:
    async def load(source: str | bytes, name: str) -> LoadedFile:
        return await run(lambda: load_file(source, name=name, max_bytes=max_bytes))

    return load


def csv_loader(run: Runner, *, max_bytes: int = 50 * 1024 * 1024) -> CsvLoader:
    async def load(source: str | bytes, name: str) -> dict[str, list[str]]:
        return await run(lambda: load_csv(source, name=name, max_bytes=max_bytes))

    return load


class LoaderBinding(QObject):
    """Answers a widget's ``load_requested`` with an async ``loader`` (one task at a time)."""

    def __init__(self, target: QObject, loader: Loader) -> None:
        super().__init__(target)
        self._target = target
        self._loader = loader
        self._task: asyncio.Task[None] | None = None
        target.load_requested.connect(self._on_request)  # type: ignore[attr-defined]
        target.destroyed.connect(self.cancel)

    def is_running(self) -> bool:
        return self._task is not None and not self._task.done()

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self._task = None

    def _on_request(self, request: LoadRequest) -> None:
        self.cancel()  # the newer request wins; the older one's result is dropped anyway
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            self._answer(
                "set_error",
                QCoreApplication.translate(
                    "LoaderBinding", "Files can't be loaded: the app's event loop is not running."
                ),
                request.token,
            )
            return
        self._task = loop.create_task(self._load(request))

    async def _load(self, request: LoadRequest) -> None:
        try:
            result = await self._loader(request.source, request.name)
        except asyncio.CancelledError:
            raise
        except MediaError as exc:
            self._answer("set_error", shown(said(exc)), request.token)
        except Exception as exc:  # a bug, not the user's file: log it, say so briefly
            log.exception("loading %s failed", request.name)
            message = QCoreApplication.translate(
                "LoaderBinding", "{name} could not be loaded: {error}"
            ).format(name=request.name, error=exc)
            self._answer("set_error", message, request.token)
        else:
            self._answer("set_loaded", result, request.token)

    def _answer(self, method: str, payload: object, token: int) -> None:
        if shiboken6.isValid(self._target):  # the widget may have been deleted meanwhile
            getattr(self._target, method)(payload, token)


def bind_loader(target: QObject, loader: Loader) -> LoaderBinding:
    """Serve ``target``'s load requests with ``loader``; the binding lives as its child."""
    return LoaderBinding(target, loader)
