"""A handle to drag a result out of the application as a real file.

The file is written beforehand, in a worker, when the run completes
(:func:`hfi_desktop.storage.export.drag.drag_file`); the handle only hands its URL to the
drag, so nothing is written or decoded on the GUI thread.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QMimeData, QPoint, Qt, QUrl, Signal
from PySide6.QtGui import QDrag, QMouseEvent
from PySide6.QtWidgets import QApplication, QToolButton, QWidget

if TYPE_CHECKING:
    from pathlib import Path

IDLE_TIP = str(QT_TRANSLATE_NOOP(
    "DragHandle", "Run the model first: its result can then be dragged out as a file"))


class DragHandle(QToolButton):
    """Press and drag: the prepared file goes to a file manager or another application;
    ``dropped(path)`` once it has been dropped there."""

    dropped = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportDragHandle")
        self.setText(QCoreApplication.translate("DragHandle", "⠿ Drag out"))
        self.setAccessibleName(
            QCoreApplication.translate("DragHandle", "Drag the result out as a file"))
        self.setAutoRaise(True)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self._path: Path | None = None
        self._note = ""
        self._press: QPoint | None = None
        self.set_file(None)

    @property
    def path(self) -> Path | None:
        return self._path

    def set_file(self, path: Path | None) -> None:
        self._path = path
        self.setEnabled(path is not None)
        self._update_tip()

    def set_note(self, note: str) -> None:
        """A word about the file in the tooltip (it is out of date); "" none."""
        self._note = note
        self._update_tip()

    def _update_tip(self) -> None:
        path = self._path
        tip = (QCoreApplication.translate("DragHandle", IDLE_TIP) if path is None else
               QCoreApplication.translate(
                   "DragHandle", "Drag “{name}” to a folder or another application")
               .format(name=path.name))
        self.setToolTip(f"{tip} ({self._note})" if path is not None and self._note else tip)

    def mime_data(self) -> QMimeData | None:
        """What a drag carries: the file's URL (``text/uri-list``)."""
        if self._path is None:
            return None
        data = QMimeData()
        data.setUrls([QUrl.fromLocalFile(str(self._path))])
        return data

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        start = self._press
        if (start is None or not event.buttons() & Qt.MouseButton.LeftButton
                or (event.position().toPoint() - start).manhattanLength()
                < QApplication.startDragDistance()):
            super().mouseMoveEvent(event)
            return
        self._press = None
        self.setDown(False)
        self.start_drag()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._press = None
        super().mouseReleaseEvent(event)

    def start_drag(self) -> Qt.DropAction:
        data = self.mime_data()
        if data is None:
            return Qt.DropAction.IgnoreAction
        path = self._path
        drag = QDrag(self)
        drag.setMimeData(data)
        drag.setPixmap(self.grab())
        action = drag.exec(Qt.DropAction.CopyAction)
        if action != Qt.DropAction.IgnoreAction:
            self.dropped.emit(path)
        return action
