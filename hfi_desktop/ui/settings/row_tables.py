"""The table of rows that the Endpoints and Local servers tabs both edit (one row a named
endpoint or a server profile): its box laid out with Add/Remove under it and its inline
message, removing the selected rows, reading a cell, and saying the first row's problem;
and the tables of those tabs made alike (a column per resize mode, no row numbers)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from hfi_desktop.ui.i18n import shown
from hfi_desktop.ui.inputs.message import Level

if TYPE_CHECKING:
    from collections.abc import Sequence

    from hfi_desktop.ui.inputs.message import InlineMessage


def row_table(parent: QWidget, *modes: QHeaderView.ResizeMode) -> QTableWidget:
    """An empty table with a column per mode (how that column is sized) and no row numbers."""
    table = QTableWidget(0, len(modes), parent)
    header = table.horizontalHeader()
    for column, mode in enumerate(modes):
        header.setSectionResizeMode(column, mode)
    table.verticalHeader().hide()
    return table


def table_box_layout(box: QGroupBox, table: QTableWidget, buttons: Sequence[QPushButton],
                     message: InlineMessage) -> QVBoxLayout:
    """Lay out ``box``: the table (it takes the height), its buttons in a row under it, then
    its message. Returns the box's column, for what goes under them."""
    column = QVBoxLayout(box)
    column.addWidget(table, 1)
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    column.addLayout(row)
    column.addWidget(message)
    return column


def remove_selected_rows(table: QTableWidget, message: InlineMessage) -> bool:
    """Remove every row with a selected cell, and clear the message about the rows when there
    was one; True when there was one."""
    rows = sorted({index.row() for index in table.selectedIndexes()}, reverse=True)
    for row in rows:
        table.removeRow(row)
    if rows:
        message.clear_message()
    return bool(rows)


def cell_text(table: QTableWidget, row: int, column: int) -> str:
    """The cell's text without surrounding blanks ("" for an empty cell)."""
    item = table.item(row, column)
    return item.text().strip() if item is not None else ""


def show_row_problem(problems: dict[str, str], prefix: str, message: InlineMessage) -> int | None:
    """Of the problems keyed ``<prefix>.<row>...``, show the first row's in ``message`` and
    return that row (None: none is about this table)."""
    mine = {k: v for k, v in problems.items() if k.startswith(f"{prefix}.")}
    if not mine:
        return None
    first = min(mine, key=lambda k: int(k.split(".")[1]))
    message.show_message(shown(mine[first]), Level.ERROR)
    return int(first.split(".")[1])
