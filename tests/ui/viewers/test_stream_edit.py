"""StreamTextEdit: a long paragraph appended to is split where it wraps anyway, invisibly:
the same lines on screen, the same text, the same copy."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QTextCursor
from PySide6.QtWidgets import QApplication, QPlainTextEdit
from pytestqt.qtbot import QtBot

from hfi_desktop.ui.viewers.flat_scroll import FlatScrollTextEdit
from hfi_desktop.ui.viewers.stream_edit import FRAME_CHARS, SPLIT_LINES, StreamTextEdit
from tests.support.paint import PaintSpy, on_screen, repainted

#: One paragraph of 5,000 tokens, as a model writes without a line break, then a short one.
TEXT = "".join(f" word{i % 53}" for i in range(5000)) + "\nThe end."


def shown_lines(editor: QPlainTextEdit) -> list[str]:
    """The text of every line on screen, in order, as laid out (wrapped) by Qt."""
    lines = []
    block = editor.document().begin()
    while block.isValid():
        layout = block.layout()
        for index in range(layout.lineCount()):
            line = layout.lineAt(index)
            lines.append(block.text()[line.textStart() : line.textStart() + line.textLength()])
        block = block.next()
    return lines


@pytest.fixture
def editor(qtbot: QtBot) -> StreamTextEdit:
    widget = StreamTextEdit()
    qtbot.addWidget(widget)
    widget.resize(700, 400)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def reference(qtbot: QtBot, editor: StreamTextEdit) -> QPlainTextEdit:
    """A QPlainTextEdit of the same size and look (scroll bars too), the whole text set
    at once."""
    widget = FlatScrollTextEdit()
    qtbot.addWidget(widget)
    widget.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
    widget.resize(editor.size())
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def catch_up(editor: StreamTextEdit) -> None:
    """Lay out what is appended now (as the FramePacer would, frame after frame)."""
    while not editor.caught_up():
        editor.show_more()


def stream(editor: StreamTextEdit, text: str, size: int = 173) -> None:
    for start in range(0, len(text), size):
        editor.append(text[start : start + size])
        catch_up(editor)


def test_a_long_paragraph_is_split_into_blocks_of_a_few_lines(editor: StreamTextEdit) -> None:
    stream(editor, TEXT)
    document = editor.document()
    assert document.blockCount() > 20
    block = document.begin()
    while block.isValid():
        assert block.layout().lineCount() <= SPLIT_LINES + 2
        block = block.next()
    assert editor.text() == TEXT
    assert document.toPlainText() != TEXT, "the breaks are in the document..."


def test_the_lines_on_screen_are_those_of_the_unsplit_text(
    editor: StreamTextEdit, reference: QPlainTextEdit
) -> None:
    stream(editor, TEXT)
    reference.setPlainText(TEXT)
    assert editor.viewport().width() == reference.viewport().width()
    assert shown_lines(editor) == shown_lines(reference)


def test_after_a_resize_the_lines_follow_the_new_width(
    qtbot: QtBot, editor: StreamTextEdit, reference: QPlainTextEdit
) -> None:
    stream(editor, TEXT)
    editor.resize(430, 400)
    reference.resize(430, 400)
    reference.setPlainText(TEXT)
    qtbot.waitUntil(lambda: editor.viewport().width() == reference.viewport().width())
    assert shown_lines(editor) == shown_lines(reference)
    assert editor.text() == TEXT
    stream(editor, " and more" * 300)  # still split as it grows
    reference.setPlainText(TEXT + " and more" * 300)
    assert shown_lines(editor) == shown_lines(reference)


def test_the_view_stays_at_the_end_through_a_resize(qtbot: QtBot, editor: StreamTextEdit) -> None:
    stream(editor, TEXT)
    bar = editor.verticalScrollBar()
    bar.setValue(bar.maximum())
    editor.resize(500, 400)
    qtbot.waitUntil(lambda: bar.value() == bar.maximum() > 0)


def test_copying_a_selection_across_breaks_gives_the_text_itself(
    qtbot: QtBot, editor: StreamTextEdit
) -> None:
    stream(editor, TEXT)
    editor.selectAll()
    assert editor.createMimeDataFromSelection().text() == TEXT
    # from the middle of one block to the middle of a later one, with Ctrl+C
    block = editor.document().findBlockByNumber(2)
    start, end = block.position() + 5, block.next().next().position() + 7
    cursor = editor.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(editor, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    copied = QGuiApplication.clipboard().text()
    assert "\n" not in copied and "\u2029" not in copied
    assert len(copied) == end - start - 2  # the two breaks left out
    offset = TEXT.index(copied)
    assert TEXT[offset : offset + len(copied)] == copied
    assert editor.text().count(copied) >= 1


def test_set_text_and_clear_start_over(editor: StreamTextEdit) -> None:
    stream(editor, TEXT)
    editor.set_text("short\ntext")
    assert editor.document().blockCount() == 2 and editor.text() == "short\ntext"
    editor.selectAll()
    assert editor.createMimeDataFromSelection().text() == "short\ntext"
    editor.clear()
    assert editor.text() == "" and editor.toPlainText() == ""
    editor.append("")
    assert editor.text() == ""


def test_short_text_with_line_breaks_is_not_split(editor: StreamTextEdit) -> None:
    text = "".join(f"line {i}\n" for i in range(300))
    stream(editor, text, size=11)
    assert editor.document().blockCount() == 301  # one per line, none added
    assert editor.toPlainText() == text == editor.text()


def test_copy_maps_positions_past_characters_outside_the_bmp(editor: StreamTextEdit) -> None:
    """Document positions count UTF-16 units: an emoji is two of them."""
    text = "".join(f" 🙂{i}" for i in range(3000))
    stream(editor, text)
    assert len(editor._breaks) > 3
    editor.selectAll()
    assert editor.createMimeDataFromSelection().text() == text
    block = editor.document().findBlockByNumber(3)
    cursor = editor.textCursor()
    cursor.setPosition(block.position())
    cursor.setPosition(block.next().position() + 4, QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    copied = editor.createMimeDataFromSelection().text()
    assert copied == cursor.selectedText().replace("\u2029", "")  # what is selected on screen
    assert copied in text and len(copied) > 20


def test_views_take_turns_a_frame_each_and_all_catch_up(qtbot: QtBot) -> None:
    turns: list[tuple[int, int]] = []  # (view, characters it showed), one per frame

    class Recording(StreamTextEdit):
        def show_more(self) -> bool:
            before = len(self.toPlainText().replace("\n", ""))
            more = super().show_more()
            turns.append((views.index(self), len(self.toPlainText().replace("\n", "")) - before))
            return more

    views: list[Recording] = []
    for _ in range(3):
        view = Recording()
        qtbot.addWidget(view)
        view.resize(500, 300)
        view.show()
        views.append(view)
    qtbot.waitExposed(views[-1])
    big = TEXT[: FRAME_CHARS * 3]
    for view in views:
        view.append(big)
    # the first append is shown at once (a slow stream's token shows without delay)
    assert [len(v.document().toPlainText()) > 0 for v in views] == [True, False, False]
    qtbot.waitUntil(lambda: all(v.caught_up() for v in views), timeout=10_000)
    assert all(v.text() == big and v.toPlainText().replace("\n", "") == big for v in views)
    # one view a frame, FRAME_CHARS at most, in turn: (counted per frame, not per sample of
    # the clock, which a loaded machine stretches over several frames)
    assert all(0 < shown <= FRAME_CHARS for _view, shown in turns)
    # the first view's first frame at once, then the views in turn until each caught up
    assert [view for view, _shown in turns] == [0, 0, 1, 2, 0, 1, 2, 1, 2]


def test_a_deleted_view_is_skipped(qtbot: QtBot) -> None:
    gone, kept = StreamTextEdit(), StreamTextEdit()
    qtbot.addWidget(kept)
    gone.append(TEXT)
    kept.append(TEXT)
    gone.deleteLater()
    qtbot.waitUntil(kept.caught_up, timeout=5_000)
    assert kept.text() == TEXT


def stream_on_screen(editor: StreamTextEdit, text: str, size: int = 40) -> None:
    """Append ``text`` a model's token or so at a time, each shown and painted in turn."""
    for start in range(0, len(text), size):
        editor.append(text[start : start + size])
        catch_up(editor)
        QApplication.processEvents()


