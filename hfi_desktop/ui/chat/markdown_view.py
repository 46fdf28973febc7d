"""A chat reply's Markdown, rendered as it streams in, at a cost that does not grow with the
reply.

Qt's Markdown importer (QTextDocument, md4c) renders code blocks, lists, tables, quotes,
headings and emphasis. Rendering the whole reply again at every frame would cost time in
proportion to its length; instead the document holds two parts: the blocks that are complete
(rendered once, never touched again) and the block still growing (removed and rendered again,
alone, each frame). Where one ends is :func:`~hfi_desktop.ui.chat.markdown_blocks.cuts`'
answer. New text is taken a frame's worth at a time by the application's FramePacer (one
growing view a frame). Each rendered part is styled from the palette: code blocks in a
padded box, tables with borders and a header row, inline code and quotes.

The view has no scroll bar of its own: its height follows its document (the chat thread
scrolls), and it does no I/O (images and links in a reply are never fetched).
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSizeF, Qt, QUrl, Signal
from PySide6.QtGui import (
    QBrush,
    QDesktopServices,
    QFontDatabase,
    QGuiApplication,
    QPalette,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocumentFragment,
    QTextFormat,
    QTextFrameFormat,
    QTextTable,
)
from PySide6.QtWidgets import QSizePolicy, QTextBrowser, QWidget

from hfi_desktop.ui.viewers import theme
from hfi_desktop.ui.viewers.stream_edit import frame_pacer

from .markdown_blocks import cuts

if TYPE_CHECKING:
    from PySide6.QtGui import QColor

#: Most new Markdown rendered per frame (a model writes ~50 characters a frame).
FRAME_CHARS = 2000
#: Put before a part rendered after others, then removed: without it, the part's first
#: block would take the format of the block it is inserted into (a list item, a quote...).
_LEAD = "\u2060\n\n"
PROPERTY = QTextFormat.Property
CODE_PADDING = 10
LINE_HEIGHT_PERCENT = 125


class MarkdownView(QTextBrowser):
    """Read-only Markdown sized to its content. ``set_markdown(text)`` shows a whole text;
    ``append(chunk)`` adds to it, rendered frame by frame (``caught_up()`` says when all
    is on show). ``text()`` is the Markdown itself."""

    #: The height changed (the thread may have to follow the end).
    resized = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setOpenLinks(False)
        self.setFrameShape(QTextBrowser.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.viewport().setAutoFillBackground(False)
        self.setStyleSheet("QTextBrowser { background: transparent; }")
        document = self.document()
        document.setDocumentMargin(0)
        document.setUndoRedoEnabled(False)
        document.documentLayout().documentSizeChanged.connect(self._fit_height)
        self.anchorClicked.connect(_open_link)
        self._source = ""
        self._shown = 0  # characters of _source rendered
        self._cut = 0  # where the growing part begins, in _source
        self._mark: int | None = None  # where it begins in the document (None: at 0)
        self.setFixedHeight(self._line_height())

    # -- content ---------------------------------------------------------------------------
    def text(self) -> str:
        return self._source

    def set_markdown(self, text: str) -> None:
        """Show ``text`` at once (a finished message), in the same parts as if it had
        streamed in (so it looks the same: Qt's importer joins some blocks, a table after a
        code block say, that the parts keep apart)."""
        self._source, self._shown, self._cut, self._mark = text, 0, 0, None
        self._render_to(len(text))
        if not text:
            self.document().clear()

    def append(self, chunk: str) -> None:
        if chunk:
            self._source += chunk
            frame_pacer().request(self)

    def caught_up(self) -> bool:
        return self._shown == len(self._source)

    def show_more(self) -> bool:
        """Render the next frame's worth of what was appended (the FramePacer calls it);
        whether more is left."""
        self._render_to(min(len(self._source), self._shown + FRAME_CHARS))
        return not self.caught_up()

    def _render_to(self, end: int) -> None:
        """Render the text up to ``end``: each block completed since the last cut once (one
        part per cut, however the text came in: the document does not depend on how it
        was streamed), what follows the last cut as the growing part."""
        for cut in cuts(self._source, self._cut, end):
            self._render_part(self._source[self._cut:cut])
            self._cut = cut
            self._mark = self.document().characterCount() - 1
        self._render_part(self._source[self._cut:end])
        self._shown = end

    # -- rendering -------------------------------------------------------------------------
    def _render_part(self, markdown: str) -> None:
        """Replace what follows the complete blocks with ``markdown`` rendered."""
        document = self.document()
        if self._mark is None:
            document.setMarkdown(markdown)
            cursor = QTextCursor(document)
            cursor.beginEditBlock()
            self._style(document.begin())
            cursor.endEditBlock()
            _hide_structural_blocks(document.begin())
            return
        cursor = QTextCursor(document)
        cursor.beginEditBlock()  # laid out once, at the end
        cursor.setPosition(self._mark)
        cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        if markdown.strip():
            cursor.insertBlock()
            lead = cursor.position()
            cursor.insertFragment(QTextDocumentFragment.fromMarkdown(_LEAD + markdown))
            cursor.setPosition(self._mark)
            cursor.setPosition(lead + 1, QTextCursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()
        cursor.endEditBlock()  # (the tables inserted are found only once it ended)
        if markdown.strip():
            cursor.beginEditBlock()
            self._style(document.findBlock(self._mark).next())
            cursor.endEditBlock()
        _hide_structural_blocks(document.findBlock(self._mark))

    def _style(self, block: QTextBlock) -> None:
        """Give the blocks from ``block`` on the palette's colours and the chat's spacing."""
        colours = _Colours(QGuiApplication.palette())  # the theme's (this view's is see-through)
        code_runs: list[tuple[int, int]] = []
        tables: list[QTextTable] = []
        while block.isValid():
            cursor = QTextCursor(block)
            table = cursor.currentTable()
            if _is_code(block):
                first = block
                while block.next().isValid() and _is_code(block.next()):
                    block = block.next()
                code_runs.append((first.position(), block.position() + block.length() - 1))
            else:
                if table is not None and table not in tables:
                    tables.append(table)
                _style_text_block(cursor, block, colours)
            block = block.next()
        for table in tables:
            _style_table(table, colours)
        for start, end in reversed(code_runs):
            self._box_code(start, end, colours)

    def _box_code(self, start: int, end: int, colours: _Colours) -> None:
        cursor = QTextCursor(self.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        box = QTextFrameFormat()
        box.setBackground(colours.code)
        box.setBorder(1)
        box.setBorderBrush(QBrush(colours.border))
        box.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
        box.setPadding(CODE_PADDING)
        box.setTopMargin(4)
        box.setBottomMargin(8)
        first = self.document().findBlock(start).blockFormat()
        frame = cursor.insertFrame(box)
        frame.firstCursorPosition().setBlockFormat(first)  # the frame reset its first line's

    # -- size --------------------------------------------------------------------------------
    def _fit_height(self, size: QSizeF) -> None:
        height = max(self._line_height(), math.ceil(size.height()))
        if height != self.height():
            self.setFixedHeight(height)
            self.resized.emit()

    def _line_height(self) -> int:
        return self.fontMetrics().lineSpacing() + 2

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange) \
                and self._shown:
            shown = self._shown  # all shown rendered again, in the new colours
            self._shown, self._cut, self._mark = 0, 0, None
            self._render_to(shown)

    def loadResource(self, kind: int, name: QUrl | str) -> object:
        """Nothing is fetched for a reply (no file, no network): images show their text."""
        return None


class _Colours:
    def __init__(self, palette: QPalette) -> None:
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        dark = theme.is_dark(palette)
        self.code: QColor = theme.mix(base, text, 0.09 if dark else 0.045)
        self.border: QColor = theme.mix(base, text, 0.22 if dark else 0.16)
        self.header: QColor = theme.mix(base, text, 0.12 if dark else 0.06)
        self.muted: QColor = theme.muted(palette)


def _is_code(block: QTextBlock) -> bool:
    fmt = block.blockFormat()
    return fmt.nonBreakableLines() or fmt.hasProperty(PROPERTY.BlockCodeFence)


def _style_text_block(cursor: QTextCursor, block: QTextBlock, colours: _Colours) -> None:
    fmt = QTextBlockFormat()
    fmt.setLineHeight(LINE_HEIGHT_PERCENT,
                      QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    cursor.mergeBlockFormat(fmt)
    if block.blockFormat().hasProperty(PROPERTY.BlockQuoteLevel):
        quote = QTextCharFormat()
        quote.setForeground(colours.muted)
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock,
                            QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(quote)
    _style_inline_code(block, colours)


def _style_inline_code(block: QTextBlock, colours: _Colours) -> None:
    iterator = block.begin()
    while not iterator.atEnd():
        fragment = iterator.fragment()
        char = fragment.charFormat()
        if char.fontFixedPitch() or "monospace" in (char.fontFamilies() or ()):
            cursor = QTextCursor(block.document())
            cursor.setPosition(fragment.position())
            cursor.setPosition(fragment.position() + fragment.length(),
                               QTextCursor.MoveMode.KeepAnchor)
            code = QTextCharFormat()
            code.setBackground(colours.code)
            code.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont),
                         QTextCharFormat.FontPropertiesInheritanceBehavior.FontPropertiesSpecifiedOnly)
            cursor.mergeCharFormat(code)
        iterator += 1


def _style_table(table: QTextTable, colours: _Colours) -> None:
    fmt = table.format()
    fmt.setBorder(1)
    fmt.setBorderBrush(QBrush(colours.border))
    fmt.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
    fmt.setBorderCollapse(True)
    fmt.setCellPadding(6)
    fmt.setCellSpacing(0)
    fmt.setTopMargin(4)
    fmt.setBottomMargin(8)
    table.setFormat(fmt)
    for column in range(table.columns()):  # the header row
        cell = table.cellAt(0, column)
        cell_format = cell.format().toTableCellFormat()
        cell_format.setBackground(colours.header)
        cell.setFormat(cell_format)


def _hide_structural_blocks(block: QTextBlock) -> None:
    """The empty blocks Qt keeps before and after a frame (a table, a code box) would show
    as blank lines: hidden, from ``block`` on (after the edits: an edit block may show them
    again)."""
    document = block.document()
    root = document.rootFrame()
    while block.isValid():
        if (not block.text() and block.isVisible()
                and QTextCursor(block).currentFrame() is root
                and any(other.isValid() and QTextCursor(other).currentFrame() is not root
                        for other in (block.previous(), block.next()))):
            QTextCursor(block).setBlockFormat(QTextBlockFormat())  # its margins would count
            block.setVisible(False)
            document.markContentsDirty(block.position(), block.length())
        block = block.next()


def _open_link(url: QUrl) -> None:
    if url.scheme() in ("http", "https"):
        QDesktopServices.openUrl(url)
