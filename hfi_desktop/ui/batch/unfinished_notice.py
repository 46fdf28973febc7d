"""The notice a batch window shows when batch files were left unfinished (the app closed or
killed mid-batch): the newest one named, Resume opens it and goes on."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from hfi_desktop.ui.i18n import catalog_text

if TYPE_CHECKING:
    from collections.abc import Sequence

    from hfi_desktop.catalog import TaskSpec

    from .batch_files import Unfinished


class UnfinishedNotice(QFrame):
    """``resume_requested(Unfinished)`` when Resume is pressed; ✕ hides it."""

    resume_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("batchUnfinished")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._batch: Unfinished | None = None
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.resume_button = QPushButton(QCoreApplication.translate("BatchUnfinished",
                                                                    "Resume it"), self)
        self.resume_button.setObjectName("batchResumeUnfinished")
        close = QToolButton(self)
        close.setText("\N{MULTIPLICATION SIGN}")
        close.setAutoRaise(True)
        close.setToolTip(QCoreApplication.translate("BatchUnfinished", "Hide"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.resume_button)
        layout.addWidget(close)
        self.resume_button.clicked.connect(
            lambda: self.resume_requested.emit(self._batch) if self._batch else None)
        close.clicked.connect(self.hide)
        self.hide()

    def offer(self, batches: Sequence[Unfinished], specs: dict[str, TaskSpec]) -> None:
        """Name the newest unfinished batch (and how many more there are)."""
        if not batches:
            self.hide()
            return
        newest = self._batch = batches[0]
        spec = specs.get(newest.task_id)
        task = catalog_text(spec.title) if spec is not None else newest.task_id
        text = QCoreApplication.translate(
            "BatchUnfinished", "An unfinished batch: {task}, {done} of {cells} cells done "
            "({when}, {name}).").format(
            task=task, done=newest.finished, cells=newest.cells, name=newest.path.name,
            when=time.strftime("%Y-%m-%d %H:%M", time.localtime(newest.created_at)))
        if len(batches) > 1:
            text += " " + QCoreApplication.translate(
                "BatchUnfinished", "{n} more: File ▸ Open batch…").format(n=len(batches) - 1)
        self.label.setText(text)
        self.show()
