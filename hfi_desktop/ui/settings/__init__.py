"""Settings: the dialog (File ▸ Settings…), live application of changes (client, theme,
input limit, page options), and the question before a token goes to a host that is not
Hugging Face's. Kept in hfi_desktop/storage/settings.py; the token and host trust in
hfi_desktop/credentials/."""

from hfi_desktop.ui.settings.dialog import SettingsDialog
from hfi_desktop.ui.settings.install import SettingsHooks, install_settings
from hfi_desktop.ui.settings.live import LiveSettings
from hfi_desktop.ui.settings.token_gate import TokenGate

__all__ = ["LiveSettings", "SettingsDialog", "SettingsHooks", "TokenGate", "install_settings"]
