"""Driving the Help menu from the keyboard, and finding the dialog it opened."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from hfi_desktop.ui.main_window import MainWindow
from hfi_desktop.ui.menus import menu

T = TypeVar("T", bound=QDialog)


def open_help_item(qtbot: QtBot, window: MainWindow, mnemonic: str) -> None:
    """Alt+H, then the item's underlined letter (as a keyboard user does)."""
    help_menu = menu(window, "&Help")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(help_menu.isVisible)
    qtbot.keyClick(help_menu, mnemonic)
    qtbot.waitUntil(lambda: not help_menu.isVisible())


def shown_dialog(window: MainWindow, kind: type[T]) -> T:
    found = [d for d in window.findChildren(kind) if d.isVisible()]
    assert len(found) == 1, found
    return found[0]
