"""Conversation: a chat thread of bubbles (user on the right, model on the left) that
continues from call to call."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from hfi_desktop.present import ChatTurn, ConversationPrepared, Prepared

from . import theme
from .base import ResultViewer
from .widgets import clear_layout, insert_before_stretch, scroll_column

BUBBLE_SHARE = 0.72  # of the thread's width
PADDING_X, PADDING_Y = 12, 8
THREAD_MARGIN = 12  # scroll_column's content margins


class Bubble(QWidget):
    """One message: word-wrapped selectable text in a rounded, palette-coloured box."""

    def __init__(self, turn: ChatTurn, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.turn = turn
        self.label = QLabel(turn.text, self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if turn.role == "user":
            self.label.setForegroundRole(theme.ROLE.HighlightedText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(PADDING_X, PADDING_Y, PADDING_X, PADDING_Y)
        layout.addWidget(self.label)

    def fit(self, max_width: int) -> None:
        """At most ``max_width`` wide; as narrow as its text allows (QLabel's word wrap
        alone would pick a narrow, tall box)."""
        padding = 2 * PADDING_X
        natural = max(
            (
                self.label.fontMetrics().horizontalAdvance(line)
                for line in self.turn.text.split("\n")
            ),
            default=0,
        )
        self.label.setMinimumWidth(min(natural + 2, max_width - padding))
        self.setMaximumWidth(max_width)

    def paintEvent(self, event: QPaintEvent) -> None:
        palette = self.palette()
        if self.turn.role == "user":
            fill = palette.color(theme.ROLE.Highlight)
        else:
            fill = theme.track(palette)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(QRectF(self.rect()), 12, 12)


class ConversationViewer(ResultViewer):
    """``show_result`` appends the turns the thread does not show yet (a continued
    conversation); a different conversation replaces the thread."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._area, self._column = scroll_column(self)
        layout.addWidget(self._area)
        self._bubbles: list[Bubble] = []
        self._stick_to_end = True
        bar = self._area.verticalScrollBar()
        bar.rangeChanged.connect(self._on_range)
        bar.actionTriggered.connect(self._on_user_scroll)

    def turns(self) -> list[ChatTurn]:
        return [bubble.turn for bubble in self._bubbles]

    def bubbles(self) -> list[Bubble]:
        return list(self._bubbles)

    def clear(self) -> None:
        self._bubbles = []
        clear_layout(self._column, keep_last=1)

    def show_result(self, prepared: Prepared) -> None:
        result = self._expect(prepared, ConversationPrepared)
        shown = self.turns()
        if list(result.turns[: len(shown)]) != shown:
            self.clear()
            shown = []
        for turn in result.turns[len(shown) :]:
            self._add(turn)
        self._fit_bubbles()
        self._stick_to_end = True  # follow the thread's growth until the user scrolls

    def _add(self, turn: ChatTurn) -> None:
        bubble = Bubble(turn, self)
        line = QWidget(self)
        row = QHBoxLayout(line)
        row.setContentsMargins(0, 0, 0, 0)
        if turn.role == "user":
            row.addStretch(1)
        row.addWidget(bubble)
        if turn.role != "user":
            row.addStretch(1)
        self._bubbles.append(bubble)
        insert_before_stretch(self._column, line)

    def _fit_bubbles(self) -> None:
        # The viewer's own width: the scroll area's viewport is resized only later.
        usable = (
            self.width() - 2 * THREAD_MARGIN - self._area.verticalScrollBar().sizeHint().width()
        )
        width = max(int(usable * BUBBLE_SHARE), 120)
        for bubble in self._bubbles:
            bubble.fit(width)

    def _on_range(self, _minimum: int, maximum: int) -> None:
        if self._stick_to_end:
            self._area.verticalScrollBar().setValue(maximum)

    def _on_user_scroll(self, _action: int) -> None:
        self._stick_to_end = False

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_bubbles()
