"""What a widget repaints, and what it shows: for views that repaint only what changed."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint
from PySide6.QtGui import QGuiApplication, QImage, QPaintEvent
from PySide6.QtWidgets import QWidget


class PaintSpy(QObject):
    """Records the size (width, height) of each area a widget repaints."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.sizes: list[tuple[int, int]] = []
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QPaintEvent):
            area = event.region().boundingRect()
            self.sizes.append((area.width(), area.height()))
        return False

    def heights(self) -> list[int]:
        return [height for _width, height in self.sizes]


def on_screen(widget: QWidget) -> QImage:
    """The widget as its window's backing store holds it: what the user sees, made of all
    the partial repaints so far."""
    window = widget.window()
    at = widget.mapTo(window, QPoint(0, 0))
    return QGuiApplication.primaryScreen().grabWindow(
        window.winId(), at.x(), at.y(), widget.width(), widget.height()).toImage()


def repainted(widget: QWidget) -> QImage:
    """The widget painted anew, whole."""
    return widget.grab().toImage().convertToFormat(on_screen(widget).format())
