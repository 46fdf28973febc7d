"""What every input widget has: ``changed``, ``value()``/``set_value()``/``clear()``, and an
inline message line (errors, hints) instead of dialogs."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from hfi_desktop.ui.inputs.message import InlineMessage, Level


class InputWidget(QWidget):
    """Base of the form's inputs.

    Subclasses build their controls, put :attr:`message_label` in their layout, and implement
    :meth:`value`, :meth:`set_value` and :meth:`clear`. ``changed`` fires whenever the value
    changes (typing, a file loaded, a row added…); ``error_shown(message)`` whenever an inline
    error appears. :meth:`problem` says why the current value can't be sent (None when it can).
    """

    changed = Signal()
    error_shown = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.message_label = InlineMessage(self)

    # ------------------------------------------------------------------ the value
    def value(self) -> object:
        raise NotImplementedError

    def set_value(self, value: object) -> None:
        raise NotImplementedError

    def clear(self) -> None:
        raise NotImplementedError

    def problem(self) -> str | None:
        """Why the value is not usable as it stands (shown inline too), or None."""
        return None

    # ---------------------------------------------------------------- the message
    def show_error(self, message: str) -> None:
        """Show ``message`` as an error; ``error_shown`` fires when it is new."""
        repeated = self.message_label.level is Level.ERROR and self.message() == message
        self.message_label.show_message(message, Level.ERROR)
        if not repeated:
            self.error_shown.emit(message)

    def show_info(self, message: str) -> None:
        self.message_label.show_message(message, Level.INFO)

    def show_ok(self, message: str) -> None:
        self.message_label.show_message(message, Level.OK)

    def clear_message(self) -> None:
        self.message_label.clear_message()

    def message(self) -> str:
        """The inline message shown now ("" when none)."""
        return self.message_label.message()

    def message_level(self) -> Level:
        return self.message_label.level
