"""``ScoreBars``: custom-painted horizontal bars, one row per (label, score)."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import QEvent, QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QHelpEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from . import theme

if TYPE_CHECKING:
    from collections.abc import Sequence

    from hfi_desktop.present import Score

ValueFormat = Literal["percent", "number"]

BAR_HEIGHT = 6
ROW_GAP = 12
TEXT_GAP = 4
MAX_WIDTH = 760  # wider bars put labels too far from their values


def format_score(score: float, style: ValueFormat = "percent") -> str:
    """``87.8%``, ``0.52%``, ``<0.01%``; or ``0.662`` for plain numbers; ``—`` for NaN
    (no score: a label this result lacks, shown to line up with another result)."""
    if math.isnan(score):
        return "\N{EM DASH}"
    if style == "number":
        return f"{score:.3f}"
    percent = score * 100
    if 99.95 <= percent < 100:
        return f"{min(percent, 99.99):.2f}%"  # not "100.0%" for a score below 1
    if percent >= 1 or percent == 0:
        return f"{percent:.1f}%"
    if percent >= 0.01:
        return f"{percent:.2f}%"
    return "<0.01%"


class ScoreBars(QWidget):
    """Rows of ``label … value`` over a bar proportional to the score (clamped to 0..1).

    The first row (the best) is drawn bold and in the full highlight colour (unless
    ``emphasise_first`` is off). A row's
    ``detail`` is drawn as a muted second line. Long labels are elided; the tooltip has
    the full text. A NaN score is "no score": the row is muted, with ``—`` and no bar.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._scores: tuple[Score, ...] = ()
        self._style: ValueFormat = "percent"
        self._emphasise_first = True
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(160)
        self.setMaximumWidth(MAX_WIDTH)

    # ------------------------------------------------------------------ data
    def set_scores(
        self,
        scores: Sequence[Score],
        style: ValueFormat = "percent",
        *,
        emphasise_first: bool = True,
    ) -> None:
        self._scores = tuple(scores)
        self._style = style
        self._emphasise_first = emphasise_first
        self.updateGeometry()
        self.update()

    def scores(self) -> tuple[Score, ...]:
        return self._scores

    def labels(self) -> list[str]:
        return [score.label for score in self._scores]

    def value_texts(self) -> list[str]:
        return [format_score(score.score, self._style) for score in self._scores]

    # ---------------------------------------------------------------- layout
    def _has_detail(self) -> bool:
        return any(score.detail for score in self._scores)

    def _row_height(self) -> int:
        metrics = QFontMetrics(self.font())
        lines = 2 if self._has_detail() else 1
        return metrics.height() * lines + TEXT_GAP + BAR_HEIGHT

    def sizeHint(self) -> QSize:
        count = len(self._scores)
        height = count * self._row_height() + max(count - 1, 0) * ROW_GAP
        return QSize(360, max(height, 1))

    def minimumSizeHint(self) -> QSize:
        return QSize(160, self.sizeHint().height())

    def _row_at(self, point: QPoint) -> int | None:
        step = self._row_height() + ROW_GAP
        index = point.y() // step
        if 0 <= index < len(self._scores) and point.y() % step < self._row_height():
            return int(index)
        return None

    # ----------------------------------------------------------------- paint
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        highlight = palette.color(theme.ROLE.Highlight)
        width = self.width()
        row_height = self._row_height()
        base_font = self.font()
        bold = QFont(base_font)
        bold.setBold(True)
        small = QFont(base_font)
        if small.pointSizeF() > 0:
            small.setPointSizeF(small.pointSizeF() * 0.92)
        line = QFontMetrics(base_font).height()
        for index, score in enumerate(self._scores):
            top = index * (row_height + ROW_GAP)
            first = index == 0 and self._emphasise_first
            font = bold if first else base_font
            metrics = QFontMetrics(font)
            value = format_score(score.score, self._style)
            value_width = metrics.horizontalAdvance(value)
            painter.setFont(font)
            missing = math.isnan(score.score)
            painter.setPen(theme.muted(palette) if missing
                           else palette.color(theme.ROLE.WindowText))
            label_rect = QRect(0, top, width - value_width - 12, line)
            label = metrics.elidedText(score.label, Qt.TextElideMode.ElideRight, label_rect.width())
            flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
            painter.drawText(label_rect, int(flags), label)
            value_rect = QRect(width - value_width, top, value_width, line)
            painter.drawText(value_rect, int(Qt.AlignmentFlag.AlignRight), value)
            bar_top = top + line + TEXT_GAP
            if score.detail:
                painter.setFont(small)
                painter.setPen(theme.muted(palette))
                detail_rect = QRect(0, top + line, width, line)
                detail = QFontMetrics(small).elidedText(
                    score.detail, Qt.TextElideMode.ElideRight, width
                )
                painter.drawText(detail_rect, int(flags), detail)
                bar_top += line
            track = QRectF(0, bar_top, width, BAR_HEIGHT)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(theme.track(palette))
            painter.drawRoundedRect(track, BAR_HEIGHT / 2, BAR_HEIGHT / 2)
            fraction = 0.0 if missing else min(max(score.score, 0.0), 1.0)
            if fraction > 0:
                fill = QRectF(0, bar_top, max(width * fraction, BAR_HEIGHT), BAR_HEIGHT)
                colour = QColor(highlight)
                if not first:
                    colour.setAlphaF(0.6)
                painter.setBrush(colour)
                painter.drawRoundedRect(fill, BAR_HEIGHT / 2, BAR_HEIGHT / 2)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self._row_at(event.pos())
            if index is None:
                QToolTip.hideText()
            else:
                score = self._scores[index]
                text = f"{score.label}: {format_score(score.score, self._style)}"
                if score.detail:
                    text += f"\n{score.detail}"
                QToolTip.showText(event.globalPos(), text, self)
            return True
        return super().event(event)
