"""The first page, before a task is chosen: a first example, ready to run; the token."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from hfi_desktop.ui.main_window import FIRST_EXAMPLE_TASK, MainWindow
from hfi_desktop.ui.viewers import ScoresViewer
from tests.support.fake_api import FakeInferenceAPI
from tests.support.qt_async import RunAsync, wait_until


def test_the_first_page_points_at_an_example_and_the_token(window: MainWindow) -> None:
    state = window.empty_state
    assert window.stack.currentWidget() is state
    assert state.example_button.isVisible()
    assert state.example_button.text() == "Open Text classification with an example"
    assert state.token_button.isVisible() and state.token_help_button.isVisible()


def test_the_example_button_opens_the_page_ready_to_run(
        window: MainWindow, qtbot: QtBot, fake_api: FakeInferenceAPI,
        run_async: RunAsync) -> None:
    qtbot.mouseClick(window.empty_state.example_button, Qt.MouseButton.LeftButton)
    page = window.pages[FIRST_EXAMPLE_TASK]
    assert window.stack.currentWidget() is page
    assert window.sidebar.tree.currentIndex().data(Qt.ItemDataRole.DisplayRole) == \
        "Text classification"
    assert page.values() == {"inputs": "I like you. I love you."}
    qtbot.waitUntil(page.run_button.hasFocus)
    finished: list[str] = []
    page.run_finished.connect(finished.append)

    async def press_run() -> None:
        qtbot.keyClick(page.run_button, Qt.Key.Key_Space)  # Run has the focus
        await wait_until(lambda: finished, timeout=10)

    run_async(press_run(), timeout=20)
    assert finished == ["done"]
    assert isinstance(page.result_panel.viewer, ScoresViewer)


def test_how_do_i_get_one_opens_the_token_help(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.mouseClick(window.empty_state.token_help_button, Qt.MouseButton.LeftButton)
    assert window.help.dialogs, "the token help should be open"
    (dialog,) = window.help.dialogs.values()
    assert dialog.isVisible() and dialog.windowTitle() == "How to add a token"
