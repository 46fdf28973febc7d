"""Outcomes gathered as they come and handed on once per tick: a batch answering 600 cells
in a second costs the GUI thread a few table updates, not 600."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

#: How often gathered outcomes are handed on (ms): often enough to look live.
TICK_MS = 100


class OutcomeFeed(QObject):
    """``push`` gathers (cheap: a list append); ``delivered(list)`` carries what was gathered,
    at most once per ``tick_ms``; ``flush`` hands it on at once (the batch ended)."""

    delivered = Signal(list)  # list[CellOutcome]

    def __init__(self, parent: QObject | None = None, *, tick_ms: int = TICK_MS) -> None:
        super().__init__(parent)
        self._pending: list[object] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(tick_ms)
        self._timer.timeout.connect(self.flush)

    def push(self, outcome: object) -> None:
        self._pending.append(outcome)
        if not self._timer.isActive():
            self._timer.start()

    def flush(self) -> None:
        self._timer.stop()
        if self._pending:
            pending, self._pending = self._pending, []
            self.delivered.emit(pending)
