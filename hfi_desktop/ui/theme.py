"""The application's theme: the system's look, or Fusion with a light or a dark palette.

"System" follows the system's colour scheme (Qt's QStyleHints.colorScheme), as it changes
too: a dark scheme whose style keeps a light palette (Linux desktops often) gets Fusion's
dark palette. Applied live: widgets get a PaletteChange and repaint (the viewers take their
colours from the palette, hfi_desktop/ui/viewers/theme.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from hfi_desktop.storage.settings import Theme

if TYPE_CHECKING:
    from collections.abc import Callable

_SYSTEM_STYLE = "_hfi_system_style"
_SYSTEM_PALETTE = "_hfi_system_palette"
ROLE = QPalette.ColorRole
GROUP = QPalette.ColorGroup


def dark_palette() -> QPalette:
    palette = QPalette()
    window, base, text = QColor(45, 45, 48), QColor(30, 30, 32), QColor(230, 230, 230)
    disabled = QColor(128, 128, 128)
    accent = QColor(255, 157, 0)  # Hugging Face's yellow-orange, readable on dark
    colours = {
        ROLE.Window: window, ROLE.WindowText: text, ROLE.Base: base,
        ROLE.AlternateBase: QColor(40, 40, 43), ROLE.ToolTipBase: QColor(60, 60, 64),
        ROLE.ToolTipText: text, ROLE.PlaceholderText: QColor(150, 150, 150),
        ROLE.Text: text, ROLE.Button: QColor(58, 58, 62), ROLE.ButtonText: text,
        ROLE.BrightText: QColor(255, 90, 90), ROLE.Light: QColor(75, 75, 80),
        ROLE.Midlight: QColor(62, 62, 66), ROLE.Mid: QColor(50, 50, 54),
        ROLE.Dark: QColor(25, 25, 27), ROLE.Shadow: QColor(0, 0, 0),
        ROLE.Highlight: QColor(70, 110, 180), ROLE.HighlightedText: QColor(255, 255, 255),
        ROLE.Link: QColor(110, 170, 255), ROLE.LinkVisited: QColor(190, 140, 255),
        ROLE.Accent: accent,
    }
    for role, colour in colours.items():
        palette.setColor(role, colour)
    for role in (ROLE.WindowText, ROLE.Text, ROLE.ButtonText, ROLE.HighlightedText):
        palette.setColor(GROUP.Disabled, role, disabled)
    palette.setColor(GROUP.Disabled, ROLE.Highlight, QColor(80, 80, 80))
    return palette


def light_palette() -> QPalette:
    style = QStyleFactory.create("Fusion")
    return style.standardPalette()


def _app() -> QApplication:
    app = QCoreApplication.instance()
    if not isinstance(app, QApplication):
        raise RuntimeError("a QApplication is needed to apply a theme")
    return app


def _remember_system(app: QApplication) -> None:
    if app.property(_SYSTEM_STYLE) is None:
        app.setProperty(_SYSTEM_STYLE, app.style().name())
        app.setProperty(_SYSTEM_PALETTE, QPalette(app.palette()))


def apply_theme(theme: Theme, app: QApplication | None = None,
                scheme: Qt.ColorScheme | None = None) -> None:
    """Make ``theme`` the application's look, now; ``scheme``: the system's colour scheme
    (None: as the system says now)."""
    app = app or _app()
    _remember_system(app)
    if theme is Theme.SYSTEM:
        if scheme is None:
            scheme = app.styleHints().colorScheme()
        palette = app.property(_SYSTEM_PALETTE)
        palette = palette if isinstance(palette, QPalette) else QPalette()
        dark_but_light = (scheme is Qt.ColorScheme.Dark
                          and palette.color(ROLE.Window).lightnessF() >= 0.5)
        if not dark_but_light:
            name = str(app.property(_SYSTEM_STYLE) or "")
            if name and app.style().name() != name:
                app.setStyle(name)
            app.setPalette(palette)
            return
        theme = Theme.DARK
    if app.style().name().lower() != "fusion":
        app.setStyle("Fusion")
    app.setPalette(dark_palette() if theme is Theme.DARK else light_palette())


class SystemSchemeFollower(QObject):
    """Applies the theme again when the system's colour scheme changes, while the theme
    chosen (``theme()``) is System; a child of ``parent`` (it stops when that goes)."""

    def __init__(self, theme: Callable[[], Theme], parent: QObject) -> None:
        super().__init__(parent)
        self._theme = theme
        _app().styleHints().colorSchemeChanged.connect(self.follow)

    def follow(self, scheme: Qt.ColorScheme) -> None:
        if self._theme() is Theme.SYSTEM:
            apply_theme(Theme.SYSTEM, scheme=scheme)


def current_is_dark(app: QApplication | None = None) -> bool:
    palette = (app or _app()).palette()
    return palette.color(ROLE.Window).lightnessF() < 0.5
