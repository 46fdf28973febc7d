"""The look of a result that is out of date: a note above it, and a veil that dims it while
leaving it readable, scrollable and selectable."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QStyle, QVBoxLayout, QWidget

from . import theme
from .widgets import Box, title_label

#: How much of the window colour the veil lays over the result.
VEIL_STRENGTH = 0.55


class OutdatedNote(Box):
    """An amber box: a bold title and a line on why and what to do."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(theme.warning_colours, parent)
        self.setObjectName("outdatedNote")
        self.title = title_label("", self, scale=1.0)
        self.message = QLabel("", self)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        margin = self.style().pixelMetric(QStyle.PixelMetric.PM_LayoutTopMargin)
        layout.setContentsMargins(margin + 2, margin - 2, margin + 2, margin - 2)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.message)

    def set_text(self, title: str, message: str) -> None:
        self.title.setText(title)
        self.message.setText(message)
        self.setAccessibleName(title)
        self.setAccessibleDescription(message)

    def text(self) -> str:
        return f"{self.title.text()} — {self.message.text()}"


class Veil(QWidget):
    """Lies over ``target`` (a sibling), following its geometry; mouse events go through.
    It watches the target only while shown: the filter is Python, and the target (a
    streaming viewer) receives many events."""

    def __init__(self, target: QWidget) -> None:
        super().__init__(target.parentWidget())
        self.setObjectName("outdatedVeil")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._target = target
        self.hide()

    def setVisible(self, visible: bool) -> None:
        super().setVisible(visible)
        if visible:
            self._target.installEventFilter(self)
            self.setGeometry(self._target.geometry())
            self.raise_()
        else:
            self._target.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._target and event.type() in (QEvent.Type.Resize, QEvent.Type.Move):
            self.setGeometry(self._target.geometry())
        return super().eventFilter(watched, event)

    def paintEvent(self, event: QPaintEvent) -> None:
        colour = self.palette().color(theme.ROLE.Window)
        colour.setAlphaF(VEIL_STRENGTH)
        painter = QPainter(self)
        painter.fillRect(self.rect(), colour)
