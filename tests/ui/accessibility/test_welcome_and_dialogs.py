"""What a screen reader is told on the welcome and in the Help dialogs: every interactive
widget named, every text read (see test_screen_reader.py for the pages)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QDialog, QWidget

from hfi_desktop.ui.help import HelpMenu
from hfi_desktop.ui.main_window import MainWindow
from tests.support.accessibility import (
    interactive_problems,
    misread_values,
    unexposed_texts,
    window_problem,
)


def problems(window: QWidget) -> list[str]:
    return interactive_problems(window) + unexposed_texts(window) + misread_values(window)


def test_the_welcome_names_what_it_shows(app_window: MainWindow) -> None:
    assert app_window.stack.currentWidget() is app_window.welcome
    assert app_window.welcome.is_full()
    assert window_problem(app_window) is None
    assert problems(app_window) == []


HELP_DIALOGS: dict[str, Callable[[HelpMenu], QDialog]] = {
    "shortcuts": HelpMenu.show_shortcuts, "data": HelpMenu.show_data,
    "token": HelpMenu.show_token_help, "about": HelpMenu.show_about,
}


@pytest.mark.parametrize("name", HELP_DIALOGS)
def test_a_help_dialog_names_what_it_shows(app_window: MainWindow, name: str) -> None:
    dialog = HELP_DIALOGS[name](app_window.help)
    assert dialog.isVisible()
    assert window_problem(dialog) is None
    assert problems(dialog) == []
    dialog.reject()
