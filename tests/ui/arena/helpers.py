"""Driving the arena from a test: open it from a page's button, type the pool, play a round."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from hfi_desktop.arena import Pair, Target, Verdict
from hfi_desktop.ui.arena import ARENA_BUTTON_NAME, ArenaWindow, LeaderboardDialog
from hfi_desktop.ui.main_window import MainWindow
from tests.support.fake_api import FakeInferenceAPI, respond_json
from tests.support.qt_async import wait_until
from tests.ui.pages import fill_first_example

TASK = "text-classification"
ONE, TWO = Target("org/one"), Target("org/two")
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


async def play(view: ArenaWindow, qtbot: QtBot) -> Pair:
    qtbot.mouseClick(view.round_button, Qt.MouseButton.LeftButton)
    await answered(view)
    assert view.pair is not None
    return view.pair


async def voted_leaderboard(window: MainWindow, qtbot: QtBot, rounds: int
                            ) -> LeaderboardDialog:
    """The arena of org/one and org/two, ``rounds`` votes for org/one, then its leaderboard
    opened by its button and loaded."""
    view = await open_arena(window, qtbot, "org/one\norg/two")
    for _ in range(rounds):
        pair = await play(view, qtbot)
        winner = Verdict.A if pair.a == ONE else Verdict.B
        qtbot.mouseClick(view.vote_buttons[winner], Qt.MouseButton.LeftButton)
        await wait_until(lambda: not view.running_tasks())
    qtbot.mouseClick(view.leaderboard_button, Qt.MouseButton.LeftButton)
    await wait_until(lambda: window.arena.leaderboard is not None
                     and window.arena.leaderboard.isVisible()
                     and window.arena.leaderboard.table.rowCount() == 2
                     and not window.arena.leaderboard.loading())
    dialog = window.arena.leaderboard
    assert dialog is not None
    return dialog
