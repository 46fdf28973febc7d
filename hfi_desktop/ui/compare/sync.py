"""Same zoom and position in several image views: zooming or panning one moves the others.

The shared transform is relative to each view's image, so results of different sizes (two
generated images, 512 and 768 px wide) show the same part of their picture: the zoom is
given in view pixels per image *width*, the position as the image point at the centre of
the view, in fractions of the image's width and height. A view in fit mode makes the
others fit too.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPointF, SignalInstance
from shiboken6 import isValid

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from PySide6.QtWidgets import QWidget

    from hfi_desktop.ui.viewers import ImageView


@dataclass(frozen=True)
class ViewState:
    fitting: bool
    zoom_per_width: float  # view pixels per image width
    centre: QPointF  # in fractions of the image (0..1)


def view_state(view: ImageView) -> ViewState | None:
    rect = view.image_rect()
    if rect.isEmpty():
        return None
    centre = view.mapToScene(view.viewport().rect().center())
    return ViewState(view.fitting, view.zoom * rect.width(),
                     QPointF((centre.x() - rect.left()) / rect.width(),
                             (centre.y() - rect.top()) / rect.height()))


def apply_state(view: ImageView, state: ViewState) -> None:
    rect = view.image_rect()
    if rect.isEmpty():
        return
    if state.fitting:
        if not view.fitting:
            view.fit()
        return
    view.set_zoom(state.zoom_per_width / rect.width())
    view.centerOn(QPointF(rect.left() + state.centre.x() * rect.width(),
                          rect.top() + state.centre.y() * rect.height()))


class ViewSync(QObject):
    """Keeps the views given to :meth:`set_views` at the same zoom and position while
    ``enabled``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._views: list[ImageView] = []
        self._slots: dict[int, Callable[..., None]] = {}
        self._busy = False
        self.enabled = True

    def views(self) -> list[ImageView]:
        return [view for view in self._views if isValid(view)]

    def set_views(self, views: Sequence[ImageView]) -> None:
        if list(views) == self._views:
            return
        for view in self._views:
            self._disconnect(view)
        self._views = list(views)
        self._slots = {}
        for view in self._views:
            slot = functools.partial(self._changed, view)
            self._slots[id(view)] = slot
            for signal in _signals(view):
                signal.connect(slot)

    def follow(self, source: ImageView) -> None:
        """Move every other view to ``source``'s zoom and position."""
        state = view_state(source)
        if state is None or self._busy:
            return
        self._busy = True
        try:
            for view in self.views():
                if view is not source:
                    apply_state(view, state)
        finally:
            self._busy = False

    def _changed(self, source: ImageView, *_args: object) -> None:
        if not self._busy and self.enabled and isValid(source):
            self.follow(source)

    def _disconnect(self, view: ImageView) -> None:
        slot = self._slots.get(id(view))
        if slot is None or not isValid(view):
            return
        for signal in _signals(view):
            signal.disconnect(slot)


def _signals(view: ImageView) -> tuple[SignalInstance, ...]:
    return (view.zoom_changed, view.horizontalScrollBar().valueChanged,
            view.verticalScrollBar().valueChanged)
