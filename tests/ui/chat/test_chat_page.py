"""The chat page, driven as a user drives it, against the local router: a reply streams in,
Stop keeps what came, Regenerate and Edit make versions (< 1/2 >), Branch makes a new chat,
an attached image goes as a data URL; the figures of a reply; errors keep your message."""

from __future__ import annotations

import base64
import json

from PySide6.QtCore import QMimeData, Qt, QTranslator, QUrl
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from hfi_desktop.chat import chat_markdown
from hfi_desktop.runs import RunState
from hfi_desktop.ui.chat import ChatPage
from hfi_desktop.ui.main_window import MainWindow
from hfi_desktop.ui.services import Services
from tests.support.asset_host import small_png
from tests.support.fake_api import Stream
from tests.support.fake_router import Emulated, FakeRouter, credits_exceeded
from tests.support.qt_async import RunAsync, wait_until

from .conftest import PROVIDER, chat_requests, reply_stream, settle
from .drive import act, click, send, shown, type_and_send


def test_a_reply_streams_into_the_thread_with_its_figures(
        qtbot: QtBot, chat: ChatPage, fake_router: FakeRouter, run_async: RunAsync) -> None:
    chat.settings.system_edit.setPlainText("Be brief.")
    send(qtbot, chat, run_async, "hello there")
    assert chat.composer.text() == "", "the message left the box"
    assert shown(chat) == [("user", "hello there"), ("assistant", "Echo: hello there")]
    (body,) = chat_requests(fake_router)
    assert body["messages"] == [{"role": "system", "content": "Be brief."},
                                {"role": "user", "content": "hello there"}]
    assert body["model"] == "openai/gpt-oss-120b"
    assert body["stream"] is True and body["stream_options"] == {"include_usage": True}
    reply = chat.thread_view.views()[1]
    assert reply.markdown is not None and reply.markdown.text() == "Echo: hello there"
    assert reply.message.state is RunState.DONE
    stats = reply.message.stats
    assert stats is not None and not stats.approximate
    assert (stats.completion_tokens, stats.provider) == (3, PROVIDER)
    assert "3 tokens" in reply.stats.text() and "to first token" in reply.stats.text()
    assert chat.thread_view.system.text() == "System: Be brief."


def test_in_chinese_a_reply_s_figures_are_chinese_and_its_export_english(
        in_chinese: list[QTranslator], qtbot: QtBot, chat: ChatPage, run_async: RunAsync
        ) -> None:
    send(qtbot, chat, run_async, "hello there")
    reply = chat.thread_view.views()[1]
    figures = reply.stats.text()
    assert "首个词元" in figures and "3 个词元" in figures and f"经由 {PROVIDER}" in figures
    assert "token" not in figures and "via" not in figures
    markdown = chat_markdown(chat.chat, model="m", image_link=lambda image: image.name)
    assert "s to first token" in markdown and "3 tokens" in markdown  # saved files: English


def test_a_finished_reply_puts_the_first_run_welcome_away(
        qtbot: QtBot, window: MainWindow, services: Services, chat: ChatPage,
        run_async: RunAsync) -> None:
    assert not services.settings.welcome_done() and window.welcome.is_full()
    send(qtbot, chat, run_async, "hello there")
    assert chat.thread_view.views()[1].message.state is RunState.DONE
    assert services.settings.welcome_done(), "the next start is without the welcome"
    assert not window.welcome.is_full()


def test_stop_keeps_the_partial_reply(qtbot: QtBot, chat: ChatPage, fake_router: FakeRouter,
                                      run_async: RunAsync) -> None:
    fake_router.program("/v1/chat/completions", Emulated(delay_s=0.15), times=1)
    async def stop_after_some_text() -> None:
        type_and_send(qtbot, chat, "one two three four five six seven eight")
        await wait_until(lambda: len(chat.chat.path()) == 2
                         and chat.chat.path()[1].text.count(" ") >= 2, timeout=10)
        assert chat.composer.send_button.text() == "Stop"
        qtbot.keyClick(chat.composer.edit, Qt.Key.Key_Escape)
        await settle(chat)

    run_async(stop_after_some_text())
    reply = chat.thread_view.views()[1]
    assert reply.message.state is RunState.CANCELLED
    partial = reply.message.text
    assert partial.startswith("Echo: one") and not partial.endswith("eight")
    assert reply.note.text().startswith("Stopped") and reply.note.isVisibleTo(chat)
    assert chat.composer.send_button.text() == "Send"


