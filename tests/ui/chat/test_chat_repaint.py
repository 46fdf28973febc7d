"""A reply streaming into the thread repaints the strip it adds, not all the thread in view,
and what is on screen is still the thread painted anew: while the view follows the reply,
after it, scrolled up, and in a narrower window."""

from __future__ import annotations

import statistics

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from hfi_desktop.ui.chat import ChatPage
from tests.support.fake_api import Stream
from tests.support.fake_router import FakeRouter
from tests.support.paint import PaintSpy, on_screen, repainted
from tests.support.qt_async import RunAsync, wait_until

from .conftest import reply_stream, settle
from .drive import type_and_send

#: A reply long enough to scroll, with what the Markdown view styles.
MARKDOWN = "\n\n".join(
    f"## Part {i}\n\nSome *text* with `inline code`, and more words to wrap the line "
    f"over the column's width, {i} times over.\n\n- one\n- two\n\n```python\nprint({i})\n"
    f"```\n\n| a | b |\n|---|---|\n| {i} | {i * 2} |\n\n> a quote {i}"
    for i in range(16))


def test_a_streamed_reply_repaints_what_it_adds_and_shows_what_it_should(
        qtbot: QtBot, chat: ChatPage, fake_router: FakeRouter, run_async: RunAsync) -> None:
    fake_router.program("/v1/chat/completions",
                        Stream(reply_stream(MARKDOWN), delay_s=0.002), times=1)
    thread = chat.thread_view
    spy = PaintSpy(thread.widget())

    def replied() -> int:
        views = thread.views()
        markdown = views[-1].markdown if len(views) > 1 else None
        return len(markdown.text()) if markdown is not None else 0

    async def ask_and_follow() -> None:
        type_and_send(qtbot, chat, "Show me some Markdown")
        await wait_until(lambda: replied() > 200, timeout=20)
        qtbot.mouseClick(thread.jump_button, Qt.MouseButton.LeftButton)  # follow the reply
        spy.sizes.clear()
        await settle(chat)

    run_async(ask_and_follow())
    assert replied() == len(MARKDOWN)
    bar = thread.verticalScrollBar()
    assert bar.value() == bar.maximum() > 0
    in_view = thread.viewport().width() * thread.viewport().height()
    areas = [width * height for width, height in spy.sizes]
    assert len(areas) > 20
    assert statistics.median(areas) < in_view / 3, spy.sizes
    qtbot.waitUntil(lambda: on_screen(thread) == repainted(thread))  # once painted
    qtbot.keyClick(thread, Qt.Key.Key_PageUp)
    qtbot.waitUntil(lambda: bar.value() < bar.maximum())
    qtbot.waitUntil(lambda: on_screen(thread) == repainted(thread))
    window = thread.window()
    window.resize(window.width() - 300, window.height())
    qtbot.waitUntil(lambda: on_screen(thread) == repainted(thread))
