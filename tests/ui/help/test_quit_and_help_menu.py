"""File ▸ Quit (Ctrl+Q) and the Help menu: keyboard shortcuts, where the data lives, how to
add a token, about — driven from the keyboard and the menus, as a user does."""

from __future__ import annotations

from collections.abc import Iterator

import PySide6
import pytest
from PySide6.QtCore import Qt, QUrl, qVersion
from PySide6.QtGui import QAction, QShortcut
from PySide6.QtWidgets import QApplication, QLabel, QMenu
from pytestqt.qtbot import QtBot

from hfi_desktop import __version__, temp_files
from hfi_desktop.storage.history.service import HistoryService
from hfi_desktop.ui.help.about_dialog import AboutDialog
from hfi_desktop.ui.help.data_dialog import DataDialog
from hfi_desktop.ui.help.shortcuts_dialog import ShortcutsDialog
from hfi_desktop.ui.help.token_dialog import TokenHelpDialog
from hfi_desktop.ui.main_window import MainWindow
from hfi_desktop.ui.menus import menu
from hfi_desktop.ui.services import Services
from tests.support.desktop_urls import caught_urls
from tests.support.fake_api import Delayed, FakeInferenceAPI
from tests.support.qt_async import RunAsync, wait_until
from tests.ui.help.driving import open_help_item, shown_dialog

SST2_PATH = "/models/distilbert-base-uncased-finetuned-sst-2-english"


def items(target: QMenu) -> list[str]:
    return [action.text() for action in target.actions()]


# -- Quit ------------------------------------------------------------------------------------
def test_the_menus_have_quit_and_help(window: MainWindow) -> None:
    file_items = items(menu(window, "&File"))
    assert file_items[-1] == "&Quit"
    assert file_items[-2] == ""  # a separator before it
    assert items(menu(window, "&Help")) == [
        "W&elcome", "&Keyboard shortcuts", "&Where your data lives", "How to add a &token", "",
        "&About"]
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles[-1] == "&Help" and titles[0] == "&File"


def test_ctrl_q_closes_the_window(window: MainWindow, qtbot: QtBot) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.isVisible())


def test_quit_cancels_a_run_and_closes_comparisons_as_closing_does(
        window: MainWindow, qtbot: QtBot, fake_api: FakeInferenceAPI,
        run_async: RunAsync) -> None:
    fake_api.program(SST2_PATH, Delayed(30.0))
    page = window.show_task("text-classification")
    page.fill_example(page.spec.examples[0])
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_M,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    (comparison,) = window.compare.views
    assert comparison.isVisible()
    finished: list[str] = []
    page.run_finished.connect(finished.append)

    async def run_then_quit() -> None:
        qtbot.mouseClick(page.run_button, Qt.MouseButton.LeftButton)
        await wait_until(page.is_running, timeout=5)
        qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
        await wait_until(lambda: finished, timeout=10)

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setQuitOnLastWindowClosed(False)  # the test's loop goes on to see the run end
    try:
        run_async(run_then_quit(), timeout=20)
    finally:
        app.setQuitOnLastWindowClosed(True)
    assert finished == ["cancelled"]
    assert not window.isVisible()
    assert window.compare.views == []  # closed (and gone), as the close button does


# -- Keyboard shortcuts ------------------------------------------------------------------------
def test_f1_lists_every_shortcut_from_the_actions_themselves(window: MainWindow,
                                                             qtbot: QtBot) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = shown_dialog(window, ShortcutsDialog)
    rows = dialog.rows()
    assert ("Task page", "Ctrl+Return, Ctrl+Enter", "Run the model") in rows
    assert ("Task page", "Esc", "Cancel the call in flight") in rows
    assert ("Task page", "Ctrl+S", "Save the result to a file") in rows
    assert ("Main window", "Ctrl+F", "Filter the tasks (type to replace the filter)") in rows
    assert ("Menus", "Ctrl+Q", "File ▸ Quit") in rows
    assert ("Menus", "F1", "Help ▸ Keyboard shortcuts") in rows
    assert ("Menus", "Ctrl+H", "View ▸ History") in rows
    assert ("Menus", "Ctrl+Shift+M", "Tools ▸ Compare…") in rows
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_no_shortcut_is_missing_from_the_list(window: MainWindow, qtbot: QtBot) -> None:
    """With a page, the history and a comparison open, every QShortcut and every action
    with keys in the app's windows is in the list (nothing made outside ui/shortcuts.py)."""
    page = window.show_task("text-classification")
    window.compare.compare(page)
    window.history_dock.show()
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F1)
    listed = {(keys, description) for _group, keys, description in
              shown_dialog(window, ShortcutsDialog).rows()}
    listed_keys = {key for keys, _ in listed for key in keys.split(", ")}
    for top in QApplication.topLevelWidgets():
        for shortcut in top.findChildren(QShortcut):
            assert shortcut.whatsThis(), f"{shortcut.key().toString()} is not declared"
            assert any(shortcut.whatsThis() == description for _, description in listed)
            assert shortcut.key().toString() in listed_keys
        for action in top.findChildren(QAction):
            for keys in action.shortcuts():
                assert keys.toString() in listed_keys, action.text()


# -- Where your data lives ---------------------------------------------------------------------
@pytest.fixture
def opened_urls() -> Iterator[list[str]]:
    """URLs the app asks the desktop to open (file: and https:), instead of opening them."""
    with caught_urls("file", "https") as urls:
        yield urls


def test_where_your_data_lives_shows_the_real_places(
        window: MainWindow, qtbot: QtBot, services: Services, history: HistoryService,
        opened_urls: list[str]) -> None:
    open_help_item(qtbot, window, "w")
    dialog = shown_dialog(window, DataDialog)
    paths = [label.text() for label in dialog.path_labels]
    assert paths == [str(history.db_path), str(history.files.root),
                     services.settings.qsettings.fileName(), str(temp_files.temp_folder())]
    qtbot.mouseClick(dialog.open_buttons[0], Qt.MouseButton.LeftButton)
    assert opened_urls == [QUrl.fromLocalFile(str(history.db_path.parent)).toString()]
    # A folder the app has not made yet: said so, nothing opened.
    assert not history.files.root.exists()
    qtbot.mouseClick(dialog.open_buttons[1], Qt.MouseButton.LeftButton)
    assert dialog.note.isVisible() and "Not created yet" in dialog.note.text()
    assert len(opened_urls) == 1


# -- How to add a token, About ---------------------------------------------------------------
def test_how_to_add_a_token_names_the_permission_and_the_page(
        window: MainWindow, qtbot: QtBot, opened_urls: list[str]) -> None:
    open_help_item(qtbot, window, "t")
    dialog = shown_dialog(window, TokenHelpDialog)
    text = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "Make calls to Inference Providers" in text
    assert "huggingface.co/settings/tokens" in text
    assert "File ▸ Settings… ▸ Account" in text
    qtbot.mouseClick(dialog.tokens_page_button, Qt.MouseButton.LeftButton)
    assert opened_urls == ["https://huggingface.co/settings/tokens"]


def test_about_says_the_versions(window: MainWindow, qtbot: QtBot) -> None:
    open_help_item(qtbot, window, "a")
    dialog = shown_dialog(window, AboutDialog)
    text = dialog.versions.text()
    assert f"hfi_desktop {__version__}" in text
    assert f"Qt {qVersion()}" in text and f"PySide6 {PySide6.__version__}" in text
    links = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "licence" in links and "https://huggingface.co" in links
