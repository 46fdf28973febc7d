"""Driving the chat page as a user does: typing, Enter, clicks on a message's actions; each
action that starts a reply runs on the test's loop, then waits for the reply."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from hfi_desktop.ui.chat import ChatPage
from hfi_desktop.ui.chat.message_view import MessageView
from tests.support.qt_async import RunAsync

from .conftest import settle


def type_and_send(qtbot: QtBot, page: ChatPage, text: str) -> None:
    """Type ``text`` and press Enter (call it on the loop: sending starts a task)."""
    page.composer.edit.setFocus()
    qtbot.keyClicks(page.composer.edit, text)
    qtbot.keyClick(page.composer.edit, Qt.Key.Key_Return)


def send(qtbot: QtBot, page: ChatPage, run_async: RunAsync, text: str) -> None:
    """Type, press Enter and wait for the reply, as a user does."""
    async def act() -> None:
        type_and_send(qtbot, page, text)
        await settle(page)

    run_async(act())


def act(run_async: RunAsync, page: ChatPage, action: Callable[[], object]) -> None:
    """Do ``action`` (a click that starts a reply) on the loop, then wait for the reply."""
    async def go() -> None:
        action()
        await settle(page)

    run_async(go())


def shown(page: ChatPage) -> list[tuple[str, str]]:
    return [(v.message.role, v.message.text) for v in page.thread_view.views()]


def click(qtbot: QtBot, view: MessageView, action: str) -> None:
    qtbot.mouseClick(view.buttons[action], Qt.MouseButton.LeftButton)
