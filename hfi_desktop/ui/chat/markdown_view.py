"""A chat reply's Markdown, rendered as it streams in, at a cost that does not grow with the
reply.

Qt's Markdown importer (QTextDocument, md4c) renders code blocks, lists, tables, quotes,
headings and emphasis. Rendering the whole reply again at every frame would cost time in
proportion to its length; instead the document holds two parts: the blocks that are complete
(rendered once, never touched again) and the block still growing (removed and rendered again,
alone, each frame). Where one ends is :func:`~hfi_desktop.ui.chat.markdown_blocks.cuts`'
answer. New text is taken a frame's worth at a time by the application's FramePacer (one
growing view a frame), and a long reply is a column of documents of a bounded length (laying
a document out again costs time with its length). Each rendered part is styled from the
palette: code blocks in a padded box, tables with a rule under each row and a tinted header,
inline code and quotes.

The view has no scroll bar of its own: its height follows its document (the chat thread
scrolls), and it does no I/O (images and links in a reply are never fetched).
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSizeF, Qt, QUrl
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
    QTextDocument,
    QTextDocumentFragment,
    QTextFormat,
    QTextFrameFormat,
    QTextTable,
)
from PySide6.QtWidgets import QSizePolicy, QTextBrowser, QVBoxLayout, QWidget

from hfi_desktop.ui.viewers import theme
from hfi_desktop.ui.viewers.stream_edit import frame_pacer

from .markdown_blocks import cuts

if TYPE_CHECKING:
    from PySide6.QtGui import QColor

#: Most new Markdown rendered per frame (a model writes ~50 characters a frame).
FRAME_CHARS = 200
#: A reply's document is closed at the first safe cut after this many characters, and the
#: rest goes on in a new one: laying a document out again costs time with its length.
SEGMENT_CHARS = 3000
#: Put before a part rendered after others, then removed: without it, the part's first
#: block would take the format of the block it is inserted into (a list item, a quote...).
_LEAD = "\u2060\n\n"
PROPERTY = QTextFormat.Property
CODE_PADDING = 10
LINE_HEIGHT_PERCENT = 125


class MarkdownView(QWidget):
    """A reply's Markdown, read-only, sized to its content. ``set_markdown(text)`` shows a
    whole text; ``append(chunk)`` adds to it, rendered frame by frame by the FramePacer
    (``caught_up()`` says when all is on show). ``text()`` is the Markdown itself.

    It is a column of :class:`MarkdownSegment` documents of about SEGMENT_CHARS each, cut
    where a block ends (the same cuts however the text came in: a reply looks the same
    streamed or reopened)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents)  # see ChatThreadView
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(0)
        self._segments: list[MarkdownSegment] = []
        self._add_segment("")

    def text(self) -> str:
        return "".join(segment.text() for segment in self._segments)

    def documents(self) -> list[QTextDocument]:
        return [segment.document() for segment in self._segments]

    def set_markdown(self, text: str) -> None:
        """Show ``text`` at once (a finished message)."""
        for segment in self._segments:
            self._layout.removeWidget(segment)
            segment.deleteLater()
        self._segments = []
        self._add_segment(text)
        while not self.caught_up():
            self._advance(len(self._segments[-1].text()))

    def append(self, chunk: str) -> None:
        if chunk:
            self._segments[-1].feed(chunk)
            frame_pacer().request(self)

    def caught_up(self) -> bool:
        return self._segments[-1].caught_up()

    def show_more(self) -> bool:
        """Render the next frame's worth of what was appended (the FramePacer calls it);
        whether more is left."""
        last = self._segments[-1]
        self._advance(min(len(last.text()), last.shown + FRAME_CHARS))
        return not self.caught_up()

    def _advance(self, end: int) -> None:
        rest = self._segments[-1].render_to(end)
        if rest is not None:  # the segment is full: what follows its last cut goes on
            self._add_segment(rest)

    def _add_segment(self, text: str) -> None:
        segment = MarkdownSegment(self)
        segment.setAccessibleName(self.accessibleName())
        segment.feed(text)
        self._layout.addWidget(segment)
        self._segments.append(segment)


