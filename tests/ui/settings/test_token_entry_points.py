"""Where a newcomer finds the token's settings: the empty state's "Add an access token…",
Help ▸ How to add a token ▸ Open Settings ▸ Account; File keeps Quit last."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from hfi_desktop.ui.help.token_dialog import TokenHelpDialog
from hfi_desktop.ui.main_window import MainWindow
from hfi_desktop.ui.menus import menu
from hfi_desktop.ui.settings import SettingsDialog
from tests.ui.help.driving import open_help_item, shown_dialog

from .conftest import hooks


def shown_settings(window: MainWindow, qtbot: QtBot) -> SettingsDialog:
    dialog = hooks(window).dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def test_add_an_access_token_opens_the_account_tab(app_window: MainWindow,
                                                    qtbot: QtBot) -> None:
    first = hooks(app_window).open_dialog()
    first.tabs.setCurrentWidget(first.appearance)  # left on another tab last time
    first.reject()
    qtbot.mouseClick(app_window.empty_state.token_button, Qt.MouseButton.LeftButton)
    dialog = shown_settings(app_window, qtbot)
    assert dialog.tabs.currentWidget() is dialog.account
    dialog.reject()


def test_the_token_help_leads_to_the_account_tab(app_window: MainWindow, qtbot: QtBot) -> None:
    open_help_item(qtbot, app_window, "t")
    token_help = shown_dialog(app_window, TokenHelpDialog)
    qtbot.mouseClick(token_help.settings_button, Qt.MouseButton.LeftButton)
    dialog = shown_settings(app_window, qtbot)
    assert dialog.tabs.currentWidget() is dialog.account
    dialog.reject()


def test_settings_comes_before_quit_in_file(app_window: MainWindow) -> None:
    texts = [action.text() for action in menu(app_window, "&File").actions()]
    assert texts[-3:] == ["Settings…", "", "&Quit"]
