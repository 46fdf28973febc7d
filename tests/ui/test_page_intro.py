"""Every task page says, at the top, what the task does, what it takes, and has an example to
fill it with; before a run its result area says what to do."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QPushButton

from hfi_desktop.catalog import CATALOG, PageKind
from hfi_desktop.ui.main_window import MainWindow

FORM_TASKS = [spec.id for spec in CATALOG if spec.page is PageKind.FORM]


@pytest.mark.parametrize("task_id", FORM_TASKS)
def test_a_page_says_what_it_does_takes_and_shows_an_example(window: MainWindow,
                                                             task_id: str) -> None:
    page = window.show_task(task_id)
    shown = [label.text() for label in page.findChildren(QLabel) if label.isVisible()]
    assert page.spec.summary in shown
    assert page.input_summary.isVisible()
    line = page.input_summary.text()
    assert line.startswith("Input: ")
    assert all(field.label in line for field in page.spec.inputs)
    chips = [b for b in page.findChildren(QPushButton, "exampleChip") if b.isVisible()]
    assert [chip.text() for chip in chips] == [e.title for e in page.spec.examples] != []
    assert page.result_panel.empty_text().startswith("Fill in the form or click an example, "
                                                     "then press Run (")


def test_optional_inputs_are_said_to_be_optional(window: MainWindow) -> None:
    page = window.show_task("custom-request")
    assert "Inputs (JSON, optional)" in page.input_summary.text()
    assert "File (any file, optional)" in page.input_summary.text()
