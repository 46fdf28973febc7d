"""Hooking the settings into the main window: File ▸ Settings… (Ctrl+,), the theme, the
default call options of the pages — all following changes live — and, once at start-up, the
offer to leave a retired Inference API for the router."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence

from hfi_desktop.storage import settings as keys
from hfi_desktop.ui.i18n import translate
from hfi_desktop.ui.menus import add_action
from hfi_desktop.ui.menus import menu as find_menu
from hfi_desktop.ui.settings.dialog import SettingsDialog
from hfi_desktop.ui.settings.retired_notice import NoticeHost, offer_router_switch
from hfi_desktop.ui.theme import SystemSchemeFollower, apply_theme

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow, QMenu

    from hfi_desktop.bridge import Bridge
    from hfi_desktop.inference import Options
    from hfi_desktop.ui.settings.live import LiveSettings

ACTION_OBJECT_NAME = "actionSettings"


def _option_values(options: Options) -> dict[str, object]:
    return {"wait_for_model": bool(options.wait_for_model),
            "use_cache": bool(options.use_cache),
            "retry_on_error": bool(options.retry_on_error)}


class SettingsHooks:
    """What install_settings() connects; kept on the window as ``window.settings_hooks``."""

    def __init__(self, window: QMainWindow, live: LiveSettings, bridge: Bridge) -> None:
        self.window = window
        self.live = live
        self.bridge = bridge
        self.dialog: SettingsDialog | None = None
        self._options = _option_values(live.settings.default_options())

        self.action = QAction(translate("SettingsHooks", "Settings…"), window)
        self.action.setObjectName(ACTION_OBJECT_NAME)
        self.action.setMenuRole(QAction.MenuRole.PreferencesRole)
        shortcuts = [QKeySequence("Ctrl+,")]
        preferences = QKeySequence(QKeySequence.StandardKey.Preferences)
        if not preferences.isEmpty() and preferences not in shortcuts:
            shortcuts.append(preferences)
        self.action.setShortcuts(shortcuts)
        self.action.triggered.connect(self.open_dialog)
        window.addAction(self.action)  # the shortcut works even with the menu bar hidden

        stack = getattr(window, "stack", None)
        if stack is not None:
            stack.widgetAdded.connect(self._on_widget_added)
        for page in getattr(window, "pages", {}).values():
            page.options.set_values(self._options)
        live.settings.service.changed.connect(self._on_changed)
        apply_theme(live.settings.theme())
        self.scheme_follower = SystemSchemeFollower(live.settings.theme, window)
        self.retired_notice = offer_router_switch(
            window, live.settings,
            report=lambda text: window.statusBar().showMessage(text, 10000),
        ) if isinstance(window, NoticeHost) else None

    def open_dialog(self) -> SettingsDialog:
        if self.dialog is None:
            self.dialog = SettingsDialog(self.live, self.bridge, self.window)
        self.dialog.open()
        return self.dialog

    def open_account(self) -> SettingsDialog:
        """The dialog on its Account tab, where the access token goes."""
        dialog = self.open_dialog()
        dialog.tabs.setCurrentWidget(dialog.account)
        return dialog

    def _on_widget_added(self, index: int) -> None:
        page = self.window.stack.widget(index)  # type: ignore[attr-defined]
        options = getattr(page, "options", None)
        if options is not None and hasattr(options, "set_values"):
            options.set_values(self._options)

    def _on_changed(self, changed: frozenset[str]) -> None:
        if keys.THEME in changed:
            apply_theme(self.live.settings.theme())
        if changed & keys.OPTION_KEYS:
            old, self._options = self._options, _option_values(
                self.live.settings.default_options())
            for page in getattr(self.window, "pages", {}).values():
                current = page.options.values()
                # A page whose boxes the user changed keeps them.
                if all(current.get(name) == value for name, value in old.items()):
                    page.options.set_values(self._options)

    def close(self) -> None:
        if self.dialog is not None:
            self.dialog.account.cancel_tasks()
            self.dialog.local_servers.cancel_tasks()


def install_settings(window: QMainWindow, live: LiveSettings, bridge: Bridge,
                     menu: QMenu | None = None) -> SettingsHooks:
    """File ▸ Settings… (or ``menu``), the theme and the pages' default options."""
    hooks = SettingsHooks(window, live, bridge)
    if menu is None:
        menu = find_menu(window, "&File")
    add_action(menu, hooks.action)  # before File ▸ Quit
    window.settings_hooks = hooks  # type: ignore[attr-defined]
    return hooks
