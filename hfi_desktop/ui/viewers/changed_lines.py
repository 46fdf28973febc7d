"""A plain-text document layout that repaints only the lines a change touched."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QPlainTextDocumentLayout, QPlainTextEdit
from shiboken6 import isValid

if TYPE_CHECKING:
    from PySide6.QtGui import QTextBlock, QTextDocument

#: Past the bottom of any view (Qt's own "everything" for a plain text layout).
FAR = 1e9


class ChangedLinesLayout(QPlainTextDocumentLayout):
    """QPlainTextDocumentLayout, but a change repaints its view from the first line it
    touched down, not the whole view.

    Qt's layout asks for a repaint of the whole view whenever a change makes a paragraph
    taller or adds one (``documentChanged``: "optimization potential"). Text streaming in at
    the end does that every frame: the whole viewport was repainted (546x648: 3-4 ms) for a
    line or two of new text, where scrolling itself only needs the lines scrolled in (Qt
    blits the rest). Here the base class does the work with its signals held back; then the
    size signal the view's scroll bars follow is sent as before, and one repaint goes out:
    from the first line that may have changed (text before the change is as it was) to the
    bottom of the view (what lies below a paragraph that grew or shrank has moved), or only
    to the end of the last paragraph if it grew (below it there is only margin).
    """

    def __init__(self, document: QTextDocument, view: QPlainTextEdit) -> None:
        super().__init__(document)
        self._view = view
        self._blocks = 1  # the base class's own count, from which it starts too

    def documentChanged(self, position: int, removed: int, added: int) -> None:
        document = self.document()
        block = document.findBlock(position)
        if not block.isValid():
            super().documentChanged(position, removed, added)
            return
        kept = _lines_kept(block, position - block.position(), removed)
        layout = block.layout()
        height = layout.boundingRect().height() if layout.lineCount() else FAR
        size = self.documentSize()
        blocked = self.blockSignals(True)
        try:
            super().documentChanged(position, removed, added)
        finally:
            self.blockSignals(blocked)
        blocks, self._blocks = self._blocks, document.blockCount()
        if blocks != self._blocks or self.documentSize() != size:
            self.documentSizeChanged.emit(self.documentSize())
        if not (isValid(self._view) and self._view.document() is document):
            self.requestUpdate()
            return
        area = self._view.blockBoundingGeometry(block)  # lays the block out if need be
        top = area.top() + (layout.lineAt(min(kept, layout.lineCount() - 1)).y() if kept else 0)
        grown = layout.boundingRect().height() >= height
        bottom = area.bottom() if grown and not block.next().isValid() else FAR
        # update(QRectF), not the update() PySide picks by default (its stubs know neither)
        self.update[QRectF].emit(QRectF(0, top, FAR, bottom - top))  # type: ignore[index]


def _lines_kept(block: QTextBlock, at: int, removed: int) -> int:
    """How many of the block's first lines, as laid out before a change at offset ``at``,
    the change leaves as they were.

    Text inserted where a line ended (at the end of the block, or where a line started)
    changes that line at most: the lines before it broke where they did because what followed
    did not fit, and it still does not (a word carried on is longer, a break made there keeps
    its line's text). Anything else may move the breaks of the lines before it: none is kept.
    """
    layout = block.layout()
    index = layout.lineCount() - 1
    if removed or at <= 0 or index < 0:
        return 0
    # The line holding offset at - 1, looked for from the end, where text is added; not with
    # lineForTextPosition(), which lays the whole paragraph's text out anew into items.
    while index > 0 and layout.lineAt(index).textStart() >= at:
        index -= 1
    line = layout.lineAt(index)
    return index if at == line.textStart() + line.textLength() else 0
