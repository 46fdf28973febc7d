"""TableEditor: edit a table (named columns of strings) — cells, column names, rows/columns,
paste from spreadsheets, import a CSV file (read and parsed by the loader, in a worker)."""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QMetaMethod, QObject, Qt, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hfi_desktop.media import parse_tsv
from hfi_desktop.ui.accessible import name_corner_button
from hfi_desktop.ui.i18n_mark import QT_TRANSLATE_NOOP
from hfi_desktop.ui.inputs._style import muted_text
from hfi_desktop.ui.inputs.base import InputWidget
from hfi_desktop.ui.inputs.flow_layout import FlowLayout
from hfi_desktop.ui.inputs.loading import CsvLoader, LoadRequest, bind_loader
from hfi_desktop.ui.inputs.table_model import TableModel, default_column_name

_TABLE_EXTENSIONS = (".csv", ".tsv", ".txt")


EMPTY_TABLE = QT_TRANSLATE_NOOP(
    "TableEditor",
    "No table yet: paste cells from a spreadsheet, import a CSV file, or add a column.",
)


class _TableView(QTableView):
    """A table view that says what to do when there is nothing in it."""

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        model = self.model()
        if model is not None and model.columnCount() == 0:
            painter = QPainter(self.viewport())
            painter.setPen(muted_text(self.palette()))
            rect = self.viewport().rect().adjusted(24, 0, -24, 0)
            flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
            painter.drawText(
                rect, int(flags), QCoreApplication.translate("TableEditor", EMPTY_TABLE)
            )
            painter.end()


