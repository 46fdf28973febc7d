"""JsonInput: JSON text, checked as you type (debounced); a syntax error is shown inline with
its line and column, and underlined in the text."""

from __future__ import annotations

import json

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QColor, QFontDatabase, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QVBoxLayout, QWidget

from hfi_desktop.ui.inputs._style import error_color
from hfi_desktop.ui.inputs.base import InputWidget

DEBOUNCE_MS = 300


class JsonInput(InputWidget):
    """JSON text; ``value()`` is the text itself (the request builder parses it).

    ``JsonInput(parent=None, *, placeholder='{"inputs": "…"}', debounce_ms=300)``.
    :meth:`problem` is the current syntax error ("Line 3, column 5: Expecting ',' delimiter")
    or None; :meth:`validate_now` skips the wait.
    """

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        placeholder: str = "",
        debounce_ms: int = DEBOUNCE_MS,
    ) -> None:
        super().__init__(parent)
        self.editor = QPlainTextEdit(self)
        self.editor.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.editor.setPlaceholderText(placeholder or '{"inputs": "Hello"}')
        self.editor.setTabChangesFocus(True)
        self.editor.setMinimumHeight(120)
        self.editor.setAccessibleDescription("JSON")  # named after the field (focus proxy)
        self._problem: str | None = None
        self._error_position: int | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(debounce_ms)
        self._timer.timeout.connect(self.validate_now)
        self.editor.textChanged.connect(self._on_text_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.editor)
        layout.addWidget(self.message_label)
        self.setFocusProxy(self.editor)

    def value(self) -> str:
        return self.editor.toPlainText()

    def set_value(self, value: object) -> None:
        if value is None:
            text = ""
        elif isinstance(value, str):
            text = value
        else:
            text = json.dumps(value, indent=2, ensure_ascii=False)
        self.editor.setPlainText(text)
        self.validate_now()

    def clear(self) -> None:
        self.set_value(None)

    def problem(self) -> str | None:
        if self._timer.isActive():
            self.validate_now()
        return self._problem

    def error_position(self) -> int | None:
        """Character offset of the syntax error, or None."""
        return self._error_position

    def validate_now(self) -> None:
        self._timer.stop()
        text = self.editor.toPlainText()
        self._problem = None
        self._error_position = None
        if text.strip():
            try:
                json.loads(text)
            except json.JSONDecodeError as exc:
                self._problem = QCoreApplication.translate(
                    "JsonInput", "Line {line}, column {column}: {message}"
                ).format(line=exc.lineno, column=exc.colno, message=exc.msg)
                self._error_position = exc.pos
        if self._problem is not None:
            self.show_error(self._problem)
        elif text.strip():
            self.show_ok(QCoreApplication.translate("JsonInput", "Valid JSON"))
        else:
            self.clear_message()
        self._underline_error()

    def _on_text_changed(self) -> None:
        self._timer.start()
        self.changed.emit()

    def _underline_error(self) -> None:
        selections: list[QTextEdit.ExtraSelection] = []
        if self._error_position is not None:
            cursor = QTextCursor(self.editor.document())
            end = len(self.editor.toPlainText())
            start = min(self._error_position, max(end - 1, 0))
            cursor.setPosition(start)
            cursor.setPosition(min(start + 1, end), QTextCursor.MoveMode.KeepAnchor)
            fmt = QTextCharFormat()
            colour = QColor(error_color(self.palette()))
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            fmt.setUnderlineColor(colour)
            colour.setAlpha(60)
            fmt.setBackground(colour)
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor
            selection.format = fmt
            selections.append(selection)
        self.editor.setExtraSelections(selections)
