"""The first page, before a task is chosen: the welcome (what the app does, the token, trying
without one, a first example, ready to run) until a run has succeeded; Help ▸ Welcome."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from hfi_desktop.inference.urls import PROVIDERS_PERMISSION, TOKENS_PAGE
from hfi_desktop.local.clients import ENGINE_ID
from hfi_desktop.ui.local import LocalSourcesService
from hfi_desktop.ui.main_window import FIRST_EXAMPLE_TASK, MainWindow
from hfi_desktop.ui.services import Services
from hfi_desktop.ui.viewers import ScoresViewer
from tests.support.fake_api import FakeInferenceAPI
from tests.support.qt_async import RunAsync, wait_until
from tests.ui.conftest import MakeWindow
from tests.ui.help.driving import open_help_item


def test_the_first_page_points_at_an_example_and_the_token(window: MainWindow) -> None:
    state = window.welcome
    assert window.stack.currentWidget() is state
    assert state.is_full() and state.intro.isVisible()
    assert "Welcome" in state.title.text()
    token_text = " ".join(label.text() for label in state.token_card.findChildren(QLabel))
    assert TOKENS_PAGE in token_text and PROVIDERS_PERMISSION in token_text
    assert state.try_button.isVisible()
    assert state.example_button.isVisible()
    assert state.example_button.text() == "Open Text classification with an example"
    assert state.token_button.isVisible() and state.token_help_button.isVisible()


def test_the_example_button_opens_the_page_ready_to_run(
        window: MainWindow, qtbot: QtBot, fake_api: FakeInferenceAPI,
        run_async: RunAsync) -> None:
    qtbot.mouseClick(window.welcome.example_button, Qt.MouseButton.LeftButton)
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


def test_a_run_that_succeeded_puts_the_welcome_away_and_help_brings_it_back(
        window: MainWindow, services: Services, make_window: MakeWindow, qtbot: QtBot,
        fake_api: FakeInferenceAPI, run_async: RunAsync) -> None:
    assert not services.settings.welcome_done()
    qtbot.mouseClick(window.welcome.example_button, Qt.MouseButton.LeftButton)
    page = window.pages[FIRST_EXAMPLE_TASK]
    finished: list[str] = []
    page.run_finished.connect(finished.append)

    async def press_run() -> None:
        qtbot.keyClick(page, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        await wait_until(lambda: finished, timeout=10)

    run_async(press_run(), timeout=20)
    assert finished == ["done"] and services.settings.welcome_done()

    again = make_window()  # the next start: the first example alone
    assert again.stack.currentWidget() is again.welcome
    assert not again.welcome.is_full() and again.welcome.example_button.isVisible()
    open_help_item(qtbot, again, "e")  # Help ▸ Welcome
    assert again.stack.currentWidget() is again.welcome and again.welcome.is_full()
    assert again.welcome.token_button.isVisible()


def test_try_without_a_token_opens_a_public_example(window: MainWindow,
                                                    qtbot: QtBot) -> None:
    assert not window.local_engine  # no local engine in this window's services
    assert window.welcome.try_button.text() == "Try a public example"
    qtbot.mouseClick(window.welcome.try_button, Qt.MouseButton.LeftButton)
    page = window.pages[FIRST_EXAMPLE_TASK]
    assert window.stack.currentWidget() is page
    assert page.values() == {"inputs": "I like you. I love you."}


def test_how_do_i_get_one_opens_the_token_help(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.mouseClick(window.welcome.token_help_button, Qt.MouseButton.LeftButton)
    assert window.help.dialogs, "the token help should be open"
    (dialog,) = window.help.dialogs.values()
    assert dialog.isVisible() and dialog.windowTitle() == "How to add a token"


def test_try_without_a_token_chooses_the_local_engine_when_it_can_run(
        make_window: MakeWindow, services: Services, qtbot: QtBot) -> None:
    services.local = LocalSourcesService(find_spec=lambda _name: object())  # extra "found"
    window = make_window()
    assert window.local_engine
    assert window.welcome.try_button.text() == "Try it on this computer"
    qtbot.mouseClick(window.welcome.try_button, Qt.MouseButton.LeftButton)
    page = window.pages[FIRST_EXAMPLE_TASK]
    assert window.stack.currentWidget() is page
    assert page.provider_picker.choice() == ENGINE_ID
    assert page.values() == {"inputs": "I like you. I love you."}
    assert not services.local.engine.is_running()  # it starts when Run is pressed