def test_regenerate_edit_and_versions(qtbot: QtBot, chat: ChatPage, fake_router: FakeRouter,
                                      run_async: RunAsync) -> None:
    send(qtbot, chat, run_async, "first question")
    act(run_async, chat, lambda: click(qtbot, chat.thread_view.views()[1], "regenerate"))
    first, second = chat_requests(fake_router)
    assert first["messages"] == second["messages"], "the same conversation is sent again"
    reply = chat.thread_view.views()[1]
    assert reply.version.text() == "2/2"
    click(qtbot, reply, "previous")
    assert chat.thread_view.views()[1].version.text() == "1/2"

    mine = chat.thread_view.views()[0]
    click(qtbot, mine, "edit")
    assert mine.editor is not None
    mine.editor.selectAll()
    qtbot.keyClicks(mine.editor, "second question")
    editor = mine.editor
    act(run_async, chat, lambda: qtbot.keyClick(editor, Qt.Key.Key_Return,
                                                Qt.KeyboardModifier.ControlModifier))
    assert shown(chat) == [("user", "second question"), ("assistant", "Echo: second question")]
    assert chat_requests(fake_router)[-1]["messages"] == [
        {"role": "user", "content": "second question"}]
    edited = chat.thread_view.views()[0]
    assert edited.version.text() == "2/2"
    click(qtbot, edited, "previous")
    assert shown(chat) == [("user", "first question"), ("assistant", "Echo: first question")]
    assert chat.thread_view.views()[1].version.text() == "1/2", "its own replies come back"


def test_branch_starts_a_new_chat_up_to_the_message(
        qtbot: QtBot, chat: ChatPage, fake_router: FakeRouter, run_async: RunAsync) -> None:
    send(qtbot, chat, run_async, "alpha")
    send(qtbot, chat, run_async, "beta")
    before = chat.chat
    click(qtbot, chat.thread_view.views()[1], "branch")
    assert chat.chat is not before
    assert shown(chat) == [("user", "alpha"), ("assistant", "Echo: alpha")]
    send(qtbot, chat, run_async, "gamma")
    assert [m["content"] for m in chat_requests(fake_router)[-1]["messages"]] == [
        "alpha", "Echo: alpha", "gamma"]
    assert [m.text for m in before.path()][-1] == "Echo: beta", "the first chat is kept"


