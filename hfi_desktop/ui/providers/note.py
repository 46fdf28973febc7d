"""The note under the model field when the model will not run: no provider serves it for the
page's task (with models that do run, one click each), or the chosen provider does not (with
the providers that do). Said before Run; hidden otherwise."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from hfi_desktop.ui.inputs.flow_layout import FlowLayout
from hfi_desktop.ui.inputs.message import InlineMessage, Level
from hfi_desktop.ui.model_search.examples_row import CHIP_STYLE

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

#: (text on the chip, tooltip, what a click does)
Chip = tuple[str, str, "Callable[[], None]"]


class ServedNote(QWidget):
    """A warning line and a row of chips; hidden while there is nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("servedNote")
        self.message = InlineMessage(self)
        self.message.setAccessibleName(QCoreApplication.translate("ServedNote", "Model note"))
        self._label = QLabel(self)
        self._chips = QWidget(self)
        self._flow = FlowLayout(self._chips, spacing=6)
        self._buttons: list[QPushButton] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.message)
        layout.addWidget(self._label)
        layout.addWidget(self._chips)
        self.hide()

    def buttons(self) -> list[QPushButton]:
        return list(self._buttons)

    def text(self) -> str:
        return self.message.message()

    def show_note(self, text: str, chips: Sequence[Chip] = (), chips_label: str = "") -> None:
        """Say ``text``, and offer ``chips`` (under ``chips_label``)."""
        self._clear_chips()
        self.message.show_message(text, Level.ERROR)
        self._label.setText(chips_label)
        self._label.setVisible(bool(chips and chips_label))
        for title, tip, act in chips:
            button = QPushButton(title, self._chips)
            button.setObjectName("exampleChip")
            button.setStyleSheet(CHIP_STYLE)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setToolTip(tip)
            button.setAccessibleName(tip)
            button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
            button.clicked.connect(lambda _=False, act=act: act())
            self._flow.addWidget(button)
            self._buttons.append(button)
        self._chips.setVisible(bool(chips))
        self.show()

    def add_chips(self, chips: Sequence[Chip], chips_label: str) -> None:
        """Chips found after the note was shown (suggestions looked up in a worker)."""
        if self.isHidden():
            return
        self.show_note(self.text(), chips, chips_label)

    def clear_note(self) -> None:
        self._clear_chips()
        self.message.clear_message()
        self.hide()

    def _clear_chips(self) -> None:
        for button in self._buttons:
            self._flow.removeWidget(button)
            button.deleteLater()
        self._buttons = []
