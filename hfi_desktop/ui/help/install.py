"""The Help menu: Keyboard shortcuts (F1), Where your data lives, How to add a token,
About. Each dialog is made the first time it is asked for, then shown again."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence

from hfi_desktop.ui.help.about_dialog import AboutDialog
from hfi_desktop.ui.help.data_dialog import DataDialog
from hfi_desktop.ui.help.shortcuts_dialog import ShortcutsDialog
from hfi_desktop.ui.help.token_dialog import TokenHelpDialog
from hfi_desktop.ui.i18n import translate
from hfi_desktop.ui.menus import menu

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QDialog, QMainWindow, QMenu

    from hfi_desktop.ui.services import Services


class HelpMenu:
    """What install_help() adds; ``dialogs`` holds those opened so far, by class."""

    def __init__(self, window: QMainWindow, services: Services,
                 open_token_settings: Callable[[], object]) -> None:
        self._window = window
        self._services = services
        self._open_token_settings = open_token_settings
        self.dialogs: dict[type[QDialog], QDialog] = {}
        help_menu = menu(window, "&Help")
        self.shortcuts_action = self._add(
            help_menu, translate("HelpMenu", "&Keyboard shortcuts"), self.show_shortcuts)
        self.shortcuts_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.data_action = self._add(
            help_menu, translate("HelpMenu", "&Where your data lives"), self.show_data)
        self.token_action = self._add(
            help_menu, translate("HelpMenu", "How to add a &token"), self.show_token_help)
        help_menu.addSeparator()
        self.about_action = self._add(help_menu, translate("HelpMenu", "&About"),
                                      self.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)

    def _add(self, help_menu: QMenu, text: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self._window)
        action.triggered.connect(lambda _=False: slot())
        self._window.addAction(action)  # its shortcut works with the menu bar hidden too
        help_menu.addAction(action)
        return action

    def show_shortcuts(self) -> QDialog:
        return self._show(ShortcutsDialog, lambda: ShortcutsDialog(self._window))

    def show_data(self) -> QDialog:
        return self._show(DataDialog, lambda: DataDialog(self._services, self._window))

    def show_token_help(self) -> QDialog:
        return self._show(TokenHelpDialog,
                          lambda: TokenHelpDialog(self._open_token_settings, self._window))

    def show_about(self) -> QDialog:
        return self._show(AboutDialog, lambda: AboutDialog(self._window))

    def _show(self, kind: type[QDialog], make: Callable[[], QDialog]) -> QDialog:
        dialog = self.dialogs.get(kind)
        if dialog is None:
            dialog = self.dialogs[kind] = make()
        dialog.open()
        return dialog


def install_help(window: QMainWindow, services: Services, *,
                 open_token_settings: Callable[[], object]) -> HelpMenu:
    """The Help menu, at the end of the menu bar."""
    return HelpMenu(window, services, open_token_settings)
