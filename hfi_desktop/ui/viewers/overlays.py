"""Graphics items drawn over an ImageView: detection boxes with a label tag."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsSceneHoverEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from . import theme
from .bars import format_score
from .marks import EXTRA_COLOUR, MISSED_COLOUR, Mark

if TYPE_CHECKING:
    from collections.abc import Callable

    from hfi_desktop.present import Box


class TagItem(QGraphicsItem):
    """A filled label (``cat 99.8%``) that keeps its screen size whatever the zoom."""

    PADDING = 3.0

    def __init__(self, text: str, colour: QColor, parent: QGraphicsItem | None = None) -> None:
        super().__init__(parent)
        self._colour = colour
        self._font = QFont()
        self._font.setBold(True)
        self.text = ""
        self._size = QRectF()
        self.set_text(text)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)

    def set_text(self, text: str, colour: QColor | None = None) -> None:
        self.prepareGeometryChange()
        self.text = text
        if colour is not None:
            self._colour = colour
        metrics = QFontMetricsF(self._font)
        self._size = QRectF(
            0, 0, metrics.horizontalAdvance(text) + 2 * self.PADDING, metrics.height() + 2
        )
        self.update()

    def boundingRect(self) -> QRectF:
        return self._size

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._colour)
        painter.drawRoundedRect(self._size, 2, 2)
        painter.setPen(theme.text_on(self._colour))
        painter.setFont(self._font)
        painter.drawText(self._size, int(Qt.AlignmentFlag.AlignCenter), self.text)


class BoxItem(QGraphicsRectItem):
    """A detection box (cosmetic pen: constant width on screen) with its tag at the top
    left corner (inside the box when the box touches the image's top edge)."""

    def __init__(self, box: Box, index: int, on_hover: Callable[[int | None], None]) -> None:
        super().__init__(QRectF(box.xmin, box.ymin, box.xmax - box.xmin, box.ymax - box.ymin))
        self.box = box
        self.index = index
        self._on_hover = on_hover
        self._colour = QColor(box.colour)
        self.mark: Mark | None = None
        self.tag = TagItem(f"{box.label} {format_score(box.score)}", self._colour, self)
        self.setAcceptHoverEvents(True)
        self.setToolTip(f"{box.label} · {format_score(box.score)}")
        self.set_emphasis(None)

    def set_mark(self, mark: Mark | None) -> None:
        """A comparison mark: "extra" draws the outline dashed, "missed" as a grey dotted
        ghost (tagged with its label and the note, not the other result's score); both put
        the note on the tag. A "note" mark's note goes in the tooltip only (tags stay
        short). None: back to the plain box."""
        self.mark = mark
        text = f"{self.box.label} {format_score(self.box.score)}"
        tip = f"{self.box.label} · {format_score(self.box.score)}"
        if mark is not None and mark.note:
            tip = f"{tip}\n{mark.note}"
            if mark.style == "missed":
                text = f"{self.box.label} · {mark.note}"
            elif mark.style == "extra":
                text = f"{text} · {mark.note}"
        special = {"missed": MISSED_COLOUR, "extra": EXTRA_COLOUR}
        self._colour = QColor(special.get(mark.style, self.box.colour) if mark is not None
                              else self.box.colour)
        self.tag.set_text(text, self._colour)
        self.setToolTip(tip)
        self.set_emphasis(None)

    def place_tag(self, zoom: float, bounds: QRectF) -> None:
        """Above the box's top-left corner (inside it when there is no room above), moved
        left if it would stick out of ``bounds`` (the image)."""
        size = self.tag.boundingRect()
        width, height = size.width() / max(zoom, 1e-6), size.height() / max(zoom, 1e-6)
        rect = self.rect()
        y = rect.top() - height if rect.top() - height >= bounds.top() else rect.top()
        x = max(min(rect.left(), bounds.right() - width), bounds.left())
        self.tag.setPos(QPointF(x, y))

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        # A dark halo under the coloured outline keeps it visible on any picture.
        halo = QPen(QColor(0, 0, 0, 110), self.pen().widthF() + 2)
        halo.setCosmetic(True)
        painter.setPen(halo)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(self.rect())
        super().paint(painter, option, widget)

    def set_emphasis(self, selected: bool | None) -> None:
        """None: normal; True: this box is picked (thick); False: another is (faded)."""
        pen = QPen(self._colour, 4.0 if selected else 2.0)
        pen.setCosmetic(True)
        if self.mark is not None and self.mark.style == "extra":
            pen.setStyle(Qt.PenStyle.DashLine)
        elif self.mark is not None and self.mark.style == "missed":
            pen.setStyle(Qt.PenStyle.DotLine)
        self.setPen(pen)
        fill = QColor(self._colour)
        fill.setAlphaF(0.18 if selected else 0.0)
        self.setBrush(QBrush(fill))
        self.setOpacity(0.3 if selected is False else 1.0)
        self.setZValue(2 if selected else 1)

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self._on_hover(self.index)
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self._on_hover(None)
        super().hoverLeaveEvent(event)
