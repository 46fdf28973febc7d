"""Tables: table question answering (answer cells highlighted in the input table) and
tabular predictions (the input rows with the predicted column)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hfi_desktop.present import NumbersPrepared, Prepared, TableAnswerPrepared, TablePrepared
from hfi_desktop.ui.accessible import name_corner_button

from . import theme
from .base import ResultViewer
from .widgets import MARGIN, AnswerHeader, Caption, set_shown

SELECTED_ROLE = Qt.ItemDataRole.UserRole + 1


class HighlightTable(QTableWidget):
    """A read-only table whose ``selected`` cells are tinted and bold (theme-aware)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.horizontalHeader().setStretchLastSection(True)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        name_corner_button(self)

    def set_table(self, result: TablePrepared) -> None:
        self.clear()
        self.setColumnCount(len(result.columns))
        self.setRowCount(len(result.rows))
        self.setHorizontalHeaderLabels(list(result.columns))
        for r, row in enumerate(result.rows):
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                item.setData(SELECTED_ROLE, (r, c) in result.selected)
                self.setItem(r, c, item)
        self._tint()
        self.setCurrentCell(-1, -1)
        self.resizeColumnsToContents()
        for column in range(self.columnCount()):
            self.setColumnWidth(column, min(self.columnWidth(column), 320))

    def highlighted_cells(self) -> set[tuple[int, int]]:
        return {
            (r, c)
            for r in range(self.rowCount())
            for c in range(self.columnCount())
            if (item := self.item(r, c)) is not None and item.data(SELECTED_ROLE)
        }

    def _tint(self) -> None:
        highlight = self.palette().color(theme.ROLE.Highlight)
        background = QBrush(theme.tint(highlight, self.palette(), 0.45))
        bold = QFont(self.font())
        bold.setBold(True)
        for r in range(self.rowCount()):
            for c in range(self.columnCount()):
                item = self.item(r, c)
                if item is not None and item.data(SELECTED_ROLE):
                    item.setBackground(background)
                    item.setFont(bold)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._tint()


class TableViewer(ResultViewer):
    """TABLE_ANSWER: question, answer and aggregator above the table (answer cells
    highlighted). NUMBERS: the input rows with the predicted value column highlighted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._header = AnswerHeader(self)
        self._note = Caption("", self)
        self._table = HighlightTable(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
        layout.setSpacing(6)
        layout.addWidget(self._header)
        layout.addWidget(self._note)
        layout.addWidget(self._table, 1)
        self.clear()

    def table(self) -> HighlightTable:
        return self._table

    def answer_text(self) -> str:
        return self._header.answer.text()

    def details_text(self) -> str:
        return self._header.detail.text() or self._note.text()

    def clear(self) -> None:
        self._header.clear()
        set_shown(self._note, "")
        self._table.clear()
        self._table.setRowCount(0)
        self._table.setColumnCount(0)

    def show_result(self, prepared: Prepared) -> None:
        result = self._expect(prepared, TablePrepared)
        self.clear()
        if isinstance(result, TableAnswerPrepared):
            details = []
            if result.aggregator and result.aggregator.upper() != "NONE":
                details.append(QCoreApplication.translate(
                    "TableViewer", "Aggregator: {aggregator}").format(aggregator=result.aggregator))
            if result.cells:
                details.append(QCoreApplication.translate("TableViewer", "Cells: {cells}").format(
                    cells=", ".join(result.cells)))
            self._header.set_answer(result.question, result.answer, " · ".join(details))
        elif isinstance(result, NumbersPrepared):
            count = len(result.values)
            if count == 1:
                text = QCoreApplication.translate(
                    "TableViewer", "1 prediction, in the “{column}” column")
            else:
                text = QCoreApplication.translate(
                    "TableViewer", "{count} predictions, in the “{column}” column")
            set_shown(self._note, text.format(count=f"{count:,}", column=result.value_column))
        self._table.set_table(result)
        self._table.setAccessibleName(
            QCoreApplication.translate("TableViewer", "Table, the answer cells highlighted")
            if isinstance(result, TableAnswerPrepared)
            else QCoreApplication.translate("TableViewer", "Rows with their predictions"))
        self._table.setVisible(bool(result.columns))
