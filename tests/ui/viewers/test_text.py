"""Text and streamed text: batched inserts, follow the end, banners, rate, copy."""

from __future__ import annotations

import time

import pytest
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from hfi_desktop.catalog.model import OutputKind
from hfi_desktop.present import ResultContext, prepare
from hfi_desktop.ui.viewers import TextViewer
from tests.ui.viewers.conftest import ShowSample

TOKENS = [f" token{i % 97}" + ("\n" if i % 400 == 399 else "") for i in range(8000)]


@pytest.fixture
def viewer(qtbot: QtBot) -> TextViewer:
    text = TextViewer()
    qtbot.addWidget(text)
    text.resize(900, 600)
    text.show()
    qtbot.waitExposed(text)
    return text


def stream(viewer: TextViewer, tokens: list[str], batch: int) -> None:
    """Append the tokens a batch at a time, each laid out before the next (as the frame
    pacer does when batches come a frame apart)."""
    editor = viewer.editor()
    for start in range(0, len(tokens), batch):
        chunk = tokens[start : start + batch]
        viewer.append_text("".join(chunk), len(chunk))
        while not editor.caught_up():
            editor.show_more()


def test_shows_generated_text(show_sample: ShowSample) -> None:
    viewer, _ = show_sample("summarization")
    assert isinstance(viewer, TextViewer)
    assert viewer.text().startswith("The tower is 324 metres")
    assert viewer.editor().isReadOnly()
    assert viewer.status_text() == "47 words · 283 characters"
    assert viewer.banner_text() == ""


def test_8000_streamed_tokens_in_batches_fast_and_exact(viewer: TextViewer) -> None:
    viewer.begin_stream()
    assert viewer.streaming
    started = time.thread_time()  # the GUI thread's CPU time: a loaded machine leaves it
    stream(viewer, TOKENS, batch=60)  # ~ what one frame of a fast model brings
    elapsed = time.thread_time() - started
    viewer.end_stream("done")
    assert viewer.text() == "".join(TOKENS)
    assert elapsed < 1.0, f"8,000 tokens took {elapsed:.2f} s of CPU"
    assert viewer.token_count == 8000
    assert viewer.status_text().startswith("8,000 tokens")
    assert viewer.banner_text() == ""
    assert not viewer.streaming


def test_view_follows_the_end_unless_scrolled_up(viewer: TextViewer) -> None:
    bar = viewer.editor().verticalScrollBar()
    viewer.begin_stream()
    stream(viewer, TOKENS[:3000], batch=50)
    assert bar.maximum() > 0
    assert bar.value() == bar.maximum()
    bar.setValue(0)  # the user scrolls up to read
    stream(viewer, TOKENS[3000:6000], batch=50)
    assert bar.value() == 0
    bar.setValue(bar.maximum())  # back to the end: following again
    stream(viewer, TOKENS[6000:], batch=50)
    assert bar.value() == bar.maximum()


def test_cancelled_stream_keeps_partial_text_and_says_so(viewer: TextViewer) -> None:
    viewer.begin_stream()
    stream(viewer, TOKENS[:500], batch=40)
    viewer.end_stream("cancelled")
    assert viewer.text() == "".join(TOKENS[:500])
    assert viewer.banner_text() == "Cancelled — partial text kept"
    assert viewer.status_text().startswith("500 tokens")


def test_failed_stream_keeps_text_and_names_the_error(viewer: TextViewer) -> None:
    viewer.begin_stream()
    viewer.append_text("Once upon", 2)
    viewer.end_stream("error", "The connection was cut")
    assert viewer.text() == "Once upon"
    assert viewer.banner_text() == (
        "Stopped by an error — partial text kept (the connection was cut)"
    )


def test_rate_is_shown_while_streaming(viewer: TextViewer, qtbot: QtBot) -> None:
    viewer.begin_stream()
    assert viewer.status_text() == "Generating…"
    qtbot.wait(120)
    viewer.append_text("abc", 3)
    assert "3 tokens · " in viewer.status_text()
    assert "tokens/s" in viewer.status_text()


def test_new_stream_starts_clean(viewer: TextViewer) -> None:
    viewer.begin_stream()
    viewer.append_text("old", 1)
    viewer.end_stream("cancelled")
    viewer.begin_stream()
    assert (viewer.text(), viewer.banner_text(), viewer.token_count) == ("", "", 0)


def test_final_stream_result_replaces_the_streamed_text(viewer: TextViewer) -> None:
    viewer.begin_stream()
    viewer.append_text("one two", 2)
    viewer.end_stream("done")
    events = [{"token": {"text": t, "special": False}} for t in ("one", " two", " three")]
    viewer.show_result(prepare(OutputKind.TEXT_STREAM, events))
    assert viewer.text() == "one two three"
    assert viewer.status_text().startswith("3 tokens")


def test_copy_button_copies_everything(viewer: TextViewer, qtbot: QtBot) -> None:
    viewer.show_result(prepare(OutputKind.TEXT, {"generated_text": "Copy me"}))
    viewer._copy.click()
    assert QGuiApplication.clipboard().text() == "Copy me"


def test_an_identical_diff_leaves_a_streamed_text_where_it_is(viewer: TextViewer) -> None:
    from hfi_desktop.present.compare import TextDiff

    viewer.begin_stream()
    stream(viewer, TOKENS[:3000], batch=50)
    viewer.end_stream("done")
    editor, bar = viewer.editor(), viewer.editor().verticalScrollBar()
    blocks, at = editor.document().blockCount(), bar.value()
    assert at == bar.maximum() > 0
    viewer.show_diff(viewer.text(), TextDiff((), (), 1.0))
    assert (editor.document().blockCount(), bar.value()) == (blocks, at)
    assert viewer.diff_marks() == [] and viewer.text() == "".join(TOKENS[:3000])


@pytest.mark.parametrize(("text", "status"), [
    ("a", "1 word · 1 character"),
    ("ab cd", "2 words · 5 characters"),
])
def test_counts_in_the_singular_and_the_plural(viewer: TextViewer, text: str,
                                               status: str) -> None:
    viewer.show_result(prepare(OutputKind.TEXT, [{"generated_text": text}], ResultContext()))
    assert viewer.status_text() == status


def test_one_streamed_token_is_one_token(viewer: TextViewer) -> None:
    viewer.begin_stream()
    viewer.append_text("Hi", 1)
    viewer.end_stream("done")
    assert viewer.status_text().startswith("1 token")
    assert not viewer.status_text().startswith("1 tokens")
