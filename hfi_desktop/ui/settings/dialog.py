"""The settings dialog: Account, Connection, Defaults, History, Appearance, Endpoints,
Local servers.

Opened with ``open()`` (it never blocks the event loop). OK and Apply write every tab's
values in one batch (one ``changed`` signal: the client is rebuilt once, the theme changes,
…); a bad value is shown inline, on its tab, and nothing is written. The Account tab's
Replace…, Remove and Bill to act at once, as does Connection's "Switch to the router".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hfi_desktop.storage import settings as keys
from hfi_desktop.translatable import QT_TRANSLATE_NOOP
from hfi_desktop.ui.accessible import name_after_labels
from hfi_desktop.ui.i18n import translate
from hfi_desktop.ui.settings.account import AccountTab
from hfi_desktop.ui.settings.connection import ConnectionTab
from hfi_desktop.ui.settings.endpoints import EndpointsTab
from hfi_desktop.ui.settings.local_servers import LocalServersTab
from hfi_desktop.ui.settings.tabs import (
    AppearanceTab,
    DefaultsTab,
    HistoryTab,
    SettingsTab,
)

if TYPE_CHECKING:
    from hfi_desktop.bridge import Bridge
    from hfi_desktop.storage.settings import SettingsValues
    from hfi_desktop.ui.settings.live import LiveSettings

TITLE = QT_TRANSLATE_NOOP("SettingsDialog", "Settings")


class SettingsDialog(QDialog):
    def __init__(self, live: LiveSettings, bridge: Bridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SettingsDialog")
        self.setWindowTitle(translate("SettingsDialog", TITLE))
        self.resize(680, 540)
        self._live = live
        self.tabs = QTabWidget(self)
        self.account = AccountTab(live, bridge, self.tabs)
        self.connection = ConnectionTab(self.tabs)
        self.defaults = DefaultsTab(self.tabs)
        self.history = HistoryTab(self.tabs)
        self.appearance = AppearanceTab(self.tabs)
        self.endpoints = EndpointsTab(self.tabs)
        self.local_servers = LocalServersTab(bridge, self.tabs)
        self.tabs.addTab(self.account, translate("SettingsDialog", "Account"))
        self.form_tabs: list[SettingsTab] = [self.connection, self.defaults, self.history,
                                             self.appearance, self.endpoints,
                                             self.local_servers]
        for tab, title in zip(self.form_tabs,
                              (translate("SettingsDialog", "Connection"),
                               translate("SettingsDialog", "Defaults"),
                               translate("SettingsDialog", "History"),
                               translate("SettingsDialog", "Appearance"),
                               translate("SettingsDialog", "Endpoints"),
                               translate("SettingsDialog", "Local servers")),
                              strict=True):
            self.tabs.addTab(tab, title)
            tab.edited.connect(self._sync_apply)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.Apply, self)
        self.apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Apply)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        name_after_labels(self)  # "Inference API:" names its URL field, and so on

        self.connection.switch_requested.connect(self._switch_to_router)
        self.buttons.accepted.connect(self._ok)
        self.buttons.rejected.connect(self.reject)
        self.apply_button.clicked.connect(self.apply)
        live.settings.service.changed.connect(self._on_settings_changed)
        self.reload()

    def reload(self) -> None:
        """Show the settings as saved (on opening, after Cancel)."""
        values = self._live.settings.values()
        for tab in self.form_tabs:
            tab.blockSignals(True)
            tab.load(values)
            tab.blockSignals(False)
        self._sync_apply()

    def open(self) -> None:
        self.reload()
        self.account.refresh()
        super().open()

    def values(self) -> SettingsValues:
        """What the tabs show now."""
        values = self._live.settings.values()
        for tab in self.form_tabs:
            values = tab.collect(values)
        return values

    def apply(self) -> bool:
        """Write the values; False (and the problems shown inline) if one is bad."""
        values = self.values()
        problems = values.problems()
        if problems:
            for tab in self.form_tabs:
                if tab.show_problems(problems):
                    self.tabs.setCurrentWidget(tab)
                    break
            return False
        self._live.settings.apply(values)
        self._sync_apply()
        return True

    def _switch_to_router(self) -> None:
        """The retired Inference API replaced by the router's, at once (the client too)."""
        settings = self._live.settings
        settings.switch_to_router()
        self.connection.show_switched(str(settings.get(keys.BASE_URL)), settings.base_url())
        self._sync_apply()

    def _ok(self) -> None:
        if self.apply():
            self.accept()

    def _sync_apply(self) -> None:
        try:
            dirty = self.values() != self._live.settings.values()
        except ValueError:
            dirty = True
        self.apply_button.setEnabled(dirty)

    def _on_settings_changed(self, _keys: frozenset[str]) -> None:
        if not self.isVisible():
            return
        if self.values() == self._live.settings.values():
            return
        # Changed elsewhere (an endpoint added from a page, a host allowed): show it, unless
        # the user is editing — then Apply will write what they see.
        if not self.apply_button.isEnabled():
            self.reload()

    def done(self, result: int) -> None:
        super().done(result)
        if result == QDialog.DialogCode.Rejected:
            self.reload()
