"""The menu bar's menus, found by title: features add their actions to File, View, Tools
through :func:`menu` and :func:`add_action` (the main window creates the bar; nothing else
needs the window's class). Help stays the bar's last menu, Quit the File menu's last item."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from hfi_desktop.translatable import QT_TRANSLATE_NOOP

#: The bar's menus, by the English titles features pass to :func:`menu` (shown translated).
TITLES = (QT_TRANSLATE_NOOP("Menus", "&File"), QT_TRANSLATE_NOOP("Menus", "&View"),
          QT_TRANSLATE_NOOP("Menus", "&Tools"), QT_TRANSLATE_NOOP("Menus", "&Help"))
HELP = TITLES[-1]
#: An action with this property stays at the end of its menu (File ▸ Quit).
KEEP_LAST = "menus_keep_last"


def _plain(title: str) -> str:
    return title.replace("&", "")


def menu(window: QMainWindow, title: str) -> QMenu:
    """The menu bar's menu called ``title`` ("&File" and "File" are the same one), added at
    the end of the bar (before Help) if it is not there yet. Features add their actions
    through this. ``title`` is English, one of :data:`TITLES`; the menu shows it translated."""
    shown = QCoreApplication.translate("Menus", title)
    help_shown = _plain(QCoreApplication.translate("Menus", HELP))
    help_action = None
    for action in window.menuBar().actions():
        found = action.menu()
        if isinstance(found, QMenu):
            if _plain(found.title()) == _plain(shown):
                return found
            if _plain(found.title()) == help_shown:
                help_action = action
    made = QMenu(shown, window.menuBar())
    window.menuBar().insertMenu(help_action, made)  # type: ignore[arg-type]  # None: at the end
    return made


def add_action(target: QMenu, action: QAction) -> None:
    """Add ``action`` to ``target``, before the items kept last (Quit and its separator)."""
    last = [item for item in target.actions() if item.property(KEEP_LAST)]
    target.insertAction(last[0] if last else None, action)  # type: ignore[arg-type]


def install_quit(window: QMainWindow) -> QAction:
    """File ▸ Quit (the platform's Quit keys, and Ctrl+Q everywhere): closes the window as
    its close button does (runs cancelled, comparisons closed: see its closeEvent)."""
    file_menu = menu(window, "&File")
    separator = file_menu.addSeparator()
    separator.setProperty(KEEP_LAST, True)
    action = QAction(QCoreApplication.translate("Menus", "&Quit"), window)
    action.setObjectName("actionQuit")
    action.setMenuRole(QAction.MenuRole.QuitRole)
    keys = [QKeySequence("Ctrl+Q")]
    standard = QKeySequence(QKeySequence.StandardKey.Quit)
    if not standard.isEmpty() and standard not in keys:
        keys.insert(0, standard)
    action.setShortcuts(keys)
    action.setProperty(KEEP_LAST, True)
    action.triggered.connect(window.close)
    window.addAction(action)  # the shortcut works with the menu bar hidden too
    file_menu.addAction(action)
    return action
