"""Small building blocks shared by the inputs: an eliding label, a painted kind icon."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetrics,
    QGuiApplication,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from hfi_desktop.ui.i18n_mark import QT_TRANSLATE_NOOP
from hfi_desktop.ui.inputs._style import mix, muted_text


class ElidedLabel(QLabel):
    """One line of text, elided in the middle when too narrow; the full text as tooltip."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(40)
        self.set_full_text(text)

    def full_text(self) -> str:
        return self._full

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self.setAccessibleName(text)
        self._elide()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def sizeHint(self) -> QSize:
        metrics = QFontMetrics(self.font())
        return QSize(metrics.horizontalAdvance(self._full) + 2, super().sizeHint().height())

    def _elide(self) -> None:
        metrics = QFontMetrics(self.font())
        width = max(self.width(), 40)
        self.setText(metrics.elidedText(self._full, Qt.TextElideMode.ElideMiddle, width))


class MutedLabel(QLabel):
    """Secondary text, in a colour derived from the parent's palette (follows theme changes)."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._apply()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ParentChange):
            self._apply()
        super().changeEvent(event)

    def _apply(self) -> None:
        parent = self.parentWidget()
        source = parent.palette() if parent is not None else QGuiApplication.palette()
        colour = muted_text(source)
        set_text_colour(self, colour)


def set_text_colour(widget: QWidget, colour: QColor) -> None:
    """Set both text roles (a label over a Base-coloured parent draws with Text)."""
    palette = widget.palette()
    roles = (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text)
    if any(palette.color(role) != colour for role in roles):
        for role in roles:
            palette.setColor(role, colour)
        widget.setPalette(palette)


class IconKind(StrEnum):
    IMAGE = "image"
    AUDIO = "audio"
    FILE = "file"


#: Each kind's icon, as a screen reader names it.
_ICON_NAMES = {
    IconKind.IMAGE: QT_TRANSLATE_NOOP("KindIcon", "image icon"),
    IconKind.AUDIO: QT_TRANSLATE_NOOP("KindIcon", "audio icon"),
    IconKind.FILE: QT_TRANSLATE_NOOP("KindIcon", "file icon"),
}


class KindIcon(QWidget):
    """A drawn outline icon (picture, waveform, document) in the muted text colour."""

    def __init__(self, kind: IconKind, parent: QWidget | None = None, size: int = 40) -> None:
        super().__init__(parent)
        self._kind = kind
        self.setFixedSize(size, size)
        self.setAccessibleName(QCoreApplication.translate("KindIcon", _ICON_NAMES[kind]))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = mix(
            muted_text(self.palette()), self.palette().color(QPalette.ColorRole.Window), 0.1
        )
        pen = QPen(colour, max(1.5, self.width() / 20))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        s = float(self.width())
        if self._kind is IconKind.IMAGE:
            frame = QRectF(s * 0.1, s * 0.18, s * 0.8, s * 0.64)
            painter.drawRoundedRect(frame, s * 0.08, s * 0.08)
            painter.drawEllipse(QPointF(s * 0.66, s * 0.36), s * 0.07, s * 0.07)
            painter.drawPolyline(
                [
                    QPointF(s * 0.14, s * 0.74),
                    QPointF(s * 0.38, s * 0.46),
                    QPointF(s * 0.56, s * 0.66),
                    QPointF(s * 0.68, s * 0.54),
                    QPointF(s * 0.86, s * 0.74),
                ]
            )
        elif self._kind is IconKind.FILE:
            fold = s * 0.2
            left, top, right, bottom = s * 0.22, s * 0.1, s * 0.78, s * 0.9
            painter.drawPolyline(
                [
                    QPointF(right - fold, top),
                    QPointF(left, top),
                    QPointF(left, bottom),
                    QPointF(right, bottom),
                    QPointF(right, top + fold),
                    QPointF(right - fold, top),
                    QPointF(right - fold, top + fold),
                    QPointF(right, top + fold),
                ]
            )
        else:
            heights = (0.18, 0.42, 0.7, 0.5, 0.82, 0.38, 0.58, 0.26)
            step = s * 0.8 / (len(heights) - 1)
            for i, h in enumerate(heights):
                x = s * 0.1 + i * step
                painter.drawLine(QPointF(x, s * (0.5 - h / 2)), QPointF(x, s * (0.5 + h / 2)))
        painter.end()
