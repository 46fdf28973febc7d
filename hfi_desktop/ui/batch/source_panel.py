"""Where the batch's inputs come from: a folder of files (images, audio, documents for the
task's file input), a CSV/JSONL table (a preview, then its columns mapped onto the form's
fields), or the lines of a text. Files are read in the bridge's workers (batch/sources.py),
never here; what cannot be used is said under the source, naming the file, row or line."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hfi_desktop.batch import sources
from hfi_desktop.batch.model import BatchInput
from hfi_desktop.batch.sources import SourceError
from hfi_desktop.bridge import OwnedTasks
from hfi_desktop.ui.await_dialog import await_path
from hfi_desktop.ui.i18n import catalog_text
from hfi_desktop.ui.inputs.message import InlineMessage, Level

from .column_mapping import ColumnMapping

if TYPE_CHECKING:
    from collections.abc import Mapping

    from hfi_desktop.batch.sources import FolderInputs, TablePreview
    from hfi_desktop.bridge import Bridge
    from hfi_desktop.catalog import TaskSpec

FOLDER, TABLE, LINES = "folder", "table", "lines"
SKIPPED_SHOWN = 3


class PathRow(QWidget):
    """A path box (Enter reads it) and "Choose…" (a file dialog, opened non-modally)."""

    chosen = Signal(str)

    def __init__(self, name: str, placeholder: str, *, folder: bool,
                 name_filter: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._folder = folder
        self._filter = name_filter
        self._tasks = OwnedTasks(f"batch source {name}")
        self.edit = QLineEdit(self)
        self.edit.setObjectName(f"batch{name.title()}Path")
        self.edit.setPlaceholderText(placeholder)
        self.button = QPushButton(QCoreApplication.translate("BatchSources", "Choose…"), self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)
        self.edit.returnPressed.connect(lambda: self.chosen.emit(self.edit.text().strip()))
        self.button.clicked.connect(lambda: self._tasks.start(self._choose()))

    async def _choose(self) -> None:
        dialog = QFileDialog(self, self.edit.placeholderText(),
                             self.edit.text().strip() or str(Path.home()), self._filter)
        dialog.setObjectName("batchSourceDialog")
        dialog.setFileMode(QFileDialog.FileMode.Directory if self._folder
                           else QFileDialog.FileMode.ExistingFile)
        chosen = await await_path(dialog)
        if chosen is not None:
            self.edit.setText(str(chosen.path))
            self.chosen.emit(str(chosen.path))


class SourcePanel(QWidget):
    """The three kinds of source, one tab each (a task without file inputs has no folder
    tab; one without text inputs, no lines tab). ``changed`` when the source changes."""

    changed = Signal()

    def __init__(self, spec: TaskSpec, bridge: Bridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self._bridge = bridge
        self._tasks = OwnedTasks("batch sources")
        self._folder: FolderInputs | None = None
        self._table: TablePreview | None = None
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("batchSources")
        self.message = InlineMessage(self)
        self.message.setObjectName("batchSourceMessage")
        file_fields = sources.file_fields(spec)
        self.text_fields = sources.text_fields(spec)
        self.folder_row = PathRow("folder", QCoreApplication.translate(
            "BatchSources", "A folder of files, one input each"), folder=True, parent=self)
        self.folder_summary = QLabel(self)
        self.folder_summary.setWordWrap(True)
        self.folder_summary.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.table_row = PathRow("table", QCoreApplication.translate(
            "BatchSources", "A CSV or JSONL file, one input per row"), folder=False,
            name_filter=QCoreApplication.translate("BatchSources",
                                                   "Tables (*.csv *.jsonl *.ndjson)"),
            parent=self)
        # A table fills the text inputs; files come from a folder (or the page's form).
        self.mapping = ColumnMapping([f for f in spec.inputs if f not in file_fields], self)
        self.lines = QPlainTextEdit(self)
        self.lines.setObjectName("batchLines")
        self.lines.setPlaceholderText(QCoreApplication.translate(
            "BatchSources", "One input per line"))
        self.line_field = QComboBox(self)
        self.line_field.setObjectName("batchLineField")
        for field in self.text_fields:
            self.line_field.addItem(catalog_text(field.label), field.key)
        folder_page = self._page(self.folder_row, self.folder_summary)
        if file_fields:
            self.tabs.addTab(folder_page, QCoreApplication.translate("BatchSources", "Folder"))
        else:
            folder_page.hide()
        self.tabs.addTab(self._page(self.table_row, self.mapping),
                         QCoreApplication.translate("BatchSources", "CSV / JSONL"))
        field_row = QHBoxLayout()
        field_row.addWidget(QLabel(QCoreApplication.translate(
            "BatchSources", "Each line is the:"), self))
        field_row.addWidget(self.line_field)
        field_row.addStretch(1)
        holder = QWidget(self)
        holder.setLayout(field_row)
        holder.setVisible(len(self.text_fields) > 1)
        lines_page = self._page(holder, self.lines)
        if self.text_fields:
            self.tabs.addTab(lines_page,
                             QCoreApplication.translate("BatchSources", "Lines of text"))
            self.tabs.setCurrentIndex(self.tabs.count() - 1)
        else:
            lines_page.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        self.folder_row.chosen.connect(lambda path: self._tasks.start(self._read_folder(path)))
        self.table_row.chosen.connect(lambda path: self._tasks.start(self._read_table(path)))
        self.lines.textChanged.connect(self.changed)
        self.mapping.changed.connect(self.changed)
        self.tabs.currentChanged.connect(lambda _i: self._source_changed())

    def _page(self, top: QWidget, body: QWidget) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.addWidget(top)
        layout.addWidget(body, 1)
        return page

    def kind(self) -> str:
        page = self.tabs.currentWidget()
        if page is self.folder_row.parent():
            return FOLDER
        if page is self.table_row.parent():
            return TABLE
        return LINES

    def busy(self) -> bool:
        """Whether a folder or table is being read."""
        return self._tasks.busy()

    # ------------------------------------------------------------------ reading
    async def _read_folder(self, path: str) -> None:
        self.message.clear_message()
        self._folder = None
        self.folder_summary.setText(QCoreApplication.translate("BatchSources", "Reading…"))
        try:
            found = await self._bridge.run(lambda: sources.inputs_from_folder(path, self.spec))
        except SourceError as error:
            self.folder_summary.clear()
            self.message.show_message(str(error), Level.ERROR)
            return
        self._folder = found
        text = QCoreApplication.translate("BatchSources", "{n} files").format(
            n=len(found.inputs))
        if found.skipped:
            shown = "; ".join(f"{name}: {why}" for name, why in found.skipped[:SKIPPED_SHOWN])
            more = "…" if len(found.skipped) > SKIPPED_SHOWN else ""
            text += QCoreApplication.translate(
                "BatchSources", " · {n} left out ({list}{more})").format(
                n=len(found.skipped), list=shown, more=more)
        self.folder_summary.setText(text)
        self.changed.emit()

    async def _read_table(self, path: str) -> None:
        self.message.clear_message()
        self._table = None
        try:
            table = await self._bridge.run(lambda: sources.preview_table(path))
        except SourceError as error:
            self.mapping.show_table(None)
            self.message.show_message(str(error), Level.ERROR)
            return
        self._table = table
        self.mapping.show_table(table)
        self.message.show_message(QCoreApplication.translate(
            "BatchSources", "{n} rows; the first {shown} above").format(
            n=table.total_rows, shown=len(table.rows)), Level.INFO)
        self.changed.emit()

    async def read_inputs(self, common: Mapping[str, object]) -> list[BatchInput]:
        """The inputs of the source on show (read in a worker), ``common`` (the page's
        values) in the fields the source does not fill; raises SourceError with what is
        wrong (also shown under the source)."""
        self.message.clear_message()
        try:
            return await self._read_inputs(common)
        except SourceError as error:
            self.message.show_message(str(error), Level.ERROR)
            raise

    async def _read_inputs(self, common: Mapping[str, object]) -> list[BatchInput]:
        kind = self.kind()
        if kind == FOLDER:
            if self._folder is None:
                raise SourceError(QCoreApplication.translate(
                    "BatchSources", "Choose a folder first."))
            if not self._folder.inputs:
                raise SourceError(QCoreApplication.translate(
                    "BatchSources", "The folder has no file this task takes."))
            return [BatchInput(item.key, item.label, {**common, **item.values})
                    for item in self._folder.inputs]
        if kind == TABLE:
            table, mapping = self._table, self.mapping.mapping()
            if table is None:
                raise SourceError(QCoreApplication.translate(
                    "BatchSources", "Choose a CSV or JSONL file first."))
            return await self._bridge.run(
                lambda: sources.inputs_from_table(table.path, self.spec, mapping, common))
        text, key = self.lines.toPlainText(), self.line_field.currentData()
        return await self._bridge.run(
            lambda: sources.inputs_from_lines(text, str(key), common))

    def _source_changed(self) -> None:
        self.message.clear_message()
        self.changed.emit()

    def close_tasks(self) -> None:
        self._tasks.cancel()
