"""The first-run welcome: the main window's first page, and Help ▸ Welcome."""

from hfi_desktop.ui.welcome.page import WelcomePage

__all__ = ["WelcomePage"]
