"""ChipsInput: a list of strings shown as removable chips, with a field to type new ones."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from hfi_desktop.ui.inputs._style import css, mix
from hfi_desktop.ui.inputs.base import InputWidget
from hfi_desktop.ui.inputs.flow_layout import FlowLayout

_REMOVE = "\u00d7"  # the multiplication sign, as a close mark


class Chip(QFrame):
    """One value: its text and a button that removes it."""

    remove_requested = Signal(object)

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chip")
        self.text = text
        label = QLabel(text, self)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setMaximumWidth(360)
        label.setToolTip(text)
        self.remove_button = QToolButton(self)
        self.remove_button.setText(_REMOVE)
        self.remove_button.setAutoRaise(True)
        self.remove_button.setCursor(Qt.CursorShape.PointingHandCursor)
        remove = QCoreApplication.translate("ChipsInput", "Remove \u201c{text}\u201d").format(
            text=text
        )
        self.remove_button.setAccessibleName(remove)
        self.remove_button.setToolTip(remove)
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 1, 2, 1)
        layout.setSpacing(2)
        layout.addWidget(label)
        layout.addWidget(self.remove_button)
        self.setAccessibleName(text)
        self._restyle()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._restyle()
        super().changeEvent(event)

    def _restyle(self) -> None:
        # From the parent's palette: the style sheet changes this widget's own palette.
        parent = self.parentWidget()
        palette = parent.palette() if parent is not None else self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        accent = palette.color(QPalette.ColorRole.Highlight)
        fill = mix(base, accent, 0.14)
        border = mix(base, accent, 0.45)
        sheet = (
            f"QFrame#chip {{ background: {css(fill)}; border: 1px solid {css(border)};"
            " border-radius: 11px; }"
            " QToolButton { border: none; padding: 0 4px; font-weight: bold; }"
        )
        if self.styleSheet() != sheet:
            self.setStyleSheet(sheet)


class ChipsInput(InputWidget):
    """A list of strings. Type and press Enter (or a comma) to add; a chip's remove button, or
    Backspace in the empty field, removes. ``value()`` is the list, plus what is typed but not
    yet added.

    ``ChipsInput(parent=None, *, placeholder="Type and press Enter", split_on_comma=True,
    allow_duplicates=False)``: turn ``split_on_comma`` off for sentences, which hold commas.
    """

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        placeholder: str = "",
        split_on_comma: bool = True,
        allow_duplicates: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(QCoreApplication.translate("ChipsInput", "List input"))
        self._split_on_comma = split_on_comma
        self._allow_duplicates = allow_duplicates
        self._chips: list[Chip] = []

        self._box = QFrame(self)
        self._box.setObjectName("chipsBox")
        self._box.setFrameShape(QFrame.Shape.StyledPanel)
        self._box.setFrameShadow(QFrame.Shadow.Sunken)
        self._box.setAutoFillBackground(True)
        self._box.setBackgroundRole(QPalette.ColorRole.Base)
        self._flow = FlowLayout(self._box, spacing=6)
        self._flow.setContentsMargins(6, 6, 6, 6)

        self.editor = QLineEdit(self._box)
        self.editor.setFrame(False)
        self.editor.setMinimumWidth(140)
        self.editor.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        hint = (
            QCoreApplication.translate("ChipsInput", "Type and press Enter or a comma")
            if split_on_comma
            else QCoreApplication.translate("ChipsInput", "Type and press Enter")
        )
        self.editor.setPlaceholderText(placeholder or hint)
        self.editor.setAccessibleName(QCoreApplication.translate("ChipsInput", "New entry"))
        self.editor.setAccessibleDescription(
            QCoreApplication.translate(
                "ChipsInput", "{hint}; Backspace in an empty field removes the last"
            ).format(hint=hint)
        )
        self.editor.returnPressed.connect(self.commit)
        self.editor.textEdited.connect(self._on_text_edited)
        self.editor.installEventFilter(self)
        self._box.installEventFilter(self)
        self._flow.addWidget(self.editor)
        self.setFocusProxy(self.editor)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self._box)
        layout.addWidget(self.message_label)
        layout.addStretch(1)
        self._box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    # ------------------------------------------------------------------ value
    def value(self) -> list[str]:
        items = [chip.text for chip in self._chips]
        pending = self.editor.text().strip()
        if pending and (self._allow_duplicates or pending not in items):
            items.append(pending)
        return items

    def chips(self) -> list[str]:
        """The committed entries only."""
        return [chip.text for chip in self._chips]

    def set_value(self, value: object) -> None:
        if value is None:
            items: Sequence[object] = []
        elif isinstance(value, str):
            items = value.splitlines()
        elif isinstance(value, Sequence):
            items = value
        else:
            raise TypeError(f"a list of strings, not {value!r}")
        self._remove_all()
        self.editor.clear()
        for item in items:
            self._add(str(item))
        self.clear_message()
        self.changed.emit()

    def clear(self) -> None:
        self.set_value([])

    # ---------------------------------------------------------------- editing
    def add(self, text: str) -> bool:
        """Add one entry (stripped); False, with a note, when empty or already there."""
        text = text.strip()
        if not text:
            return False
        if not self._allow_duplicates and text in self.chips():
            self.show_info(
                QCoreApplication.translate(
                    "ChipsInput", "\u201c{text}\u201d is already in the list."
                ).format(text=text)
            )
            return False
        self._add(text)
        self.clear_message()
        self.changed.emit()
        return True

    def commit(self) -> None:
        """Turn what is typed into chips."""
        text = self.editor.text()
        parts = text.split(",") if self._split_on_comma else [text]
        self.editor.clear()
        for part in parts:
            self.add(part)

    def remove(self, index: int) -> None:
        chip = self._chips.pop(index)
        self._flow.removeWidget(chip)
        chip.deleteLater()
        self.clear_message()
        self.changed.emit()
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def chip_widgets(self) -> list[Chip]:
        return list(self._chips)

    def _add(self, text: str) -> None:
        chip = Chip(text, self._box)
        chip.remove_requested.connect(lambda c: self.remove(self._chips.index(c)))
        self._flow.insertWidget(len(self._chips), chip)
        self._chips.append(chip)
        chip.show()
        self._box.updateGeometry()

    def _remove_all(self) -> None:
        while self._chips:
            chip = self._chips.pop()
            self._flow.removeWidget(chip)
            chip.deleteLater()

    def _on_text_edited(self, text: str) -> None:
        if self._split_on_comma and "," in text:
            *done, rest = text.split(",")
            self.editor.setText(rest.lstrip())
            for part in done:
                self.add(part)
        else:
            self.changed.emit()  # value() includes what is being typed

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.editor and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Backspace and not self.editor.text() and self._chips:
                self.remove(len(self._chips) - 1)
                return True
        if watched is self._box and event.type() == QEvent.Type.MouseButtonPress:
            assert isinstance(event, QMouseEvent)
            self.editor.setFocus(Qt.FocusReason.MouseFocusReason)
        return super().eventFilter(watched, event)
