"""How a suggestion row looks: the section's caption above its first row, the model id on
the left, its counts (or an endpoint's URL and trust mark) muted on the right, and for a
model Inference Providers serve, a badge of its providers at the far right."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from hfi_desktop.ui.inputs._style import muted_text

from .suggestions import Role

PAD_X = 10
PAD_Y = 5
CAPTION_GAP = 4
BADGE_PAD = 6
#: Providers named in a badge; more are counted ("+2").
BADGE_NAMES = 2


def providers_badge(providers: tuple[str, ...]) -> str:
    """The badge of a served model: its first providers, and how many more."""
    shown = " · ".join(providers[:BADGE_NAMES])
    more = len(providers) - BADGE_NAMES
    return f"{shown} +{more}" if more > 0 else shown

Index = QModelIndex | QPersistentModelIndex


class SuggestionDelegate(QStyledItemDelegate):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)

    @staticmethod
    def _caption_font(base: QFont) -> QFont:
        font = QFont(base)
        font.setPointSizeF(max(6.0, base.pointSizeF() * 0.85))
        font.setBold(True)
        return font

    def _caption_height(self, option: QStyleOptionViewItem, index: Index) -> int:
        if not index.data(Role.CAPTION):
            return 0
        metrics = QFontMetrics(self._caption_font(option.font))
        return metrics.height() + 2 * CAPTION_GAP

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        metrics = QFontMetrics(option.font)
        height = metrics.height() + 2 * PAD_Y + self._caption_height(option, index)
        return QSize(320, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        rect: QRect = option.rect
        palette: QPalette = option.palette
        state = option.state
        base_font: QFont = option.font
        painter.save()
        caption = str(index.data(Role.CAPTION) or "")
        top = rect.top()
        muted = muted_text(palette)
        if caption:
            height = self._caption_height(option, index)
            painter.setFont(self._caption_font(base_font))
            painter.setPen(muted)
            painter.drawText(QRect(rect.left() + PAD_X, top + CAPTION_GAP,
                                   rect.width() - 2 * PAD_X, height - CAPTION_GAP),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             caption.upper())
            if index.row() > 0:
                painter.setPen(palette.color(QPalette.ColorRole.Mid))
                painter.drawLine(rect.left(), top, rect.right(), top)
            top += height
        row = QRect(rect.left(), top, rect.width(), rect.bottom() - top + 1)
        enabled = bool(index.flags() & Qt.ItemFlag.ItemIsEnabled)
        selected = enabled and bool(state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(row, palette.color(QPalette.ColorRole.Highlight))
        text_colour = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        side_colour = text_colour if selected else muted
        inner = row.adjusted(PAD_X, 0, -PAD_X, 0)
        painter.setFont(base_font)
        metrics = QFontMetrics(base_font)
        right = "  ".join(t for t in (str(index.data(Role.DETAIL) or ""),
                                      str(index.data(Role.BADGE) or "")) if t)
        right_width = metrics.horizontalAdvance(right) if right else 0
        title = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        if not enabled:
            italic = QFont(base_font)
            italic.setItalic(True)
            painter.setFont(italic)
            painter.setPen(muted)
            painter.drawText(inner, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                             title)
            painter.restore()
            return
        providers = index.data(Role.PROVIDERS) or ()
        if providers:
            inner = self._paint_badge(painter, inner, providers_badge(tuple(providers)),
                                      palette, selected)
            painter.setFont(base_font)
        title_room = max(40, inner.width() - right_width - (16 if right else 0))
        if right and title_room + right_width + 16 > inner.width():
            # Narrow popup: the detail gives way to the title (its start matters most).
            right_width = max(0, inner.width() - title_room - 16)
            right = metrics.elidedText(right, Qt.TextElideMode.ElideLeft, right_width)
        painter.setPen(text_colour)
        painter.drawText(QRect(inner.left(), inner.top(), title_room, inner.height()),
                         Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                         metrics.elidedText(title, Qt.TextElideMode.ElideMiddle, title_room))
        if right:
            painter.setPen(side_colour)
            painter.drawText(inner, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                             right)
        painter.restore()

    def _paint_badge(self, painter: QPainter, inner: QRect, text: str, palette: QPalette,
                     selected: bool) -> QRect:
        """A rounded badge at the right of ``inner``; what is left of ``inner``."""
        font = QFont(painter.font())
        font.setPointSizeF(max(6.0, font.pointSizeF() * 0.85))
        metrics = QFontMetrics(font)
        text_width = metrics.horizontalAdvance(text) + 2  # + rounding slack: never elided
        width = min(text_width + 2 * BADGE_PAD, inner.width() // 2)
        height = metrics.height() + 2
        badge = QRect(inner.right() - width + 1, inner.center().y() - height // 2, width,
                      height)
        accent = palette.color(QPalette.ColorRole.HighlightedText if selected
                               else QPalette.ColorRole.Highlight)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(accent)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(badge.adjusted(0, 0, -1, -1), height / 2, height / 2)
        painter.setFont(font)
        room = width - 2 * BADGE_PAD
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, text if text_width <= room
                         else metrics.elidedText(text, Qt.TextElideMode.ElideRight, room))
        painter.restore()
        return inner.adjusted(0, 0, -(width + 8), 0)
