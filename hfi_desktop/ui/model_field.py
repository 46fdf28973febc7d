"""The model picker: editable; the task's default model as placeholder; recent models listed."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget


class ModelField(QComboBox):
    """A model id (``owner/name``) or a full endpoint URL; empty means the task's default."""

    model_changed = Signal(str)

    def __init__(self, default_model: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMinimumContentsLength(28)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.default_model = default_model
        line = self.lineEdit()
        assert line is not None  # editable
        line.setPlaceholderText(default_model)
        line.setClearButtonEnabled(True)
        self.setAccessibleName("Model")
        self.setToolTip("A model id from the Hub (owner/name) or a full endpoint URL "
                        "(https://…). Empty: the task's default model, " + default_model)
        completer = self.completer()
        assert completer is not None  # editable
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.currentTextChanged.connect(self.model_changed)
        self.set_recent([])

    def set_recent(self, recent: Sequence[str]) -> None:
        text = self.currentText()
        self.blockSignals(True)
        self.clear()
        for model in [*recent, *([] if self.default_model in recent else [self.default_model])]:
            self.addItem(model)
        self.setEditText(text)
        self.blockSignals(False)

    def model_id(self) -> str:
        """What the user chose, stripped; "" for the default."""
        return self.currentText().strip()

    def effective_model(self) -> str:
        return self.model_id() or self.default_model

    def set_model(self, model: str) -> None:
        self.setEditText(model)
