from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QClipboard, QKeyEvent
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from hfi_desktop.media import load_csv
from hfi_desktop.ui.inputs import Level, TableEditor, TableModel

from .conftest import SyncLoader, drag_and_drop, file_mime

REPOS = {
    "Repository": ["Transformers", "Datasets", "Tokenizers"],
    "Stars": ["36542", "4512", "3934"],
}


@pytest.fixture
def editor(qtbot: QtBot) -> TableEditor:
    widget = TableEditor()
    qtbot.addWidget(widget)
    widget.resize(600, 300)
    widget.show()
    return widget


def test_model_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    model = TableModel()
    model.set_table(REPOS)
    qtmodeltester.check(model, force_py=True)
    model.insertRows(1, 2)
    model.insertColumns(0, 1)
    model.removeColumns(1, 1)
    model.setHeaderData(0, Qt.Orientation.Horizontal, "Name")
    model.paste_grid([["a", "b", "c"]], 2, 1)
    qtmodeltester.check(model, force_py=True)


def test_model_tester_on_an_empty_model(qtmodeltester: ModelTester) -> None:
    qtmodeltester.check(TableModel(), force_py=True)


def test_empty_table_says_so(editor: TableEditor) -> None:
    assert editor.value() == {}
    assert editor.problem() == (
        "The table is empty: add a column and a row, paste cells, or import a CSV file."
    )
    assert not editor.remove_row_button.isEnabled()
    assert not editor.remove_column_button.isEnabled()


def test_set_value_and_value(editor: TableEditor) -> None:
    editor.set_value({"a": [1, 2, 3], "b": ["x"]})  # ragged and not strings: padded, str'd
    assert editor.value() == {"a": ["1", "2", "3"], "b": ["x", "", ""]}
    assert editor.problem() is None
    assert editor.message() == ""


def test_add_and_remove_rows_and_columns(qtbot: QtBot, editor: TableEditor) -> None:
    with qtbot.waitSignal(editor.changed):
        editor.add_row_button.click()  # into an empty table: a column comes first
    assert editor.value() == {"Column 1": [""]}
    editor.column_name_editor() is None or editor.column_name_editor().reject()  # type: ignore[union-attr]
    editor.add_column_button.click()
    name_editor = editor.column_name_editor()
    assert name_editor is not None and name_editor.text() == "Column 2"
    name_editor.setText("label")
    name_editor.editingFinished.emit()
    assert list(editor.value()) == ["Column 1", "label"]
    editor.view.setCurrentIndex(editor.model.index(0, 1))
    editor.model.setData(editor.model.index(0, 1), "cat")
    editor.add_row_button.click()
    editor.add_row_button.click()
    assert editor.value() == {"Column 1": ["", "", ""], "label": ["cat", "", ""]}
    editor.view.selectionModel().clearSelection()
    editor.view.setCurrentIndex(editor.model.index(0, 0))
    editor.remove_row_button.click()
    assert editor.value() == {"Column 1": ["", ""], "label": ["", ""]}
    editor.view.setCurrentIndex(editor.model.index(0, 0))
    editor.remove_column_button.click()
    assert editor.value() == {"label": ["", ""]}
    editor.clear_button.click()
    assert editor.value() == {}


def test_rename_a_column_by_double_clicking_its_header(editor: TableEditor) -> None:
    editor.set_value(REPOS)
    editor.view.horizontalHeader().sectionDoubleClicked.emit(1)
    name_editor = editor.column_name_editor()
    assert name_editor is not None and name_editor.isVisible()
    assert name_editor.text() == "Stars"
    name_editor.setText("  GitHub stars ")
    name_editor.editingFinished.emit()
    assert list(editor.value()) == ["Repository", "GitHub stars"]
    assert editor.column_name_editor() is None


def test_escape_cancels_a_rename(editor: TableEditor) -> None:
    editor.set_value(REPOS)
    editor.edit_column_name(0)
    name_editor = editor.column_name_editor()
    assert name_editor is not None
    name_editor.setText("other")
    escape = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(name_editor, escape)
    assert list(editor.value()) == ["Repository", "Stars"]