class MarkdownSegment(QTextBrowser):
    """One document of a reply: the blocks that are complete (rendered once, part by part)
    and the part still growing (rendered again each frame)."""

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
        # Grown each frame (its height follows its document): the strip added is painted,
        # and what the document's layout says changed; not the whole segment again.
        for static in (self, self.viewport()):
            static.setAttribute(Qt.WidgetAttribute.WA_StaticContents)
        self.setStyleSheet("QTextBrowser { background: transparent; }")
        document = self.document()
        document.setDocumentMargin(0)
        document.setUndoRedoEnabled(False)
        document.documentLayout().documentSizeChanged.connect(self._fit_height)
        self.anchorClicked.connect(_open_link)
        self._source = ""
        self.shown = 0  # characters of the text rendered
        self._cut = 0  # where the growing part begins, in the text
        self._mark: int | None = None  # where it begins in the document (None: at 0)
        self._scratch = QTextDocument(self)  # where each part is rendered and styled first
        self._scratch.setUndoRedoEnabled(False)
        self._colours: _Colours | None = None  # the theme's, until the palette changes
        self.setFixedHeight(0)

    def text(self) -> str:
        return self._source

    def feed(self, text: str) -> None:
        self._source += text

    def caught_up(self) -> bool:
        return self.shown == len(self._source)

    def render_to(self, end: int) -> str | None:
        """Render the text up to ``end``: each block completed since the last cut once (one
        part per cut, however the text came in: the document does not depend on how it
        was streamed), what follows the last cut as the growing part. Once past
        SEGMENT_CHARS, the segment ends at the next cut: what follows it is returned (to
        go on in a new segment); None otherwise."""
        parts: list[str] = []
        rest = None
        for cut in cuts(self._source, self._cut, end):
            parts.append(self._source[self._cut:cut])
            self._cut = cut
            if cut >= SEGMENT_CHARS:
                rest, self._source = self._source[cut:], self._source[:cut]
                end = cut
                break
        parts.append(self._source[self._cut:end])
        self._render(parts)
        self.shown = end
        return rest

    # -- rendering -------------------------------------------------------------------------
    def _render(self, parts: list[str]) -> None:
        """Replace what follows the complete blocks with ``parts`` rendered, each one styled
        on its own document first (no layout there), all laid out here once: the last part
        is the growing one, the others complete (the next render starts after them)."""
        document = self.document()
        if self._colours is None:  # the theme's (this widget's palette is see-through)
            self._colours = _Colours(QGuiApplication.palette())
        colours = self._colours
        changed = self._mark
        if self._mark is None:  # the first part: the document is empty
            first = parts.pop(0)
            cursor = QTextCursor(document)
            cursor.beginEditBlock()  # laid out once, styled (each change would lay it out)
            document.setMarkdown(first)
            _style(document, document.begin(), colours, first)
            cursor.endEditBlock()
            if parts:
                self._mark = document.characterCount() - 1
        if self._mark is None:
            _hide_structural_blocks(document, 0)
            return
        mark = self._mark
        cursor = QTextCursor(document)
        cursor.beginEditBlock()  # laid out once, at the end
        cursor.setPosition(mark)
        cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        for index, markdown in enumerate(parts):
            if markdown.strip():
                _insert_after(cursor, self._mark, _styled(self._scratch, markdown, colours))
            if index < len(parts) - 1:
                self._mark = document.characterCount() - 1
        cursor.endEditBlock()
        _hide_structural_blocks(document, changed or 0)

    # -- size --------------------------------------------------------------------------------
    def _fit_height(self, size: QSizeF) -> None:
        height = math.ceil(size.height()) if self._source.strip() else 0
        if height != self.height():
            self.setFixedHeight(height)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange) and self.shown:
            shown = self.shown  # all shown rendered again, in the new colours
            self.shown, self._cut, self._mark, self._colours = 0, 0, None, None
            self.render_to(shown)

    def loadResource(self, kind: int, name: QUrl | str) -> object:
        """Nothing is fetched for a reply (no file, no network): images show their text."""
        return None


def _styled(scratch: QTextDocument, markdown: str, colours: _Colours
            ) -> QTextDocumentFragment:
    """``markdown`` rendered and styled in ``scratch`` (a document never laid out, its
    content replaced), after a lead paragraph (see _LEAD) that :func:`_insert_after`
    removes."""
    scratch.setMarkdown(_LEAD + markdown)
    _style(scratch, scratch.begin().next(), colours, markdown)
    return QTextDocumentFragment(scratch)


def _insert_after(cursor: QTextCursor, mark: int, fragment: QTextDocumentFragment) -> None:
    """Put ``fragment`` (made by :func:`_styled`) after the block ending at ``mark``, the
    document's end, without its lead paragraph."""
    cursor.movePosition(QTextCursor.MoveOperation.End)
    cursor.insertBlock()
    lead = cursor.position()
    cursor.insertFragment(fragment)
    cursor.setPosition(mark)
    cursor.setPosition(lead + 1, QTextCursor.MoveMode.KeepAnchor)
    cursor.removeSelectedText()
    cursor.movePosition(QTextCursor.MoveOperation.End)


