"""Colours and metrics derived from the palette, so inputs look right in light and dark themes."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

RADIUS = 10  # corner radius of drop zones, chips' frame, bubbles
SPACING = 8

_ERROR_LIGHT = QColor(179, 38, 30)  # readable on light backgrounds (≈ Material "error")
_ERROR_DARK = QColor(242, 139, 130)  # and on dark ones
_OK_LIGHT = QColor(27, 122, 62)
_OK_DARK = QColor(129, 201, 149)


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightnessF() < 0.5


def error_color(palette: QPalette) -> QColor:
    return QColor(_ERROR_DARK if is_dark(palette) else _ERROR_LIGHT)


def ok_color(palette: QPalette) -> QColor:
    return QColor(_OK_DARK if is_dark(palette) else _OK_LIGHT)


def muted_text(palette: QPalette) -> QColor:
    """Secondary text: between the text and the window colour."""
    return mix(
        palette.color(QPalette.ColorRole.WindowText), palette.color(QPalette.ColorRole.Window), 0.4
    )


def mix(a: QColor, b: QColor, t: float) -> QColor:
    """``a`` moved a fraction ``t`` towards ``b``."""
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * t,
        a.greenF() + (b.greenF() - a.greenF()) * t,
        a.blueF() + (b.blueF() - a.blueF()) * t,
        1.0,
    )


def css(color: QColor) -> str:
    return f"rgb({color.red()}, {color.green()}, {color.blue()})"
