"""``ImageView``: a QGraphicsView showing one image in its original pixel coordinates,
with overlays, fit-to-window, 100%, wheel zoom around the cursor and drag to pan."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QPainter, QPixmap, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import (
    QFrame,
    QGraphicsPixmapItem,
    QGraphicsScene,
    QGraphicsView,
    QWidget,
)

from . import theme

if TYPE_CHECKING:
    from hfi_desktop.present import DecodedImage

MIN_ZOOM = 0.02
MAX_ZOOM = 32.0
WHEEL_STEP = 1.25


class ImageView(QGraphicsView):
    """Scene coordinates are the ORIGINAL image's pixels (the decoded image may be scaled
    down; its item is scaled back up), so overlays use result coordinates directly.

    Starts in fit mode (the image follows the widget's size; ``upscale=False`` never
    enlarges it past 100%); zooming leaves fit mode.
    """

    zoom_changed = Signal(float)

    def __init__(
        self, parent: QWidget | None = None, *, interactive: bool = True, upscale: bool = True
    ) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHints(
            QPainter.RenderHint.Antialiasing | QPainter.RenderHint.SmoothPixmapTransform
        )
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)  # see zoom_by
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self._interactive = interactive
        if interactive:
            self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        else:
            self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._pixmap_item: QGraphicsPixmapItem | None = None
        self._fit = True
        self._upscale = upscale  # may "fit" enlarge a small image?

    # ------------------------------------------------------------------ image
    def set_image(self, image: DecodedImage | None) -> None:
        """Show ``image`` (None: nothing); removes every overlay."""
        self.scene().clear()
        self._pixmap_item = None
        if image is None:
            self.scene().setSceneRect(QRectF())
            return
        item = QGraphicsPixmapItem(QPixmap.fromImage(image.image))
        item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        item.setScale(1 / image.scale if image.scale else 1.0)
        item.setZValue(-1)
        self.scene().addItem(item)
        self._pixmap_item = item
        self.scene().setSceneRect(QRectF(0, 0, image.width, image.height))
        self.fit()

    def image_rect(self) -> QRectF:
        return self.scene().sceneRect()

    def has_image(self) -> bool:
        return self._pixmap_item is not None

    # ------------------------------------------------------------------- zoom
    @property
    def zoom(self) -> float:
        """Screen pixels per image pixel."""
        return self.transform().m11()

    @property
    def fitting(self) -> bool:
        return self._fit

    def fit(self) -> None:
        self._fit = True
        rect = self.image_rect()
        if not rect.isEmpty():
            self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
            if not self._upscale and self.zoom > 1.0:
                self.resetTransform()
        self.zoom_changed.emit(self.zoom)

    def actual_size(self) -> None:
        self.set_zoom(1.0)

    def zoom_by(self, factor: float, anchor: QPoint | None = None) -> None:
        """Zoom keeping the image point under ``anchor`` (a viewport position; default
        its centre) where it is, as far as the scroll range allows."""
        if anchor is None:
            anchor = self.viewport().rect().center()
        fixed = self.mapToScene(anchor)
        self.set_zoom(self.zoom * factor)
        moved = self.mapFromScene(fixed) - anchor
        for bar, delta in (
            (self.horizontalScrollBar(), moved.x()),
            (self.verticalScrollBar(), moved.y()),
        ):
            bar.setValue(bar.value() + delta)

    def set_zoom(self, zoom: float) -> None:
        """Zoom to ``zoom`` (screen pixels per image pixel) around the viewport's centre."""
        self._fit = False
        centre = self.mapToScene(self.viewport().rect().center())
        zoom = min(max(zoom, MIN_ZOOM), MAX_ZOOM)
        self.resetTransform()
        self.scale(zoom, zoom)
        self.centerOn(centre)
        self.zoom_changed.emit(self.zoom)

    # ----------------------------------------------------------------- events
    def drawBackground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        palette = self.palette()
        window, text = palette.color(theme.ROLE.Window), palette.color(theme.ROLE.Text)
        painter.fillRect(rect, theme.mix(window, text, 0.06))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._fit:
            self.fit()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if not self._interactive or not self.has_image():
            event.ignore()
            return
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom_by(WHEEL_STEP**steps, event.position().toPoint())
        event.accept()
