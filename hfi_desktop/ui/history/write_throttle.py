"""How often a stream's text goes to the history while it grows: once a second, not once a
frame (a write rewrites the record's row; a stream brings a batch every frame)."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

if TYPE_CHECKING:
    from collections.abc import Callable


class WriteThrottle(QObject):
    """Calls ``write()`` at most once per ``interval_s`` while :meth:`poke`\\ d: a poke after
    the interval writes at once, an earlier one is put off to the interval's end (and pokes
    meanwhile add nothing). ``write()`` returns whether it wrote (nothing new: it did not)."""

    def __init__(self, write: Callable[[], bool], interval_s: float,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.interval_s = interval_s
        self._write = write
        self._last = 0.0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._fire)

    def restart(self) -> None:
        """A new stream: nothing pending, the interval counted from now."""
        self._timer.stop()
        self._last = time.monotonic()

    def poke(self) -> None:
        if self._timer.isActive():
            return
        wait = self._last + self.interval_s - time.monotonic()
        if wait <= 0:
            self._fire()
        else:
            self._timer.start(max(1, int(wait * 1000)))

    def stop(self) -> None:
        self._timer.stop()

    def _fire(self) -> None:
        if self._write():
            self._last = time.monotonic()