def test_text_added_at_the_end_repaints_only_the_lines_it_changed(
    qtbot: QtBot, editor: StreamTextEdit
) -> None:
    """Qt's plain text layout repaints the whole view each time a paragraph grows a line; the
    view follows the end, so the lines scrolled in and those changed are all that is new."""
    stream_on_screen(editor, TEXT[:6000])
    bar = editor.verticalScrollBar()
    assert bar.value() == bar.maximum() > 0
    spy = PaintSpy(editor.viewport())
    stream_on_screen(editor, TEXT[6000:9000])
    height = editor.viewport().height()
    assert len(spy.heights()) > 30
    assert max(spy.heights()) < height / 2, spy.heights()
    assert sorted(spy.heights())[len(spy.heights()) // 2] < height / 4


def test_what_is_on_screen_is_the_text_painted_anew(qtbot: QtBot, editor: StreamTextEdit) -> None:
    """Only part of the view is repainted each frame: the rest must still be right, whether
    the view follows the end, the user scrolled up, or came back down."""
    stream_on_screen(editor, TEXT[:12000])
    assert on_screen(editor) == repainted(editor)
    bar = editor.verticalScrollBar()
    qtbot.keyClick(editor, Qt.Key.Key_PageUp)
    assert 0 < bar.value() < bar.maximum()
    stream_on_screen(editor, TEXT[12000:14000])
    assert bar.value() < bar.maximum()  # not following
    assert on_screen(editor) == repainted(editor)
    qtbot.keyClick(editor, Qt.Key.Key_End)
    assert bar.value() == bar.maximum()
    stream_on_screen(editor, TEXT[14000:])
    assert editor.text() == TEXT
    assert on_screen(editor) == repainted(editor)
