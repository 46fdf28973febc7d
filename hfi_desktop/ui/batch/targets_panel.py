"""The batch's targets: 1 to 6 rows of model + provider (the page's model field and provider
picker, as a comparison's columns have them), and the concurrency limit per host."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from hfi_desktop.batch.model import MAX_TARGETS, BatchTarget
from hfi_desktop.ui.providers import choice_of
from hfi_desktop.ui.target_fields import target_fields

if TYPE_CHECKING:
    from collections.abc import Sequence

    from hfi_desktop.catalog import TaskSpec
    from hfi_desktop.ui.services import Services

DEFAULT_CONCURRENCY = 4
MAX_CONCURRENCY = 32
MODEL_CHARS = 24
PROVIDER_CHARS = 12


class TargetRow(QWidget):
    """One target: its number, the model field, the provider picker and ✕ (remove)."""

    remove_requested = Signal(object)  # TargetRow

    def __init__(self, spec: TaskSpec, services: Services, model: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("batchTarget")
        self.number = QLabel("1", self)
        self.number.setMinimumWidth(18)
        self.model_field, self.providers = target_fields(
            spec, services, self, model, model_chars=MODEL_CHARS, provider_chars=PROVIDER_CHARS)
        self.provider_picker = self.providers.picker
        self.remove_button = QToolButton(self)
        self.remove_button.setText("\N{MULTIPLICATION SIGN}")
        tip = QCoreApplication.translate("BatchTargets", "Remove this model")
        self.remove_button.setToolTip(tip)
        self.remove_button.setAccessibleName(tip)
        self.remove_button.setAutoRaise(True)
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self))
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        row.addWidget(self.number)
        row.addWidget(self.model_field, 1)
        row.addWidget(self.provider_picker)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.providers.note)

    def target(self) -> BatchTarget:
        """The model the calls go to (the task's default when the field is empty) and the
        provider chosen (None: the 2023 call)."""
        return BatchTarget(self.model_field.effective_model(), self.providers.provider())

    def set_target(self, target: BatchTarget) -> None:
        self.model_field.set_model(target.model)
        self.provider_picker.set_choice(choice_of(target.provider))


class TargetsPanel(QWidget):
    """The rows of targets, "+ Add model" (up to six) and the concurrency per host."""

    changed = Signal()

    def __init__(self, spec: TaskSpec, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("batchTargets")
        self._spec = spec
        self._services = services
        self.rows: list[TargetRow] = []
        self._rows_layout = QVBoxLayout()
        self._rows_layout.setSpacing(4)
        self.add_button = QPushButton(QCoreApplication.translate("BatchTargets",
                                                                 "+ Add model"), self)
        self.add_button.setObjectName("batchAddTarget")
        self.concurrency = QSpinBox(self)
        self.concurrency.setObjectName("batchConcurrency")
        self.concurrency.setRange(1, MAX_CONCURRENCY)
        self.concurrency.setValue(DEFAULT_CONCURRENCY)
        self.concurrency.setToolTip(QCoreApplication.translate(
            "BatchTargets", "How many calls may wait for the same host at once"))
        concurrency_label = QLabel(QCoreApplication.translate("BatchTargets",
                                                              "Calls at once per host:"), self)
        concurrency_label.setBuddy(self.concurrency)
        bottom = QHBoxLayout()
        bottom.addWidget(self.add_button)
        bottom.addStretch(1)
        bottom.addWidget(concurrency_label)
        bottom.addWidget(self.concurrency)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._rows_layout)
        layout.addLayout(bottom)
        layout.addStretch(1)
        self.add_button.clicked.connect(lambda: self.add_target(""))
        self.add_target("")

    def add_target(self, model: str = "") -> TargetRow | None:
        """A new row at the end (None at the maximum)."""
        if len(self.rows) >= MAX_TARGETS:
            return None
        row = TargetRow(self._spec, self._services, model, self)
        row.remove_requested.connect(self.remove_target)
        row.model_field.model_changed.connect(lambda _text: self.changed.emit())
        self._rows_layout.addWidget(row)
        self.rows.append(row)
        self._renumber()
        return row

    def remove_target(self, row: TargetRow) -> None:
        """Remove a row (never the last one)."""
        if row not in self.rows or len(self.rows) <= 1:
            return
        self.rows.remove(row)
        row.hide()
        row.deleteLater()
        self._renumber()

    def targets(self) -> list[BatchTarget]:
        return [row.target() for row in self.rows]

    def set_targets(self, targets: Sequence[BatchTarget]) -> None:
        """As many rows as ``targets`` (at least one), each set to its target."""
        while len(self.rows) < min(len(targets), MAX_TARGETS):
            self.add_target("")
        for row in list(self.rows[max(len(targets), 1):]):
            self.remove_target(row)
        for row, target in zip(self.rows, targets, strict=False):
            row.set_target(target)

    def concurrency_per_host(self) -> int:
        return self.concurrency.value()

    def set_editable(self, on: bool) -> None:
        """Rows and limits are fixed while the batch runs."""
        for row in self.rows:
            row.setEnabled(on)
        self.add_button.setEnabled(on and len(self.rows) < MAX_TARGETS)
        self.concurrency.setEnabled(on)

    def _renumber(self) -> None:
        for index, row in enumerate(self.rows):
            row.number.setText(str(index + 1))
            row.remove_button.setEnabled(len(self.rows) > 1)
        self.add_button.setEnabled(len(self.rows) < MAX_TARGETS)
        self.changed.emit()
