"""Tables: answer cells and the prediction column highlighted."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView

from hfi_desktop.ui.viewers import TableViewer
from tests.ui.viewers.conftest import ShowSample


def test_table_answer_highlights_the_answer_cell(show_sample: ShowSample) -> None:
    viewer, _ = show_sample("table-question-answering")
    assert isinstance(viewer, TableViewer)
    table = viewer.table()
    assert (table.rowCount(), table.columnCount()) == (3, 4)
    assert table.highlighted_cells() == {(0, 1)}
    cell = table.item(0, 1)
    assert cell is not None and cell.text() == "36542" and cell.font().bold()
    assert cell.background().color() != table.item(1, 1).background().color()  # type: ignore[union-attr]
    assert viewer.answer_text() == "AVERAGE > 36542"
    assert viewer.details_text() == "Aggregator: AVERAGE · Cells: 36542"
    assert table.currentRow() == -1


def test_numbers_show_the_prediction_column_first(show_sample: ShowSample) -> None:
    viewer, _ = show_sample("tabular-classification")
    assert isinstance(viewer, TableViewer)
    table = viewer.table()
    header = table.horizontalHeaderItem(0)
    assert header is not None and header.text() == "Prediction"
    assert [table.item(r, 0).text() for r in range(3)] == ["5", "5", "7"]  # type: ignore[union-attr]
    assert table.highlighted_cells() == {(0, 0), (1, 0), (2, 0)}
    assert table.columnCount() == 12
    assert table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    assert viewer.answer_text() == ""
