"""A read-only text view that streamed text is appended to at a cost that does not grow with
the text."""

from __future__ import annotations

from bisect import bisect_left

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QResizeEvent, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QWidget

#: The growing paragraph is split once it spans more lines than this.
SPLIT_LINES = 12
#: A width change lays the text out again this many characters at a time.
REFLOW_STEP = 4096


class StreamTextEdit(QPlainTextEdit):
    """A QPlainTextEdit for text that grows at its end (``append``), however long its
    paragraphs.

    Qt lays a paragraph (a QTextBlock) out again, whole, each time it changes, and paints it
    whole: appending to one long paragraph costs time in proportion to its length (a
    28,000-character paragraph, as a model writes without a line break: 7 ms to insert and
    5 ms to paint, a frame's worth for each of a few streams). So ``append`` splits the growing
    paragraph where it wraps anyway: once the last block spans more than SPLIT_LINES lines, a
    block break goes at the start of its last line; lines before the last never change as
    text is added, so nothing moves on screen. These breaks are not part of the text:
    ``text()`` and copying a selection leave them out. A width change lays the text out again
    with breaks where the new width wraps.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        # A scroll bar that came and went would change the width, and so the wrapping, as a
        # stream grows past the first screen (and the text would be laid out again).
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self._text = ""
        self._breaks: list[int] = []  # document positions of the added block breaks, sorted
        self._width = -1  # the viewport width the breaks were placed for

    def text(self) -> str:
        """The text set and appended (without the added breaks)."""
        return self._text

    def set_text(self, text: str) -> None:
        """Replace the whole text (laid out by Qt as usual: no breaks added)."""
        self._text = text
        self._breaks = []
        self.setPlainText(text)

    def clear(self) -> None:
        self.set_text("")

    def append(self, chunk: str) -> None:
        """Add ``chunk`` at the end of the text."""
        if not chunk:
            return
        self._text += chunk
        self._insert_at_end(chunk)

    def createMimeDataFromSelection(self) -> QMimeData:
        if not self._breaks:
            return super().createMimeDataFromSelection()
        cursor = self.textCursor()
        start, end = self._offset(cursor.selectionStart()), self._offset(cursor.selectionEnd())
        utf16 = self._text.encode("utf-16-le")  # document positions count UTF-16 units
        mime = QMimeData()
        mime.setText(utf16[2 * start : 2 * end].decode("utf-16-le", "replace"))
        return mime

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._breaks and self.viewport().width() != self._width:
            self._reflow()

    # -- internals ----------------------------------------------------------------------------
    def _offset(self, position: int) -> int:
        """The text offset (in UTF-16 units) of a document position."""
        return position - bisect_left(self._breaks, position)

    def _insert_at_end(self, chunk: str) -> None:
        document = self.document()
        cursor = QTextCursor(document)
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertText(chunk)
        block = document.lastBlock()
        layout = block.layout()
        lines = layout.lineCount()
        if lines <= SPLIT_LINES:
            return
        at = block.position() + layout.lineAt(lines - 1).textStart()
        cursor.setPosition(at)
        cursor.insertBlock()
        self._breaks.append(at)
        self._width = self.viewport().width()

    def _reflow(self) -> None:
        """Lay the text out again for the current width, keeping the view at the end if it
        was there (else at the same fraction of the way down)."""
        bar = self.verticalScrollBar()
        at_end = bar.value() >= bar.maximum()
        fraction = bar.value() / bar.maximum() if bar.maximum() else 0.0
        text = self._text
        self._breaks = []
        self.setPlainText("")
        for start in range(0, len(text), REFLOW_STEP):
            self._insert_at_end(text[start : start + REFLOW_STEP])
        self._width = self.viewport().width()
        bar.setValue(bar.maximum() if at_end else round(fraction * bar.maximum()))
