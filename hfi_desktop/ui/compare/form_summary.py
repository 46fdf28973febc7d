"""The line at the top of a window that sends a page's form elsewhere (a comparison, the
arena): "Inputs: …" (the form it sends) and "Use the page's form" (take the page's form as
it is now; its owner connects the button)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from .snapshot import summary

if TYPE_CHECKING:
    from hfi_desktop.catalog import TaskSpec
    from hfi_desktop.storage.comparison_file import FormSnapshot


class FormSummary(QWidget):
    """``label`` says what is sent; ``button`` (enabled with a page) takes the page's form."""

    def __init__(self, spec: TaskSpec, *, has_page: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._spec = spec
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.button = QPushButton(QCoreApplication.translate("FormSummary",
                                                             "Use the page's form"), self)
        self.button.setToolTip(QCoreApplication.translate(
            "FormSummary",
            "Take the inputs, parameters and options that the task's page holds now"))
        self.button.setEnabled(has_page)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label, 1)
        row.addWidget(self.button, 0, Qt.AlignmentFlag.AlignTop)

    def show_snapshot(self, snapshot: FormSnapshot) -> None:
        text = summary(self._spec, snapshot)
        self.label.setText(QCoreApplication.translate("FormSummary", "Inputs: {summary}").format(
            summary=text))
        self.label.setToolTip(text)
