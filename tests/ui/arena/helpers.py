"""Driving the arena from a test: open it from a page's button, type the pool, play a round."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from hfi_desktop.ui.arena import ARENA_BUTTON_NAME, ArenaWindow
from hfi_desktop.ui.main_window import MainWindow
from tests.support.fake_api import FakeInferenceAPI, respond_json
from tests.support.qt_async import wait_until
from tests.ui.pages import fill_first_example

TASK = "text-classification"
ANSWERS = {"org/one": [[{"label": "POSITIVE", "score": 0.91}, {"label": "NEGATIVE",
                                                                "score": 0.09}]],
           "org/two": [[{"label": "NEGATIVE", "score": 0.7}, {"label": "POSITIVE",
                                                              "score": 0.3}]]}


def program_models(api: FakeInferenceAPI) -> None:
    for model, answer in ANSWERS.items():
        api.program(f"/models/{model}", respond_json(answer))


async def open_arena(window: MainWindow, qtbot: QtBot, pool: str) -> ArenaWindow:
    """The task's page with its first example, "Arena…" clicked, the pool typed in."""
    page = window.show_task(TASK)
    await fill_first_example(page)
    button = page.findChild(QPushButton, ARENA_BUTTON_NAME)
    assert button is not None and button.text() == "Arena…"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    (view,) = window.arena.views
    await wait_until(view.isVisible)
    view.activateWindow()  # (the offscreen platform does not activate a new window itself)
    await wait_until(view.isActiveWindow, timeout=10)
    view.pool_edit.setFocus()
    view.pool_edit.selectAll()
    qtbot.keyClick(view.pool_edit, Qt.Key.Key_Delete)
    for number, line in enumerate(pool.splitlines()):
        if number:
            qtbot.keyClick(view.pool_edit, Qt.Key.Key_Return)
        qtbot.keyClicks(view.pool_edit, line)
    return view


async def answered(view: ArenaWindow) -> None:
    """Until both sides have answered and the vote buttons are on."""
    await wait_until(view.can_vote, timeout=15)
