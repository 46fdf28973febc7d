"""Plain inputs: one line of text, several lines, a choice among fixed strings."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from hfi_desktop.ui.accessible import add_clear_button
from hfi_desktop.ui.inputs.base import InputWidget

if TYPE_CHECKING:
    from collections.abc import Sequence


def _column(widget: InputWidget, control: QWidget) -> None:
    layout = QVBoxLayout(widget)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(4)
    layout.addWidget(control)
    layout.addWidget(widget.message_label)
    widget.setFocusProxy(control)


class TextInput(InputWidget):
    """One line of text. ``TextInput(parent=None, *, placeholder="")``; value() -> str."""

    def __init__(self, parent: QWidget | None = None, *, placeholder: str = "") -> None:
        super().__init__(parent)
        self.editor = QLineEdit(self)
        self.editor.setPlaceholderText(placeholder)
        add_clear_button(self.editor, QCoreApplication.translate("TextInput", "Clear the text"))
        self.editor.textChanged.connect(self.changed)
        _column(self, self.editor)

    def value(self) -> str:
        return self.editor.text()

    def set_value(self, value: object) -> None:
        self.editor.setText("" if value is None else str(value))

    def clear(self) -> None:
        self.editor.clear()

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.editor.setAccessibleName(name)


class LongTextInput(InputWidget):
    """Several lines of text (Tab moves focus on). value() -> str.

    ``LongTextInput(parent=None, *, placeholder="", lines=5)``
    """

    def __init__(
        self, parent: QWidget | None = None, *, placeholder: str = "", lines: int = 5
    ) -> None:
        super().__init__(parent)
        self.editor = QPlainTextEdit(self)
        self.editor.setPlaceholderText(placeholder)
        self.editor.setTabChangesFocus(True)
        line = QFontMetrics(self.editor.font()).lineSpacing()
        self.editor.setMinimumHeight(line * max(lines, 2) + 12)
        self.editor.textChanged.connect(self.changed)
        _column(self, self.editor)

    def value(self) -> str:
        return self.editor.toPlainText()

    def set_value(self, value: object) -> None:
        self.editor.setPlainText("" if value is None else str(value))

    def clear(self) -> None:
        self.editor.clear()

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.editor.setAccessibleName(name)


class ChoiceInput(InputWidget):
    """One of fixed strings. ``ChoiceInput(choices, parent=None)``; value() -> str."""

    def __init__(self, choices: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = QComboBox(self)
        self.combo.addItems([str(choice) for choice in choices])
        self.combo.currentIndexChanged.connect(self.changed)
        _column(self, self.combo)

    def value(self) -> str:
        return self.combo.currentText()

    def set_value(self, value: object) -> None:
        index = self.combo.findText("" if value is None else str(value))
        if index < 0:
            raise ValueError(f"{value!r} is not one of the choices")
        self.combo.setCurrentIndex(index)

    def clear(self) -> None:
        self.combo.setCurrentIndex(0 if self.combo.count() else -1)

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.combo.setAccessibleName(name)
