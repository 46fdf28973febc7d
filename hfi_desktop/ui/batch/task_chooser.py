"""Tools ▸ Batch…: which task the batch runs (a small dialog, opened non-modally)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from hfi_desktop.catalog import PageKind
from hfi_desktop.ui.await_dialog import await_dialog
from hfi_desktop.ui.i18n import catalog_text

if TYPE_CHECKING:
    from collections.abc import Sequence

    from hfi_desktop.catalog import TaskSpec


class TaskChooser(QDialog):
    def __init__(self, tasks: Sequence[TaskSpec], current: str | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("batchTaskChooser")
        self.setWindowTitle(QCoreApplication.translate("BatchTaskChooser", "Batch"))
        self.combo = QComboBox(self)
        self.combo.setObjectName("batchTaskCombo")
        for spec in tasks:
            if spec.page is PageKind.FORM:
                self.combo.addItem(catalog_text(spec.title), spec.id)
        found = self.combo.findData(current) if current is not None else -1
        self.combo.setCurrentIndex(max(found, 0))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(QCoreApplication.translate(
            "BatchTaskChooser", "Run many inputs of this task through several models:"), self))
        layout.addWidget(self.combo)
        layout.addWidget(buttons)

    def task_id(self) -> str:
        return str(self.combo.currentData())


async def choose_task(tasks: Sequence[TaskSpec], current: str | None,
                      parent: QWidget) -> str | None:
    """The task chosen, or None if cancelled."""
    dialog = TaskChooser(tasks, current, parent)
    try:
        code = await await_dialog(dialog)
        return dialog.task_id() if code == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
