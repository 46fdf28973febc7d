"""How the provider picker's rows look: a section's caption in small capitals; a choice's
title with its status mark on the right and what it means (price, speed) muted beneath; a
note in italics."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from hfi_desktop.ui.i18n_mark import QT_TRANSLATE_NOOP
from hfi_desktop.ui.inputs._style import error_color, is_dark, muted_text, ok_color

from .choices import Kind

PAD_X = 10
PAD_Y = 4
LINE_GAP = 1
WIDTH_HINT = 440

Index = QModelIndex | QPersistentModelIndex


class Roles:
    KIND = Qt.ItemDataRole.UserRole + 1
    CHOICE = Qt.ItemDataRole.UserRole + 2
    DETAIL = Qt.ItemDataRole.UserRole + 3
    STATUS = Qt.ItemDataRole.UserRole + 4


#: A provider's status as its mark's word says it (the router's word is the key).
_STATUS_WORDS = {
    "live": QT_TRANSLATE_NOOP("PickerDelegate", "live"),
    "staging": QT_TRANSLATE_NOOP("PickerDelegate", "staging"),
    "error": QT_TRANSLATE_NOOP("PickerDelegate", "error"),
}


def status_color(status: str, palette: QPalette) -> QColor | None:
    """The colour of a provider's status mark (None: no mark)."""
    if status == "live":
        return ok_color(palette)
    if status == "staging":
        return QColor(230, 170, 40) if is_dark(palette) else QColor(176, 110, 0)
    if status == "error":
        return error_color(palette)
    return None


def _small(base: QFont, *, bold: bool = False, italic: bool = False) -> QFont:
    font = QFont(base)
    font.setPointSizeF(max(6.0, base.pointSizeF() * 0.88))
    font.setBold(bold)
    font.setItalic(italic)
    return font


class PickerDelegate(QStyledItemDelegate):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        base = QFontMetrics(option.font)
        small = QFontMetrics(_small(option.font))
        kind = index.data(Roles.KIND)
        if kind == Kind.CAPTION:
            return QSize(WIDTH_HINT, small.height() + 3 * PAD_Y)
        height = base.height() + 2 * PAD_Y
        if kind == Kind.CHOICE and index.data(Roles.DETAIL):
            height += small.height() + LINE_GAP
        return QSize(WIDTH_HINT, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        rect: QRect = option.rect
        palette: QPalette = option.palette
        kind = index.data(Roles.KIND)
        muted = muted_text(palette)
        inner = rect.adjusted(PAD_X, PAD_Y, -PAD_X, -PAD_Y)
        title = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        painter.save()
        if kind == Kind.CAPTION:
            if index.row() > 0:
                painter.setPen(palette.color(QPalette.ColorRole.Mid))
                painter.drawLine(rect.left(), rect.top(), rect.right(), rect.top())
            painter.setFont(_small(option.font, bold=True))
            painter.setPen(muted)
            painter.drawText(inner.adjusted(0, PAD_Y, 0, 0),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             title.upper())
            painter.restore()
            return
        if kind == Kind.NOTE:
            painter.setFont(_small(option.font, italic=True))
            painter.setPen(muted)
            metrics = QFontMetrics(painter.font())
            painter.drawText(inner, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             metrics.elidedText(title, Qt.TextElideMode.ElideRight,
                                                inner.width()))
            painter.restore()
            return
        enabled = bool(index.flags() & Qt.ItemFlag.ItemIsEnabled)
        selected = enabled and bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(rect, palette.color(QPalette.ColorRole.Highlight))
        text = palette.color(QPalette.ColorRole.HighlightedText if selected
                             else QPalette.ColorRole.Text)
        side = text if selected else muted
        if not enabled:
            text = side = muted
        base = QFontMetrics(option.font)
        status = str(index.data(Roles.STATUS) or "")
        word = _STATUS_WORDS.get(status)
        shown = QCoreApplication.translate("PickerDelegate", word) if word else status
        status_width = 0
        if status:
            painter.setFont(_small(option.font))
            status_width = QFontMetrics(painter.font()).horizontalAdvance(shown) + 14
            mark = status_color(status, palette)
            line = QRect(inner.left(), inner.top(), inner.width(), base.height())
            dot = QRect(line.right() - status_width + 2, line.center().y() - 3, 7, 7)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(mark if mark is not None and enabled else side)
            painter.drawEllipse(dot)
            painter.setPen(side)
            painter.drawText(line, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             shown)
        painter.setFont(option.font)
        painter.setPen(text)
        title_room = inner.width() - status_width - (8 if status else 0)
        painter.drawText(QRect(inner.left(), inner.top(), title_room, base.height()),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         base.elidedText(title, Qt.TextElideMode.ElideRight, title_room))
        detail = str(index.data(Roles.DETAIL) or "")
        if detail:
            small = _small(option.font)
            painter.setFont(small)
            painter.setPen(side)
            metrics = QFontMetrics(small)
            below = QRect(inner.left(), inner.top() + base.height() + LINE_GAP, inner.width(),
                          metrics.height())
            painter.drawText(below, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             metrics.elidedText(detail, Qt.TextElideMode.ElideRight,
                                                inner.width()))
        painter.restore()
