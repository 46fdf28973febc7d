"""Task icons in the palette's text colour: the SVGs are drawn in one mid grey (``INK``),
dim on a dark theme; each is drawn again in the palette's text colour (and, for a selected
row, its highlighted-text colour) when it is shown, and when the theme changes
(:class:`TaskIconLabel`; the sidebar does the same for its rows)."""

from __future__ import annotations

import functools

from PySide6.QtCore import QByteArray, QEvent, QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QLabel, QWidget

from hfi_desktop.resources import icon_path

#: The colour the task icons' SVGs are drawn in (resources/icons).
INK = "#5f6368"
#: The events after which a widget's palette may be another (a theme applied, live).
PALETTE_EVENTS = (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange)


def task_icon(name: str, palette: QPalette) -> QIcon:
    """The task icon ``name`` (a file of resources/icons) in ``palette``'s text colour."""
    return _icon(name, palette.color(QPalette.ColorRole.Text).rgba(),
                 palette.color(QPalette.ColorRole.HighlightedText).rgba())


@functools.lru_cache(maxsize=256)
def _icon(name: str, ink: int, selected_ink: int) -> QIcon:
    return QIcon(TintedSvgEngine(_tinted(name, QColor.fromRgba(ink)),
                                 _tinted(name, QColor.fromRgba(selected_ink))))


class TintedSvgEngine(QIconEngine):
    """An SVG drawn at the size Qt asks for, in one colour (another for a selected row).
    Drawn on demand, like Qt's own SVG icons: pixmaps made ahead at every size a scaling
    might need cost ~10 MB and a third of a second at start-up for the sidebar's icons."""

    def __init__(self, normal: bytes, selected: bytes) -> None:
        super().__init__()
        self._svgs = (normal, selected)
        self._renderers = (QSvgRenderer(QByteArray(normal)), QSvgRenderer(QByteArray(selected)))

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode,
              state: QIcon.State) -> None:
        self._renderers[mode is QIcon.Mode.Selected].render(painter, QRectF(rect))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return pixmap

    def clone(self) -> QIconEngine:
        return TintedSvgEngine(*self._svgs)


def _tinted(name: str, colour: QColor) -> bytes:
    return _svg(name).replace(INK.encode(), colour.name().encode())


@functools.cache
def _svg(name: str) -> bytes:
    return icon_path(name).read_bytes()


class TaskIconLabel(QLabel):
    """A task's icon at ``size`` (a page's header), in the text colour of the theme."""

    def __init__(self, name: str, size: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._name, self._size = name, size
        self._draw()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in PALETTE_EVENTS:
            self._draw()

    def _draw(self) -> None:
        self.setPixmap(task_icon(self._name, self.palette()).pixmap(self._size, self._size))
