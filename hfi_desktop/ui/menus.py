"""The menu bar's menus, found by title: features add their actions to File, View, Tools
through :func:`menu` (the main window creates the bar; nothing else needs the window's class)."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow, QMenu


def menu(window: QMainWindow, title: str) -> QMenu:
    """The menu bar's menu called ``title`` ("&File" and "File" are the same one), added at
    the end of the bar if it is not there yet. Features add their actions through this."""
    plain = title.replace("&", "")
    for action in window.menuBar().actions():
        found = action.menu()
        if isinstance(found, QMenu) and found.title().replace("&", "") == plain:
            return found
    return window.menuBar().addMenu(title)
