"""The inline message line under an input: errors, hints, progress. Never a dialog."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QLabel, QWidget

from hfi_desktop.ui.inputs._style import error_color, muted_text, ok_color
from hfi_desktop.ui.inputs._widgets import set_text_colour


class Level(StrEnum):
    ERROR = "error"
    INFO = "info"
    OK = "ok"


_PREFIX = {Level.ERROR: "\u26a0 ", Level.INFO: "", Level.OK: "\u2713 "}  # ⚠, ✓


class InlineMessage(QLabel):
    """A wrapped, selectable line of text; hidden while empty; coloured by level."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inlineMessage")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # No accessible name: a label's is its text, so the message itself is read.
        self._level = Level.INFO
        self._message = ""
        self.hide()

    @property
    def level(self) -> Level:
        return self._level

    def message(self) -> str:
        """The message without its level sign ("" when none)."""
        return self._message

    def show_message(self, message: str, level: Level = Level.INFO) -> None:
        self._message = message
        self._level = level
        self.setText(_PREFIX[level] + message if message else "")
        self.setAccessibleDescription(
            QCoreApplication.translate("InlineMessage", "Error")
            if message and level is Level.ERROR
            else ""
        )
        self._apply_colour()
        self.setVisible(bool(message))

    def clear_message(self) -> None:
        if self._message or self.isVisible():
            self.show_message("")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_colour()
        super().changeEvent(event)

    def _apply_colour(self) -> None:
        parent = self.parentWidget()
        base = parent.palette() if parent is not None else self.palette()
        colour = {Level.ERROR: error_color, Level.OK: ok_color, Level.INFO: muted_text}[
            self._level
        ](base)
        set_text_colour(self, colour)