class TableEditor(InputWidget):
    """A table input; ``value()`` is ``{column name: [cell, …]}``.

    ``TableEditor(parent=None, *, loader=None)``; ``loader`` is an async
    ``(source, name) -> dict[str, list[str]]`` (see ``loading.csv_loader``) used by
    Import CSV… and by dropping a .csv file. Signals: ``changed``, ``error_shown(str)``,
    ``load_requested(LoadRequest)``, ``busy_changed(bool)``. Column names are renamed by
    double-clicking them. :meth:`problem` (also shown inline) says why the table can't be
    sent: no columns or rows, a column without a name, a name used twice.
    """

    load_requested = Signal(object)
    busy_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None, *, loader: CsvLoader | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(QCoreApplication.translate("TableEditor", "Table input"))
        self.setAcceptDrops(True)
        self.model = TableModel(self)
        self._token = 0
        self._busy = False
        self._dialog: QFileDialog | None = None
        self._header_editor: QLineEdit | None = None

        self.view = _TableView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(QCoreApplication.translate("TableEditor", "Table cells"))
        name_corner_button(self.view)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.setMinimumHeight(150)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setDefaultSectionSize(140)
        header.setSectionsClickable(True)
        header.sectionDoubleClicked.connect(self.edit_column_name)
        self.view.installEventFilter(self)

        self.add_row_button = self._button(
            QCoreApplication.translate("TableEditor", "+ Row"),
            QCoreApplication.translate("TableEditor", "Add a row"),
            self.add_row,
        )
        self.remove_row_button = self._button(
            QCoreApplication.translate("TableEditor", "\u2212 Row"),
            QCoreApplication.translate("TableEditor", "Remove the selected rows"),
            self.remove_rows,
        )
        self.add_column_button = self._button(
            QCoreApplication.translate("TableEditor", "+ Column"),
            QCoreApplication.translate("TableEditor", "Add a column"),
            self.add_column,
        )
        self.remove_column_button = self._button(
            QCoreApplication.translate("TableEditor", "\u2212 Column"),
            QCoreApplication.translate("TableEditor", "Remove the selected columns"),
            self.remove_columns,
        )
        self.paste_button = self._button(
            QCoreApplication.translate("TableEditor", "Paste"),
            QCoreApplication.translate(
                "TableEditor", "Paste cells copied from a spreadsheet (Ctrl+V)"
            ),
            self.paste,
        )
        self.import_button = self._button(
            QCoreApplication.translate("TableEditor", "Import CSV\u2026"),
            QCoreApplication.translate("TableEditor", "Import a CSV file"),
            self.import_csv,
        )
        self.clear_button = self._button(
            QCoreApplication.translate("TableEditor", "Clear"),
            QCoreApplication.translate("TableEditor", "Remove every row and column"),
            self.clear,
        )

        # Pairs of buttons that wrap onto more lines when the form is narrow.
        tools = QWidget(self)
        flow = FlowLayout(tools, spacing=6)
        for group in (
            (self.add_row_button, self.remove_row_button),
            (self.add_column_button, self.remove_column_button),
            (self.paste_button, self.import_button),
            (self.clear_button,),
        ):
            flow.addWidget(_button_group(tools, group))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(tools)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message_label)

        for signal in (
            self.model.dataChanged,
            self.model.headerDataChanged,
            self.model.rowsInserted,
            self.model.rowsRemoved,
            self.model.columnsInserted,
            self.model.columnsRemoved,
            self.model.modelReset,
        ):
            signal.connect(self._on_model_changed)
        self._revalidate()
        if loader is not None:
            bind_loader(self, loader)

    # ------------------------------------------------------------------ value
    def value(self) -> dict[str, list[str]]:
        return self.model.table()

    def set_value(self, value: object) -> None:
        if value is None:
            self.clear()
        elif isinstance(value, Mapping):
            self.model.set_table({str(k): list(v) for k, v in value.items()})
        else:
            raise TypeError(f"a table is a mapping of column names to cells, not {value!r}")

    def clear(self) -> None:
        self._token += 1
        self._set_busy(False)
        self.model.set_grid([], [])

    def problem(self) -> str | None:
        return self.model.problem()

    # ----------------------------------------------------------- rows, columns
    def add_row(self) -> None:
        if self.model.columnCount() == 0:
            self.model.insertColumns(0, 1)
        current = self.view.currentIndex()
        row = current.row() + 1 if current.isValid() else self.model.rowCount()
        self.model.insertRows(row, 1)
        self.view.setCurrentIndex(self.model.index(row, max(current.column(), 0)))

    def remove_rows(self) -> None:
        rows = sorted({index.row() for index in self.view.selectionModel().selectedIndexes()})
        if not rows and self.view.currentIndex().isValid():
            rows = [self.view.currentIndex().row()]
        if not rows and self.model.rowCount():
            rows = [self.model.rowCount() - 1]
        for row in reversed(rows):
            self.model.removeRows(row, 1)

    def add_column(self) -> None:
        current = self.view.currentIndex()
        column = current.column() + 1 if current.isValid() else self.model.columnCount()
        self.model.insertColumns(column, 1)
        if self.model.rowCount() == 0:
            self.model.insertRows(0, 1)
        self.edit_column_name(column)

    def remove_columns(self) -> None:
        selected = self.view.selectionModel().selectedIndexes()
        columns = sorted({index.column() for index in selected})
        if not columns and self.view.currentIndex().isValid():
            columns = [self.view.currentIndex().column()]
        if not columns and self.model.columnCount():
            columns = [self.model.columnCount() - 1]
        for column in reversed(columns):
            self.model.removeColumns(column, 1)

    def edit_column_name(self, section: int) -> None:
        """Rename a column in place: a line edit over its header (Enter keeps, Esc cancels)."""
        self._close_header_editor(commit=False)
        header = self.view.horizontalHeader()
        if not 0 <= section < self.model.columnCount():
            return
        editor = QLineEdit(header.viewport())
        editor.setObjectName("columnNameEditor")
        editor.setAccessibleName(
            QCoreApplication.translate("TableEditor", "Name of column {number}").format(
                number=section + 1
            )
        )
        editor.setText(self.model.headers()[section])
        editor.selectAll()
        editor.setGeometry(
            header.sectionViewportPosition(section), 0, header.sectionSize(section), header.height()
        )
        editor.setProperty("section", section)
        editor.editingFinished.connect(lambda: self._close_header_editor(commit=True))
        editor.installEventFilter(self)
        self._header_editor = editor
        editor.show()
        editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def column_name_editor(self) -> QLineEdit | None:
        return self._header_editor

    def _close_header_editor(self, *, commit: bool) -> None:
        editor, self._header_editor = self._header_editor, None
        if editor is None:
            return
        if commit:
            section = int(editor.property("section"))
            self.model.setHeaderData(section, Qt.Orientation.Horizontal, editor.text())
        editor.hide()
        editor.deleteLater()
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    # -------------------------------------------------------------------- paste
    def paste(self) -> None:
        self.paste_text(QGuiApplication.clipboard().text())

    def paste_text(self, text: str) -> None:
        """Paste tab-separated text. Into an empty table its first line names the columns;
        otherwise it goes at the current cell, adding rows and columns as needed."""
        grid = parse_tsv(text)
        if not grid:
            self.show_error(
                QCoreApplication.translate(
                    "TableEditor", "Nothing to paste: copy cells from a spreadsheet first."
                )
            )
            return
        if self.model.columnCount() == 0:
            width = max(len(line) for line in grid)
            headers = [cell.strip() for cell in grid[0]]
            while len(headers) < width:
                headers.append(default_column_name(headers))
            self.model.set_grid(headers, grid[1:])
            return
        current = self.view.currentIndex()
        row, column = (current.row(), current.column()) if current.isValid() else (0, 0)
        self.model.paste_grid(grid, row, column)

    # --------------------------------------------------------------- import CSV
    def import_csv(self) -> None:
        if self._dialog is not None:
            self._dialog.raise_()
            return
        dialog = QFileDialog(
            self,
            QCoreApplication.translate("TableEditor", "Import a CSV file"),
            "",
            QCoreApplication.translate("TableEditor", "Tables (*.csv *.tsv *.txt);;All files (*)"),
        )
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(lambda path: self.begin_load(path, os.path.basename(path)))
        dialog.finished.connect(self._on_dialog_finished)
        self._dialog = dialog
        dialog.open()

    def file_dialog(self) -> QFileDialog | None:
        return self._dialog

    def _on_dialog_finished(self) -> None:
        if self._dialog is not None:
            self._dialog.deleteLater()
            self._dialog = None

    def begin_load(self, source: str | bytes, name: str) -> int:
        self._token += 1
        if not self.isSignalConnected(QMetaMethod.fromSignal(self.load_requested)):
            self.show_error(
                QCoreApplication.translate(
                    "TableEditor", "{name} can't be imported: this input has no loader connected."
                ).format(name=name)
            )
            return self._token
        self._set_busy(True)
        self.show_info(
            QCoreApplication.translate("TableEditor", "Importing {name}\u2026").format(name=name)
        )
        self.load_requested.emit(LoadRequest(source, name, self._token))
        return self._token

    def set_loaded(self, table: Mapping[str, Sequence[str]], token: int | None = None) -> None:
        if token is not None and token != self._token:
            return
        self._set_busy(False)
        self.model.set_table(table)

    def set_error(self, message: str, token: int | None = None) -> None:
        if token is not None and token != self._token:
            return
        self._set_busy(False)
        self.show_error(message)

    def is_busy(self) -> bool:
        return self._busy

    def _set_busy(self, busy: bool) -> None:
        if busy == self._busy:
            return
        self._busy = busy
        for button in (self.import_button, self.paste_button):
            button.setEnabled(not busy)
        self.busy_changed.emit(busy)

    # ----------------------------------------------------------- drag a CSV in
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped_path(event) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        path = self._dropped_path(event)
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.begin_load(path, os.path.basename(path))

    @staticmethod
    def _dropped_path(event: QDropEvent) -> str | None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if len(urls) != 1 or not urls[0].isLocalFile():
            return None
        path = urls[0].toLocalFile()
        return path if path.lower().endswith(_TABLE_EXTENSIONS) else None

    # ------------------------------------------------------------------ events
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if watched is self._header_editor and event.key() == Qt.Key.Key_Escape:
                self._close_header_editor(commit=False)
                return True
            if watched is self.view:
                if event.matches(QKeySequence.StandardKey.Paste):
                    self.paste()
                    return True
                if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                    self._clear_selected_cells()
                    return True
        return super().eventFilter(watched, event)

    def _clear_selected_cells(self) -> None:
        for index in self.view.selectionModel().selectedIndexes():
            self.model.setData(index, "")

    def _on_model_changed(self) -> None:
        self._revalidate()
        self.changed.emit()

    def _revalidate(self) -> None:
        problem = self.model.problem()
        columns, rows = self.model.columnCount(), self.model.rowCount()
        self.remove_row_button.setEnabled(rows > 0)
        self.remove_column_button.setEnabled(columns > 0)
        self.clear_button.setEnabled(columns > 0)
        if problem is None or columns == 0:  # an empty view says what to do itself
            self.clear_message()
        elif rows == 0:
            self.show_info(problem)  # a start, not a mistake
        else:
            self.show_error(problem)

    def _button(self, text: str, accessible: str, slot: object) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(accessible)
        button.setToolTip(accessible)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button


def _button_group(parent: QWidget, buttons: Sequence[QPushButton]) -> QWidget:
    """``buttons`` side by side, kept on one line of the toolbar."""
    group = QWidget(parent)
    row = QHBoxLayout(group)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(4)
    for button in buttons:
        row.addWidget(button)
    return group