def test_an_attached_image_goes_as_a_data_url(qtbot: QtBot, chat: ChatPage,
                                               fake_router: FakeRouter, run_async: RunAsync,
                                               tmp_path: object) -> None:
    png = small_png()
    mime = QMimeData()
    mime.setData("image/png", png)
    from PySide6.QtGui import QImage
    image = QImage()
    image.loadFromData(png)
    mime.setImageData(image)
    QGuiApplication.clipboard().setMimeData(mime)
    async def paste() -> None:
        chat.composer.edit.setFocus()
        qtbot.keyClick(chat.composer.edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
        await wait_until(lambda: len(chat.composer.chips) == 1, timeout=10)

    run_async(paste())
    assert chat.composer.chips[0].image.file.mime == "image/png"
    send(qtbot, chat, run_async, "what is this?")
    (body,) = chat_requests(fake_router)
    text, part = body["messages"][0]["content"]
    assert text == {"type": "text", "text": "what is this?"}
    url = part["image_url"]["url"]
    assert url.startswith("data:image/png;base64,")
    sent = base64.b64decode(url.partition(",")[2])
    assert QImage.fromData(sent).size() == image.size()
    assert shown(chat)[1] == ("assistant", "Echo: what is this? [1 image]")
    view = chat.thread_view.views()[0]
    run_async(wait_until(lambda: view._thumbs[0][0].pixmap() is not None
                         and not view._thumbs[0][0].pixmap().isNull()))


def test_a_dropped_image_file_is_attached(qtbot: QtBot, chat: ChatPage, run_async: RunAsync,
                                          tmp_path: object) -> None:
    from pathlib import Path

    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    path = Path(str(tmp_path)) / "photo.png"
    path.write_bytes(small_png())
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    target = chat.thread_view.viewport()
    center = target.rect().center()
    action, button = Qt.DropAction.CopyAction, Qt.MouseButton.LeftButton
    enter = QDragEnterEvent(QPoint(center), action, mime, button, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(chat, enter)
    assert enter.isAccepted()

    async def drop() -> None:
        QApplication.sendEvent(chat, QDropEvent(QPointF(center), action, mime, button,
                                                Qt.KeyboardModifier.NoModifier))
        await wait_until(lambda: len(chat.composer.chips) == 1, timeout=10)

    run_async(drop())
    assert chat.composer.chips[0].image.file.name == "photo.png"


def test_tool_calls_show_and_your_answer_goes_back_as_the_tools(
        qtbot: QtBot, chat: ChatPage, fake_router: FakeRouter, run_async: RunAsync) -> None:
    chat.settings.tools_section.set_expanded(True)
    chat.settings.tools.edit.setFocus()
    qtbot.keyClicks(chat.settings.tools.edit, json.dumps(
        [{"type": "function", "function": {"name": "lookup", "parameters": {}}}]))
    chat.settings.tools.check_now()
    assert chat.settings.tools.status.message() == "Valid tools"
    send(qtbot, chat, run_async, "find cats")
    reply = chat.thread_view.views()[1]
    (call,) = reply.message.tool_calls
    assert call["function"]["name"] == "lookup"
    (box,) = [reply.tools.itemAt(i).widget() for i in range(reply.tools.count())]
    assert "lookup" in box.title.text()
    assert box.text.text() == json.dumps({"echo": "find cats"}, indent=2)
    assert "lookup" in chat.composer.edit.placeholderText()
    send(qtbot, chat, run_async, "three cats")
    sent = chat_requests(fake_router)[-1]["messages"]
    assert sent[-2]["tool_calls"][0]["id"] == call["id"]
    assert sent[-1] == {"role": "tool", "tool_call_id": call["id"], "content": "three cats"}


def test_a_bad_schema_is_named_as_typed_and_nothing_is_sent(
        qtbot: QtBot, chat: ChatPage, fake_router: FakeRouter) -> None:
    panel = chat.settings
    panel.format_section.set_expanded(True)
    panel.format_mode.setCurrentIndex(panel.format_mode.findData("json_schema"))
    panel.schema.edit.setFocus()
    qtbot.keyClicks(panel.schema.edit, '{"type": "object",')
    qtbot.keyClick(panel.schema.edit, Qt.Key.Key_Return)
    qtbot.keyClicks(panel.schema.edit, ' "properties": {"a": }}')
    qtbot.waitUntil(lambda: panel.schema.status.message() != "", timeout=5000)
    assert panel.schema.status.message() == (
        "invalid JSON at line 2, column 22: Expecting value")
    type_and_send(qtbot, chat, "an answer please")
    assert chat.composer.text() == "an answer please", "the message stays in the box"
    assert chat.error_box.isVisibleTo(chat)
    assert "line 2, column 22" in chat.error_box.message.text()
    assert chat_requests(fake_router) == []
    panel.schema.edit.setPlainText('{"type": "object"}')
    panel.schema.check_now()
    assert panel.schema.status.message() == "Valid JSON schema"


def test_a_failure_before_any_reply_puts_the_message_back(
        qtbot: QtBot, chat: ChatPage, fake_router: FakeRouter, run_async: RunAsync) -> None:
    fake_router.program("/v1/chat/completions", credits_exceeded(), times=1)
    send(qtbot, chat, run_async, "are you there?")
    assert shown(chat) == [], "the failed turn is taken out"
    assert chat.composer.text() == "are you there?"
    assert chat.error_box.isVisibleTo(chat)
    assert chat.error_box.title.text() == "Out of Inference Providers credits"
    assert "HTTP 402" in chat.error_box.message.text()
    assert "add credits" in chat.error_box.message.text()
    act(run_async, chat, lambda: qtbot.keyClick(chat.composer.edit, Qt.Key.Key_Return))
    assert shown(chat) == [("user", "are you there?"), ("assistant", "Echo: are you there?")]
    assert not chat.error_box.isVisibleTo(chat)


def test_a_model_no_provider_serves_says_so(qtbot: QtBot, chat: ChatPage,
                                             fake_router: FakeRouter,
                                             run_async: RunAsync) -> None:
    chat.model_field.set_model("nobody/serves-this:groq")
    send(qtbot, chat, run_async, "hi")
    assert chat.composer.text() == "hi"
    assert "nobody/serves-this" in chat.error_box.message.text()
    assert chat.error_box.title.text()


def test_usage_counted_from_chunks_when_the_stream_gives_none(
        qtbot: QtBot, chat: ChatPage, fake_router: FakeRouter, run_async: RunAsync) -> None:
    fake_router.program("/v1/chat/completions",
                        Stream(reply_stream("A short reply."), delay_s=0.01), times=1)
    send(qtbot, chat, run_async, "hi")
    reply = chat.thread_view.views()[1]
    stats = reply.message.stats
    assert stats is not None and stats.approximate
    assert "(counted chunks)" in reply.stats.text()


def test_the_cost_comes_from_the_routers_prices(
        qtbot: QtBot, chat: ChatPage, fake_router: FakeRouter, run_async: RunAsync) -> None:
    fake_router.add_catalog_model("openai/gpt-oss-120b", [
        {"provider": PROVIDER, "pricing": {"input": 1.0, "output": 2.0}}])
    send(qtbot, chat, run_async, "what does it cost")
    reply = chat.thread_view.views()[1]
    run_async(wait_until(lambda: reply.message.stats is not None
                         and reply.message.stats.cost_usd is not None))
    stats = reply.message.stats
    assert stats is not None
    assert stats.cost_usd == (stats.prompt_tokens * 1.0 + stats.completion_tokens * 2.0) / 1e6
    run_async(wait_until(lambda: "$" in reply.stats.text()))
    send(qtbot, chat, run_async, "again")
    assert len([r for r in fake_router.requests if r.path == "/v1/models"]) == 1
