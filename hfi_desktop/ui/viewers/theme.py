"""Colours derived from the widget's palette, so viewers read well in light and dark themes."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

ROLE = QPalette.ColorRole


def mix(a: QColor, b: QColor, t: float) -> QColor:
    """``a`` moved ``t`` (0..1) of the way towards ``b``."""
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * t,
        a.greenF() + (b.greenF() - a.greenF()) * t,
        a.blueF() + (b.blueF() - a.blueF()) * t,
        a.alphaF() + (b.alphaF() - a.alphaF()) * t,
    )


def is_dark(palette: QPalette) -> bool:
    return palette.color(ROLE.Window).lightnessF() < 0.5


def muted(palette: QPalette) -> QColor:
    """Secondary text: between the text and the window colour."""
    return mix(palette.color(ROLE.WindowText), palette.color(ROLE.Window), 0.4)


def track(palette: QPalette) -> QColor:
    """The empty part of a bar / a subtle fill."""
    return mix(palette.color(ROLE.Base), palette.color(ROLE.Text), 0.14)


def tint(colour: str | QColor, palette: QPalette, strength: float = 0.35) -> QColor:
    """``colour`` blended into the base colour: a highlight background that keeps the
    palette's text readable (stronger on dark themes, where colours look paler)."""
    base = palette.color(ROLE.Base)
    return mix(base, QColor(colour), strength + (0.15 if is_dark(palette) else 0.0))


def text_on(background: QColor) -> QColor:
    """Black or white, whichever reads better on ``background``."""
    r, g, b = background.redF(), background.greenF(), background.blueF()
    luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b
    return QColor("#000000") if luminance > 0.55 else QColor("#ffffff")


def error_colours(palette: QPalette) -> tuple[QColor, QColor]:
    """(background, border) of an error box."""
    red = QColor("#d64545")
    base = palette.color(ROLE.Base)
    return mix(base, red, 0.22 if is_dark(palette) else 0.10), red


def warning_colours(palette: QPalette) -> tuple[QColor, QColor]:
    """(background, border) of a warning banner."""
    amber = QColor("#d99a1e")
    base = palette.color(ROLE.Base)
    return mix(base, amber, 0.25 if is_dark(palette) else 0.16), amber
