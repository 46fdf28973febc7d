"""Help: the Help menu (keyboard shortcuts, where the data lives, how to add a token,
about) and its dialogs."""

from hfi_desktop.ui.help.install import HelpMenu, install_help

__all__ = ["HelpMenu", "install_help"]
