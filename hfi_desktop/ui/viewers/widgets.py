"""Small building blocks shared by the viewers: titles, captions, swatches, copy buttons,
framed boxes and a scrollable column."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QIcon,
    QPainter,
    QPaintEvent,
    QPalette,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from hfi_desktop.ui.clipboard import copy_text

from . import theme

if TYPE_CHECKING:
    from collections.abc import Callable

MARGIN = 8  # around a viewer's content
QWIDGETSIZE_MAX = (1 << 24) - 1  # Qt's "no maximum" for widget sizes


def count_text(count: int, one: str, many: str) -> str:
    """``one`` (translated "1 object") for 1, else ``many`` (translated "{count} objects")
    with the count, thousands separated."""
    return one if count == 1 else many.format(count=f"{count:,}")


def title_label(text: str = "", parent: QWidget | None = None, *, scale: float = 1.25) -> QLabel:
    """A bold, larger, selectable, wrapping label (answers, headings)."""
    label = QLabel(text, parent)
    font = QFont(label.font())
    font.setBold(True)
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class Caption(QLabel):
    """Secondary text in the palette's muted (placeholder) colour, selectable, wrapping."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setForegroundRole(theme.ROLE.PlaceholderText)


def swatch_icon(colour: str, size: int = 12) -> QIcon:
    """A small rounded colour square (GUI thread only: makes a QPixmap)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor(colour).darker(130))
    painter.setBrush(QColor(colour))
    painter.drawRoundedRect(QRectF(0.5, 0.5, size - 1, size - 1), 3, 3)
    painter.end()
    return QIcon(pixmap)


class Swatch(QWidget):
    """A colour square, for legends."""

    def __init__(self, colour: str, parent: QWidget | None = None, size: int = 12) -> None:
        super().__init__(parent)
        self._colour = QColor(colour)
        self.setFixedSize(QSize(size, size))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(self._colour.darker(130))
        painter.setBrush(self._colour)
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3)


class CopyButton(QPushButton):
    """ "Copy": puts ``text()`` of its source on the clipboard, says "Copied" briefly."""

    def __init__(self, source: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("CopyButton", "Copy"), parent)
        self._source = source
        self.setToolTip(QCoreApplication.translate("CopyButton", "Copy to the clipboard"))
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.clicked.connect(self._copy)

    def _copy(self) -> None:
        copy_text(self._source())


class Box(QFrame):
    """A rounded, tinted box (error / warning banners); colours from the palette."""

    def __init__(
        self,
        colours: Callable[[QPalette], tuple[QColor, QColor]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._colours = colours
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    def paintEvent(self, event: QPaintEvent) -> None:
        background, border = self._colours(self.palette())
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(border)
        painter.setBrush(background)
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6)


def scroll_column(parent: QWidget) -> tuple[QScrollArea, QVBoxLayout]:
    """A frameless vertical scroll area and the layout of its content (add widgets to it;
    a stretch at the end keeps them at the top)."""
    area = QScrollArea(parent)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    content = QWidget(area)
    content.setBackgroundRole(theme.ROLE.Window)
    layout = QVBoxLayout(content)
    layout.setContentsMargins(12, 12, 12, 12)
    layout.setSpacing(10)
    layout.addStretch(1)
    area.setWidget(content)
    return area, layout


def insert_before_stretch(layout: QVBoxLayout, widget: QWidget, stretch: int = 0) -> None:
    layout.insertWidget(layout.count() - 1, widget, stretch)


def clear_layout(layout: QLayout, *, keep_last: int = 0) -> None:
    """Delete the layout's widgets (all but the last ``keep_last`` items)."""
    while layout.count() > keep_last:
        item = layout.takeAt(0)
        if item is None:
            break
        widget = item.widget()
        if widget is not None:
            widget.hide()
            widget.deleteLater()
        else:
            inner = item.layout()
            if inner is not None:
                clear_layout(inner)


def row(*widgets: QWidget, stretch_after: bool = True, spacing: int = 8) -> QHBoxLayout:
    layout = QHBoxLayout()
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(spacing)
    for widget in widgets:
        layout.addWidget(widget)
    if stretch_after:
        layout.addStretch(1)
    return layout


def set_shown(label: QLabel, text: str) -> None:
    """Set the label's text; hide it when there is none."""
    label.setText(text)
    label.setVisible(bool(text))


class AnswerHeader(QWidget):
    """Question (muted), answer (large, bold) and a detail line (score, aggregator...);
    empty lines are hidden."""

    def __init__(self, parent: QWidget | None = None, *, scale: float = 1.25) -> None:
        super().__init__(parent)
        self.question = Caption("", self)
        self.answer = title_label("", self, scale=scale)
        self.detail = Caption("", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        for label in (self.question, self.answer, self.detail):
            layout.addWidget(label)
        self.clear()

    def set_answer(self, question: str, answer: str, detail: str = "") -> None:
        set_shown(self.question, QCoreApplication.translate("AnswerHeader", "Q: {question}").format(
            question=question) if question else "")
        set_shown(self.answer, answer or QCoreApplication.translate("AnswerHeader", "(no answer)"))
        set_shown(self.detail, detail)
        self.show()

    def clear(self) -> None:
        for label in (self.question, self.answer, self.detail):
            set_shown(label, "")
        self.hide()


class ImageSplitter(QSplitter):
    """The image and its side panel: side by side, or the panel under the image when the
    viewer is narrow (a comparison's column, a small window)."""

    NARROW = 560  # below this width the panel goes under the image
    PANEL_WIDTH = 360
    PANEL_HEIGHT = 180

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)

    def resizeEvent(self, event: QResizeEvent) -> None:
        narrow = event.size().width() < self.NARROW
        wanted = Qt.Orientation.Vertical if narrow else Qt.Orientation.Horizontal
        panel = self.widget(1) if self.count() == 2 else None
        if panel is not None and self.orientation() != wanted:
            panel.setMaximumWidth(QWIDGETSIZE_MAX if narrow else self.PANEL_WIDTH)
            self.setOrientation(wanted)
            self.setStretchFactor(0, 3 if not narrow else 4)
            self._fit_panel()
        super().resizeEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:  # the panel's content changed
            self._fit_panel()
        return super().event(event)

    def _fit_panel(self) -> None:
        """Under the image, the panel is low (PANEL_HEIGHT), unless what it must show (its
        minimum size: a segmentation legend's rows) needs more."""
        panel = self.widget(1) if self.count() == 2 else None
        if panel is None:
            return
        if self.orientation() == Qt.Orientation.Vertical:
            needed = panel.minimumSizeHint().height()
            panel.setMaximumHeight(max(self.PANEL_HEIGHT, needed))
        else:
            panel.setMaximumHeight(QWIDGETSIZE_MAX)


def image_beside_panel(owner: QWidget, image: QWidget, panel: QWidget) -> QSplitter:
    """Lay ``owner`` out as the image (most of the width) and a side panel, split (the
    panel goes under the image when the viewer is narrow)."""
    panel.setMaximumWidth(ImageSplitter.PANEL_WIDTH)
    splitter = ImageSplitter(owner)
    splitter.addWidget(image)
    splitter.addWidget(panel)
    splitter.setStretchFactor(0, 3)
    splitter.setStretchFactor(1, 1)
    splitter.setChildrenCollapsible(False)
    splitter.setSizes([640, 240])
    layout = QVBoxLayout(owner)
    layout.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
    layout.addWidget(splitter)
    return splitter
