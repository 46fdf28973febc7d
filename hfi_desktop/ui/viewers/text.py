"""Text results, including streamed generation that grows live."""

from __future__ import annotations

import time
from typing import Literal

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from hfi_desktop.present import Prepared, TextPrepared
from hfi_desktop.present.compare import Deletion, DiffSpan, TextDiff
from hfi_desktop.ui.i18n import seconds_text, shown
from hfi_desktop.ui.i18n_mark import QT_TRANSLATE_NOOP

from . import theme
from .base import ResultViewer
from .stream_edit import StreamTextEdit
from .widgets import MARGIN, Box, Caption, CopyButton, count_text

StreamState = Literal["done", "cancelled", "error"]

_BANNERS: dict[str, str] = {
    "cancelled": QT_TRANSLATE_NOOP("TextViewer", "Cancelled — partial text kept"),
    "error": QT_TRANSLATE_NOOP("TextViewer", "Stopped by an error — partial text kept"),
}
#: While streaming, the token count and rate change at most this often: readable, and a
#: wrapping label's new text lays the viewer out again (and repaints it) each time.
STATUS_INTERVAL_S = 0.25
#: Diff mode: what a stretch of text is ("insert", "replace", "delete"), on its format.
DIFF_PROPERTY = QTextFormat.Property.UserProperty + 11
DIFF_COLOURS = {"insert": "#2e9d4f", "replace": "#d99a1e", "delete": "#d64545"}


def _tokens_text(count: int) -> str:
    return count_text(count, QCoreApplication.translate("TextViewer", "1 token"),
                      QCoreApplication.translate("TextViewer", "{count} tokens"))


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
        self._editor = StreamTextEdit(self)
        self._editor.setAccessibleName(QCoreApplication.translate("TextViewer", "Result text"))
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
        self._status_at = float("-inf")  # when the status line last changed while streaming
        self._diff_text: str | None = None  # diff mode: the text itself (without deletions)

    # ---------------------------------------------------------------- queries
    def text(self) -> str:
        """The result's text (in diff mode too: without the other text's struck words)."""
        return self._diff_text if self._diff_text is not None else self._editor.text()

    def diff_marks(self) -> list[tuple[str, str]]:
        """Diff mode: the marked stretches as shown, (op, text), in order."""
        marks: list[tuple[str, str]] = []
        block = self._editor.document().begin()
        while block.isValid():
            iterator = block.begin()
            while not iterator.atEnd():
                fragment = iterator.fragment()
                op = fragment.charFormat().property(DIFF_PROPERTY)
                if isinstance(op, str) and op:
                    marks.append((op, fragment.text()))
                iterator += 1
            block = block.next()
        return marks

    def status_text(self) -> str:
        return self._status.text()

    def banner_text(self) -> str:
        """The banner's text, or "" when it is hidden."""
        return self._banner.label.text() if not self._banner.isHidden() else ""

    def editor(self) -> StreamTextEdit:
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
        self._diff_text = None
        self._banner.hide()
        self._editor.set_text(result.text)
        words = len(result.text.split())
        parts = [
            count_text(words, QCoreApplication.translate("TextViewer", "1 word"),
                       QCoreApplication.translate("TextViewer", "{count} words")),
            count_text(len(result.text), QCoreApplication.translate("TextViewer", "1 character"),
                       QCoreApplication.translate("TextViewer", "{count} characters")),
        ]
        if result.tokens is not None:
            parts.insert(0, _tokens_text(result.tokens))
        self._status.setText(" · ".join(parts))

    def clear(self) -> None:
        self._streaming = False
        self._diff_text = None
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
        self._status_at = float("-inf")
        self._status.setText(QCoreApplication.translate("TextViewer", "Generating…"))

    def append_text(self, chunk: str, tokens: int) -> None:
        """Add one batch of streamed text (``tokens`` tokens) at the end."""
        self._editor.append(chunk)  # follows the end unless the user scrolled up
        self._tokens += tokens
        now = time.monotonic()
        if now - self._status_at >= STATUS_INTERVAL_S:
            self._status_at = now
            self._status.setText(self._rate_text())

    def end_stream(self, state: StreamState, message: str = "") -> None:
        """Stop growing; "cancelled" / "error" keep the partial text under a banner."""
        self._streaming = False
        self._ended = time.monotonic()
        banner = _BANNERS.get(state)
        if banner is not None:
            message = shown(message)
            detail = f" ({message[:1].lower()}{message[1:]})" if message else ""
            self._banner.label.setText(QCoreApplication.translate("TextViewer", banner) + detail)
            self._banner.show()
        self._status.setText(self._rate_text())

    def _rate_text(self) -> str:
        elapsed = (self._ended or time.monotonic()) - self._started
        tokens = _tokens_text(self._tokens)
        if elapsed <= 0.05:
            return tokens
        rate = QCoreApplication.translate("TextViewer", "{rate} tokens/s").format(
            rate=f"{self._tokens / elapsed:.1f}")
        return f"{tokens} · {rate} · {seconds_text(elapsed)}"

    # ---------------------------------------------------------------- diff mode
    def show_diff(self, text: str, diff: TextDiff | None) -> None:
        """Show ``text`` with what differs from another text highlighted: added words
        green, changed ones amber (tooltip: what the other text has), the other text's
        words missing here struck out in red. None (or nothing differs): ``text`` plain
        again, left as it is if already shown (a stream keeps its place). Copy copies
        ``text`` either way."""
        if diff is None or diff.identical:
            if self._diff_text is not None or self._editor.text() != text:
                self._editor.set_text(text)
            self._diff_text = None
            return
        self._diff_text = text
        self._editor.clear()
        cursor = QTextCursor(self._editor.document())
        plain = QTextCharFormat()
        marks: list[DiffSpan | Deletion] = [*diff.deletions, *diff.spans]
        # at the same offset, the struck words come before the added ones
        marks.sort(key=lambda m: (m.at, 0) if isinstance(m, Deletion) else (m.start, 1))
        position = 0
        for mark in marks:
            if isinstance(mark, Deletion):
                cursor.insertText(text[position : mark.at], plain)
                position = mark.at
                before = " " if mark.at and not text[mark.at - 1].isspace() else ""
                after = " " if mark.at < len(text) and not text[mark.at].isspace() else ""
                cursor.insertText(before, plain)
                cursor.insertText(mark.text, self._diff_format(
                    "delete", QCoreApplication.translate("TextViewer", "Not in this text")))
                cursor.insertText(after, plain)
            else:
                cursor.insertText(text[position : mark.start], plain)
                tip = (QCoreApplication.translate("TextViewer", "Instead of: {was}").format(
                    was=mark.was) if mark.op == "replace"
                    else QCoreApplication.translate("TextViewer", "Added"))
                cursor.insertText(text[mark.start : mark.end], self._diff_format(mark.op, tip))
                position = mark.end
        cursor.insertText(text[position:], plain)
        self._editor.moveCursor(QTextCursor.MoveOperation.Start)

    def _diff_format(self, op: str, tooltip: str) -> QTextCharFormat:
        colour = QColor(DIFF_COLOURS[op])
        fmt = QTextCharFormat()
        fmt.setBackground(theme.tint(colour, self.palette(), 0.30))
        fmt.setProperty(DIFF_PROPERTY, op)
        fmt.setToolTip(tooltip)
        if op == "delete":
            fmt.setFontStrikeOut(True)
            fmt.setForeground(colour.darker(130) if not theme.is_dark(self.palette())
                              else colour.lighter(130))
        return fmt
