"""The legacy conversational page: a notice says it is for old endpoints and that chat is on
the Chat page, with a button there when the window has one."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from hfi_desktop.catalog import CATALOG
from hfi_desktop.ui.legacy_notice import OPEN_CHAT
from hfi_desktop.ui.main_window import MainWindow
from hfi_desktop.ui.notice import NoticeBar

from .conftest import MakeWindow
from .pages import chat_spec


def notices(window: MainWindow, task_id: str) -> list[NoticeBar]:
    return window.show_task(task_id).findChildren(NoticeBar)


def test_the_conversational_page_says_it_is_legacy(window: MainWindow) -> None:
    (notice,) = notices(window, "conversational")
    assert notice.isVisible()
    assert notice.label.text().startswith(
        "<b>Legacy: for old endpoints; for chat use the Chat page.</b>")
    assert notice.accessibleName() == "Legacy task"
    assert notice.close_button is None  # it stays: the page is legacy
    # No Chat page in this window: no button to it.
    assert [b.text() for b in notice.findChildren(QPushButton)] == []


@pytest.mark.parametrize("task_id", ["text-generation", "text-to-image", "custom-request"])
def test_other_pages_have_no_notice(window: MainWindow, task_id: str) -> None:
    assert notices(window, task_id) == []


def test_the_notice_opens_the_chat_page(qtbot: QtBot, make_window: MakeWindow) -> None:
    chat_window = make_window([*CATALOG, chat_spec()])
    (notice,) = notices(chat_window, "conversational")
    (button,) = notice.findChildren(QPushButton)
    assert button.text() == OPEN_CHAT and button.accessibleName() == OPEN_CHAT
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert chat_window.stack.currentWidget() is chat_window.pages["chat"]
    assert chat_window.sidebar.tree.currentIndex().data(Qt.ItemDataRole.DisplayRole) == "Chat"
