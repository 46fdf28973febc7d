"""Raw results: ``RawJsonView`` (read-only monospace JSON with Copy) and the RAW viewer
(custom requests: the JSON, or the returned image / audio)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontDatabase, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QPlainTextEdit, QStackedWidget, QVBoxLayout, QWidget

from hfi_desktop.present import Prepared, RawPrepared

from .audio_player import AudioViewer
from .base import ResultViewer
from .flat_scroll import FlatScrollTextEdit
from .image import ZoomableImage
from .widgets import MARGIN, Caption, CopyButton, count_text


class RawJsonView(QWidget):
    """Pretty JSON, monospace, read-only and selectable, with a Copy button.

    While the view is hidden (its tab is not on show), ``set_text`` keeps the text and puts it
    in the editor when the view is shown: a long JSON (a 5,000-token stream's is 25,000 lines)
    takes the GUI thread some 30 ms to lay out, which would stall a stream's last frame.
    """

    def __init__(self, parent: QWidget | None = None, *, margin: int = 0) -> None:
        super().__init__(parent)
        self._editor = FlatScrollTextEdit(self)
        self._editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self._editor.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self._editor.setPlaceholderText(QCoreApplication.translate("RawJsonView", "No JSON yet."))
        self._editor.setAccessibleName(QCoreApplication.translate("RawJsonView", "Result as JSON"))
        self._caption = Caption("", self)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self._caption, 1)
        top.addWidget(CopyButton(self.text, self))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(margin, margin, margin, margin)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self._editor, 1)
        self._pending: str | None = None  # text not yet in the editor (set while hidden)

    def set_text(self, text: str, caption: str = "") -> None:
        if text and not self.isVisible():
            self._pending = text
        else:
            self._pending = None
            self._editor.setPlainText(text)
        lines = text.count("\n") + 1 if text else 0
        self._caption.setText(caption or (count_text(
            lines, QCoreApplication.translate("RawJsonView", "1 line"),
            QCoreApplication.translate("RawJsonView", "{count} lines")) if text else ""))

    def text(self) -> str:
        return self._pending if self._pending is not None else self._editor.toPlainText()

    def showEvent(self, event: QShowEvent) -> None:
        if self._pending is not None:
            text, self._pending = self._pending, None
            self._editor.setPlainText(text)
        super().showEvent(event)

    def clear(self) -> None:
        self.set_text("")


class RawViewer(ResultViewer):
    """RAW: a returned image (zoomable) or audio (player); otherwise the pretty JSON."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._stack = QStackedWidget(self)
        self.json = RawJsonView(self._stack)
        self.image = ZoomableImage(self._stack)
        self.audio = AudioViewer(self._stack)
        for page in (self.json, self.image, self.audio):
            self._stack.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
        layout.addWidget(self._stack)

    def current(self) -> QWidget | None:
        return self._stack.currentWidget()

    def clear(self) -> None:
        self.json.clear()
        self.image.set_image(None)
        self.audio.clear()
        self._stack.setCurrentWidget(self.json)

    def show_result(self, prepared: Prepared) -> None:
        result = self._expect(prepared, RawPrepared)
        self.clear()
        if result.image is not None:
            self.image.set_image(result.image)
            self._stack.setCurrentWidget(self.image)
        elif result.audio is not None:
            self.audio.show_result(result)
            self._stack.setCurrentWidget(self.audio)
        else:
            self.json.set_text(result.raw_json, result.content_type)
