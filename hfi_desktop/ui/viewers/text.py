"""Text results, including streamed generation that grows live."""

from __future__ import annotations

import time
from typing import Literal

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from hfi_desktop.present import Prepared, TextPrepared

from . import theme
from .base import ResultViewer
from .widgets import MARGIN, Box, Caption, CopyButton

StreamState = Literal["done", "cancelled", "error"]

_BANNERS: dict[str, str] = {
    "cancelled": "Cancelled — partial text kept",
    "error": "Stopped by an error — partial text kept",
}
_FOLLOW_SLACK = 4  # pixels from the bottom that still count as "at the bottom"


class Banner(Box):
    """A one-line warning strip above the text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(theme.warning_colours, parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        layout.addWidget(self.label)


class TextViewer(ResultViewer):
    """Read-only, selectable text with a Copy button and a status line.

    Streams: ``begin_stream()``, then ``append_text(chunk, tokens)`` at most once per
    frame with the batched text (one insert at the end of the document, never per token;
    the view follows the end unless the user scrolled up), then ``end_stream(state)``.
    A cancelled or failed stream keeps its partial text under a banner.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._status = Caption("", self)
        self._copy = CopyButton(self.text, self)
        self._banner = Banner(self)
        self._banner.hide()
        self._editor = QPlainTextEdit(self)
        self._editor.setReadOnly(True)
        self._editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self._editor.setUndoRedoEnabled(False)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self._status, 1)
        top.addWidget(self._copy)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self._banner)
        layout.addWidget(self._editor, 1)
        self._streaming = False
        self._tokens = 0
        self._started = 0.0
        self._ended: float | None = None

    # ---------------------------------------------------------------- queries
    def text(self) -> str:
        return self._editor.toPlainText()

    def status_text(self) -> str:
        return self._status.text()

    def banner_text(self) -> str:
        """The banner's text, or "" when it is hidden."""
        return self._banner.label.text() if not self._banner.isHidden() else ""

    def editor(self) -> QPlainTextEdit:
        return self._editor

    @property
    def streaming(self) -> bool:
        return self._streaming

    @property
    def token_count(self) -> int:
        return self._tokens

    # ---------------------------------------------------------------- results
    def show_result(self, prepared: Prepared) -> None:
        result = self._expect(prepared, TextPrepared)
        self._streaming = False
        self._banner.hide()
        self._editor.setPlainText(result.text)
        words = len(result.text.split())
        parts = [f"{words:,} word{'s' if words != 1 else ''}", f"{len(result.text):,} characters"]
        if result.tokens is not None:
            parts.insert(0, f"{result.tokens:,} tokens")
        self._status.setText(" · ".join(parts))

    def clear(self) -> None:
        self._streaming = False
        self._tokens = 0
        self._editor.clear()
        self._banner.hide()
        self._status.setText("")

    # ---------------------------------------------------------------- streams
    def begin_stream(self) -> None:
        self.clear()
        self._streaming = True
        self._started = time.monotonic()
        self._ended = None
        self._status.setText("Generating…")

    def append_text(self, chunk: str, tokens: int) -> None:
        """Add one batch of streamed text (``tokens`` tokens) at the end."""
        if chunk:
            bar = self._editor.verticalScrollBar()
            follow = bar.value() >= bar.maximum() - _FOLLOW_SLACK
            cursor = QTextCursor(self._editor.document())
            cursor.movePosition(QTextCursor.MoveOperation.End)
            cursor.insertText(chunk)
            if follow:
                bar.setValue(bar.maximum())
        self._tokens += tokens
        self._status.setText(self._rate_text())

    def end_stream(self, state: StreamState, message: str = "") -> None:
        """Stop growing; "cancelled" / "error" keep the partial text under a banner."""
        self._streaming = False
        self._ended = time.monotonic()
        banner = _BANNERS.get(state)
        if banner is not None:
            detail = f" ({message[:1].lower()}{message[1:]})" if message else ""
            self._banner.label.setText(banner + detail)
            self._banner.show()
        self._status.setText(self._rate_text())

    def _rate_text(self) -> str:
        elapsed = (self._ended or time.monotonic()) - self._started
        tokens = f"{self._tokens:,} token{'s' if self._tokens != 1 else ''}"
        if elapsed <= 0.05:
            return tokens
        rate = f"{self._tokens / elapsed:.1f} tokens/s"
        return f"{tokens} · {rate} · {elapsed:.1f} s"
