"""A read-only text view that streamed text is appended to at a cost that does not grow with
the text."""

from __future__ import annotations

from bisect import bisect_left
from collections import deque
from typing import Protocol

from PySide6.QtCore import QMimeData, QObject, Qt, QTimer
from PySide6.QtGui import QResizeEvent, QTextCursor, QTextDocument
from PySide6.QtWidgets import QPlainTextEdit, QWidget
from shiboken6 import isValid

from .changed_lines import ChangedLinesLayout
from .flat_scroll import FlatScrollTextEdit

#: The growing paragraph is split once it spans more lines than this.
SPLIT_LINES = 12
#: A width change lays the text out again this many characters at a time.
REFLOW_STEP = 4096
#: Most appended text laid out per frame; more is shown in the next frames. A model writes
#: ~50 characters a frame at most; a local test server 6,000. Since only the lines that
#: changed are repainted, a frame costs the GUI thread about 3.3 ms at 1,000 characters and
#: 7.7 ms at 3,000: at 1,000, bench/ui_responsiveness.py's stream p99 went from 10.6-16.0 ms
#: to 7.7-12.6 (4 runs each, alternating), and a burst still shows at 60,000 characters/s.
FRAME_CHARS = 1000
FRAME_MS = 16
FOLLOW_SLACK = 4  # pixels from the bottom that still count as "at the bottom"


class StreamTextEdit(FlatScrollTextEdit):
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
    with breaks where the new width wraps. Appended text is laid out by the FramePacer, one
    view a frame, FRAME_CHARS at most (``caught_up()`` says when all is in); the view follows
    the end unless the user scrolled up; each frame repaints the lines scrolled in and those
    the new text changed, not the whole view (ChangedLinesLayout).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        document = QTextDocument(self)
        document.setDefaultFont(self.font())
        layout = ChangedLinesLayout(document, self)
        layout.setPaintDevice(self.viewport())
        document.setDocumentLayout(layout)
        self.setDocument(document)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        # A scroll bar that came and went would change the width, and so the wrapping, as a
        # stream grows past the first screen (and the text would be laid out again).
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self._text = ""
        self._shown = 0  # characters of _text in the document
        self._breaks: list[int] = []  # document positions of the added block breaks, sorted
        self._width = -1  # the viewport width the breaks were placed for

    def text(self) -> str:
        """The text set and appended (without the added breaks), all shown or not yet."""
        return self._text

    def caught_up(self) -> bool:
        """Whether all the text appended is in the document (on show)."""
        return self._shown == len(self._text)

    def set_text(self, text: str) -> None:
        """Replace the whole text (laid out by Qt as usual: no breaks added)."""
        self._text = text
        self._shown = len(text)
        self._breaks = []
        self.setPlainText(text)

    def clear(self) -> None:
        self.set_text("")

    def append(self, chunk: str) -> None:
        """Add ``chunk`` at the end of the text."""
        if not chunk:
            return
        self._text += chunk
        frame_pacer().request(self)

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

    def show_more(self) -> bool:
        """Lay out the next FRAME_CHARS of the text appended (FramePacer calls it); whether
        more is left."""
        bar = self.verticalScrollBar()
        follow = bar.value() >= bar.maximum() - FOLLOW_SLACK
        piece = self._text[self._shown : self._shown + FRAME_CHARS]
        self._shown += len(piece)
        self._insert_at_end(piece)
        if follow:
            bar.setValue(bar.maximum())
        return self._shown < len(self._text)

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
        text = self._text[: self._shown]  # the rest follows frame by frame, as before
        self._breaks = []
        self.setPlainText("")
        for start in range(0, len(text), REFLOW_STEP):
            self._insert_at_end(text[start : start + REFLOW_STEP])
        self._width = self.viewport().width()
        bar.setValue(bar.maximum() if at_end else round(fraction * bar.maximum()))


class PacedView(Protocol):
    """A view whose new content is laid out a frame's worth at a time (a StreamTextEdit, a
    chat reply's Markdown)."""

    def caught_up(self) -> bool:
        """Whether everything given to it is on show."""
        ...

    def show_more(self) -> bool:
        """Lay out the next frame's worth; whether more is left."""
        ...


class FramePacer(QObject):
    """Lays out the new content of growing views (StreamTextEdits, chat replies): one view a
    frame, in turn.

    Each view's new text costs the GUI thread its layout and a repaint of the view (a few ms
    for a window of text): several views growing in the same frame would stack those into
    one long pause. One pacer for the application (``frame_pacer()``); views are held until
    they have caught up, and skipped once deleted (a view is a QObject).
    """

    def __init__(self) -> None:
        super().__init__()
        self._waiting: deque[PacedView] = deque()
        self._timer = QTimer(self)
        self._timer.setInterval(FRAME_MS)
        self._timer.timeout.connect(self._tick)

    def request(self, edit: PacedView) -> None:
        if edit not in self._waiting:
            self._waiting.append(edit)
        if not self._timer.isActive():
            self._timer.start()
            self._tick()  # the first at once: a slow stream's token shows without delay

    def _tick(self) -> None:
        while self._waiting:
            edit = self._waiting.popleft()
            if not isValid(edit) or edit.caught_up():
                continue
            if edit.show_more():
                self._waiting.append(edit)
            return
        self._timer.stop()


_PACER: FramePacer | None = None


def frame_pacer() -> FramePacer:
    """The application's pacer (made on first use, on the GUI thread)."""
    global _PACER
    if _PACER is None or not isValid(_PACER):
        _PACER = FramePacer()
    return _PACER
