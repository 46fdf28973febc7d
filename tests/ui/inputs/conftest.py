"""Input-widget tests: real drag-and-drop events, loads answered synchronously or on a qasync
loop through the real media functions."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import (
    QClipboard,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDropEvent,
    QGuiApplication,
)
from PySide6.QtWidgets import QApplication, QWidget

from hfi_desktop.media import MediaError
from hfi_desktop.ui.inputs import LoadRequest
from tests.support.qt_async import async_runner, qasync_loop, run_async  # noqa: F401

MB = 1024 * 1024


class SyncLoader:
    """Answers a widget's load requests at once with a media function (no event loop), or
    keeps them unanswered (``hold=True``) to look at the busy state."""

    def __init__(
        self, widget: Any, fn: Callable[..., Any], *, hold: bool = False, **kwargs: Any
    ) -> None:
        self.widget = widget
        self.fn = fn
        self.kwargs = kwargs
        self.hold = hold
        self.requests: list[LoadRequest] = []
        widget.load_requested.connect(self)

    def __call__(self, request: LoadRequest) -> None:
        self.requests.append(request)
        if not self.hold:
            self.answer(request)

    def answer(self, request: LoadRequest) -> None:
        try:
            result = self.fn(request.source, name=request.name, **self.kwargs)
        except MediaError as exc:
            self.widget.set_error(str(exc), request.token)
        else:
            self.widget.set_loaded(result, request.token)


def file_mime(*paths: str | Path) -> QMimeData:
    """What a file manager puts in a drag: file URLs (text/uri-list)."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    return mime


def text_mime(text: str) -> QMimeData:
    mime = QMimeData()
    mime.setText(text)
    return mime


def drag_enter(widget: QWidget, mime: QMimeData) -> QDragEnterEvent:
    event = QDragEnterEvent(
        QPoint(20, 20),
        Qt.DropAction.CopyAction | Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, event)
    return event


def drag_leave(widget: QWidget) -> None:
    QApplication.sendEvent(widget, QDragLeaveEvent())


def drop(widget: QWidget, mime: QMimeData) -> QDropEvent:
    event = QDropEvent(
        QPointF(20, 20),
        Qt.DropAction.CopyAction | Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, event)
    return event


def drag_and_drop(widget: QWidget, mime: QMimeData) -> QDropEvent:
    drag_enter(widget, mime)
    return drop(widget, mime)


@pytest.fixture
def clipboard(qapp: QApplication) -> Iterator[QClipboard]:
    board = QGuiApplication.clipboard()
    board.clear()
    yield board
    board.clear()
