"""The chat's examples, as a user meets them: chips on an empty chat; a click puts the
example's message in the box (and its system prompt, if it has one); Enter sends it to the
local router. Each example in turn, each in a new chat."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from hfi_desktop.catalog.tasks_chat import CHAT, SYSTEM
from hfi_desktop.ui.chat import ChatPage
from tests.support.fake_router import FakeRouter
from tests.support.qt_async import RunAsync

from .conftest import chat_requests
from .drive import act, shown


def _chips(chat: ChatPage) -> dict[str, QPushButton]:
    return {b.text(): b for b in chat.thread_view.findChildren(QPushButton, "chatExample")
            if b.isVisibleTo(chat)}


def test_each_example_fills_the_box_and_is_sent(qtbot: QtBot, chat: ChatPage,
                                                fake_router: FakeRouter,
                                                run_async: RunAsync) -> None:
    assert list(_chips(chat)) == ["Explain", "Write code", "Compare"]
    for number, example in enumerate(CHAT.examples, start=1):
        qtbot.mouseClick(chat.new_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(_chips(chat)[example.title], Qt.MouseButton.LeftButton)
        message = str(example.values["message"])
        assert chat.composer.text() == message
        assert chat.composer.edit.hasFocus() or not chat.isActiveWindow()
        system = example.values.get(SYSTEM)
        if system is not None:
            assert chat.settings.system_edit.toPlainText() == system
        act(run_async, chat, lambda: qtbot.keyClick(chat.composer.edit, Qt.Key.Key_Return))
        assert shown(chat) == [("user", message), ("assistant", f"Echo: {message}")]
        assert not _chips(chat)  # the chat is no longer empty
        bodies = chat_requests(fake_router)
        assert len(bodies) == number
        sent = bodies[-1]["messages"]
        assert sent[-1] == {"role": "user", "content": message}
        if system is not None:
            assert sent[0] == {"role": "system", "content": system}
    assert any(SYSTEM in e.values for e in CHAT.examples)
