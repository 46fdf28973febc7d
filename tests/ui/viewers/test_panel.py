"""ResultPanel (tabs, empty state, inline errors, streams), raw JSON and details."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPlainTextEdit, QPushButton
from pytestqt.qtbot import QtBot

from hfi_desktop.catalog.model import OutputKind
from hfi_desktop.inference import ResponseInfo
from hfi_desktop.ui.viewers import (
    ConversationViewer,
    RawJsonView,
    RawViewer,
    ResponseDetails,
    ResultPanel,
    ScoresViewer,
    TextViewer,
)
from hfi_desktop.ui.viewers.panel import EMPTY_TEXT
from tests.ui.viewers.conftest import ShowSample, prepared_sample


def make_panel(qtbot: QtBot) -> ResultPanel:
    panel = ResultPanel()
    qtbot.addWidget(panel)
    panel.resize(900, 600)
    panel.show()
    return panel


def test_starts_empty(qtbot: QtBot) -> None:
    panel = make_panel(qtbot)
    assert panel.state() == "empty"
    assert panel.empty_text() == EMPTY_TEXT == "Run the model to see the result here"
    assert [panel.tabs.tabText(i) for i in range(3)] == ["Result", "JSON", "Details"]
    assert panel.viewer is None


def test_shows_result_json_and_details(qtbot: QtBot) -> None:
    panel = make_panel(qtbot)
    viewer = panel.show_result(prepared_sample("image-classification"))
    assert isinstance(viewer, ScoresViewer) and panel.viewer is viewer
    assert panel.state() == "result"
    assert panel.json_view.text().startswith('[\n  {"score": 0.9981812238693237')
    info = ResponseInfo(
        url="http://x/models/google/vit-base-patch16-224",
        status=200,
        content_type="application/json",
        bytes=368,
        elapsed_s=0.412,
        request_id="Root=1-abc",
    )
    panel.set_details(info, "google/vit-base-patch16-224")
    assert panel.details.values() == {
        "Status": "200 OK",
        "Time": "0.41 s",
        "Size": "368 bytes",
        "Model": "google/vit-base-patch16-224",
        "Provider": "—",
        "URL": "http://x/models/google/vit-base-patch16-224",
        "Content type": "application/json",
        "Request id": "Root=1-abc",
        "Server warnings": "—",
    }


def test_inline_error_replaces_the_result(qtbot: QtBot) -> None:
    panel = make_panel(qtbot)
    panel.show_result(prepared_sample("image-classification"))
    panel.show_error("Model not found", "Model x does not exist")
    assert panel.state() == "error"
    assert panel.error_box.isVisible()
    assert panel.error_box.title.text() == "Model not found"
    assert panel.error_box.message.text() == "Model x does not exist"
    assert panel.viewer is None
    assert panel.json_view.text() == ""
    assert QGuiApplication.instance().activeModalWidget() is None  # type: ignore[union-attr]
    panel.show_result(prepared_sample("text-classification"))
    assert panel.state() == "result" and not panel.error_box.isVisible()


def test_stream_through_the_panel_and_error_keeps_partial_text(qtbot: QtBot) -> None:
    panel = make_panel(qtbot)
    panel.tabs.setCurrentIndex(2)
    viewer = panel.begin_stream()
    assert isinstance(viewer, TextViewer) and panel.tabs.currentIndex() == 0
    for word in ("Once", " upon", " a", " time"):
        panel.append_text(word, 1)
    panel.end_stream("error", "connection cut")
    panel.show_error("Stream interrupted", "connection cut", keep_result=True)
    assert panel.state() == "error"
    assert panel.viewer is viewer and viewer.isVisible()
    assert viewer.text() == "Once upon a time"
    assert viewer.banner_text().startswith("Stopped by an error — partial text kept")


def test_conversation_continues_across_results(qtbot: QtBot) -> None:
    panel = make_panel(qtbot)
    first = panel.show_result(prepared_sample("conversational"))
    panel.show_result(prepared_sample("text-classification"))
    again = panel.show_result(prepared_sample("conversational"))
    assert isinstance(again, ConversationViewer) and again is first
    assert len(again.turns()) == 4
    panel.clear()
    assert panel.state() == "empty" and again.turns() == []
    assert panel.details.values()["Status"] == "—"


def test_raw_json_view_copies(qtbot: QtBot) -> None:
    view = RawJsonView()
    qtbot.addWidget(view)
    view.set_text('{"a": 1}')
    assert view.text() == '{"a": 1}'
    (button,) = view.findChildren(QPushButton)
    assert button.text() == "Copy"
    button.click()
    assert QGuiApplication.clipboard().text() == '{"a": 1}'


def test_raw_json_set_while_its_tab_is_hidden_is_laid_out_when_shown(qtbot: QtBot) -> None:
    panel = make_panel(qtbot)
    assert not panel.json_view.isVisible()  # the Result tab is on show
    panel.json_view.set_text('{\n  "a": 1\n}')
    editor = panel.json_view.findChild(QPlainTextEdit)
    assert editor is not None and editor.toPlainText() == ""  # not laid out yet
    assert panel.json_view.text() == '{\n  "a": 1\n}'  # Copy has it all the same
    panel.tabs.setCurrentWidget(panel.json_view)
    assert editor.toPlainText() == '{\n  "a": 1\n}'
    panel.json_view.clear()
    assert panel.json_view.text() == "" and editor.toPlainText() == ""


def test_raw_viewer_shows_json_or_media(show_sample: ShowSample) -> None:
    viewer, prepared = show_sample("custom-request")
    assert isinstance(viewer, RawViewer)
    assert viewer.current() is viewer.json
    assert viewer.json.text() == prepared.raw_json
    viewer.show_result(prepared_sample("custom-request-image"))
    assert viewer.current() is viewer.image
    assert viewer.image.view.has_image()


def test_details_without_response(qtbot: QtBot) -> None:
    details = ResponseDetails()
    qtbot.addWidget(details)
    details.set_response(None, "gpt2")
    assert details.values()["Model"] == "gpt2"
    assert details.values()["Status"] == "—"
    details.set_details(status=599)
    assert details.values()["Status"] == "599"


def test_kind_of_the_prepared_picks_the_viewer(qtbot: QtBot) -> None:
    panel = make_panel(qtbot)
    prepared = prepared_sample("question-answering")
    assert prepared.kind is OutputKind.ANSWER_SPAN
    viewer = panel.show_result(prepared)
    assert type(viewer).__name__ == "SpansViewer"


def test_a_viewer_leaving_the_screen_is_cleared(qtbot: QtBot) -> None:
    panel = make_panel(qtbot)
    audio = panel.show_result(prepared_sample("text-to-speech"))
    assert len(audio.players()) == 1  # type: ignore[attr-defined]
    panel.show_result(prepared_sample("text-classification"))
    assert audio.players() == []  # type: ignore[attr-defined]
    chat = panel.show_result(prepared_sample("conversational"))
    panel.show_error("Rate limited", "Try again in 10 s")
    assert len(chat.turns()) == 4  # type: ignore[attr-defined]
