"""A reply's Markdown: code blocks in a box, tables with a header row, lists, inline code;
rendered as it streams in to the same document as rendered whole; safe cuts."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextCursor, QTextDocument, QTextFrame, QTextTable
from pytestqt.qtbot import QtBot

from hfi_desktop.ui.chat.markdown_blocks import cuts
from hfi_desktop.ui.chat.markdown_view import SEGMENT_CHARS, MarkdownSegment, MarkdownView
from hfi_desktop.ui.chat.page import ChatPage
from tests.support.fake_api import Stream
from tests.support.fake_router import FakeRouter
from tests.support.qt_async import RunAsync

from .conftest import reply_stream
from .drive import send

REPLY = """Here is the code:

```python
def total(rows):
    return sum(rows)
```

| Library | Speed |
|---------|-------|
| csv     | slow  |
| polars  | fast  |

1. first
2. second with `inline` code

> A quote.

That's all.
"""


def frames(document: QTextDocument) -> list[QTextFrame]:
    return list(document.rootFrame().childFrames())


def code_box(document: QTextDocument) -> QTextFrame:
    (box,) = [f for f in frames(document) if not isinstance(f, QTextTable)]
    return box


def layout_of(document: QTextDocument) -> list[tuple[str, bool, float]]:
    """Each block's text, visibility and place: what a reader sees."""
    document.setTextWidth(600)
    found = []
    block = document.begin()
    while block.isValid():
        found.append((block.text(), block.isVisible(),
                      round(document.documentLayout().blockBoundingRect(block).y(), 1)))
        block = block.next()
    return found


def test_a_reply_with_code_and_a_table_is_rendered_as_such(
        qtbot: QtBot, chat: ChatPage, fake_router: FakeRouter, run_async: RunAsync) -> None:
    fake_router.program("/v1/chat/completions",
                        Stream(reply_stream(REPLY), delay_s=0.002), times=1)
    send(qtbot, chat, run_async, "show me")
    reply = chat.thread_view.views()[1]
    assert reply.markdown is not None
    (document,) = reply.markdown.documents()
    (table,) = [f for f in frames(document) if isinstance(f, QTextTable)]
    assert (table.rows(), table.columns()) == (3, 2)
    assert table.cellAt(0, 0).firstCursorPosition().block().text() == "Library"
    assert table.format().cellPadding() == 6
    assert not table.format().borderCollapse(), "collapsed borders paint slowly"
    ruled = [table.cellAt(row, 0).format().toTableCellFormat().bottomBorder()
             for row in range(table.rows())]
    assert ruled == [1, 1, 1], "a rule under each row"
    assert table.cellAt(0, 1).format().background().style() != 0, "the header is tinted"
    box = code_box(document)
    assert box.frameFormat().background().color().isValid() and box.frameFormat().padding() == 10
    lines = []
    block = document.findBlock(box.firstPosition())
    while block.isValid() and QTextCursor(block).currentFrame() == box:
        assert block.blockFormat().nonBreakableLines(), "code lines do not wrap"
        chars = block.begin().fragment().charFormat()
        assert chars.fontFixedPitch() or "monospace" in (chars.fontFamilies() or ())
        lines.append(block.text())
        block = block.next()
    assert lines == ["def total(rows):", "    return sum(rows)"]
    listed = [b for b in _blocks(document) if b.textList() is not None]
    assert [b.text() for b in listed] == ["first", "second with inline code"]
    inline = _fragment(listed[1], "inline")
    assert inline.charFormat().background().style() != 0, "inline code is tinted"
    assert reply.markdown.text() == REPLY


@pytest.mark.parametrize("step", [1, 9, 64, 10_000])
def test_streamed_in_any_pieces_it_is_the_document_rendered_whole(
        qtbot: QtBot, step: int) -> None:
    streamed, whole = MarkdownView(), MarkdownView()
    for view in (streamed, whole):
        qtbot.addWidget(view)
    for start in range(0, len(REPLY), step):
        streamed.append(REPLY[start:start + step])
        while streamed.show_more():
            pass
    whole.set_markdown(REPLY)
    assert streamed.caught_up() and streamed.text() == REPLY
    assert [layout_of(d) for d in streamed.documents()] == [
        layout_of(d) for d in whole.documents()]
    assert len(frames(streamed.documents()[0])) == 2


def test_a_long_reply_is_several_documents_cut_where_blocks_end(qtbot: QtBot) -> None:
    text = REPLY * 40
    streamed, whole = MarkdownView(), MarkdownView()
    for view in (streamed, whole):
        qtbot.addWidget(view)
    for start in range(0, len(text), 37):
        streamed.append(text[start:start + 37])
        while streamed.show_more():
            pass
    whole.set_markdown(text)
    assert len(streamed.documents()) == len(whole.documents()) > 1
    assert [d.toPlainText() for d in streamed.documents()] == [
        d.toPlainText() for d in whole.documents()]
    assert streamed.text() == whole.text() == text
    for document in streamed.documents()[:-1]:
        assert document.characterCount() < 2 * SEGMENT_CHARS


def test_an_open_code_block_shows_as_code_while_it_streams(qtbot: QtBot) -> None:
    view = MarkdownView()
    qtbot.addWidget(view)
    view.append("Start:\n\n```\nline one\nline two")
    while view.show_more():
        pass
    box = code_box(view.documents()[0])
    assert box.frameFormat().padding() == 10


def test_nothing_is_fetched_for_an_image_or_a_link(qtbot: QtBot) -> None:
    segment = MarkdownSegment()
    qtbot.addWidget(segment)
    segment.feed("![secret](/etc/passwd) and [a link](file:///etc/passwd)")
    segment.render_to(len(segment.text()))
    assert segment.loadResource(2, "/etc/passwd") is None


@pytest.mark.parametrize(("text", "expected"), [
    ("one\n\ntwo\n\nthree\n", "one\n\ntwo\n\n"),  # a new paragraph: cut before it
    ("- a\n\n- b\n", ""),  # a loose list goes on
    ("```\ncode\n\nmore\n```\n\nafter\n", "```\ncode\n\nmore\n```\n\n"),  # not in a fence
    ("text\n\n    indented\n", ""),  # could be the paragraph's code
    ("one\n\ntwo", ""),  # the line after the blank is not whole yet
    ("~~~\n```\n\nx\n~~~\n\nend\n", "~~~\n```\n\nx\n~~~\n\n"),  # fences close with theirs
])
def test_safe_cuts(text: str, expected: str) -> None:
    found = list(cuts(text, 0, len(text)))
    assert text[:found[-1] if found else 0] == expected


def _blocks(document: QTextDocument) -> list:  # type: ignore[type-arg]
    found = []
    block = document.begin()
    while block.isValid():
        found.append(block)
        block = block.next()
    return found


def _fragment(block: object, text: str) -> object:
    iterator = block.begin()  # type: ignore[attr-defined]
    while not iterator.atEnd():
        fragment = iterator.fragment()
        if fragment.text() == text:
            return fragment
        iterator += 1
    raise AssertionError(f"no fragment {text!r}")