def test_duplicate_and_empty_column_names_are_flagged(editor: TableEditor) -> None:
    editor.set_value(REPOS)
    editor.model.setHeaderData(1, Qt.Orientation.Horizontal, "Repository")
    assert editor.message_level() is Level.ERROR
    assert editor.message() == (
        "The column name \u201cRepository\u201d is used twice (columns 1 and 2) "
        "(double-click a column name to rename it)."
    )
    assert editor.problem() == editor.message()
    editor.model.setHeaderData(1, Qt.Orientation.Horizontal, " ")
    assert editor.message().startswith("Column 2 has no name")
    assert editor.model.headerData(1, Qt.Orientation.Horizontal) == "(no name)"
    editor.model.setHeaderData(1, Qt.Orientation.Horizontal, "Stars")
    assert editor.message() == "" and editor.problem() is None


def test_columns_without_rows(editor: TableEditor) -> None:
    editor.set_value({"a": [], "b": []})
    assert editor.message_level() is Level.INFO
    assert editor.problem() == "The table has no rows: add a row or paste cells."


def test_paste_tsv_into_an_empty_table(editor: TableEditor) -> None:
    editor.paste_text("Repository\tStars\r\nTransformers\t36542\r\nDatasets\t4512\r\n")
    assert editor.value() == {
        "Repository": ["Transformers", "Datasets"],
        "Stars": ["36542", "4512"],
    }


def test_paste_tsv_at_the_current_cell_grows_the_table(editor: TableEditor) -> None:
    editor.set_value({"a": ["1"], "b": ["2"]})
    editor.view.setCurrentIndex(editor.model.index(0, 1))
    editor.paste_text("x\ty\nz\tw\n")
    assert editor.value() == {"a": ["1", ""], "b": ["x", "z"], "Column 3": ["y", "w"]}


def test_ctrl_v_and_delete_in_the_view(editor: TableEditor, clipboard: QClipboard) -> None:
    editor.set_value({"a": ["1", "2"]})
    clipboard.setText("9")
    editor.view.setCurrentIndex(editor.model.index(1, 0))
    ctrl_v = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    QApplication.sendEvent(editor.view, ctrl_v)
    assert editor.value() == {"a": ["1", "9"]}
    editor.view.selectAll()
    delete = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Delete, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(editor.view, delete)
    assert editor.value() == {"a": ["", ""]}


def test_paste_nothing(editor: TableEditor) -> None:
    editor.paste_text("")
    assert editor.message() == "Nothing to paste: copy cells from a spreadsheet first."


def test_import_csv_through_the_loader(editor: TableEditor, tmp_path: Path) -> None:
    loader = SyncLoader(editor, lambda source, name: load_csv(source, name=name))
    path = tmp_path / "repos.csv"
    path.write_text("Repository;Stars\nTransformers;36542\n", encoding="utf-8")
    editor.import_button.click()
    dialog = editor.file_dialog()
    assert dialog is not None
    dialog.fileSelected.emit(str(path))
    dialog.reject()
    assert loader.requests[0].source == str(path)
    assert editor.value() == {"Repository": ["Transformers"], "Stars": ["36542"]}
    assert not editor.is_busy()


def test_import_errors_are_shown_inline(editor: TableEditor, tmp_path: Path) -> None:
    SyncLoader(editor, lambda source, name: load_csv(source, name=name))
    path = tmp_path / "bad.csv"
    path.write_text("a,b\n1,2\n3\n", encoding="utf-8")
    drag_and_drop(editor, file_mime(path))  # dropping a .csv imports it too
    assert editor.message_level() is Level.ERROR
    assert editor.message() == (
        "bad.csv, row 3 has 1 cell but the header has 2 cells. Every row needs one cell per column."
    )


def test_import_busy_state(qtbot: QtBot, editor: TableEditor, tmp_path: Path) -> None:
    loader = SyncLoader(editor, lambda source, name: load_csv(source, name=name), hold=True)
    path = tmp_path / "t.csv"
    path.write_text("a\n1\n", encoding="utf-8")
    with qtbot.waitSignal(editor.busy_changed):
        editor.begin_load(str(path), "t.csv")
    assert editor.is_busy() and editor.message() == "Importing t.csv\u2026"
    assert not editor.import_button.isEnabled()
    loader.answer(loader.requests[0])
    assert editor.value() == {"a": ["1"]} and not editor.is_busy()
