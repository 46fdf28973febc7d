"""A crafted .hficompare file opened through Tools ▸ Open comparison… ends in a message the
user sees, never only in a log line (a nested manifest raised RecursionError, 1e400 an
OverflowError, out of the open task)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from hfi_desktop.storage.comparison_file import MANIFEST
from hfi_desktop.ui.compare.install import CANNOT_OPEN_NAME
from hfi_desktop.ui.main_window import MainWindow
from tests.support.qt_async import RunAsync, wait_until

from .helpers import choose_file

HEAD = '{"format": "hfi-comparison", "version": 1, "task": "text-classification"'


@pytest.mark.parametrize(
    ("manifest", "message"),
    [
        (HEAD + ', "columns": [], "form": ' + "[" * 50_000 + "]" * 50_000 + "}",
         "crafted.hficompare is damaged: its manifest is nested too deeply"),
        (HEAD + ', "columns": [], "reference": 1e400}',
         "crafted.hficompare is damaged: its manifest holds a number out of range: 1e400"),
        (HEAD + ', "columns": [7]}', "crafted.hficompare is damaged"),
    ],
    ids=["nested", "1e400", "column-not-an-object"],
)
def test_a_crafted_file_opened_from_the_menu_says_why_it_cannot_open(
        window: MainWindow, run_async: RunAsync, tmp_path: Path, manifest: str,
        message: str) -> None:
    path = tmp_path / "crafted.hficompare"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(MANIFEST, manifest)

    async def main() -> None:
        window.compare.open_action.trigger()  # Tools ▸ Open comparison…
        await choose_file(window, tmp_path, path.name)
        await wait_until(lambda: window.findChild(QMessageBox, CANNOT_OPEN_NAME), timeout=10)

    run_async(main(), timeout=20)
    box = window.findChild(QMessageBox, CANNOT_OPEN_NAME)
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert box.text() == "crafted.hficompare could not be opened."
    assert box.informativeText().startswith(message)
    assert window.statusBar().currentMessage().startswith(message)
    QTest.keyClick(box, Qt.Key.Key_Escape)  # the user closes it
    assert not box.isVisible()
    assert not window.compare.views
