"""The status line under Run: elapsed time while the request runs (not before it is sent:
while a question waits for the user, no clock), loading progress, then the response."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget

if TYPE_CHECKING:
    from hfi_desktop.inference import ResponseInfo

from hfi_desktop.sizes import human_size
from hfi_desktop.ui.accessible import announce
from hfi_desktop.ui.i18n import seconds_text, shown, translate

TICK_MS = 100


def format_response(info: ResponseInfo | None, elapsed_s: float) -> str:
    parts = [seconds_text(elapsed_s, 2)]
    if info is not None:
        parts.insert(0, f"HTTP {info.status}")
        parts.append(shown(human_size(info.bytes)))
    return " · ".join(parts)


class RunStatus(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel("", self)  # its accessible name is its text: read as it changes
        self.label.setAccessibleDescription(translate("RunStatus", "Run status"))
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(translate("RunStatus", "Model loading"))
        self.progress.setMaximumWidth(220)
        self.progress.setTextVisible(True)
        self.progress.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        self.label.setWordWrap(True)  # a long status takes lines, not the form's width
        layout.addWidget(self.progress)
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)
        self._started = 0.0
        self._loading_since = 0.0
        self._estimate = 0.0
        self._prefix = ""

    def elapsed(self) -> float:
        return time.monotonic() - self._started if self._started else 0.0

    def start(self, text: str = "") -> None:
        """The request is on its way: ``text`` ("Running" by default) and the time since
        now."""
        self._started = time.monotonic()
        self._prefix = text or translate("RunStatus", "Running")
        self.progress.hide()
        self._timer.start()
        self._tick()

    def hold(self, text: str) -> None:
        """``text``, with no clock: nothing is sent yet (a question waits for the user)."""
        self._timer.stop()
        self._started = 0.0
        self._prefix = text
        self.progress.hide()
        self._tick()

    def loading(self, estimated_time_s: float) -> None:
        """The model is loading: count toward the server's estimate."""
        self._loading_since = time.monotonic()
        self._estimate = max(estimated_time_s, 0.0)
        self._prefix = translate("RunStatus", "Model is loading, waiting for it")
        self.progress.setRange(0, 1000 if self._estimate else 0)
        self.progress.setValue(0)
        self.progress.show()
        self._tick()

    def set_text(self, text: str) -> None:
        self._prefix = text
        self._tick()

    def finish(self, text: str) -> None:
        self._timer.stop()
        self.progress.hide()
        self._started = 0.0
        self.label.setText(text)
        announce(self.label, text)

    def _tick(self) -> None:
        text = (f"{self._prefix}… {seconds_text(self.elapsed())}" if self._started
                else f"{self._prefix}…")
        if self.progress.isVisible() and self._estimate:
            waited = time.monotonic() - self._loading_since
            self.progress.setValue(min(1000, int(1000 * waited / self._estimate)))
            remaining = max(0.0, self._estimate - waited)
            self.progress.setFormat(
                translate("RunStatus", "~{seconds} s left").format(seconds=f"{remaining:.0f}")
                if remaining else translate("RunStatus", "almost ready"))
        self.label.setText(text)
