"""TableModel: an editable grid of strings with named columns (the table editor's model)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont, QGuiApplication

from hfi_desktop.media import header_problem
from hfi_desktop.ui.inputs._style import error_color

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


def default_column_name(existing: Sequence[str]) -> str:
    n = len(existing) + 1
    while f"Column {n}" in existing:
        n += 1
    return f"Column {n}"


class TableModel(QAbstractTableModel):
    """Rows of string cells under column names; names are edited through ``setHeaderData``."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._headers: list[str] = []
        self._rows: list[list[str]] = []

    # ------------------------------------------------------------------ reading
    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self._valid(index):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._rows[index.row()][index.column()]
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Vertical:
            if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._rows):
                return str(section + 1)
            return None
        if not 0 <= section < len(self._headers):
            return None
        name = self._headers[section]
        if role == Qt.ItemDataRole.EditRole:
            return name
        if role == Qt.ItemDataRole.DisplayRole:
            return name if name.strip() else QCoreApplication.translate("TableModel", "(no name)")
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate("TableModel", "Double-click to rename this column")
        if role == Qt.ItemDataRole.FontRole and not name.strip():
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and (
            not name.strip() or self._headers.count(name) > 1
        ):
            return error_color(QGuiApplication.palette())
        return None

    def _valid(self, index: Index) -> bool:
        # Not checkIndex(): it warns on invalid indexes, which views pass on purpose.
        return (
            index.isValid()
            and index.model() is self
            and 0 <= index.row() < len(self._rows)
            and 0 <= index.column() < len(self._headers)
        )

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def headers(self) -> list[str]:
        return list(self._headers)

    def rows(self) -> list[list[str]]:
        return [list(row) for row in self._rows]

    def table(self) -> dict[str, list[str]]:
        """``{column name: cells}`` (a repeated name keeps its last column; see problem())."""
        return {name: [row[c] for row in self._rows] for c, name in enumerate(self._headers)}

    def problem(self) -> str | None:
        if not self._headers:
            return QCoreApplication.translate(
                "TableModel",
                "The table is empty: add a column and a row, paste cells, or import a CSV file.",
            )
        problem = header_problem(self._headers)
        if problem:
            return QCoreApplication.translate(
                "TableModel", "{problem} (double-click a column name to rename it)."
            ).format(problem=problem[0].upper() + problem[1:])
        if not self._rows:
            return QCoreApplication.translate(
                "TableModel", "The table has no rows: add a row or paste cells."
            )
        return None

    # ------------------------------------------------------------------ editing
    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not self._valid(index):
            return False
        text = "" if value is None else str(value)
        if self._rows[index.row()][index.column()] == text:
            return True
        self._rows[index.row()][index.column()] = text
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole])
        return True

    def setHeaderData(
        self,
        section: int,
        orientation: Qt.Orientation,
        value: Any,
        role: int = Qt.ItemDataRole.EditRole,
    ) -> bool:
        if (
            orientation != Qt.Orientation.Horizontal
            or role != Qt.ItemDataRole.EditRole
            or not 0 <= section < len(self._headers)
        ):
            return False
        self._headers[section] = str(value).strip()
        # Every section: a repeated name marks the other column too.
        self.headerDataChanged.emit(orientation, 0, len(self._headers) - 1)
        return True

    def insertRows(self, row: int, count: int, parent: Index = _ROOT) -> bool:
        if parent.isValid() or count < 1 or not 0 <= row <= len(self._rows):
            return False
        self.beginInsertRows(_ROOT, row, row + count - 1)
        for _ in range(count):
            self._rows.insert(row, [""] * len(self._headers))
        self.endInsertRows()
        return True

    def removeRows(self, row: int, count: int, parent: Index = _ROOT) -> bool:
        if parent.isValid() or count < 1 or row < 0 or row + count > len(self._rows):
            return False
        self.beginRemoveRows(_ROOT, row, row + count - 1)
        del self._rows[row : row + count]
        self.endRemoveRows()
        return True

    def insertColumns(self, column: int, count: int, parent: Index = _ROOT) -> bool:
        if parent.isValid() or count < 1 or not 0 <= column <= len(self._headers):
            return False
        self.beginInsertColumns(_ROOT, column, column + count - 1)
        for i in range(count):
            self._headers.insert(column + i, default_column_name(self._headers))
            for cells in self._rows:
                cells.insert(column + i, "")
        self.endInsertColumns()
        return True

    def removeColumns(self, column: int, count: int, parent: Index = _ROOT) -> bool:
        if parent.isValid() or count < 1 or column < 0 or column + count > len(self._headers):
            return False
        self.beginRemoveColumns(_ROOT, column, column + count - 1)
        del self._headers[column : column + count]
        for cells in self._rows:
            del cells[column : column + count]
        if not self._headers:
            self._rows.clear()  # rows without columns would be invisible
        self.endRemoveColumns()
        return True

    # ------------------------------------------------------------- whole tables
    def set_grid(self, headers: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
        """Replace everything; short rows are padded, long ones cut to the headers."""
        width = len(headers)
        self.beginResetModel()
        self._headers = [str(h).strip() for h in headers]
        self._rows = (
            [
                [("" if cell is None else str(cell)) for cell in row][:width]
                + [""] * max(0, width - len(row))
                for row in rows
            ]
            if width
            else []
        )
        self.endResetModel()

    def set_table(self, table: Mapping[str, Sequence[object]]) -> None:
        headers = list(table)
        height = max((len(cells) for cells in table.values()), default=0)
        rows = [
            [cells[r] if r < len(cells) else "" for cells in table.values()] for r in range(height)
        ]
        self.set_grid(headers, rows)

    def paste_grid(self, grid: Sequence[Sequence[str]], row: int, column: int) -> None:
        """Write ``grid`` with its top-left cell at (row, column), adding rows and columns."""
        if not grid:
            return
        width = max(len(line) for line in grid)
        missing_columns = column + width - len(self._headers)
        if missing_columns > 0:
            self.insertColumns(len(self._headers), missing_columns)
        missing_rows = row + len(grid) - len(self._rows)
        if missing_rows > 0:
            self.insertRows(len(self._rows), missing_rows)
        for r, line in enumerate(grid):
            for c, cell in enumerate(line):
                self._rows[row + r][column + c] = cell
        self.dataChanged.emit(
            self.index(row, column),
            self.index(row + len(grid) - 1, column + width - 1),
            [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole],
        )
