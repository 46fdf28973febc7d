"""Where a newcomer finds the token's settings: the welcome's "Add an access token…" (paste,
Enter: saved and checked with the Hub),
Help ▸ How to add a token ▸ Open Settings ▸ Account; File keeps Quit last."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from hfi_desktop.credentials.secrets import TokenSource
from hfi_desktop.ui.help.token_dialog import TokenHelpDialog
from hfi_desktop.ui.main_window import MainWindow
from hfi_desktop.ui.menus import menu
from hfi_desktop.ui.settings import SettingsDialog
from tests.credentials.keyrings import MemoryKeyring, UseKeyring
from tests.support.fake_api import FakeInferenceAPI, respond_json
from tests.support.qt_async import RunAsync, wait_until
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
    qtbot.mouseClick(app_window.welcome.token_button, Qt.MouseButton.LeftButton)
    dialog = shown_settings(app_window, qtbot)
    assert dialog.tabs.currentWidget() is dialog.account
    assert dialog.account.editor.isVisible()  # ready for the paste
    dialog.reject()


def test_a_token_pasted_from_the_welcome_is_saved_and_checked_with_the_hub(
        app_window: MainWindow, qtbot: QtBot, use_keyring: UseKeyring,
        fake_api: FakeInferenceAPI, run_async: RunAsync) -> None:
    use_keyring(MemoryKeyring())
    hooks(app_window).live.trust.allow(fake_api.url)  # the fake Hub may see the token
    fake_api.program("/api/whoami-v2", respond_json({"type": "user", "name": "newcomer"}))
    token = "hf_pasted_in_the_welcome_0123"
    qtbot.mouseClick(app_window.welcome.token_button, Qt.MouseButton.LeftButton)
    account = shown_settings(app_window, qtbot).account
    qtbot.waitUntil(account.editor.hasFocus)

    async def paste() -> None:
        qtbot.keyClicks(account.editor, token)
        qtbot.keyClick(account.editor, Qt.Key.Key_Return)
        await wait_until(lambda: account.who.message().startswith("newcomer"), timeout=10)

    run_async(paste(), timeout=20)
    live = hooks(app_window).live
    assert live.token.token == token and live.token.source is TokenSource.APP_KEYRING
    assert fake_api.requests_to("/api/whoami-v2")[-1].header("authorization") == (
        f"Bearer {token}")
    assert account.window().isVisible()  # Return saved the token, not the whole dialog
    account.window().close()


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