def _style(document: QTextDocument, block: QTextBlock, colours: _Colours,
           markdown: str) -> None:
    """Give the blocks from ``block`` on (``markdown`` rendered) the chat's spacing and the
    palette's colours: code in a padded box, tables with row rules and a header row, inline
    code tinted, quotes muted. Blocks are only looked at one by one when ``markdown`` may
    hold code or a quote (this runs for each part of a streaming reply)."""
    start = block.position()
    cursor = QTextCursor(document)
    cursor.setPosition(start)
    cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
    cursor.mergeBlockFormat(_spacing(LINE_HEIGHT_PERCENT))
    code_runs: list[tuple[int, int]] = []
    quotes, inline_code = ">" in markdown, "`" in markdown
    if any(sign in markdown for sign in ("`", "~~~", ">", "\n    ", "\n\t")):
        while block.isValid():
            if _is_code(block):
                first = block
                while block.next().isValid() and _is_code(block.next()):
                    block = block.next()
                code_runs.append((first.position(), block.position() + block.length() - 1))
            else:
                if quotes:
                    _mute_quote(block, colours)
                if inline_code:
                    _style_inline_code(block, colours)
            block = block.next()
    if "|" in markdown:
        for frame in document.rootFrame().childFrames():
            if isinstance(frame, QTextTable) and frame.firstPosition() >= start:
                _style_table(frame, colours)
    for first_position, last_position in reversed(code_runs):
        _box_code(document, first_position, last_position, colours)


def _spacing(percent: int) -> QTextBlockFormat:
    fmt = QTextBlockFormat()
    fmt.setLineHeight(percent, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    return fmt


def _box_code(document: QTextDocument, start: int, end: int, colours: _Colours) -> None:
    cursor = QTextCursor(document)
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    cursor.mergeBlockFormat(_spacing(100))  # code lines keep their own height
    box = QTextFrameFormat()
    box.setBackground(colours.code)
    box.setBorder(1)
    box.setBorderBrush(QBrush(colours.border))
    box.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
    box.setPadding(CODE_PADDING)
    box.setTopMargin(4)
    box.setBottomMargin(8)
    first = document.findBlock(start).blockFormat()
    frame = cursor.insertFrame(box)
    frame.firstCursorPosition().setBlockFormat(first)  # the frame reset its first line's


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


def _mute_quote(block: QTextBlock, colours: _Colours) -> None:
    if block.blockFormat().hasProperty(PROPERTY.BlockQuoteLevel):
        cursor = QTextCursor(block)
        quote = QTextCharFormat()
        quote.setForeground(colours.muted)
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock,
                            QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(quote)


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
    """A rule under each row and a tinted header row, no grid: Qt paints collapsed grid
    borders slowly (a segment with two small tables painted in twice the time), and a
    streaming reply is painted again every frame."""
    fmt = table.format()
    fmt.setBorder(0)
    fmt.setBorderCollapse(False)
    fmt.setCellPadding(6)
    fmt.setCellSpacing(0)
    fmt.setTopMargin(4)
    fmt.setBottomMargin(8)
    table.setFormat(fmt)
    rule = QBrush(colours.border)
    for row in range(table.rows()):
        for column in range(table.columns()):
            cell = table.cellAt(row, column)
            cell_format = cell.format().toTableCellFormat()
            cell_format.setBottomBorder(1)
            cell_format.setBottomBorderBrush(rule)
            cell_format.setBottomBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
            if row == 0:
                cell_format.setBackground(colours.header)
            cell.setFormat(cell_format)


def _hide_structural_blocks(document: QTextDocument, start: int) -> None:
    """The empty blocks Qt keeps before and after a frame (a table, a code box) would show
    as blank lines: hidden, for the frames from ``start`` on (after the edits: an edit block
    may show them again)."""
    root = document.rootFrame()
    for frame in root.childFrames():
        if frame.lastPosition() + 1 < start:
            continue
        for position in (frame.firstPosition() - 1, frame.lastPosition() + 1):
            block = document.findBlock(position)
            if (block.isValid() and not block.text() and block.isVisible()
                    and QTextCursor(block).currentFrame() is root):
                QTextCursor(block).setBlockFormat(QTextBlockFormat())  # its margins count
                block.setVisible(False)
                document.markContentsDirty(block.position(), block.length())


def _open_link(url: QUrl) -> None:
    if url.scheme() in ("http", "https"):
        QDesktopServices.openUrl(url)
