"""A chat saved as Markdown and as JSON through Save as… (Ctrl+S), kept in the history as it
streams, and reopened from the History panel whole, ready to go on."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFileDialog, QLineEdit
from pytestqt.qtbot import QtBot

from hfi_desktop.catalog.tasks_chat import CHAT
from hfi_desktop.runs import RunState
from hfi_desktop.storage.history.service import HistoryService
from hfi_desktop.storage.history.store import HistoryFilter
from hfi_desktop.ui.chat import ChatPage
from hfi_desktop.ui.export.dialogs import SAVE_DIALOG_NAME
from hfi_desktop.ui.main_window import MainWindow
from tests.support.asset_host import small_png
from tests.support.fake_api import Stream
from tests.support.fake_router import FakeRouter
from tests.support.qt_async import RunAsync, wait_until

from .conftest import chat_requests, reply_stream, settle
from .drive import send, shown, type_and_send

REPLY = "A **cat**:\n\n| animal | legs |\n|---|---|\n| cat | 4 |\n"


def save_dialog(page: ChatPage) -> QFileDialog | None:
    found = page.window().findChild(QFileDialog, SAVE_DIALOG_NAME)
    return found if found is not None and found.isVisible() else None


async def save_through_the_dialog(qtbot: QtBot, page: ChatPage, path: Path,
                                  filter_index: int, *, keys: bool = True) -> None:
    """Ctrl+S (or Save as…), pick the format, type the name, Save: as a user does."""
    page.show_status("")
    if keys:
        page.composer.edit.setFocus()
        qtbot.keyClick(page.composer.edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    else:
        qtbot.mouseClick(page.export.save_button, Qt.MouseButton.LeftButton)
    await wait_until(lambda: save_dialog(page) is not None)
    dialog = save_dialog(page)
    assert dialog is not None
    combo = dialog.findChild(QComboBox, "fileTypeCombo")
    assert combo is not None
    combo.setCurrentIndex(filter_index)
    combo.activated.emit(filter_index)
    dialog.setDirectory(str(path.parent))
    edit = dialog.findChild(QLineEdit, "fileNameEdit")
    assert edit is not None
    edit.setText(path.name)
    dialog.accept()
    await wait_until(lambda: page.status.text().startswith(("Saved", "Save failed")), timeout=10)
    assert page.status.text().startswith("Saved"), page.status.text()
    await wait_until(lambda: not page.export.saver.busy())


def start_a_chat(qtbot: QtBot, chat: ChatPage, fake_router: FakeRouter, run_async: RunAsync,
                 tmp_path: Path) -> None:
    chat.settings.system_edit.setPlainText("Answer with a table.")
    image = tmp_path / "cat.png"
    image.write_bytes(small_png())

    async def attach() -> None:
        chat.composer.attach(str(image), "cat.png")
        await wait_until(lambda: len(chat.composer.chips) == 1, timeout=10)

    run_async(attach())
    fake_router.program("/v1/chat/completions", Stream(reply_stream(REPLY)), times=1)
    send(qtbot, chat, run_async, "What is it?")


def test_a_chat_saves_as_markdown_and_as_json(qtbot: QtBot, chat: ChatPage,
                                              fake_router: FakeRouter, run_async: RunAsync,
                                              tmp_path: Path) -> None:
    start_a_chat(qtbot, chat, fake_router, run_async, tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    run_async(save_through_the_dialog(qtbot, chat, out / "cats.md", 0), timeout=20)
    markdown = (out / "cats.md").read_text()
    assert markdown.startswith("# What is it?\n")
    assert "> **System:** Answer with a table." in markdown
    assert "![cat.png](cats-image-1.png)" in markdown
    assert "| animal | legs |" in markdown
    assert (out / "cats-image-1.png").read_bytes() == small_png()
    assert chat.status.text().startswith("Saved 2 files: “cats.md” and 1 more")

    run_async(save_through_the_dialog(qtbot, chat, out / "cats.json", 1, keys=False),
              timeout=20)
    document = json.loads((out / "cats.json").read_text())
    assert [m["role"] for m in document["messages"]] == ["system", "user", "assistant"]
    assert document["messages"][2]["content"] == REPLY
    assert document["messages"][1]["content"][1]["image_url"]["url"].startswith(
        "data:image/png;base64,")


def test_a_chat_is_kept_in_the_history_and_reopens_whole(
        qtbot: QtBot, window: MainWindow, chat: ChatPage, fake_router: FakeRouter,
        history: HistoryService, run_async: RunAsync, tmp_path: Path) -> None:
    start_a_chat(qtbot, chat, fake_router, run_async, tmp_path)
    chat_id = chat.chat.id
    chat.model_field.set_model("openai/gpt-oss-120b:cheapest")
    send(qtbot, chat, run_async, "And a dog?")
    found = history.submit(lambda s: s.query(HistoryFilter(task=CHAT.id))).result(5)
    assert [(r.id, r.state) for r in found] == [(chat_id, RunState.DONE)], "one record a chat"
    assert found[0].snippet == "What is it? → Echo: And a dog?"

    qtbot.mouseClick(chat.new_button, Qt.MouseButton.LeftButton)
    assert shown(chat) == [] and chat.thread_view.empty.isVisibleTo(chat)
    chat.settings.system_edit.clear()
    window.show_task("summarization")

    dock = window.history_dock

    async def reopen() -> None:
        dock.show()
        await wait_until(lambda: dock.panel.model.rowCount() == 1)
        dock.panel.select_row(0)
        task = dock.panel.open_selected()
        assert task is not None
        await task
        await wait_until(lambda: len(chat.thread_view.views()) == 4, timeout=5)
        await settle(chat)

    run_async(reopen())
    assert window.stack.currentWidget() is chat
    assert chat.chat.id == chat_id
    assert shown(chat) == [("user", "What is it?"), ("assistant", REPLY),
                           ("user", "And a dog?"), ("assistant", "Echo: And a dog?")]
    assert chat.settings.system() == "Answer with a table."
    assert chat.model_field.model_id() == "openai/gpt-oss-120b:cheapest"
    first = chat.thread_view.views()[0]
    assert first.message.images[0].data == small_png()
    run_async(wait_until(lambda: first._thumbs[0][0].pixmap() is not None
                         and not first._thumbs[0][0].pixmap().isNull()))

    async def go_on() -> None:
        type_and_send(qtbot, chat, "And a bird?")
        await settle(chat)

    run_async(go_on())
    sent = chat_requests(fake_router)[-1]["messages"]
    assert [m["role"] for m in sent] == ["system", "user", "assistant", "user", "assistant",
                                         "user"]
    found = history.submit(lambda s: s.query(HistoryFilter(task=CHAT.id))).result(5)
    assert [r.id for r in found] == [chat_id], "the reopened chat goes on in its record"


def test_a_stopped_reply_is_kept_as_partial_in_the_history(
        qtbot: QtBot, chat: ChatPage, fake_router: FakeRouter, history: HistoryService,
        run_async: RunAsync) -> None:
    from tests.support.fake_router import Emulated

    fake_router.program("/v1/chat/completions", Emulated(delay_s=0.1), times=1)

    async def stop_midway() -> None:
        type_and_send(qtbot, chat, "a b c d e f g h i j")
        await wait_until(lambda: chat.chat.path()[-1].text.count(" ") >= 2, timeout=10)
        qtbot.mouseClick(chat.composer.send_button, Qt.MouseButton.LeftButton)
        await settle(chat)
        await history.flush()

    run_async(stop_midway())
    record = history.submit(lambda s: s.get(chat.chat.id)).result(5)
    assert record is not None and record.state is RunState.CANCELLED and record.partial
    assert record.text == chat.chat.path()[-1].text
